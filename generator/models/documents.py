"""Original documents: the office's own files (PDF, Word, spreadsheet) kept beside the content.

A file lives under ``content/documents/`` and is attached by its path there, for example
``document: 2021/2021-12-08-agenda.pdf``. What a file may be (its size, its real type, what a
PDF may hold) is checked in ``generator.validate.documents``.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

DOCUMENT_SUFFIXES = ("pdf", "docx", "xlsx", "odt", "ods", "csv")

DocumentPath = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)*(/[a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)*)*\.(pdf|docx|xlsx|odt|ods|csv)$"),
    Field(description=(
        "A file under content/documents/, by its path there, e.g. 2021/2021-12-08-agenda.pdf. Lower-case letters, "
        "digits, hyphens and folders; ending .pdf, .docx, .xlsx, .odt, .ods or .csv.")),
]
"""The path of an original document under ``content/documents/``; it is also its address on the site."""
