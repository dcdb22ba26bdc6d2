"""What the command does with bad input, existing files, Part 2 items and the project's own folders."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from generator.importer import run_import
from importer_support import FIXTURES, PEOPLE, do_import, project, write  # noqa: F401 (project: a fixture)

MINIMAL = """\
Minutes of the Public Accountability Conference held on Monday 7th March 2022 at Carleton Hall, Penrith at 10:00am

PRESENT

Police & Crime Commissioner - Mr Peter McCall (Chair)

001. APOLOGIES FOR ABSENCE

There were no apologies.

Meeting concluded at 10:30am
"""


def assert_refused(result, *words):
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith("papers import: ")
    assert result.err.count("\n") == 1, "one line"
    assert "Traceback" not in result.err
    for word in words:
        assert word in result.err
    assert result.files == {}


def test_missing_file(project, tmp_path):
    assert_refused(do_import(tmp_path / "nowhere.txt", project, tmp_path / "out"), "no such file")


def test_a_folder_without_documents(project, tmp_path):
    (tmp_path / "empty").mkdir()
    assert_refused(do_import(tmp_path / "empty", project, tmp_path / "out"), "holds no .txt, .docx, .pdf or .html documents")


@pytest.mark.parametrize("content", [b"", b"   \n\n\t\n"])
def test_empty_file(project, tmp_path, content):
    file = tmp_path / "empty.txt"
    file.write_bytes(content)
    assert_refused(do_import(file, project, tmp_path / "out"), "is empty")


def test_unreadable_file(project, tmp_path, monkeypatch):
    file = write(tmp_path / "locked.txt", MINIMAL)
    original = Path.read_bytes

    def refuse(self):
        if self == file:
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert_refused(do_import(file, project, tmp_path / "out"), "cannot be read")


def test_a_picture_is_not_a_document(project, tmp_path):
    file = tmp_path / "scan.png"
    file.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00")
    assert_refused(do_import(file, project, tmp_path / "out"), "not a text, .docx or .pdf")


def test_a_zip_that_is_not_a_word_document(project, tmp_path):
    file = tmp_path / "papers.docx"
    with zipfile.ZipFile(file, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert_refused(do_import(file, project, tmp_path / "out"), "not a Word .docx")


def test_a_damaged_pdf(project, tmp_path):
    file = tmp_path / "papers.pdf"
    file.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a pdf at all\n%%EOF\n")
    assert_refused(do_import(file, project, tmp_path / "out"), "PDF")


def test_a_damaged_docx(project, tmp_path):
    file = tmp_path / "papers.docx"
    with zipfile.ZipFile(file, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("word/document.xml", "<w:document")
    assert_refused(do_import(file, project, tmp_path / "out"), ".docx cannot be read")


def test_text_without_a_meeting(project, tmp_path):
    file = write(tmp_path / "letter.txt", "Dear colleague,\n\nThank you for your letter.\n")
    assert_refused(do_import(file, project, tmp_path / "out"), "neither a notice", "nothing was written")


def test_an_agenda_without_a_meeting_date(project, tmp_path):
    file = write(tmp_path / "agenda.txt", "AGENDA\n\n1. APOLOGIES FOR ABSENCE\n\n2. MINUTES\n")
    assert_refused(do_import(file, project, tmp_path / "out"), "no meeting date")


def test_no_content_folder_without_out(tmp_path):
    file = write(tmp_path / "minutes.txt", MINIMAL)
    stdout, stderr = io.StringIO(), io.StringIO()
    assert run_import(file, tmp_path / "elsewhere", None, stdout=stdout, stderr=stderr) == 1
    assert "no content/ folder" in stderr.getvalue()


def test_drafts_go_into_content_meetings_by_year(project, tmp_path):
    result = do_import(write(tmp_path / "minutes.txt", MINIMAL), project, None)
    assert result.code == 0, result.err
    target = project / "content" / "meetings" / "2022" / "2022-03-07-public-accountability-conference.yaml"
    assert list(result.files.values()) == [target]
    assert "Wrote content/meetings/2022/2022-03-07-public-accountability-conference.yaml" in result.out
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../../../schema/meeting.schema.json\n")


def test_an_existing_file_is_never_overwritten(project, tmp_path):
    file = write(tmp_path / "minutes.txt", MINIMAL)
    target = project / "content" / "meetings" / "2022" / "2022-03-07-public-accountability-conference.yaml"
    write(target, "# checked by hand\n")
    result = do_import(file, project, None)
    assert result.code == 1
    assert result.err == (
        "papers import: content/meetings/2022/2022-03-07-public-accountability-conference.yaml already exists; nothing was "
        "written (move it away first, or write the drafts elsewhere with --out DIR)\n"
    )
    assert target.read_text(encoding="utf-8") == "# checked by hand\n"


def test_nothing_is_written_when_one_of_two_drafts_exists(tmp_path, project):
    out = tmp_path / "out"
    first = do_import(FIXTURES / "committee_portal.txt", project, out)
    assert first.code == 0
    written = {name: path.read_bytes() for name, path in first.files.items()}
    again = do_import(FIXTURES / "committee_portal.txt", project, out)
    assert again.code == 1 and "already exists" in again.err
    assert {name: path.read_bytes() for name, path in again.files.items()} == written


def test_people_yaml_is_never_changed(project, tmp_path):
    do_import(FIXTURES / "committee_portal.txt", project, tmp_path / "out")
    assert (project / "content" / "people.yaml").read_text(encoding="utf-8") == PEOPLE


def test_a_part_2_item_without_its_exempt_paragraph_is_not_guessed(project, tmp_path):
    text = """\
    Date 01 March 2022

    The Police and Crime Commissioner's Public Accountability Conference will take place on Wednesday 16th March 2022 in the Conference Room, Carleton Hall, Penrith, at 10:00am.

    AGENDA

    PART 1 – ITEMS TO BE CONSIDERED IN THE PRESENCE OF THE PRESS AND PUBLIC

    1. APOLOGIES FOR ABSENCE

    PART 2 – ITEMS TO BE CONSIDERED IN THE ABSENCE OF THE PRESS AND PUBLIC

    2. ESTATES REVIEW

    To consider the estates review.

    3. CONTRACT AWARD

    To consider a contract award, exempt under paragraph 3 of Part 1 of Schedule 12A.
    """
    result = do_import(write(tmp_path / "agenda.txt", text), project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2022-03-16-public-accountability-conference.yaml")
    assert [(a.number, a.part, a.exempt_paragraph) for a in meeting.agenda] == [(1, 1, None), (3, 2, 3)]
    printed = result.printed_lines()
    assert printed[13] == ["2. ESTATES REVIEW  [agenda item 2 is in Part 2 but no exempt paragraph (Schedule 12A) is given]"]
    assert printed[15] == ["To consider the estates review.  [agenda item 2 is in Part 2 but no exempt paragraph (Schedule 12A) is given]"]
    assert meeting.location.venue == "Conference Room, Carleton Hall, Penrith"
    assert meeting.missing == {}


def test_a_meeting_without_place_or_time_says_what_is_missing(project, tmp_path):
    text = "Minutes of the Public Accountability Conference held on 7th March 2022\n\n001. APOLOGIES FOR ABSENCE\n\nNone.\n"
    result = do_import(write(tmp_path / "minutes.txt", text), project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2022-03-07-public-accountability-conference.yaml")
    assert set(meeting.missing) == {"location", "start_time"}
    assert meeting.location is None and meeting.start_time is None


def test_windows_line_ends_and_a_byte_order_mark_are_read(project, tmp_path):
    file = tmp_path / "minutes.txt"
    file.write_bytes(b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode("utf-8"))
    result = do_import(file, project, tmp_path / "out")
    assert result.code == 0, result.err
    assert result.meeting("2022-03-07-public-accountability-conference.yaml").minutes.concluded_at == "10:30"


def test_a_latin_1_file_is_refused_not_guessed(project, tmp_path):
    file = tmp_path / "minutes.txt"
    file.write_bytes(MINIMAL.replace("Mr Peter McCall", "Mr Peter McCall, Zoë Metcalfe").encode("latin-1"))
    assert_refused(do_import(file, project, tmp_path / "out"), "is not UTF-8 text", "save it as UTF-8")


def test_binary_data_with_a_txt_name(project, tmp_path):
    file = tmp_path / "minutes.txt"
    file.write_bytes(bytes(range(256)) * 64)
    assert_refused(do_import(file, project, tmp_path / "out"), "is not a text, .docx or .pdf file")


def test_a_file_over_50_mb(project, tmp_path):
    file = tmp_path / "archive.txt"
    with open(file, "wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: nothing is written to the disk
    assert_refused(do_import(file, project, tmp_path / "out"), "is 51 MB", "over 50 MB are not imported")


def test_a_password_protected_pdf(project, tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="secret", owner_password="owner")
    file = tmp_path / "minutes.pdf"
    with open(file, "wb") as handle:
        writer.write(handle)
    assert_refused(do_import(file, project, tmp_path / "out"), "protected by a password")


def test_a_page_saved_from_a_committee_site(project, tmp_path):
    page = tmp_path / "meeting.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>x</title><script>var a = 1;</script></head><body>"
        "<h1>Agenda and minutes</h1><h2>Cumbria Police and Crime Panel - Friday, 16th October, 2020 10.30 am</h2>"
        "<p>Venue: Conference Room A/B, Cumbria House, Carlisle</p><p>Contact: Lynn Harker</p>"
        "<table><tr><th>No.</th><th>Item</th></tr>"
        "<tr><td><p>1.</p></td><td><p>Apologies for Absence</p><p>To receive any apologies for absence.</p>"
        "<p>Minutes:</p><p>Apologies for absence were received from Ms M Bellis.</p></td></tr>"
        "<tr><td><p>2.</p></td><td><p>Minutes <span>pdf icon</span> PDF 120 KB</p>"
        "<p>Minutes:</p><p>RESOLVED, that the minutes be confirmed.</p></td></tr></table></body></html>",
        encoding="utf-8",
    )
    result = do_import(page, project, tmp_path / "out")
    assert result.code == 0, result.err
    meeting = result.meeting("2020-10-16-cumbria-police-and-crime-panel.yaml")
    assert [(a.number, a.title) for a in meeting.agenda] == [(1, "Apologies for Absence"), (2, "Minutes")]
    assert [r.text for r in meeting.minutes.items[1].resolutions] == ["that the minutes be confirmed."]
    assert meeting.location.venue == "Conference Room A/B, Cumbria House, Carlisle"
    assert "layout committee-system" in result.out


def test_a_broken_people_yaml_is_reported(project, tmp_path):
    (project / "content" / "people.yaml").write_text("people:\n  - id: a\n    id: b\n", encoding="utf-8")
    result = do_import(write(tmp_path / "minutes.txt", MINIMAL), project, tmp_path / "out")
    assert_refused(result, "content/people.yaml cannot be read", "duplicate key")


def test_out_must_be_a_folder(project, tmp_path):
    out = write(tmp_path / "out.txt", "not a folder\n")
    result = do_import(write(tmp_path / "minutes.txt", MINIMAL), project, out)
    assert result.code == 1 and "is not a folder" in result.err


def test_a_pdf_without_text_is_refused(project, tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure = plt.figure(figsize=(2, 2))
    figure.add_artist(plt.Line2D([0.1, 0.9], [0.1, 0.9]))
    file = tmp_path / "scan.pdf"
    figure.savefig(file, format="pdf")
    plt.close(figure)
    assert_refused(do_import(file, project, tmp_path / "out"), "no text that can be extracted", "needs OCR")
