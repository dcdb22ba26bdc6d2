"""`papers build`: content -> pages -> MkDocs -> site/, all or nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from generator.csp import apply_to_site
from generator.derive.site import Site, derive
from generator.pipeline import validated
from generator.problems import ContentError, Problem
from generator.render.figures import figures
from generator.render.decision_feed import decision_feed_files
from generator.render.documents import document_files
from generator.render.feeds import feed_files
from generator.render.links import Publisher
from generator.render.opendata import opendata_files
from generator.render.record_data import record_files
from generator.render.register import register_files
from generator.render.pages import render_pages
from generator.render.search import Record, records as search_records
from generator.search_index import index_site
from generator.validate.content import Content
from generator.validate.each_file import FileCache
from generator.settings import Settings, SettingsError, load_settings, placeholder_message, with_site_address
from generator.write import asset_files, replace_directory, write_tree


class BuildFailed(Exception):
    pass


@dataclass
class BuildResult:
    warnings: list[Problem]
    pages: int
    written: int
    removed: int
    charts_drawn: int = 0
    charts_reused: int = 0
    search_records: list[Record] | None = None
    site_url: str = ""


class Superseded(Exception):
    """generate() stopped before writing anything: its work was no longer wanted."""


def generate(settings: Settings, files: FileCache | None = None, *, search: bool = True,
             superseded: Callable[[], bool] | None = None) -> BuildResult:
    """Validate the content and write the pages MkDocs builds from into the docs folder.

    A preview (``papers serve --drafts``) also shows drafts and meetings whose papers are not yet public.
    ``files`` keeps each content file's checked result (by default on disk beside the drawn charts).
    ``search=False`` leaves out the search records (the preview has no search index). While
    ``superseded()`` says so (the preview: a file was saved again), it stops with Superseded before
    writing anything.
    """
    def going_on() -> None:
        if superseded is not None and superseded():
            raise Superseded

    if files is None:
        files = FileCache(settings.cache_dir / "content")
    content, warnings = validated(settings.root, files)
    going_on()
    site = _derive(settings, content)
    base = settings.base_url
    by = Publisher(settings.site_name, settings.publisher, settings.description)
    chart_files, found, stats = figures(site, settings.cache_dir / "charts")
    going_on()
    rendered = render_pages(site, settings.root / "templates", today=settings.today, figures=found, base_url=base,
                            between=going_on)
    output = {path: text.encode("utf-8") for path, text in rendered.items()}
    output.update(chart_files)
    output.update(asset_files(settings.root / "templates" / "assets"))
    output.update(document_files(site))
    output.update(register_files(site, base))
    going_on()
    output.update(feed_files(site, base, by))
    going_on()
    output.update(opendata_files(site, base))
    output.update(record_files(site, base))
    output.update(decision_feed_files(site, base, by))
    going_on()
    written, removed = write_tree(output, settings.docs_dir)
    return BuildResult(warnings, len(rendered), written, removed, stats.drawn, stats.reused,
                       search_records(site.search_records) if search else None, base)


def _derive(settings: Settings, content: Content) -> Site:
    return derive(content, today=None if settings.preview else settings.today, include_drafts=settings.preview)


def meeting_pages(settings: Settings, files: FileCache, saved: set[Path]) -> dict[str, bytes]:
    """The pages of the meetings whose files are among ``saved``, and their charts and tables' data, as a
    whole generation would write them.

    Each file is checked by itself only, so that the preview can show an edited meeting at once; the
    whole content is checked (and every page generated) after. Empty when no saved file is a meeting's
    or a file has errors of its own (the whole check reports them).
    """
    root = settings.root.resolve()
    shown = {path.resolve().relative_to(root).as_posix() for path in saved if path.resolve().is_relative_to(root)}
    try:
        content, _warnings = validated(settings.root, files, across=False)
    except ContentError:
        return {}
    ids = {document.id for document in content.of_kind("meeting") if document.source.path in shown}
    if not ids:
        return {}
    site = _derive(settings, content)
    pages = {view.page for view in site.meetings if view.id in ids}
    chart_files, found, _stats = figures(site, settings.cache_dir / "charts", pages)
    rendered = render_pages(site, settings.root / "templates", today=settings.today, figures=found,
                            base_url=settings.base_url, meetings=ids)
    return {**chart_files, **{path: text.encode("utf-8") for path, text in rendered.items()}}


def engine_env(settings: Settings) -> dict[str, str]:
    """The environment MkDocs runs in: the build's moment (for the dates MkDocs writes), no end-of-life banner."""
    env = with_site_address(os.environ, settings.address)  # mkdocs.yml's site_url reads it (!ENV)
    env["NO_MKDOCS_2_WARNING"] = "1"
    if settings.epoch:
        env["SOURCE_DATE_EPOCH"] = settings.epoch
    return env


def run_mkdocs(settings: Settings, site_dir: Path, *, directory_urls: bool = True) -> None:
    """``mkdocs build --strict`` (or the configured engine's) into ``site_dir``; BuildFailed with its own words if it fails.

    ``directory_urls=False`` links
    every page by its file name (``meetings/x.html``), so that the site opens from disk with no server
    (the handover archive).
    """
    result = subprocess.run(
        [sys.executable, "-m", settings.engine, "build", "--strict", "--config-file", str(settings.config_file), "--site-dir", str(site_dir),
         *([] if directory_urls else ["--no-directory-urls"])],
        cwd=settings.root, env=engine_env(settings), capture_output=True, text=True,
    )
    if result.returncode != 0:
        raise BuildFailed("MkDocs could not build the site:\n" + (result.stdout + result.stderr).strip())


# Left out of the search index: links and citations repeated on every minute, and the figures of
# tables (searchable as words they are noise, and they make each result's download larger).
NOT_INDEXED = (".headerlink", ".permalink", ".cite", ".tags", ".data-table", ".chart-description", ".table-meta", ".download")


def run_pagefind(site_dir: Path, records: list[Record]) -> None:
    """Index the finished site for search: its pages, and the meetings' records."""
    try:
        index_site(site_dir, records, NOT_INDEXED)
    except Exception as exc:  # the indexer's own words, whatever went wrong inside it
        raise BuildFailed(f"Pagefind could not index the site: {exc}") from None


MANIFEST = "build/last-build.json"
INPUTS = ("content", "templates", "generator", "mkdocs.yml", "requirements.txt")


def inputs_digest(settings: Settings) -> str:
    """A hash of everything a build reads: content, templates, the generator, settings, pins, its date and address."""
    root = settings.root
    digest = hashlib.sha256()
    digest.update((settings.epoch or "").encode())
    digest.update(settings.base_url.encode() + b"\0")
    for name in INPUTS:
        path = root / name
        files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts) if path.is_dir() else [path]
        for file in files:
            if file.is_file():
                digest.update(file.relative_to(root).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def up_to_date(root: Path, digest: str) -> bool:
    manifest = root / MANIFEST
    return (root / "site").is_dir() and manifest.is_file() and manifest.read_text(encoding="utf-8").strip() == digest


def build_site(root: Path, *, force: bool = False, publish: bool = False, address: str | None = None) -> BuildResult | None:
    """Generate the pages, build the site into a temporary folder, then put it in place of site/.

    Returns None, having done nothing, when nothing the build reads has changed since the last
    build that succeeded (``force`` builds anyway). ``address`` is the site's public address in place
    of mkdocs.yml's site_url; a build to ``publish`` refuses a placeholder address before it writes anything.
    """
    try:
        settings = load_settings(root, address=address)
    except SettingsError as exc:
        raise BuildFailed(str(exc)) from None
    if publish and settings.placeholder:
        raise BuildFailed(placeholder_message(settings.base_url, publishing=True))
    digest = inputs_digest(settings)
    if not force and up_to_date(root, digest):
        return None
    (root / MANIFEST).unlink(missing_ok=True)
    result = generate(settings)
    target = root / "site"
    staging = Path(tempfile.mkdtemp(prefix=".site-", dir=root))
    try:
        run_mkdocs(settings, staging)
        site_policy = apply_to_site(staging)
        (root / "build" / "content-security-policy.txt").write_text(site_policy + "\n", encoding="utf-8")
        run_pagefind(staging, result.search_records or [])
        replace_directory(staging, target)
        (root / MANIFEST).write_text(digest + "\n", encoding="utf-8")
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return result
