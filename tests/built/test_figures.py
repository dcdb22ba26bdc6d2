"""Every chart on the site has a text alternative, its data as a table and as CSV, equal to the content."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import lxml.html

from generator.build import generate
from generator.settings import load_settings
from generator.derive.site import derive
from generator.pipeline import validated

from support.project import copy_project


def _charts(page: Path) -> tuple[list[dict], set[str], list[str]]:
    """A built page's chart images (their attributes), its ids, and its links to CSV files."""
    root = lxml.html.fromstring(page.read_bytes())
    images = [dict(img.attrib) for img in root.xpath("//img") if "chart" in (img.get("class") or "").split()]
    ids = set(root.xpath("//@id"))
    links = [str(href) for href in root.xpath("//a/@href") if href.endswith(".csv")]
    return images, ids, links


def test_every_chart_has_alt_text_description_table_and_csv(built_site):
    site = built_site / "site"
    charts = 0
    for page in sorted(site.rglob("index.html")):
        images, ids, links = _charts(page)
        for image in images:
            charts += 1
            assert len(image.get("alt", "")) > 20, f"{page}: chart without a useful alt text: {image}"
            described = image.get("aria-describedby")
            assert described in ids, f"{page}: chart description {described} missing"
            table_id = described.removesuffix("-description")
            assert table_id in ids or (table_id == "series" and "<table" in page.read_text(encoding="utf-8")), (
                f"{page}: chart without its data table")
            assert (page.parent / image["src"]).resolve().is_file()
        for link in links:
            assert (page.parent / link).resolve().is_file(), f"{page}: CSV link {link} is broken"
    content, _ = validated(built_site)
    tables = derive(content).tables
    drawable = [t for t in tables if t.table.chart is not False]
    assert charts > 0 and charts <= len(drawable) + len(derive(content).metrics)


def test_csv_downloads_equal_the_content_numbers(built_site):
    content, _ = validated(built_site)
    for place in derive(content).tables:
        path = built_site / "site" / "data" / "tables" / f"{place.key}.csv"
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        assert len(rows) == len(place.table.rows) + 1
        for row, expected in zip(rows[1:], place.table.rows):
            for cell, value in zip(row, expected):
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    assert float(cell) == float(value), f"{place.key}: {cell} != {value}"
                else:
                    assert cell == ("" if value is None else str(value))


def test_second_build_draws_no_chart_and_svgs_are_identical(tmp_path, monkeypatch):
    monkeypatch.delenv("PAPERS_CACHE_DIR")  # each copy keeps its own cache in build/cache
    first = generate(load_settings(copy_project(tmp_path / "a")))
    svgs = {p.name: p.read_bytes() for p in (tmp_path / "a" / "build" / "docs" / "charts").glob("*.svg")}
    second = generate(load_settings(tmp_path / "a"))
    assert first.charts_drawn == len(svgs) and first.charts_drawn > 0
    assert (second.charts_drawn, second.charts_reused) == (0, len(svgs))
    assert second.written == 0, "an unchanged build rewrote generated files"
    other = generate(load_settings(copy_project(tmp_path / "b")))
    assert other.charts_drawn == len(svgs)
    assert {p.name: p.read_bytes() for p in (tmp_path / "b" / "build" / "docs" / "charts").glob("*.svg")} == svgs
    assert all(not re.search(rb"<dc:date>", svg) for svg in svgs.values())
