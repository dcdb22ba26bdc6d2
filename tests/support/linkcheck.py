"""Check a built static site offline: every internal link and asset resolves, every #fragment exists.

Every HTML file under the site folder is read once (parsed with lxml). Internal references (href/src/srcset of
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
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html

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
class _Page:
    ids: set[str]
    references: list[tuple[str, str, int]]
    problems: list[Problem]


def _labelled(control, labels_for: set[str]) -> bool:
    """A form control is labelled by an accessible-name attribute, an enclosing <label>, or a <label for=its id>."""
    if any(control.get(a, "").strip() for a in ("aria-label", "aria-labelledby", "title")):
        return True
    if control.xpath("ancestor::label"):
        return True
    return bool(control.get("id")) and control.get("id") in labels_for


def _read(site: Path, path: Path, hidden_classes: frozenset[str] = frozenset()) -> _Page:
    name = path.relative_to(site).as_posix()
    data = path.read_bytes()
    root = lxml.html.fromstring(data) if data.strip() else lxml.html.fromstring("<html></html>")
    ids = set(root.xpath("//@id")) | set(root.xpath("//a/@name"))
    references: list[tuple[str, str, int]] = []
    for element in root.iter(*LINK_ATTRIBUTES):
        for attribute in LINK_ATTRIBUTES[element.tag]:
            value = element.get(attribute)
            if value is None:
                continue
            if attribute == "srcset":
                references += [(element.tag, c.strip().split(" ")[0], element.sourceline)
                               for c in value.split(",") if c.strip()]
            else:
                references.append((element.tag, value.strip(), element.sourceline))
    problems = [Problem(name, IMAGE_WITHOUT_ALT, f"line {img.sourceline}: <img src=\"{img.get('src', '')}\"> has no alt attribute")
                for img in root.iter("img") if img.get("alt") is None]
    labels_for = {label.get("for") for label in root.iter("label") if label.get("for")}
    for control in root.iter("input", "select", "textarea"):
        if control.tag == "input" and control.get("type", "text").lower() in UNLABELLED_INPUT_TYPES:
            continue
        if hidden_classes & set((control.get("class") or "").split()):
            continue
        if not _labelled(control, labels_for):
            what = f"<{control.tag}" + (f" id=\"{control.get('id')}\"" if control.get("id") else "") + ">"
            problems.append(Problem(name, UNLABELLED_CONTROL,
                                    f"line {control.sourceline}: {what} has no <label>, aria-label, aria-labelledby or title"))
    return _Page(ids, references, problems)


def configured_site_url(project: Path) -> str | None:
    """The site address the project's build uses (mkdocs.yml's ``site_url``, read as the build reads it)."""
    from generator.settings import load_settings

    return load_settings(project).base_url if (project / "mkdocs.yml").is_file() else None


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
