"""`papers archive`: the whole record as one self-contained, checksummed package for a successor body or a
web archive to take as it is.

The package is a BagIt bag (RFC 8493), written with the Library of Congress' ``bagit`` library: a folder
whose ``data/`` holds

- ``site/``: the website, built to open from disk with no server (every link names its file);
- ``content/``: the papers as YAML and Markdown, the record the site is made from, with the original
  documents the office keeps in ``content/documents/``;
- ``open-data/``: the decisions, figures, people and meetings as CSV and JSON, with their schemas;
- ``manifest.json``: what the package is, who published it, when it was built and what each part holds;

and beside it the checksums of every file (SHA-256 and SHA-512) and ``bag-info.txt``.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import bagit

from generator import __version__
from generator.build import BuildFailed, generate, run_mkdocs, run_pagefind
from generator.csp import apply_to_site
from generator.derive.site import derive
from generator.pipeline import validated
from generator.settings import Settings, SettingsError, load_settings

ORIGINALS = "content/documents"
CHECKSUMS = ["sha256", "sha512"]

PARTS = {
    "site": "The website, built to be opened from disk with no server: open site/index.html in a browser. "
            "Search needs the site to be served (any static web server); every other page works offline.",
    "content": "The papers as YAML and Markdown files: the record the website is made from.",
    ORIGINALS: "The original documents the papers were taken from, as the office published them.",
    "open-data": "The open data of the website: decisions.csv, figures.csv, people.json, one JSON file a meeting, "
                 "and their JSON Schemas in schemas/.",
}


class ArchiveFailed(Exception):
    """The archive could not be written; the message says why and what to do."""


@dataclass
class ArchiveResult:
    path: Path
    files: int
    meetings: int
    decisions: int


def _manifest(settings: Settings, parts: list[str], meetings: int, decisions: int) -> dict:
    return {
        "title": settings.site_name,
        "publisher": settings.publisher,
        "site_url": settings.base_url,
        "built_for": settings.today.isoformat(),
        "generator_version": __version__,
        "meetings": meetings,
        "decisions": decisions,
        "parts": [{"path": f"{name}/", "description": PARTS[name]} for name in parts],
    }


def write_archive(root: Path, out: Path) -> ArchiveResult:
    """Build the site for reading from disk and write the bag at ``out`` (which must not exist yet)."""
    out = out.resolve()
    if out.exists():
        raise ArchiveFailed(f"{out} already exists; papers archive never overwrites: give a new --out")
    if not out.parent.is_dir():
        raise ArchiveFailed(f"{out.parent} is not a folder; create it or give another --out")
    try:
        settings = load_settings(root)
    except SettingsError as exc:
        raise ArchiveFailed(str(exc)) from None
    content, _ = validated(root)
    site = derive(content, today=settings.today)
    generated = generate(settings)
    staging = Path(tempfile.mkdtemp(prefix=".archive-", dir=out.parent))
    try:
        run_mkdocs(settings, staging / "site", directory_urls=False)
        apply_to_site(staging / "site")
        run_pagefind(staging / "site", generated.search_records or [])
        shutil.copytree(root / "content", staging / "content")
        parts = ["site", "content"] + ([ORIGINALS] if (root / ORIGINALS).is_dir() else [])
        shutil.copytree(staging / "site" / "data", staging / "open-data")
        parts.append("open-data")
        manifest = _manifest(settings, parts, len(site.meetings), len(site.decisions))
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        bag = bagit.make_bag(str(staging), {
            "Source-Organization": settings.publisher,
            "External-Identifier": settings.base_url,
            "External-Description": "The public record of the office's meetings: the website, the papers it is "
                                    "made from, the original documents and the open data. See data/manifest.json.",
            "Bagging-Date": settings.today.isoformat(),
        }, checksums=CHECKSUMS)
        files = sum(1 for _ in bag.payload_files())
        staging.rename(out)
    except BuildFailed as exc:
        raise ArchiveFailed(str(exc)) from None
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return ArchiveResult(out, files, len(site.meetings), len(site.decisions))
