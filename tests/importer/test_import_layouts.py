"""Documents laid out otherwise than the OPCC packs: a committee portal print-out, a .docx, a .pdf."""

from __future__ import annotations

import pytest

from importer_support import FIXTURES, PEOPLE, do_import, project  # noqa: F401 (a fixture)

# ---------------------------------------------------------------- committee portal text


@pytest.fixture
def portal(project, tmp_path):
    return do_import(FIXTURES / "committee_portal.txt", project, tmp_path / "out")


def test_portal_minutes_become_one_draft_of_that_committee(portal):
    assert portal.code == 0, portal.err
    assert list(portal.files) == ["2022-03-16-joint-audit-committee.yaml"]
    meeting = portal.meeting("2022-03-16-joint-audit-committee.yaml")
    assert (meeting.body, str(meeting.date), meeting.start_time, meeting.status) == ("joint-audit-committee", "2022-03-16", "10:30", "draft")
    assert meeting.location.venue == "Cumbria House, Carlisle"
    assert meeting.minutes.published_with is None
    assert meeting.minutes.concluded_at == "12:05"


def test_portal_attendance_with_new_people_proposed_and_reported(portal, project):
    meeting = portal.meeting("2022-03-16-joint-audit-committee.yaml")
    attendance = meeting.attendance
    assert [(a.person, a.chair) for a in attendance.present] == [("fiona-daley", True), ("jack-jones", False), ("amanda-harper", False)]
    assert [(a.person, a.post, a.note) for a in attendance.also_present] == [
        ("roger-marshall", "joint-chief-finance-officer", None),
        ("vivian-stafford", "opcc-chief-executive", None),
        ("emma-toyne", None, "Head of Internal Audit"),
    ]
    assert [a.person for a in attendance.apologies] == ["malcolm-iredale"]
    assert (attendance.minute_taker.person, attendance.minute_taker.post) == ("paula-zutic", "opcc-executive-support-officer")
    for ident, written, line in [("fiona-daley", "Mrs Fiona Daley", 6), ("emma-toyne", "Emma Toyne", 7), ("malcolm-iredale", "Mr Malcolm Iredale", 8)]:
        assert f'{ident}: "{written}" (line {line})' in portal.out
        assert f'#   {ident}: "{written}" (line {line})' in portal.text("2022-03-16-joint-audit-committee.yaml")
    assert '"Head of Internal Audit" (line 7)' in portal.out
    assert (project / "content" / "people.yaml").read_text(encoding="utf-8") == PEOPLE


def test_portal_items_minutes_markers_and_resolutions(portal):
    meeting = portal.meeting("2022-03-16-joint-audit-committee.yaml")
    items = meeting.minutes.items
    assert [(m.number, m.title) for m in items] == [
        (23, "Minutes of the previous meeting"),
        (24, "Internal audit progress report"),
        (25, "Treasury management strategy 2022/23"),
    ]
    assert [(r.number, r.text) for r in items[0].resolutions] == [
        ("i", "that the minutes of the meeting held on 1st December 2021 be approved and signed by the Chair.")]
    assert str(items[0].minutes_of_date) == "2021-12-01"
    # a resolution broken over two lines is joined up again
    assert [(r.number, r.text) for r in items[1].resolutions] == [
        ("i", "the progress report be noted;"),
        ("ii", "the Committee receive the final fleet management report at its meeting in June 2022."),
    ]
    assert [(r.id, r.outcome) for r in items[2].recommendations] == [("R1", "approved")]
    assert [(r.number, r.text) for r in items[2].resolutions] == [("i", "Strategy be recommended to the Commissioner;")]


def test_portal_tab_table_in_a_minute_becomes_a_markdown_table(portal):
    text = portal.meeting("2022-03-16-joint-audit-committee.yaml").minutes.items[1].text
    assert "| Assignment | Status | Opinion |\n| --- | --- | --- |\n| Payroll | Final | Reasonable |\n| Fleet management | Draft |  |" in text
    assert text.startswith("The Head of Internal Audit presented")
    assert text.endswith("The Committee asked about the timing of the fleet review.")


def test_portal_lines_no_field_takes_are_printed_and_kept(portal):
    printed = portal.printed_lines()
    assert printed == {
        1: ["Cumbria Office of the Police and Crime Commissioner"],
        2: ["Joint Audit Committee"],
        14: ["PDF 245 KB"],
        20: ["PDF 310 KB"],
    }
    meeting = portal.meeting("2022-03-16-joint-audit-committee.yaml")
    unplaced = next(p for p in meeting.presentations if p.id == "unplaced-text")
    kept = "\n".join(s.text for s in unplaced.sections)
    for texts in printed.values():
        assert texts[0] in kept
    assert [s.title for s in unplaced.sections] == ["Unplaced text, lines 1-2", "Unplaced text, line 14", "Unplaced text, line 20"]


# ---------------------------------------------------------------- .docx


def make_docx(path):
    from docx import Document

    document = Document()
    for line in ["Enquiries to: Mrs P Zutic", "Telephone: 01768 217734", "Our reference: PZ", "Date 01 February 2022"]:
        document.add_paragraph(line)
    document.add_paragraph("CUMBRIA POLICE & CRIME COMMISSIONER'S PUBLIC ACCOUNTABILITY CONFERENCE")
    document.add_paragraph(
        "The Police and Crime Commissioner's Public Accountability Conference will take place on "
        "Wednesday 16th February 2022 in the Conference Room, Carleton Hall, Penrith, at 2.00pm.")
    document.add_paragraph("The purpose of the Conference is to enable the Police and Crime Commissioner to hold the Chief Constable to account.")
    document.add_paragraph("V Stafford")
    document.add_paragraph("Chief Executive")
    document.add_paragraph("Attendees:")
    table = document.add_table(rows=3, cols=2)
    for row, (post, name) in zip(table.rows, [("Police & Crime Commissioner", "Mr Peter McCall (Chair)"),
                                              ("Chief Constable", "Mrs Michelle Skeer"),
                                              ("Head of Corporate Support", "Mr Stuart Edwards")]):
        row.cells[0].text, row.cells[1].text = post, name
    document.add_paragraph("AGENDA")
    document.add_paragraph("PART 1 – ITEMS TO BE CONSIDERED IN THE PRESENCE OF THE PRESS AND PUBLIC")
    # Word's own numbering: the numbers are not in the paragraphs' text
    document.add_paragraph("APOLOGIES FOR ABSENCE", style="List Number")
    document.add_paragraph("MINUTES OF MEETING", style="List Number")
    document.add_paragraph("To receive and approve the minutes of the Public Accountability Conference held on the 12th January 2022 (copy enclosed)")
    document.add_paragraph("BUDGET MONITORING QUARTER 3", style="List Number")
    document.add_paragraph("To receive the budget monitoring report for the third quarter.")
    document.add_paragraph("PART 2 – ITEMS TO BE CONSIDERED IN THE ABSENCE OF THE PRESS AND PUBLIC")
    document.add_paragraph("ESTATES STRATEGY", style="List Number")
    document.add_paragraph("Exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.")
    document.add_paragraph("CUMBRIA POLICE & CRIME COMMISSIONER PUBLIC ACCOUNTABILITY CONFERENCE")
    document.add_paragraph("Minutes of the Public Accountability Conference held on Wednesday 12th January 2022 at Carleton Hall, Penrith at 10:00am")
    document.add_paragraph("PRESENT")
    document.add_paragraph("Police & Crime Commissioner - Mr Peter McCall (Chair)")
    document.add_paragraph("Also present:")
    document.add_paragraph("OPCC Chief Executive (Vivian Stafford);")
    document.add_paragraph("OPCC Executive Support Officer (Paula Zutic) – taking minutes")
    document.add_paragraph("001. APOLOGIES FOR ABSENCE")
    document.add_paragraph("Apologies for absence were received from the Chief Constable (Michelle Skeer).")
    document.add_paragraph("002. REVENUE BUDGET MONITORING")
    document.add_paragraph("The Joint Chief Finance Officer presented the report.")
    figures = document.add_table(rows=3, cols=3)
    for row, cells in zip(figures.rows, [("Budget", "Forecast", "Variance"), ("120.1", "120.4", "0.3"), ("4.2", "4.1", "-0.1")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    document.add_paragraph("RESOLVED, that, the")
    document.add_paragraph("(i) Report be noted;")
    document.add_paragraph("(ii) Forecast be reported again in April;")
    document.add_paragraph("Meeting concluded at 11:10am")
    document.save(path)
    return path


def test_docx_notice_agenda_and_minutes(project, tmp_path):
    result = do_import(make_docx(tmp_path / "pack.docx"), project, tmp_path / "out")
    assert result.code == 0, result.err
    assert sorted(result.files) == ["2022-01-12-public-accountability-conference.yaml", "2022-02-16-public-accountability-conference.yaml"]
    papers = result.meeting("2022-02-16-public-accountability-conference.yaml")
    assert (papers.start_time, papers.location.venue, str(papers.notice.date)) == ("14:00", "Conference Room, Carleton Hall, Penrith", "2022-02-01")
    # "V Stafford" fits Vivian Stafford by initial only: written under the name as given, the match left to a person
    signed = papers.notice.signed_by
    assert (signed.person, signed.post, signed.note) == ("v-stafford", None, "Chief Executive")
    assert "possibly vivian-stafford (Vivian Stafford) of people.yaml" in result.out
    assert [(a.person, a.post, a.note, a.chair) for a in papers.notice.invited] == [
        ("peter-mccall", "police-and-crime-commissioner", None, True),
        ("michelle-skeer", "chief-constable", None, False),
        ("stuart-edwards", None, "Head of Corporate Support", False),
    ]
    assert [(a.number, a.title, a.part, a.exempt_paragraph) for a in papers.agenda] == [
        (1, "Apologies for absence", 1, None),
        (2, "Minutes of meeting", 1, None),
        (3, "Budget monitoring quarter 3", 1, None),
        (4, "Estates strategy", 2, 3),
    ]
    assert papers.agenda[1].minutes_of == "2022-01-12-public-accountability-conference"
    minutes = result.meeting("2022-01-12-public-accountability-conference.yaml")
    assert minutes.minutes.published_with == "2022-02-16-public-accountability-conference"
    assert [(m.number, m.title) for m in minutes.minutes.items] == [(1, "Apologies for absence"), (2, "Revenue budget monitoring")]
    assert [a.person for a in minutes.attendance.apologies] == ["michelle-skeer"]
    assert minutes.attendance.minute_taker.person == "paula-zutic"
    item = minutes.minutes.items[1]
    assert [(r.number, r.text) for r in item.resolutions] == [("i", "Report be noted;"), ("ii", "Forecast be reported again in April;")]
    assert "| Budget | Forecast | Variance |" in item.text
    assert minutes.minutes.concluded_at == "11:10"
    assert 'stuart-edwards: "Mr Stuart Edwards"' in result.out


# ---------------------------------------------------------------- .pdf


PDF_PAGES = [
    [
        "CUMBRIA POLICE & CRIME COMMISSIONER PUBLIC ACCOUNTABILITY CONFERENCE",
        "Minutes of the Public Accountability Conference held on",
        "Tuesday 5th April 2022 at Carleton Hall, Penrith",
        "at 2.30pm",
        "PRESENT",
        "Police & Crime Commissioner - Mr Peter McCall (Chair)",
        "Also present:",
        "Joint Chief Finance Officer (Roger Marshall);",
        "PART 1 – ITEMS CONSIDERED IN THE PRESENCE OF THE PRESS AND PUBLIC",
        "001. APOLOGIES FOR ABSENCE",
        "Apologies for absence were received from the Chief Constable (Michelle Skeer).",
        "002. CAPITAL PROGRAMME",
        "The Joint Chief Finance Officer presented the capital programme and the",
        "slippage on the estates schemes.",
        "RESOLVED, that, the",
        "(i) Capital programme be noted; and",
        "(ii) Slippage of £1.2m be carried forward to",
        "2022/23;",
    ],
    [
        "NOT PROTECTIVELY MARKED",
        "003. TREASURY MANAGEMENT",
        "The report was presented by the Joint Chief Finance Officer.",
        "RESOLVED, that,",
        "(i) The report be noted;",
        "Meeting concluded at 3.15pm",
    ],
]


def make_pdf(path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    with PdfPages(path) as pdf:
        for lines in PDF_PAGES:
            figure = plt.figure(figsize=(8.27, 11.69))
            for index, line in enumerate(lines):
                figure.text(0.06, 0.95 - index * 0.03, line, fontsize=9, family="DejaVu Sans")
            pdf.savefig(figure)
            plt.close(figure)
    return path


def test_pdf_minutes_with_lines_broken_as_on_the_page(project, tmp_path):
    result = do_import(make_pdf(tmp_path / "minutes.pdf"), project, tmp_path / "out")
    assert result.code == 0, result.err
    assert list(result.files) == ["2022-04-05-public-accountability-conference.yaml"]
    meeting = result.meeting("2022-04-05-public-accountability-conference.yaml")
    assert (meeting.start_time, meeting.location.venue) == ("14:30", "Carleton Hall, Penrith")
    assert [(m.number, m.title) for m in meeting.minutes.items] == [
        (1, "Apologies for absence"), (2, "Capital programme"), (3, "Treasury management")]
    capital = meeting.minutes.items[1]
    assert capital.text == "The Joint Chief Finance Officer presented the capital programme and the slippage on the estates schemes."
    assert [(r.number, r.text) for r in capital.resolutions] == [
        ("i", "Capital programme be noted; and"), ("ii", "Slippage of £1.2m be carried forward to 2022/23;")]
    assert meeting.minutes.concluded_at == "15:15"
    assert [(a.person, a.post) for a in meeting.attendance.also_present] == [("roger-marshall", "joint-chief-finance-officer")]
    assert [a.person for a in meeting.attendance.apologies] == ["michelle-skeer"]
    assert "('NOT PROTECTIVELY MARKED')" in result.out  # left out as a protective marking, and said so
    assert all("PROTECTIVELY" not in (m.text or "") for m in meeting.minutes.items)
    assert "of the text extracted from the document" in result.out


# ---------------------------------------------------------------- an agenda alone


AGENDA_ALONE = """\
PUBLIC ACCOUNTABILITY CONFERENCE

AGENDA

Wednesday 9th March 2022 at 10.00am, Carleton Hall, Penrith

1. APOLOGIES FOR ABSENCE

2. PERFORMANCE PRESENTATION

To receive a presentation on performance.

Performance

Public Accountability Conference
March 2022

ACC Slattery

Recorded crime fell by 6%.
"""


def test_an_agenda_without_a_letter_or_minutes(project, tmp_path):
    source = tmp_path / "agenda.txt"
    source.write_text(AGENDA_ALONE, encoding="utf-8")
    result = do_import(source, project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2022-03-09-public-accountability-conference.yaml")
    assert (meeting.start_time, meeting.location.venue, meeting.notice) == ("10:00", "Carleton Hall, Penrith", None)
    assert [(a.number, a.title, a.description, a.presentation) for a in meeting.agenda] == [
        (1, "Apologies for absence", None, None),
        (2, "Performance presentation", "To receive a presentation on performance.", "performance"),
    ]
    presentation = meeting.presentations[0]
    assert (presentation.id, presentation.agenda_item, presentation.presenter) == ("performance", 2, "ACC Slattery")
    assert presentation.presenter_people == ["acc-slattery"]  # no Slattery in this project's people.yaml: proposed
    # the slides' text is the presentation's own, kept in it as extracted and reported by its range, not as unplaced lines
    assert [(s.title, s.text) for s in presentation.sections] == [
        ("Presentation text as extracted (arrange it), line 20", "Recorded crime fell by 6%.")]
    assert result.printed_lines() == {}
    assert "presentation text: presentation 'performance' (2022-03-09): 1 line(s), lines 20-20, kept in it as extracted" in result.out
    assert "Presentation text: presentation 'performance' keeps 1 line(s)" in result.text("2022-03-09-public-accountability-conference.yaml")
