"""The visible text of a built page (parsed with lxml), for tests that look for content in it."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html


def normalise(text: str) -> str:
    """Whitespace folded, Markdown emphasis and typographic quotes made plain, for comparison."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"[*_`]", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def page_text(path: Path) -> str:
    """The page's text as a reader meets it: scripts, styles and templates left out."""
    root = lxml.html.fromstring(path.read_bytes())
    for hidden in root.xpath("//script | //style | //template"):
        hidden.drop_tree()
    for abbreviation in root.xpath("//abbr"):
        abbreviation.drop_tag()  # its words run on with the text around them
    return normalise(" ".join(root.itertext()))


def built_page(site: Path, page: str) -> Path:
    """The HTML file MkDocs writes for a generated page path such as 'meetings/2021/x.md'."""
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return site / stem.removesuffix("index") / "index.html"
    return site / stem / "index.html"
