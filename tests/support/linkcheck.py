"""Check a built static site offline: every internal link and asset resolves, every #fragment exists.

Every HTML file under the site folder is read once. Internal references (href/src/srcset of
a, area, link, img, script, source) are resolved the way a browser resolves them against the
page's address, with directory addresses served by their index.html. External addresses
(http, https, protocol-relative, mailto, tel) are collected, never fetched. The checker also
reports two accessibility faults it can see in the markup alone: an <img> with no alt attribute
and a form control with no label.
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

BROKEN_LINK = "broken link"
MISSING_ANCHOR = "missing anchor"
IMAGE_WITHOUT_ALT = "image without alt"
UNLABELLED_CONTROL = "form control without a label"
UNKNOWN_SCHEME = "unexpected address scheme"

EXTERNAL_SCHEMES = {"http", "https", "mailto", "tel"}
IGNORED_SCHEMES = {"data"}
LINK_ATTRIBUTES = {
    "a": ("href",),
    "area": ("href",),
    "link": ("href",),
    "img": ("src", "srcset"),
    "script": ("src",),
    "source": ("src", "srcset"),
}
UNLABELLED_INPUT_TYPES = {"hidden", "submit", "reset", "button", "image"}


@dataclass(frozen=True, order=True)
class Problem:
    page: str
    kind: str
    detail: str

    def __str__(self) -> str:
        return f"{self.page}: {self.kind}: {self.detail}"


@dataclass
class Report:
    pages: int = 0
    references: int = 0
    problems: list[Problem] = field(default_factory=list)
    external: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def summary(self, limit: int = 40) -> str:
        lines = [str(p) for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"... and {len(self.problems) - limit} more")
        return "\n".join(lines)


@dataclass
class _Control:
    tag: str
    id: str | None
    named: bool
    in_label: bool
    line: int


class _PageParser(HTMLParser):
    """Collects a page's ids, its references, and what is needed to judge images and form controls."""

    def __init__(self, hidden_classes: frozenset[str] = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        self.hidden_classes = hidden_classes
        self.ids: set[str] = set()
        self.references: list[tuple[str, str, int]] = []
        self.images_without_alt: list[tuple[str, int]] = []
        self.controls: list[_Control] = []
        self.label_for: set[str] = set()
        self.label_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._element(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._element(tag, attrs)
        if tag == "label" and self.label_depth:
            self.label_depth -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "label" and self.label_depth:
            self.label_depth -= 1

    def _element(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: (value or "") for name, value in attrs}
        line = self.getpos()[0]
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        for attribute in LINK_ATTRIBUTES.get(tag, ()):
            if attribute not in values:
                continue
            if attribute == "srcset":
                for candidate in values["srcset"].split(","):
                    address = candidate.strip().split(" ")[0]
                    if address:
                        self.references.append((tag, address, line))
            else:
                self.references.append((tag, values[attribute].strip(), line))
        if tag == "img" and "alt" not in values:
            self.images_without_alt.append((values.get("src", ""), line))
        if tag == "label":
            self.label_depth += 1
            if values.get("for"):
                self.label_for.add(values["for"])
        if tag in ("input", "select", "textarea"):
            if tag == "input" and values.get("type", "text").lower() in UNLABELLED_INPUT_TYPES:
                return
            if self.hidden_classes & set(values.get("class", "").split()):
                return
            named = any(values.get(a, "").strip() for a in ("aria-label", "aria-labelledby", "title"))
            self.controls.append(_Control(tag, values.get("id") or None, named, self.label_depth > 0, line))


@dataclass
class _Page:
    ids: set[str]
    references: list[tuple[str, str, int]]
    problems: list[Problem]


def _read(site: Path, path: Path, hidden_classes: frozenset[str] = frozenset()) -> _Page:
    name = path.relative_to(site).as_posix()
    parser = _PageParser(hidden_classes)
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    problems = [Problem(name, IMAGE_WITHOUT_ALT, f"line {line}: <img src=\"{src}\"> has no alt attribute")
                for src, line in parser.images_without_alt]
    for control in parser.controls:
        labelled = control.named or control.in_label or (control.id is not None and control.id in parser.label_for)
        if not labelled:
            what = f"<{control.tag}" + (f" id=\"{control.id}\"" if control.id else "") + ">"
            problems.append(Problem(name, UNLABELLED_CONTROL,
                                    f"line {control.line}: {what} has no <label>, aria-label, aria-labelledby or title"))
    return _Page(parser.ids, parser.references, problems)


def configured_site_url(project: Path) -> str | None:
    """The ``site_url`` of the project's mkdocs.yml, if it sets one."""
    config = project / "mkdocs.yml"
    found = re.search(r"^site_url:\s*['\"]?([^'\"\s#]+)", config.read_text(encoding="utf-8"), re.MULTILINE) if config.is_file() else None
    return found.group(1) if found else None


def base_path(site_url: str | None) -> str:
    """The path the site is published under: 'https://example.org/papers/' -> '/papers/'."""
    path = urlsplit(site_url).path if site_url else "/"
    return path.rstrip("/") + "/"


def page_address(site: Path, path: Path, base: str = "/") -> str:
    """The path a file is served at: 'meetings/index.html' -> '<base>meetings/index.html'."""
    return base + path.relative_to(site).as_posix()


def target_file(site: Path, address_path: str, base: str = "/") -> Path | None:
    """The file an address path is served from, or None if there is none (or it is outside the site)."""
    normal = posixpath.normpath(unquote(address_path))
    address_path = normal if normal.endswith("/") or not address_path.endswith("/") else normal + "/"
    if not (address_path + "/").startswith(base):
        return None
    relative = address_path[len(base):].strip("/")
    candidate = site / relative if relative not in ("", ".") else site
    if candidate.is_dir():
        candidate = candidate / "index.html"
    elif address_path.endswith("/"):
        return None
    return candidate if candidate.is_file() else None


def check_site(site: Path, *, site_url: str | None = None, hidden_classes: tuple[str, ...] = ()) -> Report:
    """Check every HTML file under ``site``; return what was found.

    ``site_url`` is the address the site is published at (MkDocs' ``site_url``): links from the
    root ("/papers/...") are resolved under its path, and full addresses that start with it are
    checked as internal links.

    ``hidden_classes`` names classes the site's stylesheet always hides (display: none): form
    controls carrying one are never shown, focused or announced, so they need no label.
    """
    site = site.resolve()
    hidden = frozenset(hidden_classes)
    base = base_path(site_url)
    own = site_url.rstrip("/") + "/" if site_url else None
    report = Report()
    pages: dict[Path, _Page] = {}
    for path in sorted(site.rglob("*.html")):
        pages[path] = _read(site, path, hidden)
    report.pages = len(pages)

    for path, page in pages.items():
        name = path.relative_to(site).as_posix()
        here = page_address(site, path, base)
        report.problems += page.problems
        for tag, address, line in page.references:
            report.references += 1
            where = f"line {line}: <{tag}> {address!r}"
            if address == "":
                continue
            if own and (address + "/").startswith(own):
                address = base + address[len(own):]
            parts = urlsplit(address)
            scheme = parts.scheme.lower()
            if scheme in EXTERNAL_SCHEMES or (not scheme and parts.netloc):
                report.external[address].add(name)
                continue
            if scheme in IGNORED_SCHEMES:
                continue
            if scheme:
                report.problems.append(Problem(name, UNKNOWN_SCHEME, where))
                continue
            resolved = urlsplit(urljoin(here, address))
            target = path if not parts.path else target_file(site, resolved.path, base)
            if target is None:
                report.problems.append(Problem(name, BROKEN_LINK, f"{where} -> {resolved.path} does not exist"))
                continue
            fragment = unquote(parts.fragment)
            if fragment and target.suffix == ".html":
                target_page = pages.get(target) or _read(site, target, hidden)
                if fragment not in target_page.ids:
                    shown = target.relative_to(site).as_posix()
                    report.problems.append(Problem(name, MISSING_ANCHOR, f"{where} -> no id {fragment!r} in {shown}"))
    report.problems.sort()
    return report
