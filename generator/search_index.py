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
from generator.search_index_order import in_fixed_order

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
        chunks = [self._pending]
        while SEPARATOR not in chunks[-1]:  # a message's base64 text holds no comma, so only new bytes need looking at
            chunk = stdout.read1(1 << 20)
            if not chunk:
                self._log.seek(0)
                said = self._log.read().decode("utf-8", "replace").strip()
                raise PagefindError("the Pagefind program stopped" + (f": {said}" if said else ""))
            chunks.append(chunk)
        message, _, self._pending = b"".join(chunks).partition(SEPARATOR)
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


def _index(site_dir: Path, records: list[Record], exclude: tuple[str, ...]) -> dict[str, bytes]:
    """Every file of the index by its path inside the index folder, as Pagefind made them."""
    service = PagefindService()
    try:
        index = service.ask({"type": "NewIndex", "config": {"exclude_selectors": list(exclude)}})["index_id"]
        service.ask({"type": "AddDir", "index_id": index, "path": str(site_dir), "glob": None})
        for record in sorted(records, key=lambda r: r.url):
            service.ask({"type": "AddRecord", "index_id": index, "url": record.url, "content": record.content,
                         "language": "en", "meta": record.meta(), "filters": record.filters, "sort": {"date": record.date}})
        files = service.ask({"type": "GetFiles", "index_id": index})["files"]
    finally:
        service.close()
    return {file["path"]: base64.b64decode(file["content"]) for file in files}


# Files Pagefind makes for every index, besides its hashed chunks; and for each language it indexed.
PROGRAM_FILES = ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "pagefind-ui.js", "pagefind-ui.css",
                 "pagefind-highlight.js", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
                 "pagefind-component-ui.js", "pagefind-component-ui.css")


def missing_files(files: dict[str, bytes]) -> list[str]:
    """Files a whole index has that are not among these: its program, and each language's meta and WebAssembly."""
    missing = [name for name in PROGRAM_FILES if not files.get(name)]
    try:
        languages = json.loads(files["pagefind-entry.json"])["languages"]
    except (KeyError, ValueError, TypeError):
        return missing
    for language, about in languages.items():
        meta = f"pagefind.{about.get('hash', '')}.pf_meta"
        missing += [name for name in (meta, f"wasm.{about.get('wasm', language)}.pagefind") if not files.get(name)]
    return missing


def index_site(site_dir: Path, records: list[Record], exclude: tuple[str, ...]) -> None:
    """Write site_dir/pagefind: every page marked for indexing, and the records.

    The files are asked of Pagefind and written here, each whole, in a fixed order. (Its own
    writing returns before every file is on disk: a program that ends straight after may leave a
    file short or missing.) An index that lacks any of its own files is refused, never published.
    Its filters are put in a fixed order first (generator/search_index_order.py).
    """
    files = _index(site_dir, records, exclude)
    missing = missing_files(files)
    if missing:
        raise PagefindError(f"the search index Pagefind made lacks {', '.join(missing)}")
    files = in_fixed_order(files)
    output = site_dir / "pagefind"
    if output.exists():
        shutil.rmtree(output)
    for name in sorted(files):
        path = output / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[name])
