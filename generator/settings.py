"""The site's settings: one typed object, read once from mkdocs.yml through MkDocs' own loader.

MkDocs' loader is used rather than a YAML reader of our own so that the file means the same to
the generator as to MkDocs (``!ENV`` tags, defaults, validation). Everything the generator needs
from it, and the moment the build stands for, is worked out here once and passed down.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Mapping
from pathlib import Path
from urllib.parse import urlsplit

import yaml

CONFIG_FILE = "mkdocs.yml"
# The site's address for one build, in place of the default in mkdocs.yml: its site_url reads this
# variable through MkDocs' !ENV tag, so MkDocs and the generator see the same address.
SITE_URL_VARIABLE = "PAPERS_SITE_URL"
# Hosts reserved for examples and tests (RFC 2606, RFC 6761): an address on one is a placeholder.
PLACEHOLDER_DOMAINS = ("example.org", "example.com", "example.net")
PLACEHOLDER_SUFFIXES = (".example", ".test", ".invalid", ".localhost")
# Programs that build a site from mkdocs.yml with the same commands and options (ProperDocs is
# MkDocs 1.x carried on under another name); both are pinned in requirements.txt.
ENGINES = ("mkdocs", "properdocs")


class SettingsError(Exception):
    """mkdocs.yml cannot be read or lacks something the site needs; the message says what."""


@dataclass(frozen=True)
class Successor:
    """The body the office's functions passed to (``extra.successor`` in mkdocs.yml): every page says so."""

    name: str
    url: str
    date: dt.date | None = None


@dataclass(frozen=True)
class Settings:
    """What the generator needs to know about the site and this build."""

    root: Path
    config_file: Path
    site_name: str
    publisher: str  # site_author: who publishes the papers (feeds, calendar, open data, footer)
    description: str
    base_url: str  # site_url, always ending in '/'
    docs_dir: Path  # where the generated pages go for MkDocs to read
    cache_dir: Path  # drawn charts (extra.papers.cache_dir; PAPERS_CACHE_DIR through !ENV)
    epoch: str | None  # SOURCE_DATE_EPOCH if set, else the last commit's time, else None
    today: dt.date  # the build's date, for what is upcoming and what is past
    successor: Successor | None = None  # extra.successor: shown on every page by the theme
    engine: str = "mkdocs"  # extra.papers.engine: the program that builds the site from mkdocs.yml
    preview: bool = False  # papers serve --drafts: drafts and papers not yet public are shown
    address: str | None = None  # papers build --site-url: given to the engine as PAPERS_SITE_URL

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or "localhost"

    @property
    def placeholder(self) -> bool:
        return is_placeholder(self.base_url)


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


def source_date_epoch(root: Path) -> str | None:
    """SOURCE_DATE_EPOCH if set, else the last commit's time: two builds of one commit give the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return epoch
    try:
        result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    stamp = result.stdout.strip()
    return stamp if result.returncode == 0 and stamp.isdigit() else None


def _base_url(url: object, config_file: Path, origin: str) -> str:
    if not isinstance(url, str) or not url.strip():
        raise SettingsError(f"{config_file} has no site_url; add the site's public address, e.g. site_url: https://example.org/papers/")
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(f"{origin} is '{url}', which is not an http(s) address")
    return url if url.endswith("/") else url + "/"


def with_site_address(environ: Mapping[str, str], address: str | None) -> dict[str, str]:
    """``environ`` as mkdocs.yml is read in: PAPERS_SITE_URL holds the address given for this build,
    if any, and an empty one counts as unset. The settings and the build's engine both read it so."""
    env = dict(environ)
    if address:
        env[SITE_URL_VARIABLE] = address
    elif not env.get(SITE_URL_VARIABLE, "unset").strip():
        del env[SITE_URL_VARIABLE]
    return env


def _set_site_url_variable(value: str | None) -> None:
    if value is None:
        os.environ.pop(SITE_URL_VARIABLE, None)
    else:
        os.environ[SITE_URL_VARIABLE] = value


@contextmanager
def _site_url_from(address: str | None):
    """While mkdocs.yml is read (MkDocs' !ENV looks at os.environ), the variable is as ``with_site_address`` makes it."""
    before = os.environ.get(SITE_URL_VARIABLE)
    _set_site_url_variable(with_site_address(os.environ, address).get(SITE_URL_VARIABLE))
    try:
        yield
    finally:
        _set_site_url_variable(before)


def _successor(found: object, config_file: Path) -> Successor | None:
    """``extra.successor`` checked, or SettingsError saying what to fix."""
    if found is None:
        return None
    where = f"extra.successor in {config_file}"
    if not isinstance(found, dict) or set(found) - {"name", "url", "date"}:
        raise SettingsError(f"{where} must have name, url and (optionally) date, e.g. name: the Mayor of Example, "
                            "url: https://example.org/, date: 2028-05-08")
    name, url, day = found.get("name"), found.get("url"), found.get("date")
    if not isinstance(name, str) or not name.strip():
        raise SettingsError(f"{where} has no name: give the body the office's functions passed to")
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(f"{where}: url must be the successor's web address, starting https://")
    if day is not None and not isinstance(day, dt.date):
        raise SettingsError(f"{where}: date '{day}' is not a date; write it as YYYY-MM-DD without quotes")
    return Successor(name.strip(), url, day)


def _missing_folders(folder: Path) -> list[Path]:
    """``folder`` and those of its parents that do not exist yet, deepest first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def _mkdocs_config(config_file: Path):
    """mkdocs.yml as MkDocs reads it, or SettingsError with MkDocs' own complaints."""
    from mkdocs import exceptions
    from mkdocs.config import load_config
    from mkdocs.utils.yaml import yaml_load

    said: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            said.append(record.getMessage())

    logger = logging.getLogger("mkdocs")
    handler, propagate = Collect(logging.ERROR), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with config_file.open("rb") as handle:
            raw = yaml_load(handle) or {}
        # MkDocs insists that the docs folder exists, though only the generator fills it: reading the
        # settings must write nothing, so a folder made for the reading is taken away again.
        docs = raw.get("docs_dir", "docs") if isinstance(raw, dict) else "docs"
        made = _missing_folders(config_file.parent / docs) if isinstance(docs, str) else []
        for folder in reversed(made):
            folder.mkdir()
        try:
            with config_file.open("rb") as handle:
                return load_config(config_file=handle)
        finally:
            for folder in made:
                folder.rmdir()
    except (exceptions.MkDocsException, OSError, ValueError, yaml.YAMLError) as exc:
        raise SettingsError(f"{config_file}: " + ("; ".join(said) or str(exc))) from None
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def load_settings(root: Path, *, preview: bool = False, address: str | None = None) -> Settings:
    """The settings of the project at ``root``; SettingsError names the problem in mkdocs.yml.

    ``address`` is the site's public address for this build (``papers build --site-url``); it reaches
    MkDocs as PAPERS_SITE_URL, which mkdocs.yml's site_url reads with ``!ENV``.
    """
    config_file = root / CONFIG_FILE
    if not config_file.is_file():
        raise SettingsError(f"{config_file} is missing; the project needs its site configuration")
    address = address.strip() if address and address.strip() else None
    if address:
        _base_url(address, config_file, "the site address given")
    with _site_url_from(address):
        config = _mkdocs_config(config_file)
    if address and (config.get("site_url") or "").rstrip("/") != address.rstrip("/"):
        raise SettingsError(f"{config_file}: a site address for one build needs site_url to read it from the environment, "
                            f"e.g. site_url: !ENV [{SITE_URL_VARIABLE}, https://example.org/papers/]")
    origin = f"{SITE_URL_VARIABLE}" if os.environ.get(SITE_URL_VARIABLE, "").strip() and not address else f"site_url in {config_file}"
    extra = config.get("extra") or {}
    papers = extra.get("papers") or {}
    cache = Path(papers.get("cache_dir") or "build/cache")
    engine = papers.get("engine") or "mkdocs"
    if engine not in ENGINES:
        raise SettingsError(f"{config_file}: extra.papers.engine is '{engine}'; it must be one of {', '.join(ENGINES)}")
    epoch = source_date_epoch(root)
    day = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date() if epoch else dt.date.today()
    return Settings(
        root=root,
        config_file=config_file,
        site_name=config["site_name"],
        publisher=config.get("site_author") or config["site_name"],
        description=config.get("site_description") or "",
        base_url=_base_url(address or config.get("site_url"), config_file, origin),
        docs_dir=Path(config["docs_dir"]),
        cache_dir=cache if cache.is_absolute() else root / cache,
        epoch=epoch,
        today=day,
        successor=_successor(extra.get("successor"), config_file),
        engine=engine,
        preview=preview,
        address=address,
    )
