"""Index the finished site for search with Pagefind (its program ships in its PyPI package).

Pages are read from their HTML; meetings arrive as separate records worked out from the content
(generator/render/search.py), added in a fixed order so that the same site gives the same index.
"""

from __future__ import annotations

import asyncio
import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pagefind.index import IndexConfig, PagefindIndex

from generator.render.search import Record


async def _index(site_dir: Path, records: list[Record], exclude: tuple[str, ...]) -> None:
    config = IndexConfig(output_path=str(site_dir / "pagefind"), exclude_selectors=list(exclude))
    async with PagefindIndex(config=config) as index:
        await index.add_directory(path=str(site_dir))
        for record in sorted(records, key=lambda r: r.url):
            await index.add_custom_record(url=record.url, content=record.content, language="en", meta=record.meta(),
                                          filters=record.filters, sort={"date": record.date})


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

    The indexer runs in a thread of its own, so that a caller already inside an event loop (a test
    driving a browser, say) can build too. Pagefind's service has now and then been seen to leave out
    a file of the index on a busy machine; the index is then written again, and a build never
    finishes with an incomplete one.
    """
    output = site_dir / "pagefind"
    for _attempt in range(ATTEMPTS):
        if output.exists():
            shutil.rmtree(output)
        with ThreadPoolExecutor(max_workers=1) as worker:
            worker.submit(asyncio.run, _index(site_dir, records, exclude)).result()
        missing = missing_files(output)
        if not missing:
            return
    raise RuntimeError(f"the search index lacks {', '.join(missing)} after {ATTEMPTS} attempts")
