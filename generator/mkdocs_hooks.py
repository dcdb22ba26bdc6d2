"""Hooks MkDocs calls while it builds the site (named under `hooks:` in mkdocs.yml)."""

from __future__ import annotations

import os
from pathlib import Path

from generator.problems import ContentError, report
from generator.derive.glossary import first_uses_only
from generator.sanitize import sanitize_html


def on_config(config, **_):
    """The site address for this build (PAPERS_SITE_URL, set by ``papers build --site-url``) wins over mkdocs.yml."""
    from generator.build import SITE_URL_VARIABLE

    override = os.environ.get(SITE_URL_VARIABLE, "").strip()
    if override:
        config["site_url"] = override if override.endswith("/") else override + "/"
    return config


def on_pre_build(config, **_) -> None:
    """While previewing (`papers serve`), regenerate the pages from content/ before every rebuild."""
    if not os.environ.get("PAPERS_SERVE"):
        return
    from generator.build import generate

    root = Path(config["config_file_path"]).resolve().parent
    try:
        generate(root, preview=bool(os.environ.get("PAPERS_PREVIEW_DRAFTS")))
    except ContentError as exc:
        print(report(exc.problems))
        print("papers: the content has errors; the preview shows the last good pages")


def on_page_content(html: str, **_) -> str:
    """Every page body passes through the HTML allow-list before the theme wraps it; an abbreviation
    keeps its expansion on its first use on the page only."""
    return first_uses_only(sanitize_html(html))
