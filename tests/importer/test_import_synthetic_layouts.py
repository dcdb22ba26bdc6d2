"""Each layout family read from a small document written here in that layout (no shared folder needed)."""

from __future__ import annotations

import datetime as dt

from generator import models
from generator.load.source import load_yaml_file
from importer_support import FIXTURES, do_import, project  # noqa: F401 (project: a fixture)


def decisions(out) -> dict:
    """The decision drafts written, by file name, each checked against the content model."""
    found = {}
    for path in sorted(out.rglob("*.yaml")):
        data = load_yaml_file(path, path.name).data
        found[path.name] = models.DecisionNotice.model_validate(data)
    return found


def test_a_decision_notice(project, tmp_path):
    result = do_import(FIXTURES / "decision_notice.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    assert "layout decision-notice" in result.out
    written = decisions(tmp_path / "out")
    assert list(written) == ["112-2024.yaml"]
    decision = written["112-2024.yaml"]
    assert (decision.reference, decision.date, decision.signed_on, decision.status) == (
        "112/2024", dt.date(2024, 3, 4), dt.date(2024, 3, 4), "draft")
    assert decision.summary == (
        "The Commissioner is asked to approve the purchase of replacement body-worn video cameras.\n\n"
        "The cost is met from the capital programme."
    )
    assert decision.decision == "I approve the recommendation."
    assert decision.restricted is None and "restricted" not in decision.missing  # "Is there a Part 2 – NO"
    assert "line 1: Office of the Police and Crime Commissioner" in result.out  # no field takes the letterhead
    assert "line 16: Title Police and Crime Commissioner" in result.out  # a post by name: set signed_by by hand


def test_a_list_of_decisions_reports_a_repeated_reference(project, tmp_path):
    result = do_import(FIXTURES / "decision_list.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    written = decisions(tmp_path / "out")
    assert sorted((d.reference, d.title, d.listed_as) for d in written.values()) == [
        ("029-2023", "Treasury Management Strategy 2023-24", "029-2023 – Treasury Management Strategy 2023-24"),
        ("030/2023", "Estates Strategy Refresh", "030/2023 – Estates Strategy Refresh"),
        ("031-2023", "Victims' Services Commissioning 2023-24", "031-2023 – Victims' Services Commissioning 2023-24"),
    ]
    assert all(d.status == "draft" and "date" in d.missing and "decision" in d.missing for d in written.values())
    # "030-2023" is the same reference as "030/2023" written otherwise: one file, and the repeat reported and kept
    assert "problem: line 6: decision 030-2023 repeats the reference of line 4" in result.out
    assert "line 6: 030-2023 – Estates Strategy Refresh  [a second entry for decision 030/2023 (line 4)]" in result.out
    assert "line 1: Decisions made by the Commissioner" in result.out


def test_decisions_go_into_content_decisions_by_year(project, tmp_path):
    result = do_import(FIXTURES / "decision_list.txt", project, None)
    assert result.code == 0, result.err
    assert (project / "content" / "decisions" / "2023" / "030-2023.yaml").read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../../../schema/decision.schema.json\n")
    again = do_import(FIXTURES / "decision_list.txt", project, None)
    assert again.code == 1 and "already exists; nothing was written" in again.err


def test_an_agenda_printed_as_one_run_of_text(project, tmp_path):
    result = do_import(FIXTURES / "printed_agenda.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2024-09-09-cumbria-police-and-crime-panel.yaml")
    assert (meeting.body, meeting.start_time, meeting.location.venue) == (
        "cumbria-police-and-crime-panel", "10:30", "Council Chamber, Carlisle, CA3 8QG")
    assert [(a.number, a.title) for a in meeting.agenda] == [
        (1, "APOLOGIES FOR ABSENCE"), (2, "DECLARATIONS OF INTEREST"), (3, "MINUTES"), (4, "PUBLIC PARTICIPATION"),
        (5, "COMMISSIONER'S ANNUAL REPORT 2023/24"), (7, "COMPLAINTS"),
    ]
    assert meeting.agenda[2].description == (
        "To agree as a correct record the minutes of the meeting held on 10 June 2024 (copy enclosed).")
    assert "COMPLAINTS" not in meeting.agenda[4].description  # item 6 is not in the source; 7 is still an item of its own
    assert "problem: line 1: item 7 follows item 5 (number 6 is not there)" in result.out
