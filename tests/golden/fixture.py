"""The fixture site of the golden pages: the content in tests/golden/content/, generated as on a fixed day.

The content is made up, small and complete: one of every page kind, exempt business, a draft, a
meeting not yet public, an upcoming meeting, minutes approved at a later meeting, a metric followed
over two meetings, a plan with a lost heading, a report, an assessment section and a hand-written page.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from generator.derive.site import Site, derive
from generator.pipeline import validated
from generator.render.feeds import feed_files
from generator.render.figures import figures
from generator.render.opendata import opendata_files
from generator.render.pages import render_pages
from generator.render.register import register_files

HERE = Path(__file__).resolve().parent
CONTENT = HERE / "content"
EXPECTED = HERE / "expected"
TEMPLATES = HERE.parents[1] / "templates"
DAY = dt.date(2026, 1, 1)
BASE = "https://papers.example.org/"


def fixture_site(root: Path) -> Site:
    """The fixture content, validated and derived as on DAY, in a copy under ``root``."""
    shutil.copytree(CONTENT, root / "content")
    content, _warnings = validated(root)
    return derive(content, today=DAY)


def generated(root: Path, cache: Path) -> dict[str, bytes]:
    """Every text file the generator writes for the fixture site (pages, feeds, calendar, data), by docs path.

    The charts' SVG drawings are left out: matplotlib's output is tested in tests/unit/test_charts.py.
    """
    site = fixture_site(root)
    _chart_files, found, _stats = figures(site, cache)
    files = {path: text.encode("utf-8")
             for path, text in render_pages(site, TEMPLATES, today=DAY, figures=found, base_url=BASE).items()}
    files.update(register_files(site, BASE))
    files.update(feed_files(site, BASE))
    files.update({path: data for path, data in opendata_files(site, BASE).items() if not path.startswith("data/schemas/")})
    return files
