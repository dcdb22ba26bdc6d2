"""`papers serve`: the site as staff edit it, regenerated as files change, in the browser at once.

The generator runs here, in the `papers serve` process: it writes the pages once, then again
whenever a file under content/ or templates/pages/ or templates/assets/ changes (only pages whose
text changes are rewritten, and only changed content files are read again: generator/validate/
each_file.py). ``mkdocs serve --dirty``, started as a child process, lays out again only the pages
that changed and reloads the browser; a change to the theme marks every page changed. Stopping `papers serve` (Ctrl-C, SIGTERM, SIGHUP) stops the child too.
"""

from __future__ import annotations

import errno
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import Callable

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

from generator.build import engine_env, generate
from generator.problems import ContentError, report
from generator.settings import Settings
from generator.validate.each_file import FileCache

WATCHED = ("content", "templates/pages", "templates/assets")
THEME = "templates/theme"  # read by MkDocs itself; every page is laid out with it
QUIET_S = 0.2  # a burst of saves (an editor writes a file and its backup) is regenerated once
STOP_WAIT_S = 10


class PreviewError(Exception):
    """The preview cannot start; the message says why and what to do."""


def split_address(address: str) -> tuple[str, int]:
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise PreviewError(f"'{address}' is not an address to serve at; write it as host:port, e.g. 127.0.0.1:8000")
    return host, int(port)


def check_free(address: str) -> None:
    """PreviewError if nothing can listen at ``address`` (another preview holds the port, say)."""
    host, port = split_address(address)
    probe = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will: closed connections do not count
    try:
        probe.bind((host.strip("[]"), port))
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise PreviewError(f"{address} is already in use (is another `papers serve` running?); stop it, "
                               f"or serve elsewhere with --address {host}:{port + 1}") from None
        raise PreviewError(f"cannot serve at {address}: {exc.strerror}") from None
    finally:
        probe.close()


class _Changes(FileSystemEventHandler):
    def __init__(self, changed: threading.Event) -> None:
        self.changed = changed

    def on_any_event(self, event) -> None:
        if not event.is_directory or event.event_type in ("created", "deleted", "moved"):
            self.changed.set()


def touch_pages(docs_dir: Path) -> None:
    """Mark every generated page as changed, so that MkDocs' dirty rebuild lays each out again."""
    for page in docs_dir.rglob("*.md"):
        page.touch(exist_ok=True)


def regenerate(settings: Settings, files: FileCache, say: Callable[[str], None] = print) -> bool:
    """Write the pages again; on content errors print them and keep the last good pages."""
    try:
        result = generate(settings, files)
    except ContentError as exc:
        say(report(exc.problems))
        say("papers: the content has errors; the preview shows the last good pages")
        return False
    if result.written or result.removed:
        say(f"papers: {result.written} generated file(s) changed, {result.removed} removed")
    return True


def _stop(child: subprocess.Popen) -> None:
    """Stop the child and everything it started (its own process group)."""
    if child.poll() is not None:
        return
    try:
        os.killpg(child.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        child.wait(STOP_WAIT_S)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()


def serve(settings: Settings, address: str) -> int:
    """Serve the preview until stopped; return the exit code. ContentError if the first generation fails."""
    check_free(address)
    files = FileCache(settings.cache_dir / "content")  # held while the preview runs: a save re-reads one file
    generate(settings, files)
    stop = threading.Event()
    changed = threading.Event()
    theme_changed = threading.Event()

    def on_signal(number, _frame) -> None:
        stop.set()

    previous = {number: signal.signal(number, on_signal) for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    observer = Observer()
    handler = _Changes(changed)
    for name in WATCHED:
        folder = settings.root / name
        if folder.is_dir():
            observer.schedule(handler, str(folder), recursive=True)
    if (settings.root / THEME).is_dir():
        observer.schedule(_Changes(theme_changed), str(settings.root / THEME), recursive=True)
    # A dirty rebuild lays out again only the pages whose files changed. That is sound here because
    # the generator rewrites exactly the pages an edit changes and the navigation is fixed in
    # mkdocs.yml; a change to the theme marks every page changed (touch_pages). Not strict: MkDocs
    # counts its own note on dirty builds as a warning, and a preview shows a page with a broken link
    # (MkDocs prints it) where `papers build` refuses it.
    command = [sys.executable, "-m", settings.engine, "serve", "--dirty", "--no-strict", "--config-file",
               str(settings.config_file), "--dev-addr", address]
    child = subprocess.Popen(command, cwd=settings.root, env=engine_env(settings), start_new_session=True)
    observer.start()
    try:
        while not stop.is_set():
            if child.poll() is not None:
                return child.returncode or 0
            if theme_changed.is_set():
                theme_changed.clear()
                touch_pages(settings.docs_dir)
            if not changed.wait(0.5):
                continue
            while changed.is_set() and not stop.is_set():
                changed.clear()
                stop.wait(QUIET_S)
            if not stop.is_set():
                regenerate(settings, files)
        return 0
    finally:
        observer.stop()
        _stop(child)
        observer.join()
        for number, handler_before in previous.items():
            signal.signal(number, handler_before)
