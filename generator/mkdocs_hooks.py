"""Hooks MkDocs calls while it builds the site (named under `hooks:` in mkdocs.yml).

Nothing here is needed for a correct site: every page body is made safe by a Markdown extension
(generator/markdown_sanitize.py) and the pages are written by the generator before MkDocs runs.
The hooks only save time, by reusing each unchanged page's converted HTML (generator/page_cache.py);
an engine that runs no hooks builds the same site more slowly.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from generator.page_cache import PageCache, cached_render, settings_key

FOLDER = "page-cache"  # beside the docs folder: build/page-cache

log = logging.getLogger("mkdocs.hooks.papers")
_cache: PageCache | None = None
_partial = False  # a dirty rebuild converts only some pages: the entries it did not use are still good


def on_startup(*, command: str, dirty: bool, **_) -> None:
    global _partial
    _partial = dirty


def on_config(config, **_):
    global _cache
    engine = type(config).__module__
    _cache = PageCache(Path(config["docs_dir"]).parent / FOLDER, settings_key(config, engine))
    return config


def on_page_markdown(markdown: str, page, config, files, **_) -> str:
    """Have this page's conversion go through the cache (the engine converts it right after this hook)."""
    if _cache is not None:
        page.render = functools.partial(cached_render, _cache, page, type(page).render)
    return markdown


def on_post_build(config, **_) -> None:
    if _cache is not None:
        removed = 0 if _partial else _cache.prune()
        log.debug("page cache: %d pages reused, %d converted, %d stale entries removed", _cache.hits, _cache.misses, removed)
