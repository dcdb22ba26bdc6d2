"""The decision register: each year's page lists the decisions of that year (formal decisions and the meetings'
decisions), its noted page lists what was only noted or approves earlier minutes, and every link lands on an
existing anchor. The answers are written out in tests/fixture/answers.py."""

from __future__ import annotations

import csv
import io
import json

import lxml.html

from generator.derive import paths
from generator.render.register import CSV_COLUMNS

from fixture.answers import (
    DECISION_ANCHORS,
    DECISIONS,
    JUNE,
    NOTED_2021,
    NOTED_2022,
    NOTED_ONLY,
    NOTICES,
    REGISTER_2021,
    RESTRICTED_TEXT,
    TOPICS,
    UNMINUTED,
)
from .htmlscan import html_file, resolve, scan

YEAR = paths.register_year_page(2021)
NOTED = paths.register_noted_page(2021)


def csv_rows(docs) -> list[dict]:
    return list(csv.DictReader(io.StringIO((docs / "data/decisions.csv").read_text(encoding="utf-8"))))


def test_the_year_page_lists_the_decisions_newest_first_and_leaves_noted_items_out(html):
    assert scan(html_file(html, YEAR)).with_class("register-entry") == REGISTER_2021
    assert scan(html_file(html, NOTED)).with_class("register-entry") == NOTED_2021


def test_every_meeting_decision_is_listed_once_on_the_register(html):
    pages = (YEAR, NOTED, paths.register_year_page(2022), paths.register_noted_page(2022))
    listed = [anchor for page in pages for anchor in scan(html_file(html, page)).with_class("register-entry")]
    meeting_decisions = [anchor for anchor in listed if not anchor.startswith("decision-")]
    assert sorted(meeting_decisions) == sorted(d[0] for d in DECISIONS)


def test_each_entry_links_to_its_decision_on_the_meeting_page(html):
    for page_path in (YEAR, NOTED):
        page_html = html_file(html, page_path)
        page = scan(page_html)
        for register_id, meeting_id, _minute, kind, _number, text, outcome in DECISIONS:
            if register_id not in page.text_in:
                continue
            meeting_html = html_file(html, paths.meeting_page(meeting_id))
            targets = [resolve(html, page_html, href) for href in page.links_in[register_id]]
            assert (meeting_html, DECISION_ANCHORS[register_id]) in targets, f"{register_id} does not link to its minute"
            assert text in " ".join(page.text_in[register_id].split())
            if kind == "recommendation":
                assert outcome.capitalize() in page.text_in[register_id]


def test_formal_decisions_link_to_their_own_pages(html):
    page_html = html_file(html, YEAR)
    page = scan(page_html)
    for notice_id, reference, notice_page in NOTICES:
        if f"decision-{notice_id}" in page.text_in:
            targets = [resolve(html, page_html, href) for href in page.links_in[f"decision-{notice_id}"]]
            assert any(t and t[0] == html_file(html, notice_page) for t in targets), f"{notice_id} does not link to its page"
            assert reference in page.text_in[f"decision-{notice_id}"]


def test_every_link_on_the_register_pages_resolves_to_an_existing_anchor(html):
    checked = 0
    for page_path in (paths.REGISTER_PAGE, YEAR, NOTED):
        page_html = html_file(html, page_path)
        page = scan(page_html)
        pages: dict = {}
        for href in page.links:
            target = resolve(html, page_html, href)
            if target is None:
                continue
            path, anchor = target
            assert path.is_file(), f"{href} on {page_path} points at a missing file"
            if anchor and path.suffix == ".html":
                ids = pages.setdefault(path, scan(path).ids)
                assert anchor in ids, f"{href}: no id '{anchor}' on {path.relative_to(html)}"
                checked += 1
    assert checked > 0


def test_a_restricted_part_is_said_to_exist_but_never_shown(docs):
    notice = (docs / "decisions/2021/002-2021.md").read_text(encoding="utf-8")
    assert "paragraph\n3 of Part 1 of Schedule 12A" in notice or "paragraph 3 of Part 1 of Schedule 12A" in " ".join(notice.split())
    assert "commercial terms offered by suppliers" in notice
    leaked = [p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file() and RESTRICTED_TEXT.encode() in p.read_bytes()]
    assert leaked == []


def test_a_reference_is_kept_as_written_and_addressed_in_its_normal_form(docs):
    page = (docs / "decisions/2020/014-2020.md").read_text(encoding="utf-8")
    assert "# Decision 014/2020: Estates strategy" in page
    assert "“014/2020 – Estates strategy”" in page


def test_the_csv_holds_every_decision_with_its_links(docs, base):
    rows = csv_rows(docs)
    assert list(rows[0].keys()) == [name for name, _ in CSV_COLUMNS]
    assert [row["id"] for row in rows] == [d[0] for d in DECISIONS]
    for row, (register_id, meeting_id, minute, kind, number, text, outcome) in zip(rows, DECISIONS):
        assert (row["meeting_id"], row["minute_number"], row["type"], row["number"], row["text"], row["outcome"]) == (
            meeting_id, str(minute), kind, number, text, outcome or "")
        assert row["url"] == f"{base}meetings/{meeting_id[:4]}/{meeting_id}/#{DECISION_ANCHORS[register_id]}"
        year = register_id[:4] if not register_id.startswith("decision-") else register_id[-4:]
        page = f"decisions/{year}/" if register_id in REGISTER_2021 else f"decisions/{year}/noted/"
        assert row["register_url"] == f"{base}{page}#{register_id}"
    assert {row["topic_labels"] for row in rows} <= {"", TOPICS["finance"], TOPICS["road-safety"]}


def test_every_place_of_the_single_page_register_has_an_address_that_holds_it_now(html):
    moved = json.loads((html / "decisions" / "addresses.json").read_text(encoding="utf-8"))
    expected = {anchor: f"decisions/2021/#{anchor}" for anchor in REGISTER_2021}
    expected |= {anchor: f"decisions/2021/noted/#{anchor}" for anchor in NOTED_2021}
    expected |= {"year-2021": "decisions/2021/", "topic-finance": "topics/finance/",
                 f"meeting-{JUNE}": f"meetings/2021/{JUNE}/"}
    assert {anchor: moved.get(anchor) for anchor in expected} == expected
    for anchor, address in moved.items():
        page, _, target = address.partition("#")
        built = html / page / "index.html"
        assert built.is_file(), f"#{anchor} is sent to {address}, which is not built"
        assert not target or f'id="{target}"' in built.read_text(encoding="utf-8"), f"#{anchor} is sent to {address}, which has no such anchor"


def test_a_year_without_decisions_says_exactly_why(html):
    """2022's minutes only note a report and its other meeting's minutes are not published: its page says both,
    links to what is there and lists nothing as a decision."""
    page_html = html_file(html, paths.register_year_page(2022))
    page = scan(page_html)
    assert page.with_class("register-entry") == []
    assert scan(html_file(html, paths.register_noted_page(2022))).with_class("register-entry") == NOTED_2022
    words = " ".join(lxml.html.fromstring(page_html.read_bytes()).xpath("string(//article)").split())
    assert "No decision of 2022 is recorded on this site" in words
    assert "It holds no formal decision (decision notice) of 2022" in words
    assert "record no resolution or recommendation that decides something: only 1 item noted." in words
    assert "Public Accountability Conference, 8 June 2022 are not in this record yet" in words
    assert "Nothing is recorded" not in words
    targets = {resolve(html, page_html, href) for href in page.links}
    assert (html_file(html, paths.register_noted_page(2022)), "") in targets
    assert (html_file(html, paths.meeting_page(NOTED_ONLY)), "minutes") in targets
    assert (html_file(html, paths.meeting_page(UNMINUTED)), "") in targets
