"""Checks that need the whole content: ids that must exist, numbering, names that must match."""

from __future__ import annotations

import datetime as dt
import difflib
from collections import Counter
from typing import Any, Callable, Iterable

from generator import models
from generator.load.source import Loc
from generator.problems import Problem
from generator.validate.content import Content, Document
from generator.validate.markup import check_markup
from generator.validate.tables import check_tables


class Known:
    """The ids that references may point at."""

    def __init__(self, content: Content):
        people_docs = content.of_kind("people")
        people = people_docs[0].model if people_docs else models.PeopleFile(organisations=[], posts=[], people=[])
        topics_docs = content.of_kind("topics")
        self.people = {p.id for p in people.people}
        self.posts = {p.id for p in people.posts}
        self.organisations = {o.id for o in people.organisations}
        self.topics = {t.id for t in topics_docs[0].model.topics} if topics_docs else set()
        self.metrics = {m.id for d in content.of_kind("metrics") for m in d.model.metrics}
        self.meetings = {d.id for d in content.of_kind("meeting")}
        self.plans = {d.id for d in content.of_kind("plan")}
        self.objectives = {f"{d.id}/{o.id}" for d in content.of_kind("plan") for o in d.model.objectives}


def _suggest(value: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, sorted(known), n=1)
    return f"; did you mean '{close[0]}'?" if close else ""


def _walk(data: Any, loc: Loc = ()) -> Iterable[tuple[Loc, str, Any]]:
    """Every (location, key, value) in the data, depth first."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "missing":
                continue  # notes about lost fields, keyed by field name: not references
            yield loc + (key,), key, value
            yield from _walk(value, loc + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _walk(value, loc + (index,))


def _reference_rules(known: Known) -> dict[str, tuple[set[str], str, str]]:
    """Field name -> (ids it may take, what they are, where they are defined)."""
    return {
        "person": (known.people, "person", "content/people.yaml"),
        "presenter_people": (known.people, "person", "content/people.yaml"),
        "author": (known.people, "person", "content/people.yaml"),
        "post": (known.posts, "post", "the posts in content/people.yaml"),
        "organisation": (known.organisations, "organisation", "the organisations in content/people.yaml"),
        "topics": (known.topics, "topic", "content/topics.yaml"),
        "objectives": (known.objectives, "plan objective", "content/plan/"),
        "objective": (known.objectives, "plan objective", "content/plan/"),
        "minutes_of": (known.meetings, "meeting", "content/meetings/"),
        "published_with": (known.meetings, "meeting", "content/meetings/"),
        "plan": (known.plans, "plan", "content/plan/"),
        "metric": (known.metrics, "metric", "content/metrics.yaml"),
    }


def _check_ids(document: Document, known: Known) -> list[Problem]:
    rules = _reference_rules(known)
    problems = []
    source = document.source
    for loc, key, value in _walk(source.data):
        if key not in rules:
            continue
        ids, what, where = rules[key]
        values = [(loc + (i,), v) for i, v in enumerate(value)] if isinstance(value, list) else [(loc, value)]
        for at, ident in values:
            if isinstance(ident, str) and ident not in ids:
                problems.append(source.problem(at, f"unknown {what} '{ident}'{_suggest(ident, ids)} (add it to {where} first)"))
    return problems


def _duplicates(document: Document, items: list, loc: Loc, field: str, what: str) -> list[Problem]:
    problems = []
    counts = Counter(getattr(item, field) for item in items)
    seen: set = set()
    for index, item in enumerate(items):
        value = getattr(item, field)
        if counts[value] > 1 and value in seen:
            problems.append(document.source.problem(loc + (index, field), f"{what} '{value}' is used more than once; each must be unique"))
        seen.add(value)
    return problems


def _numbering(document: Document, items: list, loc: Loc, what: str, first: int | None = None) -> list[Problem]:
    problems = []
    if not items:
        return problems
    expected = items[0].number if first is None else first
    for index, item in enumerate(items):
        if item.number != expected:
            place = f"follows {what} {items[index - 1].number}" if index else "comes first"
            problems.append(document.source.problem(
                loc + (index, "number"),
                f"{what} {item.number} {place}; expected {expected} (numbers run on without gaps or repeats)",
            ))
        expected = item.number + 1
    return problems


def _tables(document: Document) -> list[Problem]:
    ids = [(loc, value) for loc, key, value in _walk(document.source.data)
           if key == "id" and len(loc) >= 3 and loc[-3] == "tables"]
    seen, problems = set(), []
    for loc, ident in ids:
        if ident in seen:
            problems.append(document.source.problem(loc, f"table id '{ident}' is used twice in this file; give each table its own id"))
        seen.add(ident)
    return problems


def _meeting(document: Document, content: Content) -> list[Problem]:
    meeting: models.Meeting = document.model
    problems = []
    source = document.source
    if not document.id.startswith(meeting.date.isoformat()):
        problems.append(source.problem(("date",), f"date {meeting.date.isoformat()} does not match the file name '{document.id}.yaml'; rename the file or correct the date"))
    problems += _late_agenda(document)
    problems += _numbering(document, meeting.agenda, ("agenda",), "agenda item", first=1)
    problems += _duplicates(document, meeting.presentations, ("presentations",), "id", "presentation id")
    agenda_numbers = {item.number for item in meeting.agenda}
    presentation_ids = {p.id for p in meeting.presentations}
    for index, item in enumerate(meeting.agenda):
        if item.presentation and item.presentation not in presentation_ids:
            problems.append(source.problem(("agenda", index, "presentation"), f"agenda item {item.number} names presentation '{item.presentation}', which is not among this meeting's presentations{_suggest(item.presentation, presentation_ids)}"))
    for index, presentation in enumerate(meeting.presentations):
        if presentation.agenda_item is not None and agenda_numbers and presentation.agenda_item not in agenda_numbers:
            problems.append(source.problem(("presentations", index, "agenda_item"), f"presentation '{presentation.id}' names agenda item {presentation.agenda_item}, which this meeting's agenda does not have"))
    if meeting.minutes:
        problems += _numbering(document, meeting.minutes.items, ("minutes", "items"), "minute")
        for index, item in enumerate(meeting.minutes.items):
            if item.agenda_item is not None and agenda_numbers and item.agenda_item not in agenda_numbers:
                problems.append(source.problem(("minutes", "items", index, "agenda_item"), f"minute {item.number:03d} names agenda item {item.agenda_item}, which this meeting's agenda does not have"))
            problems += _recommendation_ids(document, item, ("minutes", "items", index, "recommendations"))
    for loc, key, value in _walk(source.data):
        if key == "minutes_of" and isinstance(value, str):
            target = content.get("meeting", value)
            parent = _at(source.data, loc[:-1])
            stated = parent.get("minutes_of_date")
            if target and stated and str(stated) != target.model.date.isoformat():
                problems.append(source.problem(loc[:-1] + ("minutes_of_date",), f"minutes_of_date {stated} does not match the date of meeting '{value}' ({target.model.date.isoformat()})"))
            if value == document.id:
                problems.append(source.problem(loc, "a meeting cannot approve its own minutes"))
    return problems


def clear_working_days(start: dt.date, end: dt.date) -> int:
    """Weekdays strictly between two dates (bank holidays are not known here and count as working days)."""
    between = (end - start).days - 1
    if between <= 0:
        return 0
    weeks, rest = divmod(between, 7)
    first = (start.weekday() + 1) % 7
    return weeks * 5 + sum((first + i) % 7 < 5 for i in range(rest))


NOTICE_WORKING_DAYS = 5


def _late_agenda(document: Document) -> list[Problem]:
    meeting: models.Meeting = document.model
    published = meeting.publish_from or (meeting.notice.date if meeting.notice else None)
    if meeting.status != "published" or not meeting.agenda or published is None:
        return []
    clear = clear_working_days(published, meeting.date)
    if clear >= NOTICE_WORKING_DAYS:
        return []
    field = ("publish_from",) if meeting.publish_from else ("notice", "date")
    return [document.source.problem(field, (
        f"the agenda went out on {published.isoformat()}, {clear} clear working day(s) before the meeting on "
        f"{meeting.date.isoformat()}; agendas are published {NOTICE_WORKING_DAYS} clear working days before "
        "(weekends excluded), so say in the papers why it was late"), severity="warning")]


def _recommendation_ids(document: Document, item: models.MinuteItem, loc: Loc) -> list[Problem]:
    return _duplicates(document, item.recommendations, loc, "id", "recommendation")


def _at(data: Any, loc: Loc) -> Any:
    for part in loc:
        data = data[part]
    return data


def _people(document: Document) -> list[Problem]:
    people: models.PeopleFile = document.model
    return (
        _duplicates(document, people.people, ("people",), "id", "person id")
        + _duplicates(document, people.posts, ("posts",), "id", "post id")
        + _duplicates(document, people.organisations, ("organisations",), "id", "organisation id")
    )


def _plan(document: Document) -> list[Problem]:
    plan: models.Plan = document.model
    return _duplicates(document, plan.objectives, ("objectives",), "id", "objective id")


def _topics(document: Document) -> list[Problem]:
    return _duplicates(document, document.model.topics, ("topics",), "id", "topic id")


def _glossary(document: Document) -> list[Problem]:
    return _duplicates(document, document.model.terms, ("terms",), "abbreviation", "abbreviation")


def _sections(content: Content) -> list[Problem]:
    problems = []
    assessments = {d.id for d in content.of_kind("assessment")}
    numbers: dict[str, dict[str, str]] = {}
    for document in content.of_kind("section"):
        year, name = document.id.split("/")
        if year not in assessments:
            problems.append(document.source.problem((), f"this section belongs to no assessment: add content/assessments/{year}/assessment.yaml"))
        order, slug = name.split("-", 1)
        taken = numbers.setdefault(year, {})
        if order in taken:
            problems.append(document.source.problem((), f"section number {order} is also used by '{taken[order]}'; give each section its own number"))
        taken[order] = name
        if slug in {n.split("-", 1)[1] for o, n in taken.items() if o != order}:
            problems.append(document.source.problem((), f"another section of {year} is also named '{slug}'; the web address would clash"))
    return problems


PER_KIND: dict[str, Callable[..., list[Problem]]] = {
    "people": lambda d, c: _people(d),
    "topics": lambda d, c: _topics(d),
    "glossary": lambda d, c: _glossary(d),
    "meeting": _meeting,
    "plan": lambda d, c: _plan(d),
}


def check_references(content: Content) -> list[Problem]:
    known = Known(content)
    problems: list[Problem] = []
    for document in content.documents:
        problems += _check_ids(document, known)
        problems += _tables(document)
        problems += check_tables(document)
        problems += check_markup(document)
        check = PER_KIND.get(document.kind)
        if check:
            problems += check(document, content)
    problems += _sections(content)
    return problems
