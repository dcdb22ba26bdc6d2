"""The build, start to end: load -> validate -> derive -> render -> write.

Every stage runs over all the content before the next begins, so a problem
anywhere stops the build before anything is written.
"""

from __future__ import annotations

from pathlib import Path

from generator.load.files import document_files, load_content
from generator.problems import ContentError, Problem, errors
from generator.validate.content import Content, build_content
from generator.validate.documents import check_documents
from generator.validate.record import check_record
from generator.validate.whole import check_across


def check(root: Path) -> tuple[Content, list[Problem]]:
    """Load and validate everything; return the content and every problem found."""
    loaded, unreadable, problems = load_content(root)
    content, files, found = build_content(loaded, unreadable)
    content.files = document_files(root)
    problems += found
    problems += check_across(files)
    problems += check_record(content)
    problems += check_documents(content)
    return content, sorted(set(problems))


def validated(root: Path) -> tuple[Content, list[Problem]]:
    """The content, or ContentError if there is any error (warnings are returned)."""
    content, problems = check(root)
    if errors(problems):
        raise ContentError(problems)
    return content, problems
