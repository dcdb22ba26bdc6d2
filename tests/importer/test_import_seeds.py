"""Importing the real meeting packs gives what people checked by hand.

For each seed document the importer writes a draft of the meeting the papers
are for and a draft of the earlier meeting whose minutes they carry. Wherever
content/meetings/ holds a hand-checked file of the same name, the draft must
have the same agenda item numbers and titles, minute numbers and titles, and
resolutions. Titles are compared without regard to case, runs of spaces, or
typographic quotes and dashes; resolutions without regard to runs of spaces.
"""

from __future__ import annotations

import re

import pytest

from generator import models
from generator.load.source import SourceError, load_yaml_file

from importer_support import REPO, SEEDS, do_import, out_of_order

SEED_FILES = {"000": "000_abff306cd41663c4.txt", "001": "001_a8d0f11224e21537.txt"}


def seed(key: str):
    path = SEEDS / SEED_FILES[key]
    assert path.is_file(), f"the seed documents are expected in {SEEDS} (the shared folder beside the project); {path.name} is not there"
    return path


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """Each seed imported once, with the project's own people.yaml.

    ``compact`` imports the seed with its blank lines taken out, as text comes out of
    most PDFs, where nothing but the words themselves marks where a paragraph ends.
    """
    cache = {}

    def get(key: str, compact: bool = False):
        if (key, compact) not in cache:
            source = seed(key)
            if compact:
                text = source.read_text(encoding="utf-8")
                source = tmp_path_factory.mktemp(f"compact{key}") / source.name
                source.write_text("\n".join(line for line in text.split("\n") if line.strip()), encoding="utf-8")
            out = tmp_path_factory.mktemp(f"seed{key}")
            cache[(key, compact)] = do_import(source, REPO, out)
        return cache[(key, compact)]

    return get


def title_key(text: str | None) -> str:
    text = (text or "").replace("‘", "'").replace("’", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"[–—]", "-", text)
    return " ".join(text.split()).casefold()


def words(text: str) -> str:
    return " ".join(text.split())


def hand_checked(name: str) -> models.Meeting | None:
    path = REPO / "content" / "meetings" / name[:4] / name
    if not path.is_file():
        return None
    try:
        return models.Meeting.model_validate(load_yaml_file(path, name).data)
    except (SourceError, ValueError):
        return None


@pytest.mark.parametrize("compact", [False, True], ids=["as-extracted", "no-blank-lines"])
@pytest.mark.parametrize("key", sorted(SEED_FILES))
def test_every_draft_is_a_valid_draft_meeting(imported, key, compact):
    result = imported(key, compact)
    assert result.code == 0, result.err
    assert len(result.files) == 2
    for name, meeting in result.meetings.items():
        assert meeting.status == "draft"
        assert name == f"{meeting.date.isoformat()}-public-accountability-conference.yaml"
        data = load_yaml_file(result.files[name], name).data
        assert out_of_order(data, models.Meeting) == [], "keys in the order of the model's fields"


@pytest.mark.parametrize("compact", [False, True], ids=["as-extracted", "no-blank-lines"])
@pytest.mark.parametrize("key", sorted(SEED_FILES))
def test_drafts_match_the_hand_checked_files(imported, key, compact):
    result = imported(key, compact)
    assert result.code == 0, result.err
    compared = []
    for name, draft in result.meetings.items():
        hand = hand_checked(name)
        if hand is None:
            continue
        compared.append(name)
        if hand.agenda:
            assert [(a.number, title_key(a.title)) for a in draft.agenda] == [(a.number, title_key(a.title)) for a in hand.agenda], name
        if hand.minutes:
            assert draft.minutes is not None, name
            assert [(m.number, title_key(m.title)) for m in draft.minutes.items] == [
                (m.number, title_key(m.title)) for m in hand.minutes.items
            ], name
            assert {m.number: [(r.number, words(r.text)) for r in m.resolutions] for m in draft.minutes.items} == {
                m.number: [(r.number, words(r.text)) for r in m.resolutions] for m in hand.minutes.items
            }, name
    assert compared, f"no hand-checked file in content/meetings/ for the drafts of seed {key}: {sorted(result.files)}"


def test_the_minutes_draft_points_at_the_papers_it_came_with(imported):
    result = imported("001")
    minutes = result.meeting("2019-11-07-public-accountability-conference.yaml")
    papers = result.meeting("2019-12-18-public-accountability-conference.yaml")
    assert minutes.minutes.published_with == "2019-12-18-public-accountability-conference"
    item = next(a for a in papers.agenda if a.number == 5)
    assert item.minutes_of == "2019-11-07-public-accountability-conference"
    assert str(item.minutes_of_date) == "2019-11-07"


def test_letter_header_attendees_and_presentations_of_seed_001(imported):
    papers = imported("001").meeting("2019-12-18-public-accountability-conference.yaml")
    assert (str(papers.date), papers.start_time) == ("2019-12-18", "09:30")
    assert papers.location.venue == "OPCC Conference Room, Police Headquarters, Carleton Hall, Penrith"
    notice = papers.notice
    assert str(notice.date) == "2019-11-28"
    assert notice.reference == "PC"
    # "Mrs P Coulter", "V Stafford" and "ACC Slattery" fit people of people.yaml by initial or rank only: each is
    # written under the name as the letter gives it, and the possible match is reported for a person to decide
    assert (notice.contact.name, notice.contact.person, notice.contact.telephone) == ("Mrs P Coulter", "p-coulter", "01768 217734")
    assert notice.signed_by.person == "v-stafford"
    report = imported("001").out
    for written, possible in (("p-coulter", "paula-coulter"), ("v-stafford", "vivian-stafford"), ("acc-slattery", "andy-slattery")):
        assert re.search(rf"^    {written}: .*possibly {possible} \(", report, re.MULTILINE), written
    assert [(a.person, a.post, a.chair) for a in notice.invited] == [
        ("peter-mccall", "police-and-crime-commissioner", True),
        ("vivian-stafford", "opcc-chief-executive", False),
        ("roger-marshall", "joint-chief-finance-officer", False),
        ("michelle-skeer", "chief-constable", False),
    ]
    assert papers.purpose.startswith("The purpose of the Conference")
    assert [(p.id, p.agenda_item) for p in papers.presentations[:2]] == [
        ("performance", 6), ("a-visible-and-effective-police-presence", 7)]
    assert papers.presentations[0].presenter_people == ["acc-slattery"]
    assert {a.number: a.presentation for a in papers.agenda if a.presentation} == {
        6: "performance", 7: "a-visible-and-effective-police-presence"}


def test_remote_meeting_and_attendance_of_seed_000(imported):
    result = imported("000")
    papers = result.meeting("2021-12-08-public-accountability-conference.yaml")
    assert papers.location.remote is True and papers.location.venue is None
    assert papers.notice.contact.email == "paula.zutic@cumbria.police.uk"
    minutes = result.meeting("2021-11-03-public-accountability-conference.yaml")
    attendance = minutes.attendance
    assert [(a.person, a.chair) for a in attendance.present] == [("peter-mccall", True)]
    assert [a.person for a in attendance.also_present] == ["mark-webster", "vivian-stafford", "roger-marshall"]
    assert attendance.minute_taker.person == "paula-zutic"
    assert [a.person for a in attendance.observers] == ["bronwyn-musgrave"]
    assert [(a.person, a.post) for a in attendance.apologies] == [
        ("michelle-skeer", "chief-constable"),
        ("jonny-blackwell", "temporary-assistant-chief-constable"),
        ("michelle-bellis", "deputy-chief-finance-officer"),
    ]
    assert minutes.minutes.concluded_at == "16:25"
    assert (minutes.start_time, minutes.location.venue) == ("15:30", "Carleton Hall, Penrith")


def test_recommendations_and_their_outcome(imported):
    minutes = imported("001").meeting("2019-11-07-public-accountability-conference.yaml")
    item = next(m for m in minutes.minutes.items if m.number == 8)
    assert [(r.id, r.outcome) for r in item.recommendations] == [("R1", "approved"), ("R2", "approved")]
    assert item.recommendations[0].text.startswith("The Commissioner is asked to approve the transfer of £43k")


@pytest.mark.parametrize("key", sorted(SEED_FILES))
def test_every_unplaced_line_is_printed_and_kept_in_a_draft(imported, key):
    result = imported(key)
    printed = result.printed_lines()
    kept = "\n".join(result.text(name) for name in result.files)
    source = seed(key).read_text(encoding="utf-8").split("\n")
    # the slides' text: reported by presentation and line range, and kept in that presentation, first line to last
    ranges = re.findall(r"presentation text: presentation '([^']+)' \([^)]*\): (\d+) line\(s\), lines (\d+)-(\d+)", result.out)
    assert len(ranges) >= 2, "each seed pack has presentations whose slides are kept as their text"
    drafts = result.meetings
    for ident, count, first, last in ranges:
        presentation = next(p for m in drafts.values() for p in m.presentations if p.id == ident)
        text = "\n".join(s.text or "" for s in presentation.sections if (s.title or "").startswith("Presentation text as extracted"))
        for number in (int(first), int(last)):
            assert " ".join(source[number - 1].split()) in " ".join(text.split()), f"line {number} not kept in '{ident}'"
    for number, texts in printed.items():
        for text in texts:
            assert text.strip() in kept or " ".join(text.split()) in " ".join(kept.split()), f"line {number} not kept"
    for number, texts in printed.items():
        assert texts[0].strip() == source[number - 1].strip(), f"line {number} printed with the wrong number"


def test_page_markings_between_minutes_are_reported_not_merged(imported):
    result = imported("000")
    assert 102 not in result.printed_lines()
    assert "102 ('NOT PROTECTIVELY MARKED')" in result.out  # a protective marking: left out, and the report says where
    minutes = result.meeting("2021-11-03-public-accountability-conference.yaml")
    assert all("PROTECTIVELY" not in (m.text or "") for m in minutes.minutes.items)
    assert "102 ('NOT PROTECTIVELY MARKED')" in result.text("2021-11-03-public-accountability-conference.yaml")


NOT_PAPERS = {
    "002_6591bf802d706fbb.txt": ("line 5 ('Strategic Assessment 2019') reads as a strategic assessment (it has a table of contents)",
                                 "content/assessments/<year>/"),
    "003_6be5100ac9096523.txt": ("reads as a Police and Crime Plan", "content/plan/"),
    "004_b68a3f303e68cbff.txt": ("line 1 ('Executive Summary:') reads as a report", "content/plan/reports/"),
}


@pytest.mark.parametrize("name", sorted(NOT_PAPERS))
def test_a_seed_that_is_not_meeting_papers_is_refused_saying_what_it_is_and_where_it_goes(name, tmp_path):
    """The Strategic Assessment, the Plan and the Panel report have no meeting to import: the refusal says what
    each reads as and where such content is added, rather than naming a layout it half fits."""
    source = SEEDS / name
    assert source.is_file(), f"the seed documents are expected in {SEEDS} (the shared folder beside the project); {name} is not there"
    result = do_import(source, REPO, tmp_path / "out")
    said, folder = NOT_PAPERS[name]
    assert result.code == 1
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert "not meeting papers or a decision" in result.err and said in result.err and f"under {folder}" in result.err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.yaml"))
