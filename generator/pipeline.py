"""The build, start to end: load -> validate -> derive -> render -> write.

Every stage runs over all the content before the next begins, so a problem
anywhere stops the build before anything is written.
"""

from __future__ import annotations

from pathlib import Path

from generator.load.tree import discover
from generator.problems import ContentError, Problem, errors
from generator.validate.content import Content, build_content
from generator.validate.each_file import FileCache, check_each
from generator.validate.documents import check_documents
from generator.validate.record import check_record
from generator.validate.whole import check_across


def check(root: Path, cache: FileCache | None = None, *, across: bool = True) -> tuple[Content, list[Problem]]:
    """Load and validate everything; return the content and every problem found.

    With a ``cache``, a file whose bytes are unchanged since it was last checked is not read again.
    ``across=False`` checks each file by itself only (the preview's first look at a saved file; the
    whole check follows it).
    """
    entries, problems = discover(root, root / "content")
    content, files, found = build_content(check_each(entries, cache))
    # original documents are checked as files (generator/validate/documents.py), not read as text
    content.files = {entry.id: entry.file for entry in entries if entry.kind == "document"}
    problems += found
    if not across:
        return content, sorted(set(problems))
    problems += check_across(files)
    problems += check_record(content)
    problems += check_documents(content)
    return content, sorted(set(problems))


def validated(root: Path, cache: FileCache | None = None, *, across: bool = True) -> tuple[Content, list[Problem]]:
    """The content, or ContentError if there is any error (warnings are returned)."""
    content, problems = check(root, cache, across=across)
    if errors(problems):
        raise ContentError(problems)
    return content, problems
