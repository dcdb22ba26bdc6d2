"""Documents written here in the layouts of ../shared/ but not copied from them: other dates, bodies, item
counts and numbering styles ("1)", "Item 3", run-on headings), page numbers and running headers from PDF
extraction. Each must import with the structure a careful reader takes from it, and every line of it is
either in the draft, left out as page furniture (and said so), or reported as unplaced with its number.
"""

from __future__ import annotations

from pathlib import Path

from importer_support import do_import, project  # noqa: F401 (project: a fixture)

VARIANTS = Path(__file__).resolve().parent / "variants"


def unplaced(result) -> dict[int, list[str]]:
    """The unplaced lines the report printed, without the reason in brackets after each."""
    return {number: [text.split("  [")[0] for text in texts] for number, texts in result.printed_lines().items()}


def test_office_pack_numbered_1_paren_with_run_on_items(project, tmp_path):
    result = do_import(VARIANTS / "office_pack_run_on_1_paren.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2023-03-16-public-accountability-conference.yaml")
    assert [(a.number, a.title) for a in meeting.agenda] == [
        (1, "Apologies for absence"),
        (2, "Urgent business and exclusion of press and public"),
        (3, "Questions from the public"),
        (4, "Disclosure of personal interests"),
        (5, "Minutes of meeting"),
        (6, "Road safety"),
        (7, "Victims' services"),
        (8, "Any other business"),  # on the same line as the end of item 7
    ]
    assert meeting.agenda[0].description is None
    assert meeting.agenda[6].description == "To receive a report on victims' services."
    assert meeting.agenda[7].description == "To consider any other business."
    assert [(a.person, a.post, a.note) for a in meeting.notice.invited] == [
        ("peter-mccall", "police-and-crime-commissioner", None),
        ("vivian-stafford", "opcc-chief-executive", None),
        ("michelle-skeer", "chief-constable", None),
        ("roger-marshall", "joint-chief-finance-officer", None),
        ("sam-example", None, "Head of Partnerships"),
    ]
    assert unplaced(result) == {1: ["Police & Crime Commissioner for Cumbria P McCall"], 15: ["Yours sincerely"]}
    assert "inside the text of" not in result.out


def test_board_minutes_numbered_item_n_with_page_furniture(project, tmp_path):
    result = do_import(VARIANTS / "board_item_n_pdf_furniture.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2023-01-11-strategic-governance-board.yaml")
    assert (meeting.start_time, meeting.body) == ("14:00", "strategic-governance-board")
    assert [(m.number, m.title) for m in meeting.minutes.items] == [
        (1, "Welcome and apologies"), (2, "Minutes of the previous meeting"), (3, "Performance report"),
        (4, "Estates strategy"), (5, "Any other business"), (6, "Date of next meeting"),
    ]
    items = {m.number: m for m in meeting.minutes.items}
    assert items[5].text == "There was none."  # "Item 5:" ran on at the end of minute 4's text
    assert "Item 5" not in items[4].text
    assert [r.text for r in items[2].resolutions] == ["The minutes were approved."]
    assert [r.text for r in items[3].resolutions] == ["The Board noted the report."]
    attendance = meeting.attendance
    assert [(a.person, a.chair) for a in attendance.present] == [("peter-mccall", True), ("vivian-stafford", False)]
    assert [a.person for a in attendance.also_present] == ["roger-marshall", "jane-testperson"]
    assert [a.person for a in attendance.apologies] == ["michelle-skeer"]
    # page numbers and the running header are left out, and the report says which lines they were
    assert all("Page" not in (m.text or "") and "11 January" not in (m.text or "") for m in meeting.minutes.items)
    assert "left out: line 20 ('Page 1 of 3'), 21 ('Strategic Governance Board – 11 January '), 27 ('Page 2 of 3'), 28 (" in result.out
    assert unplaced(result) == {1: ["OFFICIAL"], 2: ["Police, Fire and Crime Commissioner"]}
