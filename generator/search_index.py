"""Index the finished site for search with Pagefind (its program ships in its PyPI package).

Pages are read from their HTML; meetings arrive as separate records worked out from the content
(generator/render/search.py), added in a fixed order so that the same site gives the same index.
"""

from __future__ import annotations

import asyncio
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


def index_site(site_dir: Path, records: list[Record], exclude: tuple[str, ...]) -> None:
    """Write site_dir/pagefind: every page marked for indexing, and the records.

    The indexer runs in a thread of its own, so that a caller already inside an event loop (a test
    driving a browser, say) can build too.
    """
    with ThreadPoolExecutor(max_workers=1) as worker:
        worker.submit(asyncio.run, _index(site_dir, records, exclude)).result()
