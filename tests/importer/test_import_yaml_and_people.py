"""The YAML the importer writes, and how it matches names to people.yaml."""

from __future__ import annotations

import datetime as dt

import pytest

from generator import models
from generator.importer.emit import dump
from generator.importer.people import Directory
from generator.importer.text import find_date, find_time, repair_truncated, tidy_title
from generator.load.source import parse_yaml
from importer_support import FIXTURES, do_import, out_of_order, project  # noqa: F401 (project: a fixture)

TRICKY = [
    "yes", "no", "on", "true", "null", "~", "", " ", "10:00", "1.5", "007", "-5", "- dash", "a: b", "ends with:",
    "#hash", "text # comment", "'quoted'", '"double"', "back\\slash", "tab\there", "line one\nline two",
    "trailing space ", "£43k – approved “quoted”", "☎ 101", "[cumbriapolice](https://example.org)", "{braces}",
    "*star", "&anchor", "!tag", "%percent", "@at", "`tick", "| pipe", "> fold", "? question", "2019-11-07",
    "x" * 150, ("long words " * 30).strip(), "para one\n\npara two", "  indented\nnext",
    ("trailing space \n" * 12).strip("\n"), ("word " * 30) + "\n" + ("  indented " * 10), "\u2028 separator",
    "\x07bell", "nel\x85", "\ud7ff\ue000\U0001f4bb",
]


@pytest.mark.parametrize("value", TRICKY)
def test_every_string_reads_back_as_itself(value):
    text = dump({"text": value, "items": [{"title": value, "rows": [[value, 1, None, 2.5]]}]})
    data = parse_yaml(text, "x.yaml").data
    assert data["text"] == value
    assert data["items"][0]["title"] == value
    assert data["items"][0]["rows"] == [[value, 1, None, 2.5]]


def test_multi_line_text_is_a_block_scalar_and_long_text_is_folded():
    text = dump({"text": "First paragraph.\n\nSecond paragraph.", "title": ("word " * 40).strip()})
    assert "text: |-\n  First paragraph.\n\n  Second paragraph.\n" in text
    assert "title: >-\n" in text
    assert all(len(line) <= 100 for line in text.splitlines())


def test_comments_at_the_top_and_after_a_value():
    text = dump({"kind": "finance", "date": dt.date(2021, 11, 3)}, header=["DRAFT", ""], comments={("kind",): "guessed"})
    assert text == "# DRAFT\n#\nkind: finance  # guessed\ndate: 2021-11-03\n"
    assert parse_yaml(text, "x.yaml").data == {"kind": "finance", "date": "2021-11-03"}


@pytest.mark.parametrize("fixture", ["committee_portal.txt"])
def test_drafts_keep_the_models_field_order(project, tmp_path, fixture):
    result = do_import(FIXTURES / fixture, project, tmp_path / "out")
    for name, path in result.files.items():
        data = parse_yaml(path.read_text(encoding="utf-8"), name).data
        assert list(data)[:5] == ["body", "kind", "date", "start_time", "status"]
        assert out_of_order(data, models.Meeting) == []


# ---------------------------------------------------------------- people


@pytest.fixture
def people(project):
    return Directory.load(project)


@pytest.mark.parametrize("written, ident", [
    ("Mr Peter McCall", "peter-mccall"),
    ("Peter McCall", "peter-mccall"),
    ("Mrs Michelle Skeer QPM", "michelle-skeer"),
])
def test_known_people_are_found_whatever_their_honorifics(people, written, ident):
    match = people.person(written, 1)
    assert (match.id, match.new) == (ident, False)
    assert people.new == {}


@pytest.mark.parametrize("written, ident, possible", [
    ("Mrs P Zutic", "p-zutic", "paula-zutic"),
    ("V Stafford", "v-stafford", "vivian-stafford"),
    ("Chief Constable Skeer", "chief-constable-skeer", "michelle-skeer"),
])
def test_a_match_by_initial_or_rank_only_is_not_written_as_that_person(people, written, ident, possible):
    """ "Ms D Holden" is not Dean Holden: a name that fits by initial or rank and surname only is a new
    person under the name as written, with the possible match recorded for the report."""
    match = people.person(written, 7)
    assert (match.id, match.new) == (ident, True)
    assert people.new[ident].possible == possible
    assert people.possible == {written: (possible, 7)}
    assert f"possibly {possible} (" in people.new[ident].described(people)


def test_unknown_people_get_a_proposed_id_and_are_recorded(people):
    match = people.person("Chief Superintendent Rob O'Connor", 514)
    assert (match.id, match.new) == ("rob-oconnor", True)
    again = people.person("Supt Rob O'Connor", 600)
    assert again.id == "rob-oconnor"
    entry = people.new["rob-oconnor"]
    assert (entry.name, entry.prefix, entry.lines) == ("Rob O'Connor", "Chief Superintendent", [514, 600])


@pytest.mark.parametrize("text", ["Apologies for absence were received", "PUBLIC ACCOUNTABILITY CONFERENCE", "Slattery", "the report"])
def test_what_is_not_a_name_is_not_taken_for_one(people, text):
    assert people.person(text, 1) is None


def test_posts_are_matched_by_label_or_by_the_persons_own_post(people):
    assert people.post("The Chief Constable") == "chief-constable"
    assert people.post("Police and Crime Commissioner") == "police-and-crime-commissioner"
    assert people.post("Chief Executive", "vivian-stafford") == "opcc-chief-executive"
    assert people.post("Chief Executive") is None
    assert people.unknown_posts == {"Chief Executive": []}


# ---------------------------------------------------------------- text


@pytest.mark.parametrize("text, expected", [
    ("Friday 7th November 2019 at Carleton Hall", "2019-11-07"),
    ("Date 01 December 2021", "2021-12-01"),
    ("held on the 25th September 2019, these", "2019-09-25"),
    ("on Wednesday, 16th March 2022 at", "2022-03-16"),
    ("on 5/4/2022", "2022-04-05"),
    ("March 16, 2022", "2022-03-16"),
])
def test_dates(text, expected):
    assert find_date(text).value.isoformat() == expected


@pytest.mark.parametrize("text, expected", [
    ("at 9.30am", "09:30"), ("at 10:00am", "10:00"), ("at 15:30", "15:30"), ("4pm", "16:00"),
    ("12:05pm", "12:05"), ("12 noon", "12:00"), ("12.30 a.m.", "00:30"),
])
def test_times(text, expected):
    assert find_time(text).value == expected


def test_no_time_in_figures():
    assert find_time("£122.307m in 2019/20, 0.24%") is None


@pytest.mark.parametrize("raw, title", [
    ("APOLOGIES FOR ABSENCE", "Apologies for absence"),
    ("COMMISSIONERS REVENUE BUDGET MONITORING REPORT QTR 2 TO SEPTEMBER 2019", "Commissioners revenue budget monitoring report QTR 2 to September 2019"),
    ("FINANCIAL SUMMARY 2021/22 - QUARTER2 TO SEPTEMBER 2021", "Financial summary 2021/22 - quarter 2 to September 2021"),
    ("THEMATIC PRESENTATION – ‘A VISIBLE & EFFECTIVE POLIC PRESENCE’", "Thematic presentation – ‘A visible & effective polic presence’"),
    ("Internal audit progress report", "Internal audit progress report"),
])
def test_titles_in_capitals_become_sentence_case(raw, title):
    assert tidy_title(raw) == title


def test_a_word_cut_short_is_completed_only_with_evidence():
    title = "Thematic presentation – ‘A visible & effective polic presence’"
    fixed, repairs = repair_truncated(title, "To receive and note a Constabulary presentation in relation to ‘A Visible & Effective Police Presence’")
    assert fixed == "Thematic presentation – ‘A visible & effective police presence’"
    assert repairs == [("polic", "police")]
    assert repair_truncated(title, "A presentation on policing")[1] == []
    assert repair_truncated("Budget report", "the budget reports were noted")[1] == []


BOARD_WITH_INITIALS = """\
Executive Board
Minutes of the meeting held on Tuesday 12 March 2024 at 10.00am, Carleton Hall, Penrith

PRESENT:
Peter McCall (PM) - Police & Crime Commissioner (Chair)
Mrs V Stafford (VS) - OPCC Chief Executive

Apologies:
Ms P Zutic

1. Minutes of the last meeting
RESOLVED, that the minutes be approved.
"""


def test_a_possible_match_is_written_as_the_document_gives_it_and_reported(project, tmp_path):
    source = tmp_path / "board.txt"
    source.write_text(BOARD_WITH_INITIALS, encoding="utf-8")
    result = do_import(source, project, tmp_path / "out")
    assert result.code == 0, result.err
    name = "2024-03-12-executive-board.yaml"
    meeting = result.meeting(name)
    assert [a.person for a in meeting.attendance.present] == ["peter-mccall", "v-stafford"]
    assert [a.person for a in meeting.attendance.apologies] == ["p-zutic"]
    draft = result.text(name)
    assert '- person: p-zutic  # "Ms P Zutic": possibly paula-zutic (not certain; staff decide)' in draft
    assert '#   v-stafford: "Mrs V Stafford" (line 6); possibly vivian-stafford (Vivian Stafford) of people.yaml' in draft
    assert 'p-zutic: "Ms P Zutic" (line 9); possibly paula-zutic (Paula Zutic) of people.yaml' in result.out
    assert "vivian-stafford" not in {a.person for a in meeting.attendance.present}
