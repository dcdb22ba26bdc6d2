"""Index the finished site for search with Pagefind (its program ships in its PyPI package).

Pages are read from their HTML; meetings arrive as separate records worked out from the content
(generator/render/search.py), added in a fixed order so that the same site gives the same index.

The program runs as Pagefind's indexing service, spoken to over its standard input and output, one
request at a time. Its Python package's own client waits a tenth of a second before reading each
answer, which at one record per minute is minutes for a large archive; ``PagefindService`` below
asks and reads straight away, with the same requests.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import IO, Any

from pagefind.service import get_executable

from generator.render.search import Record

SEPARATOR = b","  # each message, request or answer, is base64-encoded JSON ended by a comma


class PagefindError(Exception):
    """Pagefind could not index the site; the message is its own."""


class PagefindService:
    """One running ``pagefind --service``: ask it something, read its answer."""

    def __init__(self) -> None:
        program = get_executable()
        if program is None:
            raise PagefindError("the Pagefind program is not installed (pagefind[bin] in requirements.txt)")
        self._log = tempfile.TemporaryFile()
        self._process = subprocess.Popen([str(program), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=self._log)
        self._next_id = 0
        self._pending = b""

    def ask(self, payload: dict[str, Any]) -> dict[str, Any]:
        self._next_id += 1
        request = {"message_id": self._next_id, "payload": payload}
        stdin: IO[bytes] = self._process.stdin  # type: ignore[assignment]
        stdin.write(base64.b64encode(json.dumps(request).encode("utf-8")) + SEPARATOR)
        stdin.flush()
        while True:
            answer = self._read()
            if answer is not None and answer.get("message_id") in (self._next_id, None):
                break
        reply = answer["payload"]
        if reply.get("type") == "Error":
            raise PagefindError(reply.get("message") or "an error without a message")
        return reply

    def _read(self) -> dict[str, Any] | None:
        stdout: IO[bytes] = self._process.stdout  # type: ignore[assignment]
        while SEPARATOR not in self._pending:
            chunk = stdout.read1(1 << 16)
            if not chunk:
                self._log.seek(0)
                said = self._log.read().decode("utf-8", "replace").strip()
                raise PagefindError("the Pagefind program stopped" + (f": {said}" if said else ""))
            self._pending += chunk
        message, _, self._pending = self._pending.partition(SEPARATOR)
        return json.loads(base64.b64decode(message))

    def close(self) -> None:
        if self._process.stdin:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._log.close()


def _index(site_dir: Path, records: list[Record], exclude: tuple[str, ...]) -> None:
    service = PagefindService()
    try:
        index = service.ask({"type": "NewIndex", "config": {"exclude_selectors": list(exclude)}})["index_id"]
        service.ask({"type": "AddDir", "index_id": index, "path": str(site_dir), "glob": None})
        for record in sorted(records, key=lambda r: r.url):
            service.ask({"type": "AddRecord", "index_id": index, "url": record.url, "content": record.content,
                         "language": "en", "meta": record.meta(), "filters": record.filters, "sort": {"date": record.date}})
        service.ask({"type": "WriteFiles", "index_id": index, "output_path": str(site_dir / "pagefind")})
    finally:
        service.close()


# Files Pagefind writes for every index, besides its hashed chunks; and for each language it indexed.
PROGRAM_FILES = ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "pagefind-ui.js", "pagefind-ui.css",
                 "pagefind-highlight.js", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
                 "pagefind-component-ui.js", "pagefind-component-ui.css")
ATTEMPTS = 3


def missing_files(output: Path) -> list[str]:
    """Files of a finished index that are not there: its program, and each language's meta and WebAssembly."""
    missing = [name for name in PROGRAM_FILES if not (output / name).is_file()]
    try:
        languages = json.loads((output / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]
    except (OSError, ValueError, KeyError, TypeError):
        return missing
    for language, about in languages.items():
        meta = f"pagefind.{about.get('hash', '')}.pf_meta"
        missing += [name for name in (meta, f"wasm.{about.get('wasm', language)}.pagefind") if not (output / name).is_file()]
    return missing


def index_site(site_dir: Path, records: list[Record], exclude: tuple[str, ...]) -> None:
    """Write site_dir/pagefind: every page marked for indexing, and the records.

    Pagefind's service has now and then been seen to leave out a file of the index on a busy
    machine; the index is then written again, and a build never finishes with an incomplete one.
    """
    output = site_dir / "pagefind"
    for _attempt in range(ATTEMPTS):
        if output.exists():
            shutil.rmtree(output)
        _index(site_dir, records, exclude)
        missing = missing_files(output)
        if not missing:
            return
    raise PagefindError(f"the search index lacks {', '.join(missing)} after {ATTEMPTS} attempts")
