"""`papers check` on bodies, decision notices, registers of interests and original documents: exact messages."""

from pathlib import Path

from support.documents import pdf_with_attachment, pdf_with_script, pdf_with_text
from support.project import MEETING

from generator.pipeline import check
from generator.validate import documents

M = "meetings/2021/2021-11-03-public-accountability-conference.yaml"
SHOWN = "content/" + M


def messages(root: Path) -> list[str]:
    return [str(p) for p in check(root)[1]]


def with_file(tree, files: dict, name: str, data: bytes) -> Path:
    root = tree(files)
    path = root / "content" / "documents" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return root


def test_an_unknown_body_is_refused_with_a_suggestion(tree):
    root = tree({M: MEETING.replace("body: public-accountability-conference", "body: public-accountability-conferenc")})
    assert messages(root) == [
        f"{SHOWN}:1:7: error: unknown body 'public-accountability-conferenc'; did you mean 'public-accountability-conference'? "
        "(add it to content/bodies/ first)"]


def test_the_file_name_must_name_the_body(tree):
    body = "name: Joint Audit Committee\nkind: joint-committee\n"
    root = tree({M: MEETING.replace("body: public-accountability-conference", "body: joint-audit-committee"),
                 "bodies/joint-audit-committee.yaml": body})
    assert messages(root) == [
        f"{SHOWN}:1:7: error: the file is named '2021-11-03-public-accountability-conference.yaml' but the meeting is of body "
        "'joint-audit-committee'; name the file '2021-11-03-joint-audit-committee.yaml' (or "
        "'2021-11-03-joint-audit-committee-<more>.yaml' when the body meets twice that day), or correct the body"]


def test_a_body_with_two_meetings_a_day_names_the_second_file_apart(tree):
    second = "meetings/2021/2021-11-03-public-accountability-conference-extraordinary.yaml"
    assert messages(tree({M: MEETING, second: MEETING})) == []


def test_a_meeting_needs_a_body(tree):
    root = tree({M: MEETING.replace("body: public-accountability-conference\n", "")})
    assert messages(root) == [f"{SHOWN}:1:1: error: 'body' is required here; add a line 'body: ...'"]


def test_a_decision_is_filed_under_its_reference(tree):
    root = tree({"decisions/2020/018-2020.yaml": "reference: 012/2019\ntitle: Audit\ndate: 2020-05-01\n"})
    assert messages(root) == [
        "content/decisions/2020/018-2020.yaml:1:12: error: reference '012/2019' gives the address '012-2019', but the file is "
        "named '018-2020.yaml'; rename the file content/decisions/2020/012-2019.yaml"]


def test_a_restricted_part_needs_a_real_paragraph(tree):
    root = tree({"decisions/2020/018-2020.yaml": "reference: 018-2020\nrestricted:\n  exempt_paragraph: 9\n  text: Secret.\n"})
    found = messages(root)
    assert len(found) == 1 and "exempt_paragraph 9 does not exist; Schedule 12A has paragraphs 1 to 7" in found[0]


def test_a_register_of_interests_is_named_after_a_person(tree):
    root = tree({"interests/ann-exampel.yaml": "entries:\n  - category: Employment\n    description: None.\n"})
    assert messages(root) == [
        "content/interests/ann-exampel.yaml:1:1: error: this register is for 'ann-exampel', who is not in content/people.yaml: "
        "name the file after the person's id; did you mean 'ann-example'?"]


def test_a_cancelled_meeting_has_no_minutes(tree):
    root = tree({M: MEETING.replace("kind: finance\n", "kind: finance\ncancelled:\n  date: 2021-10-01\n")})
    found = messages(root)
    assert len(found) == 1 and "a cancelled meeting has no minutes" in found[0]


ATTACHED = MEETING.replace("location:\n", "document: 2021/pack.pdf\nlocation:\n")


def test_a_good_pdf_is_accepted(tree):
    assert messages(with_file(tree, {M: ATTACHED}, "2021/pack.pdf", pdf_with_text("Papers"))) == []


def test_a_missing_file_is_named(tree):
    assert messages(tree({M: ATTACHED})) == [
        f"{SHOWN}:5:11: error: there is no file content/documents/2021/pack.pdf; add the file there or correct the path"]


def test_a_pdf_with_a_script_or_an_attachment_is_refused(tree):
    for make, what in ((pdf_with_script, "JavaScript"), (pdf_with_attachment, "an embedded file")):
        found = messages(with_file(tree, {M: ATTACHED}, "2021/pack.pdf", make("Papers")))
        assert found == [f"{SHOWN}:5:11: error: content/documents/2021/pack.pdf: the PDF contains {what}; publish a copy "
                         "without it (print it to a new PDF, or export it again with scripts and attachments turned off)"]


def test_the_type_is_decided_by_content_not_name(tree):
    text = ATTACHED.replace("2021/pack.pdf", "2021/pack.docx")
    found = messages(with_file(tree, {M: text}, "2021/pack.docx", pdf_with_text("Papers")))
    assert found == [f"{SHOWN}:5:11: error: content/documents/2021/pack.docx: the file's name ends .docx but its content is "
                     "not a Word document; save it again in that format"]
    found = [m for m in messages(with_file(tree, {M: ATTACHED}, "2021/pack.pdf", b"PK\x03\x04 not a pdf at all")) if ": error: " in m]
    assert len(found) == 1 and "its content is not a PDF" in found[0]


def test_a_file_over_the_limit_is_refused_with_the_limit(tree, monkeypatch):
    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", 100)
    found = messages(with_file(tree, {M: ATTACHED}, "2021/pack.pdf", pdf_with_text("Papers")))
    assert len(found) == 1 and "the limit is 20 MB a file" in found[0] and found[0].startswith(f"{SHOWN}:5:11: error:")


def test_a_git_lfs_pointer_is_not_the_document(tree):
    pointer = b"version https://git-lfs.github.com/spec/v1\noid sha256:0123\nsize 5000000\n"
    found = messages(with_file(tree, {M: ATTACHED}, "2021/pack.pdf", pointer))
    assert found == [f"{SHOWN}:5:11: error: content/documents/2021/pack.pdf: this is a Git LFS pointer, not the document "
                     "itself; run 'git lfs pull' to fetch the file"]


def test_a_file_attached_to_part_2_business_is_a_warning_and_never_published(tree):
    text = MEETING + ("agenda:\n  - number: 1\n    title: Estates\n    part: 2\n    exempt_paragraph: 3\n"
                      "    papers:\n      - title: Valuation\n        document: 2021/valuation.pdf\n")
    found = messages(with_file(tree, {M: text}, "2021/valuation.pdf", pdf_with_text("Valuation")))
    assert found == [f"{SHOWN}:30:19: warning: content/documents/2021/valuation.pdf is attached to business considered in "
                     "private (part 2), so it is never published; keep exempt papers out of the repository"]


def test_a_file_attached_to_nothing_is_a_warning(tree):
    found = messages(with_file(tree, {M: MEETING}, "2021/stray.pdf", pdf_with_text("Stray")))
    assert found == ["content/documents/2021/stray.pdf:0:0: warning: this file is attached to nothing, so it is not "
                     "published; attach it with 'document:' or remove it"]
