"""Documents of the same layouts that another office, or another year of the same body, would publish.

Each ``variants/<name>.txt`` with a ``variants/<name>.yaml`` beside it holds, in the form of
``expected/`` (see ``papers_support.summary``), the structure a careful clerk takes from it. People
are matched against the small people.yaml of the tests, so anyone else is new, with an id made from
the name as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importer_support import do_import, project  # noqa: F401 (project: a fixture)
from papers_support import expected, summary

VARIANTS = Path(__file__).resolve().parent / "variants"
CASES = sorted(p.stem for p in VARIANTS.glob("*.yaml"))


def test_there_are_held_out_variants_for_every_family():
    layouts = {expected(VARIANTS / f"{name}.yaml").get("layout") for name in CASES}
    assert {"office-pack", "committee-system", "board-minutes", "decision-notice", "decision-list", "printed-agenda"} <= layouts


@pytest.mark.parametrize("name", CASES)
def test_variant_imports_as_read_by_hand(name, project, tmp_path):
    source = VARIANTS / f"{name}.txt"
    assert source.is_file(), f"{source} is missing beside its expected structure"
    got = summary(source, project, tmp_path / "out")
    assert got == expected(VARIANTS / f"{name}.yaml")


def test_a_problem_in_the_minutes_of_a_two_meeting_pack_is_listed_on_the_minutes_draft_only(project, tmp_path):
    """A pack gives the draft of its own meeting and the draft of the meeting whose minutes it carries: a numbering
    problem in those minutes belongs to the second, and the first does not carry it."""
    text = (VARIANTS / "office_pack_ordinary_case_with_minutes.txt").read_text(encoding="utf-8")
    source = tmp_path / "pack.txt"
    source.write_text(text.replace("016. ANY OTHER BUSINESS", "018. ANY OTHER BUSINESS"), encoding="utf-8")
    result = do_import(source, project, tmp_path / "out")
    assert result.code == 0, result.err
    problem = "minute 18 follows minute 15 (numbers 16-17 are not there)"
    assert problem in result.out
    assert problem in result.text("2024-02-06-public-accountability-conference.yaml")
    assert problem not in result.text("2024-03-12-public-accountability-conference.yaml")


def test_names_left_in_an_attendees_note_are_reported_and_posts_are_not(project, tmp_path):
    """Names the reader could not take apart stay visible as a problem; a post with its organisation is no such thing."""
    source = tmp_path / "board.txt"
    source.write_text("Resources Board\n\nMinutes of a meeting held on 1 May 2023\n\nPRESENT\n\n"
                      "Jane Example (Chair) – Tom Sample, Ann Person\n"
                      "Rachel Adie (RA) – Head of Finance, West Example Police\n\n1. Apologies\nNone.\n", encoding="utf-8")
    result = do_import(source, project, tmp_path / "out")
    assert result.code == 0, result.err
    assert "problem: line 7: the note on jane-example ('Tom Sample, Ann Person') names someone else" in result.out
    assert "line 8: the note on" not in result.out


def test_a_printed_agenda_says_which_meetings_minutes_it_approves(project, tmp_path):
    result = do_import(VARIANTS / "printed_agenda_other_panel.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    agenda = result.meeting("2023-06-14-northshire-police-and-crime-panel.yaml").agenda
    assert [(a.number, str(a.minutes_of_date)) for a in agenda if a.minutes_of_date] == [(3, "2023-03-15")]
    assert "(a) Complaints received" in agenda[4].description  # a sub-item stays in its item's text


def test_a_committee_pages_additional_documents_are_papers_of_their_item(project, tmp_path):
    """ "Additional documents:" and "Appendix A - precept options PDF 120 KB": a paper of item 4, not the text of its minute."""
    result = do_import(VARIANTS / "committee_page_item_n.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2023-03-13-northshire-police-fire-and-crime-panel.yaml")
    assert [(p.title, p.note) for p in meeting.agenda[3].papers] == [("Appendix A - precept options", "PDF 120 KB")]
    assert "Appendix" not in (meeting.minutes.items[3].text or "")
    assert meeting.agenda[1].description == "Members are asked to declare any interests."
