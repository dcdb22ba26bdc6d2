"""`papers serve` as staff use it: a real process, a real port, an edit seen through the served page."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import psutil
import pytest

from support.project import copy_project

START_S = 240  # the first generation and MkDocs' first build, on a busy shared machine
EDIT_S = 180
MEETING = "content/meetings/2021/2021-11-03-public-accountability-conference.yaml"
PAGE = "papers/meetings/2021/2021-11-03-public-accountability-conference/"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(condition, seconds: float, what: str, process: subprocess.Popen):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        if process.poll() is not None:
            pytest.fail(f"papers serve ended while waiting for {what}:\n{process.log.read_text(errors='replace')[-4000:]}")
        time.sleep(0.25)  # polling interval, not a wait for something to finish
    pytest.fail(f"{what} did not happen within {seconds} s")


@pytest.fixture
def served(tmp_path):
    root = copy_project(tmp_path / "project")
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "generator.cli", "--root", str(root), "serve", "--address", f"127.0.0.1:{port}"],
            stdout=output, stderr=subprocess.STDOUT)
    process.log = log
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: fetch(base + PAGE), START_S, "the first page", process)
        yield root, port, base, process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_sigterm_stops_the_preview_and_everything_it_started(served):
    root, port, base, process = served
    started = psutil.Process(process.pid).children(recursive=True)
    assert started, "papers serve started no MkDocs process, so the test proves nothing"
    process.terminate()
    assert process.wait(60) == 0
    gone, alive = psutil.wait_procs(started, timeout=30)
    assert alive == [], f"still running after papers serve stopped: {[p.pid for p in alive]}"
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))  # nothing listens there any more
        probe.listen()


def test_a_saved_edit_shows_on_the_served_page(served):
    root, port, base, process = served
    meeting = root / MEETING
    text = meeting.read_text(encoding="utf-8")
    assert "Kinship Care Review" not in fetch(base + PAGE)
    meeting.write_text(text.replace("purpose: ", "purpose: Kinship Care Review. ", 1) if "purpose: " in text
                       else text.replace("kind: ", "purpose: Kinship Care Review.\nkind: ", 1), encoding="utf-8")
    wait_for(lambda: "Kinship Care Review" in (fetch(base + PAGE) or ""), EDIT_S, "the edit on the served page", process)


def test_a_busy_port_is_named_without_a_traceback(tmp_path):
    root = copy_project(tmp_path / "project")
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "generator.cli", "--root", str(root), "serve", "--address", f"127.0.0.1:{port}"],
            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert f"127.0.0.1:{port} is already in use" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert not list((root / "build" / "docs").rglob("*.md")), "the preview generated pages before finding the port busy"


def test_a_theme_change_shows_on_pages_whose_text_did_not_change(served):
    """The preview lays out only changed pages again, so a theme change must mark every page changed."""
    root, port, base, process = served
    theme = root / "templates" / "theme" / "main.html"
    text = theme.read_text(encoding="utf-8")
    marker = '<meta name="papers-preview-check" content="theme edited">'
    assert "{% block extrahead %}\n  {{ super() }}\n" in text
    assert marker not in (fetch(base + PAGE) or "")
    theme.write_text(text.replace("{% block extrahead %}\n  {{ super() }}\n", "{% block extrahead %}\n  {{ super() }}\n  " + marker + "\n", 1),
                     encoding="utf-8")
    wait_for(lambda: marker in (fetch(base + PAGE) or ""), EDIT_S, "the theme change on a meeting page", process)
    wait_for(lambda: marker in (fetch(base + "papers/") or ""), EDIT_S, "the theme change on the home page", process)
