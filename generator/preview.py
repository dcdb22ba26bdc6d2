"""`papers serve`: the site as staff edit it, regenerated as files change, in the browser at once.

The generator runs here, in the `papers serve` process: it writes the pages once, then again
whenever a file under content/ or templates/pages/ or templates/assets/ changes (only pages whose
text changes are rewritten). ``mkdocs serve``, started as a child process, rebuilds the site when the
docs folder or the theme changes and reloads the browser; unchanged pages come from the page cache
(generator/page_cache.py). Stopping `papers serve` (Ctrl-C, SIGTERM, SIGHUP) stops the child too.
"""

from __future__ import annotations

import errno
import os
import signal
import socket
import subprocess
import sys
import threading
from typing import Callable

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

from generator.build import engine_env, generate
from generator.problems import ContentError, report
from generator.settings import Settings

WATCHED = ("content", "templates/pages", "templates/assets")
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


def regenerate(settings: Settings, say: Callable[[str], None] = print) -> bool:
    """Write the pages again; on content errors print them and keep the last good pages."""
    try:
        result = generate(settings)
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
    generate(settings)
    stop = threading.Event()
    changed = threading.Event()

    def on_signal(number, _frame) -> None:
        stop.set()

    previous = {number: signal.signal(number, on_signal) for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    observer = Observer()
    handler = _Changes(changed)
    for name in WATCHED:
        folder = settings.root / name
        if folder.is_dir():
            observer.schedule(handler, str(folder), recursive=True)
    command = [sys.executable, "-m", settings.engine, "serve", "--config-file", str(settings.config_file), "--dev-addr", address]
    child = subprocess.Popen(command, cwd=settings.root, env=engine_env(settings), start_new_session=True)
    observer.start()
    try:
        while not stop.is_set():
            if child.poll() is not None:
                return child.returncode or 0
            if not changed.wait(0.5):
                continue
            while changed.is_set() and not stop.is_set():
                changed.clear()
                stop.wait(QUIET_S)
            if not stop.is_set():
                regenerate(settings)
        return 0
    finally:
        observer.stop()
        _stop(child)
        observer.join()
        for number, handler_before in previous.items():
            signal.signal(number, handler_before)
