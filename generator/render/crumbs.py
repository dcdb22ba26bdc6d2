"""Breadcrumbs: for every page below a section, the pages above it, named by their titles.

A page's ancestors are the index pages of the folders it sits in (meetings/2021/x.md is below
meetings/2021/index.md, which is below meetings/index.md); the pages of a few folders sit below a
page outside them (a feed's page below "Stay informed"). The trail goes into the page's front
matter as ``crumbs`` (title and source path, which the theme turns into an address); the theme draws it.
"""

from __future__ import annotations

import json
import re

from generator.derive import paths

TITLE = re.compile(r"^title: (?P<value>.*)$", re.M)


def _title(text: str) -> str | None:
    head = text.split("\n---\n", 1)[0]
    found = TITLE.search(head)
    return json.loads(found.group("value")) if found else None


# Folders whose pages belong below a page outside them: a feed's page is explained from "Stay informed".
SECTION_PAGES = {"feeds": paths.STAY_INFORMED_PAGE}


def _ancestors(page: str) -> list[str]:
    folders = page.split("/")[:-1]
    if page.endswith("/index.md"):
        folders = folders[:-1]
    above = [SECTION_PAGES[folders[0]]] if folders and folders[0] in SECTION_PAGES else []
    return above + [f"{'/'.join(folders[:depth])}/index.md" for depth in range(1, len(folders) + 1)]


def with_crumbs(rendered: dict[str, str]) -> dict[str, str]:
    """Every page below the home page with its trail of ancestors written into its front matter."""
    titles = {page: _title(text) for page, text in rendered.items()}
    found = {}
    for page, text in rendered.items():
        trail = [(titles[a], a) for a in _ancestors(page) if titles.get(a)]
        if page != "index.md" and text.startswith("---\n"):
            crumbs = [["Home", "index.md"], *[[label, source] for label, source in trail]]
            text = "---\ncrumbs: " + json.dumps(crumbs, ensure_ascii=False) + "\n" + text[4:]
        found[page] = text
    return found
