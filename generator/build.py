"""`papers build`: content -> pages -> MkDocs -> site/, all or nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.csp import apply_to_site
from generator.derive.site import derive
from generator.pipeline import validated
from generator.problems import Problem
from generator.render.figures import figures
from generator.render.decision_feed import decision_feed_files
from generator.render.documents import document_files
from generator.render.feeds import feed_files
from generator.render.links import SITE_URL_VARIABLE, is_placeholder, placeholder_message, site_url, successor
from generator.render.opendata import opendata_files
from generator.render.record_data import record_files
from generator.render.register import register_files
from generator.render.pages import render_pages
from generator.render.search import Record, records as search_records
from generator.search_index import index_site
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


def source_date_epoch(root: Path) -> str | None:
    """The moment the build stands for: SOURCE_DATE_EPOCH if set, else the last commit's time.

    Two builds of the same commit then give the same bytes, wherever and whenever they run.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return epoch
    try:
        result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    stamp = result.stdout.strip()
    return stamp if result.returncode == 0 and stamp.isdigit() else None


def today(root: Path) -> dt.date:
    """The build's date, for what is upcoming and what is past."""
    epoch = source_date_epoch(root)
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    return dt.date.today()


def cache_folder(root: Path) -> Path:
    """Where drawn charts are kept between builds: build/cache, or PAPERS_CACHE_DIR (shared by CI runs or tests)."""
    return Path(os.environ.get("PAPERS_CACHE_DIR") or root / "build" / "cache")


def generate(root: Path, *, preview: bool = False, publish: bool = False, address: str | None = None) -> BuildResult:
    """Validate the content and write the pages MkDocs builds from into build/docs.

    A preview (``papers serve --drafts``) also shows drafts and meetings whose papers are not yet public.
    """
    content, warnings = validated(root)
    day = today(root)
    site = derive(content, today=None if preview else day, include_drafts=preview)
    base = _address(root, address, publish)
    chart_files, found, stats = figures(site, cache_folder(root) / "charts")
    rendered = render_pages(site, root / "templates", today=day, figures=found, base_url=base)
    files = {path: text.encode("utf-8") for path, text in rendered.items()}
    files.update(chart_files)
    files.update(asset_files(root / "templates" / "assets"))
    files.update(document_files(site))
    files.update(register_files(site, base))
    files.update(feed_files(site, base))
    files.update(opendata_files(site, base))
    files.update(record_files(site, base))
    files.update(decision_feed_files(site, base))
    written, removed = write_tree(files, root / "build" / "docs")
    return BuildResult(warnings, len(rendered), written, removed, stats.drawn, stats.reused, search_records(site), base)


def _address(root: Path, address: str | None, publish: bool) -> str:
    """The site's address for this build; a build to publish refuses a placeholder."""
    try:
        base = site_url(root / "mkdocs.yml", address)
        successor(root / "mkdocs.yml")  # the theme shows it on every page; a wrong setting stops the build here
    except ValueError as exc:
        raise BuildFailed(str(exc)) from None
    if publish and is_placeholder(base):
        raise BuildFailed(placeholder_message(base, publishing=True))
    return base


def run_mkdocs(root: Path, site_dir: Path, address: str | None = None, *, directory_urls: bool = True) -> None:
    """``mkdocs build --strict`` into ``site_dir``; BuildFailed with MkDocs' own words if it fails.

    ``address`` is the site's public address in place of mkdocs.yml's. ``directory_urls=False`` links
    every page by its file name (``meetings/x.html``), so that the site opens from disk with no server
    (the handover archive).
    """
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    if address:
        env[SITE_URL_VARIABLE] = address  # read by the on_config hook
    epoch = source_date_epoch(root)
    if epoch:
        env["SOURCE_DATE_EPOCH"] = epoch
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(root / "mkdocs.yml"), "--site-dir", str(site_dir),
         *([] if directory_urls else ["--no-directory-urls"])],
        cwd=root, env=env, capture_output=True, text=True,
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


def inputs_digest(root: Path, address: str | None = None) -> str:
    """A hash of everything a build reads: content, templates, the generator, settings, pins and its date."""
    digest = hashlib.sha256()
    digest.update((source_date_epoch(root) or "").encode())
    digest.update((address or os.environ.get(SITE_URL_VARIABLE, "")).encode() + b"\0")
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
    digest = inputs_digest(root, address)
    if not force and up_to_date(root, digest):
        return None
    _address(root, address, publish)
    (root / MANIFEST).unlink(missing_ok=True)
    result = generate(root, publish=publish, address=address)
    target = root / "site"
    staging = Path(tempfile.mkdtemp(prefix=".site-", dir=root))
    try:
        run_mkdocs(root, staging, address)
        site_policy = apply_to_site(staging)
        (root / "build" / "content-security-policy.txt").write_text(site_policy + "\n", encoding="utf-8")
        run_pagefind(staging, result.search_records or [])
        replace_directory(staging, target)
        (root / MANIFEST).write_text(digest + "\n", encoding="utf-8")
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return result
