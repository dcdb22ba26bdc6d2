"""`papers serve`: the site as staff edit it, regenerated as files change, in the browser at once.

The generator runs here, in the `papers serve` process: it writes the pages once, then again
whenever a file under content/ or templates/pages/ or templates/assets/ changes (only pages whose
text changes are rewritten, and only changed content files are read again: generator/validate/
each_file.py). A saved meeting's own page goes first: it is written from the content with each file
checked by itself, and once MkDocs has shown it the whole content is checked and the rest of the site
written (if that check finds errors, the page goes back to its last good text). ``mkdocs serve
--dirty``, started as a child process, lays out again only the pages that changed and reloads the
browser; a change to the theme marks every page changed. The preview makes no search index.
Stopping `papers serve` (Ctrl-C, SIGTERM, SIGHUP) stops the child too."""

from __future__ import annotations

import errno
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

from generator.build import Superseded, engine_env, generate, meeting_pages
from generator.problems import ContentError, report
from generator.settings import Settings
from generator.validate.each_file import FileCache
from generator.write import put_back, write_files

WATCHED = ("content", "templates/pages", "templates/assets")
THEME = "templates/theme"  # read by MkDocs itself; every page is laid out with it
QUIET_S = 0.2  # a burst of saves (an editor writes a file and its backup) is regenerated once
STOP_WAIT_S = 10
CHANGING = ("created", "deleted", "moved", "modified", "closed")  # watchdog's events that change a file
BUILT = "Documentation built in"  # what MkDocs prints when a build is done
FIRST_PAGE_S = 15  # the longest the rest of the site waits for MkDocs to show a saved meeting's page


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
    """Notes that something changed, and which files."""

    def __init__(self, changed: threading.Event) -> None:
        self.changed = changed
        self._lock = threading.Lock()
        self._saved: set[Path] = set()

    def on_any_event(self, event) -> None:
        # Only what changes a file counts: reading one (MkDocs reads the theme, the generator the
        # content, on every build) must not start another build.
        if event.event_type in (("created", "deleted", "moved") if event.is_directory else CHANGING):
            with self._lock:
                self._saved.update(Path(os.fsdecode(p)) for p in (event.src_path, getattr(event, "dest_path", "")) if p)
            self.changed.set()

    def take(self) -> set[Path]:
        """The files changed since the last call."""
        with self._lock:
            saved, self._saved = self._saved, set()
        return saved


class _EngineOutput:
    """Passes on what MkDocs prints, and counts the builds it finishes."""

    def __init__(self, stream) -> None:
        self.builds = 0
        self._finished = threading.Condition()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            sys.stdout.write(line)
            sys.stdout.flush()
            if BUILT in line:
                with self._finished:
                    self.builds += 1
                    self._finished.notify_all()

    def wait_past(self, count: int, seconds: float, stop: threading.Event) -> None:
        """Until MkDocs has finished a build after its ``count``-th (or ``seconds`` have passed, or ``stop`` is set)."""
        deadline = time.monotonic() + seconds
        with self._finished:
            while self.builds <= count and not stop.is_set() and time.monotonic() < deadline:
                self._finished.wait(min(0.5, max(0.0, deadline - time.monotonic())))


def touch_pages(docs_dir: Path) -> None:
    """Mark every generated page as changed, so that MkDocs' dirty rebuild lays each out again."""
    for page in docs_dir.rglob("*.md"):
        page.touch(exist_ok=True)


def show_first(settings: Settings, files: FileCache, saved: set[Path]) -> dict[str, bytes | None]:
    """Write the pages of the saved meetings before anything else; return what they replaced."""
    try:
        first = meeting_pages(settings, files, saved)
    except Exception:  # content not yet checked as a whole may not go through; regenerate() says why
        return {}
    return write_files(first, settings.docs_dir)


def regenerate(settings: Settings, files: FileCache, say: Callable[[str], None] = print,
               shown: dict[str, bytes | None] | None = None, superseded: Callable[[], bool] | None = None) -> bool | None:
    """Write the pages again; on content errors print them and keep the last good pages (putting back
    any ``shown`` first, as show_first() returned). None, having written nothing, if ``superseded()``
    said so before the pages were written."""
    try:
        result = generate(settings, files, search=False, superseded=superseded)
    except Superseded:
        return None
    except ContentError as exc:
        if shown:
            put_back(shown, settings.docs_dir)
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
    generate(settings, files, search=False)
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
    child = subprocess.Popen(command, cwd=settings.root, env=engine_env(settings), start_new_session=True,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
    engine = _EngineOutput(child.stdout)
    unconfirmed: dict[str, bytes | None] = {}
    print("papers: the preview has no search; `papers build` makes the search index", flush=True)
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
            if stop.is_set():
                break
            # A saved meeting's page first, then (once MkDocs has laid it out) the rest of the site,
            # unless a file is saved again meanwhile: then that file's page goes first, and so on.
            builds = engine.builds
            shown = show_first(settings, files, handler.take())
            for path, before in shown.items():
                unconfirmed.setdefault(path, before)  # the last good text, until the whole check passes
            if shown:
                engine.wait_past(builds, FIRST_PAGE_S, stop)
            if changed.is_set() or stop.is_set():
                continue
            if regenerate(settings, files, shown=unconfirmed, superseded=lambda: changed.is_set() or stop.is_set()) is not None:
                unconfirmed = {}
        return 0
    finally:
        observer.stop()
        _stop(child)
        observer.join()
        for number, handler_before in previous.items():
            signal.signal(number, handler_before)
