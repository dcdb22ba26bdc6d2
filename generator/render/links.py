"""Absolute addresses for files read outside the site (feeds, calendar, open data), from the site's base address (site_url)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlsplit

from generator.derive import paths

TIMEZONE = "Europe/London"


@dataclass(frozen=True)
class Publisher:
    """Who publishes the files read outside the site (feeds, calendar), from the site settings (mkdocs.yml)."""

    site_name: str
    name: str
    description: str


def absolute(base: str, page: str, anchor: Optional[str] = None) -> str:
    """The full address of a generated page (or a file in the docs folder), optionally with an anchor."""
    if page.endswith(".md"):
        path = paths.url(page).lstrip("/")
    else:
        path = page
    return base + path + (f"#{anchor}" if anchor else "")


def host(base: str) -> str:
    return urlsplit(base).hostname or "localhost"


def tag_uri(base: str, day: dt.date, specific: str) -> str:
    """A permanent id (RFC 4151) that does not depend on where a page is moved to later."""
    return f"tag:{host(base)},{day.isoformat()}:{specific}"

