"""The visible text of a built page, for tests that look for content in it."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path


class _Text(HTMLParser):
    SKIP = {"script", "style", "template"}
    # Inline elements (a, abbr, em, ...) run on with the words around them; everything else separates words.
    INLINE = {"a", "abbr", "b", "code", "em", "i", "kbd", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        if tag not in self.INLINE:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        if tag not in self.INLINE:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def normalise(text: str) -> str:
    """Whitespace folded, Markdown emphasis and typographic quotes made plain, for comparison."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"[*_`]", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def page_text(path: Path) -> str:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return normalise("".join(parser.parts))


def built_page(site: Path, page: str) -> Path:
    """The HTML file MkDocs writes for a generated page path such as 'meetings/2021/x.md'."""
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return site / stem.removesuffix("index") / "index.html"
    return site / stem / "index.html"
