"""Checks of the whole record that span files: meetings and their bodies, decision notices, registers of interests."""

from __future__ import annotations

import difflib

from generator import models
from generator.problems import Problem
from generator.validate.content import Content, Document


def _suggest(value: str, known: set[str]) -> str:
    close = difflib.get_close_matches(value, sorted(known), n=1)
    return f"; did you mean '{close[0]}'?" if close else ""


def _meeting_body(document: Document, bodies: dict[str, models.Body]) -> list[Problem]:
    meeting: models.Meeting = document.model
    source = document.source
    if meeting.body not in bodies:
        return [source.problem(("body",), (
            f"unknown body '{meeting.body}'{_suggest(meeting.body, set(bodies))} "
            f"(add content/bodies/{meeting.body}.yaml first, or name one of the bodies there)"))]
    problems = []
    expected = f"{meeting.date.isoformat()}-{meeting.body}"
    if document.id.startswith(meeting.date.isoformat()) and document.id != expected and not document.id.startswith(expected + "-"):
        problems.append(source.problem(("body",), (
            f"the file is named '{document.id}.yaml' but the meeting is of body '{meeting.body}'; "
            f"name the file '{expected}.yaml' (or '{expected}-<more>.yaml' when the body meets twice that day), or correct the body")))
    kinds = bodies[meeting.body].meeting_kinds
    if kinds and meeting.kind not in kinds:
        problems.append(source.problem(("kind",), (
            f"'{meeting.body}' holds meetings of kind {', '.join(kinds)}, not '{meeting.kind}'; "
            f"correct the kind or add it to 'meeting_kinds' in content/bodies/{meeting.body}.yaml")))
    return problems


def _decision(document: Document, meetings: set[str]) -> list[Problem]:
    notice: models.DecisionNotice = document.model
    source = document.source
    problems = []
    year, name = document.id.split("/")
    wanted = models.decision_id(notice.reference)
    if name != wanted:
        problems.append(source.problem(("reference",), (
            f"reference '{notice.reference}' gives the address '{wanted}', but the file is named '{name}.yaml'; "
            f"rename the file content/decisions/{year}/{wanted}.yaml")))
    if notice.date and str(notice.date.year) != year:
        problems.append(source.problem(("date",), (
            f"the decision is dated {notice.date.isoformat()} but filed under {year}; "
            f"move it to content/decisions/{notice.date.year}/")))
    for index, meeting in enumerate(notice.meetings):
        if meeting not in meetings:
            problems.append(source.problem(("meetings", index), (
                f"unknown meeting '{meeting}'{_suggest(meeting, meetings)} (meetings are named by their file name, "
                "without .yaml)")))
    return problems


def _interests(document: Document, people: set[str]) -> list[Problem]:
    if document.id in people:
        return []
    return [document.source.problem((), (
        f"this register is for '{document.id}', who is not in content/people.yaml{_suggest(document.id, people)}; "
        "name the file after the person's id"))]


def _body(document: Document, kinds: set[str]) -> list[Problem]:
    body: models.Body = document.model
    problems = []
    for index, kind in enumerate(body.meeting_kinds):
        if kind not in kinds:
            problems.append(document.source.problem(("meeting_kinds", index), (
                f"'{kind}' is not a kind of meeting; use one of: {', '.join(sorted(kinds))}")))
    return problems


def _duplicate_decisions(content: Content) -> list[Problem]:
    seen: dict[str, str] = {}
    problems = []
    for document in content.of_kind("decision"):
        name = document.id.split("/")[1]
        if name in seen:
            problems.append(document.source.problem(("reference",), (
                f"decision '{name}' is also filed as content/decisions/{seen[name]}.yaml; each reference is filed once")))
        seen.setdefault(name, document.id)
    return problems


def check_record(content: Content) -> list[Problem]:
    bodies = {d.id: d.model for d in content.of_kind("body")}
    meetings = {d.id for d in content.of_kind("meeting")}
    people_docs = content.of_kind("people")
    people = {p.id for p in people_docs[0].model.people} if people_docs else set()
    problems: list[Problem] = []
    for document in content.of_kind("meeting"):
        problems += _meeting_body(document, bodies)
    for document in content.of_kind("decision"):
        problems += _decision(document, meetings)
    for document in content.of_kind("interests"):
        problems += _interests(document, people)
    for document in content.of_kind("body"):
        problems += _body(document, set(models.MEETING_KINDS))
    problems += _duplicate_decisions(content)
    return problems
