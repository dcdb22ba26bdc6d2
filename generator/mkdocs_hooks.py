"""Hooks MkDocs calls while it builds the site (named under `hooks:` in mkdocs.yml)."""

from __future__ import annotations

from generator.sanitize import sanitize_html


def on_page_content(html: str, **_) -> str:
    """Every page body passes through the HTML allow-list before the theme wraps it."""
    return sanitize_html(html)
