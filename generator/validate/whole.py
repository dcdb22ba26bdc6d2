"""The checks that need the whole content, run over every file that could be read, valid or not:
references between files and each kind's own structure. (What a file shows by itself, its fields,
the figures in its tables and unsafe markup, is checked in generator/validate/each_file.py.)"""

from __future__ import annotations

from generator.problems import Problem
from generator.validate.content import ContentFile
from generator.validate.meetings import check_meeting
from generator.validate.references import check_references
from generator.validate.structure import (
    check_glossary,
    check_people,
    check_plan,
    check_sections,
    check_topics,
)
from generator.validate.targets import gather

_OF_KIND = {
    "people": check_people,
    "topics": check_topics,
    "glossary": check_glossary,
    "plan": check_plan,
}


def check_across(files: list[ContentFile]) -> list[Problem]:
    """Every problem that no single field shows, in every file, in one pass."""
    problems = check_references(files, gather(files))
    meetings = {f.id: f for f in files if f.kind == "meeting"}
    for file in files:
        if file.source is None:
            continue
        if file.kind == "meeting":
            problems += check_meeting(file, meetings)
        elif file.kind in _OF_KIND:
            problems += _OF_KIND[file.kind](file)
    problems += check_sections(files)
    return problems
