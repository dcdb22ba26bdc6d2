"""Read an input document into plain text: UTF-8 text as extracted from a PDF, a .docx or a .pdf.

What kind a file is comes from its first bytes, not only its name, so a renamed
file is still read correctly and a file of another kind is refused with a
message rather than read as nonsense.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

MAX_INPUT_BYTES = 50 * 1024 * 1024

# Characters YAML cannot hold (C0 and C1 controls other than tab and newline).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f]")


class InputError(Exception):
    """The input cannot be imported; the message is one line for the person running the command."""


@dataclass(frozen=True)
class Extracted:
    text: str
    kind: str  # "text", "docx" or "pdf"


def read_document(file: Path) -> Extracted:
    """The document's text with '\\n' line endings; InputError with a one-line reason if it cannot be read."""
    if not file.exists():
        raise InputError(f"{file}: no such file")
    if file.is_dir():
        raise InputError(f"{file}: is a folder; give the document file itself")
    try:
        size = file.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(f"{file}: is {size / 1048576:.0f} MB; documents over {MAX_INPUT_BYTES // 1048576} MB are not imported")
        raw = file.read_bytes()
    except PermissionError:
        raise InputError(f"{file}: cannot be read (permission denied)") from None
    except OSError as exc:
        raise InputError(f"{file}: cannot be read ({exc.strerror or exc})") from None
    if not raw.strip():
        raise InputError(f"{file}: is empty; there is nothing to import")
    if raw.startswith(b"%PDF-"):
        kind, text = "pdf", _pdf_text(file, raw)
    elif raw.startswith(b"PK\x03\x04"):
        kind, text = "docx", _docx_text(file, raw)
    elif file.suffix.lower() in (".html", ".htm") or raw[:512].lstrip().lower().startswith((b"<!doctype html", b"<html")):
        kind, text = "html", _html_text(file, _plain_text(file, raw))
    else:
        kind, text = "text", _plain_text(file, raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub("[\x0b\x0c\x85\u2028\u2029]", "\n", text)  # page and line breaks of other kinds
    text = _CONTROL.sub(" ", text)
    if not text.strip():
        what = ("has no text that can be extracted: it is a scanned image and needs OCR (text recognition) first"
                if kind == "pdf" else "has no text")
        raise InputError(f"{file}: {what}; there is nothing to import")
    return Extracted(text=text, kind=kind)


def _plain_text(file: Path, raw: bytes) -> str:
    if b"\x00" in raw[:65536]:
        raise InputError(f"{file}: is not a text, .docx or .pdf file; save the document as one of those and import that")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Text in another encoding (Latin-1, Windows-1252) is refused rather than read by guess: the same bytes
    # mean different letters in each, and a wrong guess would put wrong names into the record.
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if not text or len(_CONTROL.findall(text)) > max(3, len(text) // 1000):
        raise InputError(f"{file}: is not a text, .docx or .pdf file; save the document as one of those and import that")
    raise InputError(f"{file}: is not UTF-8 text (it looks like Latin-1 or Windows-1252); save it as UTF-8 "
                     "(in Notepad: Save As, Encoding UTF-8) and import that")


# ---------------------------------------------------------------- .html

_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section", "article",
           "header", "footer", "dt", "dd", "blockquote", "pre"}


def _html_text(file: Path, markup: str) -> str:
    """A page saved from a committee site: its visible text, a line for each block."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{file}: the HTML page cannot be read ({type(exc).__name__}); save the page again") from None
    for unwanted in root.xpath("//script|//style|//noscript|//head"):
        unwanted.drop_tree()
    parts: list[str] = []

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "tr" and len(element) and all(cell.tag == "th" for cell in element):
            parts.append("\n\n" + " | ".join(" ".join(cell.text_content().split()) for cell in element) + " |\n\n")
            return  # a heading row of a table on one line: "No. | Item |", as committee sites print it
        if tag in _BLOCKS:
            parts.append("\n\n")
        if element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in _BLOCKS or tag in ("td", "th"):
            parts.append("\n\n")

    walk(root)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- .pdf


def _pdf_text(file: Path, raw: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:  # unsupported encryption of any sort
                opened = 0
            if not opened:
                raise InputError(f"{file}: the PDF is protected by a password; save an unprotected copy and import that")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError) as exc:
        raise InputError(f"{file}: the PDF cannot be read ({type(exc).__name__}); save it again from the program that made it") from None
    # Pages are kept apart by a blank line, so that text never runs on from one page into the next.
    return "\n\n".join(page.rstrip("\n") for page in pages)


# ---------------------------------------------------------------- .docx


def _docx_text(file: Path, raw: bytes) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise InputError(f"{file}: is a damaged ZIP file, not a readable .docx") from None
    if "word/document.xml" not in names:
        raise InputError(f"{file}: is a ZIP file but not a Word .docx document; save the document as .docx, .pdf or text")
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(io.BytesIO(raw))
        return "\n".join(_docx_lines(document))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError(f"{file}: the .docx cannot be read ({type(exc).__name__}); save it again from Word") from None
    except Exception as exc:  # lxml's XMLSyntaxError and kin from a damaged document
        if type(exc).__module__.startswith(("lxml", "docx")):
            raise InputError(f"{file}: the .docx cannot be read ({type(exc).__name__}); save it again from Word") from None
        raise


def _docx_lines(document) -> list[str]:
    """Paragraphs as lines (a blank line after each), tables as tab-separated rows, in document order.

    Word's automatic numbering is not part of a paragraph's text; it is worked out
    here and written in front, as it would appear on paper ("1. ", "(ii) ").
    """
    from docx.table import Table

    numbering = _Numbering(document)
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            if lines and lines[-1] != "":
                lines.append("")
            for row in block.rows:
                cells = []
                for cell in _unique_cells(row):
                    cells.append(" ".join(part.strip() for part in cell.text.splitlines() if part.strip()))
                if any(cells):
                    lines.append("\t".join(cells))
            lines.append("")
            continue
        label = numbering.label(block)
        text = block.text
        if label:
            text = f"{label} {text}"
        lines.extend(text.split("\n"))
        lines.append("")
    return lines


def _unique_cells(row):
    """A row's cells, with a merged cell (which python-docx repeats) given once."""
    seen = []
    for cell in row.cells:
        if any(cell._tc is other._tc for other in seen):
            continue
        seen.append(cell)
        yield cell


def _roman(n: int) -> str:
    values = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
              (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for value, letters in values:
        while n >= value:
            out += letters
            n -= value
    return out


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


class _Numbering:
    """Word's list numbering: which paragraphs are numbered, and the number each shows."""

    def __init__(self, document):
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, ilvl) -> (format, text, start)
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract = {}
        for node in _xpath(root, "./w:abstractNum"):
            levels = {}
            for lvl in _xpath(node, "./w:lvl"):
                ilvl = int(_first(_xpath(lvl, "./@w:ilvl"), "0"))
                fmt = _first(_xpath(lvl, "./w:numFmt/@w:val"), "decimal")
                text = _first(_xpath(lvl, "./w:lvlText/@w:val"), f"%{ilvl + 1}.")
                start = int(_first(_xpath(lvl, "./w:start/@w:val"), "1"))
                levels[ilvl] = (fmt, text, start)
            abstract[_first(_xpath(node, "./@w:abstractNumId"), "")] = levels
        for num in _xpath(root, "./w:num"):
            num_id = _first(_xpath(num, "./@w:numId"), "")
            levels = abstract.get(_first(_xpath(num, "./w:abstractNumId/@w:val"), ""), {})
            for ilvl, level in levels.items():
                self.levels[(num_id, ilvl)] = level

    def label(self, paragraph) -> str:
        num_id, ilvl = self._num_pr(paragraph)
        if num_id is None or num_id == "0" or (num_id, ilvl) not in self.levels:
            return ""
        fmt, text, start = self.levels[(num_id, ilvl)]
        counters = self.counters.setdefault(num_id, [])
        while len(counters) <= ilvl:
            counters.append(0)
        counters[ilvl] += 1
        del counters[ilvl + 1:]
        if fmt == "bullet":
            return "-"
        if fmt == "none":
            return ""

        def shown(match: re.Match) -> str:
            level = int(match.group(1)) - 1
            if level >= len(counters):
                return ""
            level_fmt, _, level_start = self.levels.get((num_id, level), ("decimal", "", 1))
            return _format(counters[level] + level_start - 1, level_fmt)

        return re.sub(r"%([1-9])", shown, text).strip()

    @staticmethod
    def _num_pr(paragraph) -> tuple[str | None, int]:
        element = paragraph._p
        num_id = _first(_xpath(element, "./w:pPr/w:numPr/w:numId/@w:val"), None)
        ilvl = _first(_xpath(element, "./w:pPr/w:numPr/w:ilvl/@w:val"), None)
        style = paragraph.style
        depth = 0
        while num_id is None and style is not None and depth < 10:
            num_id = _first(_xpath(style.element, "./w:pPr/w:numPr/w:numId/@w:val"), None)
            ilvl = ilvl or _first(_xpath(style.element, "./w:pPr/w:numPr/w:ilvl/@w:val"), None)
            style = style.base_style
            depth += 1
        return num_id, int(ilvl or 0)


def _format(n: int, fmt: str) -> str:
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


_W = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def _xpath(element, expression: str) -> list:
    from lxml import etree

    return etree._Element.xpath(element, expression, namespaces=_W)


def _first(values, default):
    return str(values[0]) if values else default
