"""A cache of each page's converted HTML, so that a rebuild converts only the pages that changed.

Converting Markdown is most of what MkDocs spends on a large site. A page's HTML depends on its
Markdown, on where it sits, on the Markdown settings and on which of the files it links to exist
(MkDocs rewrites and checks every relative link). So an entry is stored under a hash of the first
three, records the answer to every link lookup the conversion made, and is used only while each
lookup would still give the same answer. A page whose conversion logged anything (a broken link,
say) is never stored, so its message is printed again on every build until it is fixed.

What is kept is what MkDocs' ``Page.render`` leaves on the page: the HTML, the table of contents,
the title found in the text, the anchors present and the links to other pages' anchors (which MkDocs
checks once every page is rendered). Entries are JSON, written whole or not at all.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
import json
import logging
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

# Code whose change changes the HTML of a page, besides the packages named in the key.
OWN_CODE = ("page_cache.py", "markdown_sanitize.py", "sanitize.py", "derive/glossary.py")
PACKAGES = ("markdown", "nh3", "pymdown-extensions")
WATCHED_LOGGERS = ("mkdocs", "properdocs", "MARKDOWN")


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def settings_key(config: Any, engine: str) -> str:
    """A hash of everything besides the page itself that the conversion of a page depends on."""
    digest = hashlib.sha256()
    parts = [
        engine, _version(engine.split(".")[0]), *(f"{name}={_version(name)}" for name in PACKAGES),
        repr(list(config["markdown_extensions"])),
        json.dumps(config["mdx_configs"] or {}, sort_keys=True, default=repr),
        repr(config["use_directory_urls"]), repr(config["validation"]),
    ]
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0")
    here = Path(__file__).parent
    for name in OWN_CODE:
        digest.update((here / name).read_bytes() + b"\0")
    return digest.hexdigest()


class PageCache:
    """Entries in ``folder``, one JSON file a page, valid for one ``settings`` key."""

    def __init__(self, folder: Path, settings: str) -> None:
        self.folder = folder
        self.settings = settings
        self.used: set[str] = set()
        self.hits = self.misses = 0

    def key(self, markdown: str, src_uri: str, url: str) -> str:
        digest = hashlib.sha256(self.settings.encode("ascii"))
        for part in (src_uri, url, markdown):
            digest.update(b"\0" + part.encode("utf-8"))
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def load(self, key: str) -> dict | None:
        try:
            return json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def store(self, key: str, entry: dict) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(key)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(entry, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        os.replace(temporary, path)

    def prune(self) -> int:
        """Remove the entries no page of this build used; return how many."""
        if not self.folder.is_dir():
            return 0
        removed = 0
        for path in self.folder.glob("*.json"):
            if path.stem not in self.used:
                path.unlink(missing_ok=True)
                removed += 1
        return removed


class _RecordingFiles:
    """The build's files as a page's conversion sees them, noting every lookup and its answer."""

    def __init__(self, files: Any) -> None:
        self._files = files
        self.lookups: dict[str, str | None] = {}

    def get_file_from_path(self, path: str):
        found = self._files.get_file_from_path(path)
        self.lookups[path] = _answer(found)
        return found

    def __getattr__(self, name: str):
        return getattr(self._files, name)


def _answer(found: Any) -> str | None:
    if found is None or found.inclusion.is_excluded():
        return None
    return found.url


@contextmanager
def _messages() -> Iterator[list[logging.LogRecord]]:
    """Every log record of INFO or above the engine or Markdown emits inside the block."""
    records: list[logging.LogRecord] = []

    class Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Catch(logging.INFO)
    loggers = [logging.getLogger(name) for name in WATCHED_LOGGERS]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield records
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


def _toc_entries(items) -> list[dict]:
    return [{"title": i.title, "id": i.id, "level": i.level, "children": _toc_entries(i.children)} for i in items]


def _toc(entries: list[dict], anchor_link: type) -> list:
    made = []
    for entry in entries:
        link = anchor_link(entry["title"], entry["id"], entry["level"])
        link.children = _toc(entry["children"], anchor_link)
        made.append(link)
    return made


def cached_render(cache: PageCache, page: Any, render: Callable, config: Any, files: Any) -> None:
    """``render(page, config, files)``, or the same result from the cache when it still holds."""
    key = cache.key(page.markdown, page.file.src_uri, page.file.url)
    cache.used.add(key)
    entry = cache.load(key)
    if entry is not None and all(_answer(files.get_file_from_path(p)) == url for p, url in entry["lookups"].items()):
        cache.hits += 1
        _restore(page, entry, files)
        return
    cache.misses += 1
    recording = _RecordingFiles(files)
    with _messages() as said:
        render(page, config, recording)
    if not said and None not in recording.lookups.values():
        cache.store(key, _entry(page, recording.lookups))


def _entry(page: Any, lookups: dict[str, str | None]) -> dict:
    links = getattr(page, "links_to_anchors", None)
    return {
        "content": page.content,
        "toc": _toc_entries(page.toc),
        "title": page._title_from_render,
        "anchors": sorted(page.present_anchor_ids or ()),
        "links": None if links is None else {f.src_uri: dict(sorted(a.items())) for f, a in links.items()},
        "lookups": dict(sorted(lookups.items())),
    }


def _restore(page: Any, entry: dict, files: Any) -> None:
    # The engine's own table-of-contents classes, beside its page class (mkdocs.structure.toc, ...).
    toc_module = importlib.import_module(type(page).__module__.rsplit(".", 1)[0] + ".toc")
    items = _toc(entry["toc"], toc_module.AnchorLink)
    if items:
        items[0].active = True  # as the engine marks the first entry of a page's contents
    page.content = entry["content"]
    page.toc = toc_module.TableOfContents(items)
    page._title_from_render = entry["title"]
    page.present_anchor_ids = set(entry["anchors"])
    if entry["links"] is not None:
        page.links_to_anchors = {files.get_file_from_path(src): links for src, links in entry["links"].items()}
