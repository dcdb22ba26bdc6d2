"""Checks of a file's own structure that pydantic cannot make field by field: ids used twice,
numbers that must run on, and assessment sections that must fit together.

They read the data through ``View``s, so they run on a file that has other mistakes too, and
they pass over a value that is itself invalid (its own error is already reported).
"""

from __future__ import annotations

from typing import Optional

from generator.load.source import SourceFile
from generator.problems import Problem
from generator.validate.content import ContentFile
from generator.validate.fields import View


def duplicates(source: SourceFile, entries: list[View], field: str, what: str) -> list[Problem]:
    """An error at each entry whose ``field`` repeats the value of an earlier one."""
    problems, seen = [], set()
    for entry in entries:
        value = entry.get(field)
        if value is None:
            continue
        if value in seen:
            problems.append(source.problem(entry.loc + (field,), f"{what} '{value}' is used more than once; each must be unique"))
        seen.add(value)
    return problems


def numbering(source: SourceFile, entries: list[View], what: str, first: Optional[int] = None) -> list[Problem]:
    """An error at each number that neither follows the one before nor stands in its place in the run.

    So a repeated or skipped number is reported once, not again at every number after it.
    """
    problems = []
    start = first if first is not None else (entries[0].get("number") if entries else None)
    previous = None
    for index, entry in enumerate(entries):
        number = entry.get("number")
        if number is None:  # not a valid number: reported as such
            previous = None
            continue
        in_place = start is not None and number == start + index
        follows = previous is not None and number == previous + 1
        if not (in_place or follows) and (previous is not None or first is not None):
            expected = previous + 1 if previous is not None else first
            if number == previous:
                place = f"has the same number as the {what} before it"
            else:
                place = f"follows {what} {previous}" if previous is not None else "comes first"
            problems.append(source.problem(
                entry.loc + ("number",),
                f"{what} {number} {place}; expected {expected} (numbers run on without gaps or repeats)",
            ))
        previous = number
    return problems


def check_people(file: ContentFile) -> list[Problem]:
    people = file.view()
    return (duplicates(file.source, people.each("people"), "id", "person id")
            + duplicates(file.source, people.each("posts"), "id", "post id")
            + duplicates(file.source, people.each("organisations"), "id", "organisation id"))


def check_topics(file: ContentFile) -> list[Problem]:
    return duplicates(file.source, file.view().each("topics"), "id", "topic id")


def check_glossary(file: ContentFile) -> list[Problem]:
    return duplicates(file.source, file.view().each("terms"), "abbreviation", "abbreviation")


def check_plan(file: ContentFile) -> list[Problem]:
    return duplicates(file.source, file.view().each("objectives"), "id", "objective id")


def check_sections(files: list[ContentFile]) -> list[Problem]:
    """Each section belongs to an assessment, with its own number and its own name."""
    problems = []
    assessments = {f.id for f in files if f.kind == "assessment"}
    numbers: dict[str, dict[str, str]] = {}
    for file in files:
        if file.kind != "section" or file.source is None:
            continue
        year, name = file.id.split("/")
        if year not in assessments:
            problems.append(file.source.problem((), f"this section belongs to no assessment: add content/assessments/{year}/assessment.yaml"))
        order, slug = name.split("-", 1)
        taken = numbers.setdefault(year, {})
        if order in taken:
            problems.append(file.source.problem((), f"section number {order} is also used by '{taken[order]}'; give each section its own number"))
        taken[order] = name
        if slug in {n.split("-", 1)[1] for o, n in taken.items() if o != order}:
            problems.append(file.source.problem((), f"another section of {year} is also named '{slug}'; the web address would clash"))
    return problems
