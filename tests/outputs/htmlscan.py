"""What the output tests read from a built HTML page (parsed with lxml): its ids, its links, and the links
and text inside each list item that has an id."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.html


@dataclass
class Scan:
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    alternates: list[dict[str, str]] = field(default_factory=list)
    links_in: dict[str, list[str]] = field(default_factory=dict)
    text_in: dict[str, str] = field(default_factory=dict)
    classes: dict[str, list[str]] = field(default_factory=dict)

    def with_class(self, name: str) -> list[str]:
        return [i for i, classes in self.classes.items() if name in classes]


def scan(path: Path) -> Scan:
    root = lxml.html.fromstring(path.read_bytes())
    found = Scan()
    for element in root.xpath("//*[@id]"):
        found.ids.add(element.get("id"))
        found.classes[element.get("id")] = (element.get("class") or "").split()
    found.ids.update(root.xpath("//a/@name"))
    found.links = [str(href) for href in root.xpath("//a/@href")]
    found.alternates = [dict(link.attrib) for link in root.xpath("//link[contains(concat(' ', normalize-space(@rel), ' '), ' alternate ')]")]
    for item in root.xpath("//li[@id]"):
        found.links_in[item.get("id")] = [str(href) for href in item.xpath(".//a/@href")]
        found.text_in[item.get("id")] = item.text_content()
    return found


def html_file(site: Path, page: str) -> Path:
    """The HTML MkDocs writes for a generated page path such as 'decisions/index.md'."""
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return site / stem.removesuffix("index") / "index.html"
    return site / stem / "index.html"


def resolve(site: Path, from_html: Path, href: str) -> tuple[Path, str] | None:
    """The file and anchor an internal link points at; None for a link to another site."""
    parts = urlsplit(href)
    if parts.scheme or href.startswith("//"):
        return None
    here = from_html.relative_to(site).as_posix()
    url = urlsplit(urljoin("http://site.invalid/" + here, href))
    path = url.path.lstrip("/")
    target = site / path
    if path == "" or path.endswith("/"):
        target = target / "index.html"
    return target, url.fragment
