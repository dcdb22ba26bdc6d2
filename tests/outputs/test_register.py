"""The decision register lists every public decision of the fixture site once, and every link on it lands
on an existing anchor. The decisions expected are written out in tests/fixture/answers.py."""

from __future__ import annotations

import csv
import io

from generator.derive import paths
from generator.render.register import CSV_COLUMNS

from fixture.answers import DECISION_ANCHORS, DECISIONS, TOPICS
from .htmlscan import html_file, resolve, scan

REGISTER = "decisions/index.md"


def csv_rows(docs) -> list[dict]:
    return list(csv.DictReader(io.StringIO((docs / "data/decisions.csv").read_text(encoding="utf-8"))))


def test_the_register_lists_every_resolution_and_recommendation_once(html):
    listed = scan(html_file(html, REGISTER)).with_class("decision")
    assert sorted(listed) == sorted(d[0] for d in DECISIONS)


def test_each_entry_links_to_its_decision_on_the_meeting_page(html):
    register_html = html_file(html, REGISTER)
    page = scan(register_html)
    for register_id, meeting_id, _minute, kind, _number, text, outcome in DECISIONS:
        meeting_html = html_file(html, paths.meeting_page(meeting_id))
        targets = [resolve(html, register_html, href) for href in page.links_in[register_id]]
        assert (meeting_html, DECISION_ANCHORS[register_id]) in targets, f"{register_id} does not link to its minute"
        assert text in " ".join(page.text_in[register_id].split())
        if kind == "recommendation":
            assert outcome in page.text_in[register_id]


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
    assert [d.register_anchor for d in register.decisions] == [d[0] for d in DECISIONS]
    assert [y.year for y in register.years] == [2021]
    assert [m.view.id for m in register.years[0].meetings] == ["2021-09-08-public-accountability-conference",
                                                                "2021-06-02-public-accountability-conference"]


def test_every_topic_of_a_decision_has_a_section_listing_it(site, html):
    page = scan(html_file(html, REGISTER))
    listed = {t.id: [d.register_anchor for d in t.decisions] for t in site.register.topics}
    # Minute 002 of June is tagged road safety, minute 003 finance (from itself and its agenda item).
    assert listed == {
        "finance": ["2021-06-02-minute-003-resolution-i", "2021-06-02-minute-003-resolution-ii"],
        "road-safety": ["2021-06-02-minute-002-r1", "2021-06-02-minute-002-resolution-i"],
    }
    assert {"topic-finance", "topic-road-safety", "year-2021"} <= page.ids
    assert "topic-victims" not in page.ids


def test_the_csv_holds_every_decision_with_its_links(docs, base):
    rows = csv_rows(docs)
    assert list(rows[0].keys()) == [name for name, _ in CSV_COLUMNS]
    assert [row["id"] for row in rows] == [d[0] for d in DECISIONS]
    for row, (register_id, meeting_id, minute, kind, number, text, outcome) in zip(rows, DECISIONS):
        assert (row["meeting_id"], row["minute_number"], row["type"], row["number"], row["text"], row["outcome"]) == (
            meeting_id, str(minute), kind, number, text, outcome or "")
        assert row["url"] == f"{base}meetings/{meeting_id[:4]}/{meeting_id}/#{DECISION_ANCHORS[register_id]}"
        assert row["register_url"] == f"{base}decisions/#{register_id}"
    assert {row["topic_labels"] for row in rows} <= {"", TOPICS["finance"], TOPICS["road-safety"]}


def test_a_decision_has_the_address_the_papers_promise(html):
    """The register's own anchor is the meeting date then the decision's anchor in the minutes."""
    assert "2021-06-02-minute-003-resolution-ii" in scan(html_file(html, REGISTER)).ids
