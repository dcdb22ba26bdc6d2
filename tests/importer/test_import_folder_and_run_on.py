"""A whole folder at once, run twice; and items that run on with their descriptions never fold into each other."""

from __future__ import annotations

import shutil

from importer_support import FIXTURES, do_import, project  # noqa: F401 (project: a fixture)

PAC_2020 = FIXTURES / "pac_agenda_2020_11_04.txt"


def test_pac_agenda_with_items_and_attendees_run_on(project, tmp_path):
    result = do_import(PAC_2020, project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2020-11-04-public-accountability-conference.yaml")
    assert [(a.number, a.title) for a in meeting.agenda] == [
        (1, "Apologies for absence"),
        (2, "Urgent business and exclusion of press and public"),
        (3, "Questions from the public"),
    ]
    assert meeting.agenda[0].description is None
    assert meeting.agenda[1].description.startswith("To consider (i) any urgent items of business")
    assert "QUESTIONS FROM THE PUBLIC" not in meeting.agenda[1].description
    assert meeting.agenda[2].description.startswith("An opportunity (not exceeding 20 minutes)")
    invited = meeting.notice.invited
    assert [(a.person, a.post, a.chair) for a in invited] == [
        ("peter-mccall", "police-and-crime-commissioner", True),
        ("vivian-stafford", "opcc-chief-executive", False),
        ("roger-marshall", "joint-chief-finance-officer", False),
        ("michelle-skeer", "chief-constable", False),
    ]
    assert meeting.body == "public-accountability-conference"
    assert meeting.kind == "other"  # the letter does not say what kind of conference it is
    assert "kind: other  # not stated in the document" in result.text("2020-11-04-public-accountability-conference.yaml")
    assert "layout office-pack" in result.out and "items 3," in result.out


def test_no_item_disappears_into_another_items_text(project, tmp_path):
    """Whatever the layout, every numbered heading in the source is an item of the draft, or reported."""
    source = tmp_path / "board.txt"
    source.write_text(
        "Resources Board\n\nTuesday 3 May 2022 at 2pm\n\nPRESENT\n\nMr Peter McCall (Chair)\n\n"
        "1. APOLOGIES Mrs Vivian Stafford sent apologies.\n\n2. MINUTES The minutes were agreed.\n\nRESOLVED: that the minutes be approved.\n\n"
        "3. ESTATES To consider the estates plan. 4. FLEET To consider the fleet plan.\n\n"
        "5. ANY OTHER BUSINESS\n\nThere was none.\n",
        encoding="utf-8",
    )
    result = do_import(source, project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2022-05-03-resources-board.yaml")
    assert [(m.number, m.title, m.text) for m in meeting.minutes.items] == [
        (1, "APOLOGIES", "Mrs Vivian Stafford sent apologies."),
        (2, "MINUTES", "The minutes were agreed."),
        (3, "ESTATES", "To consider the estates plan."),
        (4, "FLEET", "To consider the fleet plan."),  # ran on inside item 3's line: its own minute
        (5, "ANY OTHER BUSINESS", "There was none."),
    ]
    assert [r.text for r in meeting.minutes.items[1].resolutions] == ["that the minutes be approved."]
    assert "unplaced: 0 line(s)" in result.out


def test_numbering_that_skips_or_goes_back_is_reported(project, tmp_path):
    source = tmp_path / "board.txt"
    source.write_text(
        "Resources Board\n\nTuesday 3 May 2022 at 2pm\n\nPRESENT\n\nMr Peter McCall (Chair)\n\n"
        "1. APOLOGIES\n\nNone.\n\n3. ESTATES\n\nNoted.\n\n2. FLEET\n\nNoted.\n\n2. BUDGET\n\nNoted.\n",
        encoding="utf-8",
    )
    result = do_import(source, project, tmp_path / "out")
    assert result.code == 0, result.err
    assert [m.number for m in result.meeting("2022-05-03-resources-board.yaml").minutes.items] == [1, 3, 2, 2]
    assert "problem: line 13: minute 3 follows minute 1 (number 2 is not there)" in result.out
    assert "problem: line 17: minute 2 comes after minute 3 (numbering goes backwards)" in result.out
    assert "problem: line 21: minute 2 repeats the number before it" in result.out


def test_a_whole_folder_imported_twice(project, tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    shutil.copy(PAC_2020, folder / "pac.txt")
    shutil.copy(FIXTURES / "committee_portal.txt", folder / "portal.txt")
    (folder / "notes.txt").write_text("Dear colleague,\n\nThank you.\n", encoding="utf-8")
    out = tmp_path / "drafts"
    first = do_import(folder, project, out)
    assert first.code == 1  # one document could not be imported
    assert "[1/3] notes.txt" in first.out and "[3/3] portal.txt" in first.out
    table = first.out[first.out.index("\nfile "):]
    assert "layout" in table and "unplaced" in table and "problems" in table
    assert "pac.txt" in table and "written" in table and "not imported" in table
    assert "3 document(s): 2 imported, 0 already there, 1 not imported." in first.out
    written = {path.name: path.read_bytes() for path in out.rglob("*.yaml")}
    assert sorted(written) == ["2020-11-04-public-accountability-conference.yaml", "2022-03-16-joint-audit-committee.yaml"]

    second = do_import(folder, project, out)
    assert "3 document(s): 0 imported, 2 already there, 1 not imported." in second.out
    assert "already exists; nothing was written for this document" in second.out
    assert {path.name: path.read_bytes() for path in out.rglob("*.yaml")} == written

    again = tmp_path / "again"
    do_import(folder, project, again)
    assert {path.name: path.read_bytes() for path in again.rglob("*.yaml")} == written, "the same drafts every time"
