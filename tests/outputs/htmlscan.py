"""What the output tests read from a built HTML page: its ids, its links, and the links inside each list item."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit


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


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scan = Scan()
        self.items: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if a.get("id"):
            self.scan.ids.add(a["id"])
            self.scan.classes[a["id"]] = a.get("class", "").split()
        if tag == "a" and a.get("name"):
            self.scan.ids.add(a["name"])
        if tag == "li":
            self.items.append(a.get("id") or None)
            if a.get("id"):
                self.scan.links_in.setdefault(a["id"], [])
                self.scan.text_in.setdefault(a["id"], "")
        if tag == "a" and "href" in a:
            self.scan.links.append(a["href"])
            for item in self.items:
                if item:
                    self.scan.links_in[item].append(a["href"])
        if tag == "link" and a.get("rel") == "alternate":
            self.scan.alternates.append(a)

    def handle_endtag(self, tag):
        if tag == "li" and self.items:
            self.items.pop()

    def handle_data(self, data):
        for item in self.items:
            if item:
                self.scan.text_in[item] += data


def scan(path: Path) -> Scan:
    parser = _Parser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.scan


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
