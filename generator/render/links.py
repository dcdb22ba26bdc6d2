"""Absolute addresses for files read outside the site (feeds, calendar, open data), from mkdocs.yml's site_url."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

import yaml

from generator.derive import paths

PUBLISHER = "Office of the Police and Crime Commissioner for Cumbria"
TIMEZONE = "Europe/London"


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without acting on MkDocs' own tags (!ENV, !!python/name ...)."""


def _ignore_tag(loader, suffix, node):
    return None


_ConfigLoader.add_multi_constructor("!", _ignore_tag)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)


# The site's address for one build, in place of mkdocs.yml's site_url (the publishing workflow sets it).
SITE_URL_VARIABLE = "PAPERS_SITE_URL"
# Hosts reserved for examples and tests (RFC 2606, RFC 6761): an address on one is a placeholder.
PLACEHOLDER_DOMAINS = ("example.org", "example.com", "example.net")
PLACEHOLDER_SUFFIXES = (".example", ".test", ".invalid", ".localhost")


def site_url(config: Path, address: Optional[str] = None) -> str:
    """The site's public address, ending in '/': ``address`` if given, else PAPERS_SITE_URL if set,
    else mkdocs.yml's site_url. ValueError if there is none or it is not an http(s) address.
    """
    override = (address or os.environ.get(SITE_URL_VARIABLE, "")).strip()
    if override:
        url, origin = override, "the site address" if address else SITE_URL_VARIABLE
    else:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
        url = data.get("site_url") if isinstance(data, dict) else None
        origin = f"site_url in {config}"
        if not isinstance(url, str) or not url.strip():
            raise ValueError(f"{config} has no site_url; add the site's public address, e.g. site_url: https://example.org/papers/")
        url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{origin} is '{url}', which is not an http(s) address")
    return url if url.endswith("/") else url + "/"


def is_placeholder(url: str) -> bool:
    """True for an address that cannot be where the public reads the site (example domains, this machine)."""
    name = (urlsplit(url).hostname or "").lower().rstrip(".")
    if name in ("localhost", "127.0.0.1", "::1") or name.endswith(PLACEHOLDER_SUFFIXES):
        return True
    return any(name == domain or name.endswith("." + domain) for domain in PLACEHOLDER_DOMAINS)


def placeholder_message(url: str, *, publishing: bool) -> str:
    if publishing:
        return (f"site_url is the placeholder {url}, so feeds, the calendar, citations and open data would point "
                f"there; a build for publishing needs the site's real address: set site_url in mkdocs.yml, or "
                f"pass --site-url https://... (or set {SITE_URL_VARIABLE}), then build again")
    return (f"note: site_url is the placeholder {url}; feeds, the calendar, citations and open data point there. "
            f"Fine for a look on this machine; `papers build --publish` refuses it until the real address is set.")


@dataclass(frozen=True)
class Successor:
    """The body the office's functions passed to (``extra.successor`` in mkdocs.yml): every page says so."""

    name: str
    url: str
    date: Optional[dt.date] = None


def successor(config: Path) -> Optional[Successor]:
    """The successor named in mkdocs.yml's ``extra.successor``, or None; ValueError saying what to fix if it is wrong."""
    data = yaml.load(config.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    extra = data.get("extra") if isinstance(data, dict) else None
    found = extra.get("successor") if isinstance(extra, dict) else None
    if found is None:
        return None
    where = f"extra.successor in {config}"
    if not isinstance(found, dict) or set(found) - {"name", "url", "date"}:
        raise ValueError(f"{where} must have name, url and (optionally) date, e.g. name: the Mayor of Example, "
                         "url: https://example.org/, date: 2028-05-08")
    name, url, day = found.get("name"), found.get("url"), found.get("date")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{where} has no name: give the body the office's functions passed to")
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{where}: url must be the successor's web address, starting https://")
    if day is not None and not isinstance(day, dt.date):
        raise ValueError(f"{where}: date '{day}' is not a date; write it as YYYY-MM-DD without quotes")
    return Successor(name.strip(), url, day)


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

