"""Documents written here in the layouts of ../shared/ but not copied from them: other dates, bodies, item
counts and numbering styles ("1)", "Item 3", run-on headings), page numbers and running headers from PDF
extraction. Each must import with the structure a careful reader takes from it, and every line of it is
either in the draft, left out as page furniture (and said so), or reported as unplaced with its number.
"""

from __future__ import annotations

from pathlib import Path

from generator import models
from generator.importer.folding import folded_items
from generator.importer.text import Line
from generator.load.source import load_yaml_file
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
    assert unplaced(result) == {1: ["Police & Crime Commissioner for Cumbria P McCall"]}  # "Yours sincerely" closes the letter
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
    assert ("left out: line 1 ('OFFICIAL'), 20 ('Page 1 of 3'), 21 ('Strategic Governance Board – 11 January '), "
            "27 ('Page 2 of 3'), 28 (") in result.out  # the protective marking too
    assert unplaced(result) == {2: ["Police, Fire and Crime Commissioner"]}


def test_committee_page_with_listed_resolutions_and_a_run_on_item(project, tmp_path):
    result = do_import(VARIANTS / "committee_portal_2019.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2019-09-09-cumbria-police-and-crime-panel.yaml")
    assert (meeting.start_time, meeting.location.venue) == ("10:30", "Council Chamber, Kendal Town Hall, Kendal LA9 4DL")
    assert [(a.number, a.title, a.description) for a in meeting.agenda] == [
        (1, "Apologies for Absence", "To receive any apologies for absence."),
        (2, "Minutes of previous meeting", "To confirm the minutes of the meeting held on 28 June 2019."),
        (3, "Commissioner's Annual Report 2018/19", "To consider a report by the Commissioner."),
        (4, "Complaints Update", "To receive an update on complaints."),
        (5, "Date of Next Meeting", "To note that the next meeting will be held on 11 November 2019."),  # ran on in item 4
    ]
    minutes = {m.number: m for m in meeting.minutes.items}
    assert sorted(minutes) == [12, 13, 14, 15, 16]
    # "RESOLVED, that" and then "(i) ...", "(ii) ...": two resolutions, not text
    assert [r.text for r in minutes[14].resolutions] == ["the report be noted;", "the Panel's comments be sent to the Commissioner."]
    assert "(i)" not in (minutes[14].text or "")
    assert "line 65: item 16 runs on at the end of item 15's text; read apart" in result.out
    assert [a.person for a in meeting.attendance.apologies] == ["t-example", "r-example"]
    assert unplaced(result) == {}


def test_decision_notice_with_other_headings(project, tmp_path):
    result = do_import(VARIANTS / "decision_notice_other_headings.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    decision = models.DecisionNotice.model_validate(
        load_yaml_file(tmp_path / "out" / "decisions" / "047-2022.yaml", "047-2022.yaml").data)
    assert (decision.reference, decision.title, str(decision.date), str(decision.signed_on)) == (
        "047/2022", "Domestic Abuse Perpetrator Programme 2022-24", "2022-07-14", "2022-07-15")
    assert decision.summary.startswith("The Commissioner is asked to fund a programme")
    assert decision.decision == "I approve the funding of the programme for two years."
    assert sorted(unplaced(result)) == [1, 3, 20]  # letterhead, "Decision Record", the signer's post


def test_decision_list_with_slashed_references(project, tmp_path):
    result = do_import(VARIANTS / "decision_list_slash.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    assert "layout decision-list" in result.out
    written = sorted(p.name for p in (tmp_path / "out" / "decisions").glob("*.yaml"))
    assert written == ["027-2021.yaml", "029-2021.yaml", "030-2021.yaml", "031-2021.yaml"]
    assert unplaced(result) == {1: ["Decisions of the Commissioner 2021"]}


def test_an_item_number_inside_another_items_text_is_reported_whatever_the_layout():
    """The last guard: a heading the readers could not split is still reported, with its line."""
    lines = [Line(7, "", "3. ESTATES To consider the estates plan, 4) FLEET To consider the fleet plan.")]
    data = {"minutes": {"items": [
        {"number": 2, "title": "MINUTES"},
        {"number": 3, "title": "ESTATES", "text": "To consider the estates plan, 4) FLEET To consider the fleet plan."},
        {"number": 5, "title": "ANY OTHER BUSINESS", "text": "As set out in paragraph 4. The Board agreed. Costs of £4. Million"},
    ]}}
    problems = folded_items(data, lines)
    assert problems == ["line 7: '4) FLEET To consider the fleet plan' inside the text of minute 3 reads as the heading of an "
                        "item 4, which the draft does not have: check whether it is an item of its own"]


def test_an_item_run_on_after_a_comma_is_reported_by_the_import(project, tmp_path):
    source = tmp_path / "board.txt"
    source.write_text(
        "Resources Board\n\nTuesday 3 May 2022 at 2pm\n\nPRESENT\n\nMr Peter McCall (Chair)\n\n1. APOLOGIES None.\n\n"
        "2. MINUTES The minutes were agreed.\n\n3. ESTATES To consider the estates plan, 4) FLEET To consider the fleet plan.\n\n"
        "5. ANY OTHER BUSINESS\n\nThere was none.\n", encoding="utf-8")
    result = do_import(source, project, tmp_path / "out")
    assert result.code == 0, result.err
    assert "problem: line 13: '4) FLEET To consider the fleet plan' inside the text of minute 3" in result.out
    assert "problem: line 15: minute 5 follows minute 3 (number 4 is not there)" in result.out
    draft = result.text("2022-05-03-resources-board.yaml")
    assert "# Problem: line 13: '4) FLEET" in draft


def test_office_minutes_with_run_on_minutes_and_a_page_number(project, tmp_path):
    result = do_import(VARIANTS / "office_minutes_run_on.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2022-06-14-public-accountability-conference.yaml")
    assert (meeting.start_time, meeting.location.venue) == ("14:00", "Carleton Hall, Penrith")
    assert [(m.number, m.title) for m in meeting.minutes.items] == [
        (41, "Apologies for absence"), (42, "Questions from members of the public"), (43, "Disclosure of personal interests"),
        (44, "Minutes of meeting"), (45, "Performance presentation"), (46, "Any other business"),
    ]
    minutes = {m.number: m for m in meeting.minutes.items}
    assert minutes[45].text == "The Chief Constable presented the performance report. Recorded crime had fallen."
    assert [r.text for r in minutes[45].resolutions] == ["that the presentation be noted."]  # "046. ANY OTHER BUSINESS" ran on after it
    assert minutes[46].text.startswith("There was no other business.")
    attendance = meeting.attendance
    assert [(a.person, a.chair) for a in attendance.present] == [("peter-mccall", True)]
    assert [a.person for a in attendance.also_present] == ["michelle-skeer", "vivian-stafford", "roger-marshall"]
    assert attendance.minute_taker.person == "paula-zutic"
    assert "left out: line 33 ('Page 2')" in result.out
    assert unplaced(result) == {}


def test_board_minutes_with_other_attendance_styles(project, tmp_path):
    result = do_import(VARIANTS / "board_attendance_styles.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2023-10-05-joint-audit-and-standards-committee.yaml")
    attendance = meeting.attendance
    # "In the Chair:", "Members Present:" with a list of names on one line, "Attending:" with initials
    assert [(a.person, a.chair) for a in attendance.present] == [
        ("fiona-daley", True), ("jack-jones", False), ("amanda-harper", False), ("malcolm-iredale", False),
        ("roger-marshall", False), ("vivian-stafford", False),
    ]
    assert [(a.person, a.note) for a in attendance.also_present] == [("emma-toyne", "Head of Internal Audit")]  # "Guests:"
    assert attendance.minute_taker.person == "paula-zutic"
    assert [a.person for a in attendance.apologies] == ["michelle-skeer"]  # from the sentence under minute 1
    assert [(m.number, m.title) for m in meeting.minutes.items] == [
        (1, "Apologies for absence"), (2, "Declarations of interest"), (3, "Internal audit progress report"),
        (4, "Risk register"), (5, "Date of next meeting"),
    ]
    minutes = {m.number: m for m in meeting.minutes.items}
    assert [r.text for r in minutes[4].resolutions] == ["The Committee agreed the risk register."]
    assert "(a) Strategic risks were reviewed." in minutes[4].text  # sub-items kept in their minute, and said so
    assert "line 22: sub-item (a) is kept in the text of minute 'Risk register'" in result.out
    assert unplaced(result) == {}


def test_web_agenda_with_presenters(project, tmp_path):
    result = do_import(VARIANTS / "web_agenda_2025.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2025-04-02-strategic-policing-board.yaml")
    assert [(a.number, a.title, a.presenter) for a in meeting.agenda] == [
        (1, "Welcome and apologies", "Mr Example"),
        (2, "Minutes of the last meeting and action log", None),
        (3, "Performance report (Quarter 4)", "Chief Constable"),
        (4, "Budget monitoring 2024/25", "Ms Jones"),
        (5, "Estates update", None),
        (6, "Any other business", None),
        (7, "Date of the next meeting", None),
    ]
    assert meeting.agenda[6].description == "2nd July 2025"
    assert unplaced(result) == {}


def test_agenda_printed_as_one_run_with_a_numbered_date_of_next_meeting(project, tmp_path):
    result = do_import(VARIANTS / "printed_agenda_2012.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2012-11-30-cumbria-police-and-crime-panel.yaml")
    assert (meeting.start_time, meeting.location.venue) == ("14:00", "Conference Room, Cumbria House, Carlisle")
    assert [a.number for a in meeting.agenda] == list(range(1, 11))
    assert meeting.agenda[9].title == "DATE OF NEXT MEETING"  # numbered 10: an item, not the end of the agenda
    assert meeting.agenda[6].description == "To consider a report (copy enclosed)."  # "(Pages 7 - 20)" left out
    assert unplaced(result) == {}


def test_board_minutes_numbered_by_minute_and_year_with_a_gap(project, tmp_path):
    result = do_import(VARIANTS / "board_slash_numbers.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2020-03-17-joint-independent-audit-committee.yaml")
    assert [(m.number, m.title) for m in meeting.minutes.items] == [
        (10, "APOLOGIES"), (11, "MINUTES OF THE LAST MEETING"), (12, "EXTERNAL AUDIT PLAN 2019/20"), (14, "ANY OTHER BUSINESS"),
    ]
    assert "problem: line 20: minute 14 follows minute 12 (number 13 is not there)" in result.out
    attendance = meeting.attendance
    assert [(a.person, a.chair) for a in attendance.present] == [("alan-example", True), ("beth-example", False), ("carl-example", False)]
    assert [(a.person, a.post) for a in attendance.also_present] == [("roger-marshall", "joint-chief-finance-officer")]
    assert [a.person for a in attendance.apologies] == ["dana-example"]
    assert unplaced(result) == {1: ["POLICE AND CRIME COMMISSIONER FOR EXAMPLESHIRE"]}


def test_an_unnumbered_heading_read_as_text_is_reported_on_a_committee_page(project, tmp_path):
    """ "Declarations of Interest." ends like a sentence, so it is not taken as a title; its "Minutes:" says so."""
    result = do_import(VARIANTS / "committee_two_minutes.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    assert "problem: line 20: a second 'Minutes:' under item 'Apologies for Absence'" in result.out
    draft = result.text("2019-09-09-cumbria-police-and-crime-panel.yaml")
    assert "# Problem: line 20: a second 'Minutes:'" in draft


def test_office_minutes_with_a_misnumbered_minute_keep_every_minute_and_report_the_numbering(project, tmp_path):
    """ "047." where 044 belongs: minutes 045 and 046 after it are still minutes of their own, and the numbering is reported."""
    result = do_import(VARIANTS / "office_minutes_misnumbered.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2022-06-14-public-accountability-conference.yaml")
    assert [m.number for m in meeting.minutes.items] == [41, 42, 43, 47, 45, 46]
    assert "problem: line 35: minute 47 follows minute 43 (numbers 44-46 are not there)" in result.out
    assert "problem: line 41: minute 45 comes after minute 47 (numbering goes backwards)" in result.out
    assert "# Problem: line 41: minute 45 comes after minute 47" in result.text("2022-06-14-public-accountability-conference.yaml")
    assert "inside the text of" not in result.out


def test_web_agenda_numbered_1_paren_under_a_date_with_its_weekday(project, tmp_path):
    result = do_import(VARIANTS / "web_agenda_paren.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2025-04-02-strategic-policing-board.yaml")
    assert [a.number for a in meeting.agenda] == [1, 2, 3, 4, 5, 6, 7]
    assert [a.presenter for a in meeting.agenda][:4] == ["Mr Example", None, "Chief Constable", "Ms Jones"]
    assert unplaced(result) == {}


def test_two_decisions_on_one_line_of_a_list_are_two_decisions(project, tmp_path):
    result = do_import(VARIANTS / "decision_list_run_on.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    titles = {}
    for path in sorted((tmp_path / "out" / "decisions").glob("*.yaml")):
        decision = models.DecisionNotice.model_validate(load_yaml_file(path, path.name).data)
        titles[decision.reference] = decision.title
    assert titles == {
        "012-2020": "Effectiveness of the Arrangements for Audit 2019/20",
        "013-2020": "Effectiveness of Governance Arrangements (OPCC) 2019/20",
        "015-2020": "Charging Policy 2020-21",  # ran on after 018-2020 on line 3
        "018-2020": "WCM Petals Programme 2020-21",
    }
    assert "guessed: line 3: 2 decisions written on one line, read one by one" in result.out


def test_office_pack_agenda_numbered_item_n(project, tmp_path):
    result = do_import(VARIANTS / "office_pack_item_n.txt", project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2023-03-16-public-accountability-conference.yaml")
    assert [a.number for a in meeting.agenda] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert meeting.agenda[2].title == "Questions from the public"
    assert meeting.agenda[7].description == "To consider any other business."
    assert sorted(unplaced(result)) == [1]  # the letterhead; "Yours sincerely" (line 15) closes the letter
