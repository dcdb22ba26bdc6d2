"""Each layout family read from a small document written here in that layout (no shared folder needed)."""

from __future__ import annotations

import datetime as dt

from generator.load.source import load_yaml_file
from importer_support import FIXTURES, do_import, project  # noqa: F401 (project: a fixture)


def decisions_file(out):
    [path] = sorted(out.rglob("decisions-*.yaml"))
    return load_yaml_file(path, path.name).data


def test_a_decision_notice(project, tmp_path):
    result = do_import(FIXTURES / "decision_notice.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    assert "layout decision-notice" in result.out
    [decision] = decisions_file(tmp_path / "out")["decisions"]
    assert decision["reference"] == "112/2024"
    assert decision["date"] in (dt.date(2024, 3, 4), "2024-03-04")
    assert decision["summary"] == (
        "The Commissioner is asked to approve the purchase of replacement body-worn video cameras.\n\n"
        "The cost is met from the capital programme."
    )
    assert decision["decision"] == "I approve the recommendation."
    assert decision["decided_by"] == "Police and Crime Commissioner"
    assert decision["has_part_2"] is False
    assert "line 1: Office of the Police and Crime Commissioner" in result.out  # no field takes the letterhead


def test_a_list_of_decisions_reports_a_repeated_reference(project, tmp_path):
    result = do_import(FIXTURES / "decision_list.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    data = decisions_file(tmp_path / "out")
    assert [(d["reference"], d["title"]) for d in data["decisions"]] == [
        ("031-2023", "Victims' Services Commissioning 2023-24"),
        ("030/2023", "Estates Strategy Refresh"),
        ("029-2023", "Treasury Management Strategy 2023-24"),
        ("030-2023", "Estates Strategy Refresh"),
    ]
    assert "problem: decision 030-2023 is listed more than once" not in result.out  # written differently: both kept
    assert "line 1: Decisions made by the Commissioner" in result.out
    assert "line 2: The list below gives the decisions of the year." in result.out


def test_an_agenda_printed_as_one_run_of_text(project, tmp_path):
    result = do_import(FIXTURES / "printed_agenda.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2024-09-09-cumbria-police-and-crime-panel.yaml")
    assert (meeting.body, meeting.start_time, meeting.location.venue) == (
        "Cumbria Police and Crime Panel", "10:30", "Council Chamber, Carlisle, CA3 8QG")
    assert [(a.number, a.title) for a in meeting.agenda] == [
        (1, "APOLOGIES FOR ABSENCE"), (2, "DECLARATIONS OF INTEREST"), (3, "MINUTES"), (4, "PUBLIC PARTICIPATION"),
        (5, "COMMISSIONER'S ANNUAL REPORT 2023/24"), (7, "COMPLAINTS"),
    ]
    assert meeting.agenda[2].description == (
        "To agree as a correct record the minutes of the meeting held on 10 June 2024 (copy enclosed).")
    assert "COMPLAINTS" not in meeting.agenda[4].description  # item 6 is not in the source; 7 is still an item of its own
    assert "problem: line 1: item 7 follows item 5 (number 6 is not there)" in result.out
