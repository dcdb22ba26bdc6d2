"""The decision register lists every public decision once, and every link on it lands on an existing anchor."""

from __future__ import annotations

import csv
import io
from collections import Counter

import pytest

from generator.derive import paths
from generator.render.register import CSV_COLUMNS

from .conftest import expected_decisions
from .htmlscan import html_file, resolve, scan

REGISTER = "decisions/index.md"


def meeting_anchor(d: dict) -> str:
    if d["type"] == "resolution":
        return paths.resolution_anchor(d["minute"], d["number"])
    return paths.recommendation_anchor(d["minute"], d["number"])


def register_id(d: dict, public) -> str:
    days = Counter(m.date for _, m in public)
    prefix = d["date"].isoformat() if days[d["date"]] == 1 else d["meeting_id"]
    return f"{prefix}-{meeting_anchor(d)}"


def csv_rows(docs) -> list[dict]:
    return list(csv.DictReader(io.StringIO((docs / "data/decisions.csv").read_text(encoding="utf-8"))))


def test_the_content_has_decisions_to_list(public):
    assert expected_decisions(public), "no published meeting has a resolution or recommendation"


def test_the_register_lists_every_resolution_and_recommendation_once(public, html):
    expected = expected_decisions(public)
    page = scan(html_file(html, REGISTER))
    listed = page.with_class("decision")
    assert len(listed) == len(expected)
    assert sorted(listed) == sorted(register_id(d, public) for d in expected)
    assert len(set(listed)) == len(listed)


def test_each_entry_links_to_its_decision_on_the_meeting_page(public, html):
    register_html = html_file(html, REGISTER)
    page = scan(register_html)
    for d in expected_decisions(public):
        entry = register_id(d, public)
        meeting_html = html_file(html, paths.meeting_page(d["meeting_id"]))
        targets = [resolve(html, register_html, href) for href in page.links_in[entry]]
        assert (meeting_html, meeting_anchor(d)) in targets, f"{entry} does not link to its minute"
        assert " ".join(d["text"].split()) in " ".join(page.text_in[entry].split())
        if d["type"] == "recommendation":
            assert (d["outcome"] or "outcome not recorded") in page.text_in[entry]


def test_every_link_on_the_register_resolves_to_an_existing_anchor(html):
    register_html = html_file(html, REGISTER)
    page = scan(register_html)
    pages: dict = {}
    checked = 0
    for href in page.links:
        target = resolve(html, register_html, href)
        if target is None:
            continue
        path, anchor = target
        assert path.is_file(), f"{href} points at a missing file"
        if anchor and path.suffix == ".html":
            ids = pages.setdefault(path, scan(path).ids)
            assert anchor in ids, f"{href}: no id '{anchor}' on {path.relative_to(html)}"
            checked += 1
    assert checked > 0


def test_register_is_newest_first_and_grouped_by_year(site):
    register = site.register
    years = [y.year for y in register.years]
    assert years == sorted(years, reverse=True)
    dates = [d.view.meeting.date for d in register.decisions]
    assert dates == sorted(dates, reverse=True)
    for year in register.years:
        assert all(d.view.year == year.year for m in year.meetings for d in m.decisions)


def test_every_topic_of_a_decision_has_a_section_listing_it(site, html):
    register = site.register
    page = scan(html_file(html, REGISTER))
    sections = {t.id: t for t in register.topics}
    for d in register.decisions:
        for topic in d.topics:
            assert d in sections[topic].decisions
            assert f"topic-{topic}" in page.ids
    for year in register.years:
        assert f"year-{year.year}" in page.ids


def test_the_csv_holds_every_decision_with_its_links(public, docs, base):
    rows = csv_rows(docs)
    assert list(rows[0].keys()) == [name for name, _ in CSV_COLUMNS]
    wanted = expected_decisions(public)
    assert len(rows) == len(wanted)
    by_id = {row["id"]: row for row in rows}
    for d in wanted:
        row = by_id[register_id(d, public)]
        assert row["text"] == d["text"]
        assert row["type"] == d["type"] and row["number"] == d["number"]
        assert row["outcome"] == (d["outcome"] or "")
        assert row["url"] == base + paths.url(paths.meeting_page(d["meeting_id"])).lstrip("/") + "#" + meeting_anchor(d)
        assert row["register_url"] == f"{base}decisions/#{row['id']}"


def test_register_ids_are_unique(site):
    ids = [d.register_anchor for d in site.decisions]
    assert len(ids) == len(set(ids))


def test_a_decision_has_the_address_the_papers_promise(public, html):
    """The register's own anchor is the meeting date then the decision's anchor in the minutes."""
    wanted = [d for d in expected_decisions(public)
              if d["meeting_id"] == "2019-11-07-public-accountability-conference" and d["minute"] == 8 and d["number"] == "ii"]
    if not wanted:
        pytest.skip("the 7 November 2019 minutes are not in the content")
    assert "2019-11-07-minute-008-resolution-ii" in scan(html_file(html, REGISTER)).ids
