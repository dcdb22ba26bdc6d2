"""Checks of original documents (content/documents/): each attached file exists, is what its name says,
is small enough to publish and carries nothing a reader's software would run.

A file's type is decided by its content, never by its name alone. Files are published byte for byte
as the office holds them (see the staff guide), so anything they must not carry is refused here.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import pypdf
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

from generator.load.source import Loc
from generator.problems import Problem
from generator.validate.content import Content, Document

MAX_DOCUMENT_MB = 20
MAX_DOCUMENT_BYTES = MAX_DOCUMENT_MB * 1024 * 1024
LFS_POINTER = b"version https://git-lfs.github.com/spec/v1"
ATTACHING_KINDS = ("meeting", "decision", "interests")

# Names in a PDF that make a reader run something or unpack a file.
PDF_ACTIVE_NAMES = {"/JavaScript": "JavaScript", "/JS": "JavaScript", "/Launch": "an action that launches a program",
                    "/EmbeddedFile": "an embedded file", "/EmbeddedFiles": "embedded files", "/RichMedia": "embedded media",
                    "/XFA": "an XFA form (which can hold scripts)"}
ZIP_KINDS = {"docx": ("word/document.xml", "a Word document"), "xlsx": ("xl/workbook.xml", "an Excel spreadsheet"),
             "odt": ("content.xml", "an OpenDocument text"), "ods": ("content.xml", "an OpenDocument spreadsheet")}
OPENDOCUMENT_TYPES = {"odt": b"application/vnd.oasis.opendocument.text", "ods": b"application/vnd.oasis.opendocument.spreadsheet"}


@dataclass(frozen=True)
class Attachment:
    """A file attached somewhere in a content file, and whether that place is ever published."""

    document: Document
    loc: Loc
    path: str
    private: bool  # attached to part 2 business: never published


def attachments(content: Content) -> list[Attachment]:
    """Every ``document:`` in the content, in file order."""
    found = []
    for document in content.documents:
        if document.kind in ATTACHING_KINDS:
            found += _walk(document, document.source.data, (), False)
    return found


def _walk(document: Document, data: Any, loc: Loc, private: bool) -> list[Attachment]:
    found = []
    if isinstance(data, dict):
        private = private or data.get("part") == 2
        for key, value in data.items():
            if key == "document" and isinstance(value, str):
                found.append(Attachment(document, loc + (key,), value, private))
            else:
                found += _walk(document, value, loc + (key,), private)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _walk(document, value, loc + (index,), private)
    return found


def _private_presentations(data: Any) -> set[str]:
    agenda = data.get("agenda") if isinstance(data, dict) else None
    if not isinstance(agenda, list):
        return set()
    return {item.get("presentation") for item in agenda if isinstance(item, dict) and item.get("part") == 2} - {None}


def file_problem(path: Path, suffix: str) -> Optional[str]:
    """What is wrong with an original document, in words staff can act on; None when it may be published."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(1024)
    if head.startswith(LFS_POINTER):
        return "this is a Git LFS pointer, not the document itself; run 'git lfs pull' to fetch the file"
    if size == 0:
        return "the file is empty; add the document itself"
    if size > MAX_DOCUMENT_BYTES:
        return (f"the file is {size / 1024 / 1024:.1f} MB; the limit is {MAX_DOCUMENT_MB} MB a file: "
                "publish a smaller version (for example a PDF saved for the web, or the papers split by item)")
    data = path.read_bytes()
    if suffix == "pdf":
        return _pdf_problem(data)
    if suffix in ZIP_KINDS:
        return _zip_problem(data, suffix)
    if suffix == "csv":
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return "the file is not text in UTF-8, so it is not a CSV file; save it as 'CSV UTF-8'"
        if "\x00" in text:
            return "the file holds binary data, so it is not a CSV file"
    return None


def _pdf_problem(data: bytes) -> Optional[str]:
    if b"%PDF-" not in data[:1024]:
        return "the file's name ends .pdf but its content is not a PDF; export the document as PDF again"
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            return "the PDF is encrypted or password-protected; publish a copy without a password"
        found = _active_content(reader.trailer)
    except (PdfReadError, ValueError, KeyError, TypeError, RecursionError) as exc:
        return f"the PDF cannot be read ({exc}); export it again"
    for name, what in PDF_ACTIVE_NAMES.items():
        if name in found or name.encode() + b" " in data or name.encode() + b"(" in data:
            return (f"the PDF contains {what}; publish a copy without it (print it to a new PDF, or export it "
                    "again with scripts and attachments turned off)")
    return None


def _active_content(root: DictionaryObject) -> set[str]:
    """Every dictionary key and name value in the PDF's objects, reached from its trailer."""
    seen: set[tuple[int, int]] = set()
    names: set[str] = set()
    stack: list[Any] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            for key, value in item.items():
                names.add(str(key))
                if isinstance(value, NameObject):
                    names.add(str(value))
                elif not (key == "/Parent"):
                    stack.append(value)
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return names & set(PDF_ACTIVE_NAMES)


def _zip_problem(data: bytes, suffix: str) -> Optional[str]:
    member, what = ZIP_KINDS[suffix]
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        if member not in names:
            raise zipfile.BadZipFile
        if suffix in OPENDOCUMENT_TYPES and archive.read("mimetype").strip() != OPENDOCUMENT_TYPES[suffix]:
            raise zipfile.BadZipFile
        if any(name.lower().endswith("vbaproject.bin") for name in names):
            return f"the file is {what} with macros; save a copy without macros"
        if suffix == "docx":
            body = archive.read("word/document.xml")
            if b"<w:ins " in body or b"<w:del " in body:
                return "the Word document still holds tracked changes; accept or reject them all, then save it again"
            if "word/comments.xml" in names:
                return "the Word document holds comments; delete them all, then save it again"
    except (zipfile.BadZipFile, KeyError, OSError):
        return f"the file's name ends .{suffix} but its content is not {what}; save it again in that format"
    return None


def check_documents(content: Content) -> list[Problem]:
    problems: list[Problem] = []
    checked: dict[str, Optional[str]] = {}
    attached = attachments(content)
    for item in attached:
        source = item.document.source
        file = content.files.get(item.path)
        if file is None:
            problems.append(source.problem(item.loc, (
                f"there is no file content/documents/{item.path}; add the file there or correct the path")))
            continue
        if item.path not in checked:
            checked[item.path] = file_problem(file, item.path.rsplit(".", 1)[-1])
        if checked[item.path]:
            problems.append(source.problem(item.loc, f"content/documents/{item.path}: {checked[item.path]}"))
        if item.private or _in_private_presentation(item):
            problems.append(source.problem(item.loc, (
                f"content/documents/{item.path} is attached to business considered in private (part 2), so it is never "
                "published; keep exempt papers out of the repository"), severity="warning"))
    used = {item.path for item in attached}
    for path in sorted(set(content.files) - used):
        problems.append(Problem(f"content/documents/{path}", 0, 0, "warning",
                                "this file is attached to nothing, so it is not published; attach it with 'document:' or remove it"))
    return problems


def _in_private_presentation(item: Attachment) -> bool:
    data = item.document.source.data
    if item.loc[:1] != ("presentations",) or len(item.loc) < 2:
        return False
    presentation = data["presentations"][item.loc[1]]
    return isinstance(presentation, dict) and presentation.get("id") in _private_presentations(data)
