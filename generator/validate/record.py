"""Checks of the whole record that span files: meetings and their bodies, decision notices, registers of interests."""

from __future__ import annotations

from generator import models
from generator.problems import Problem
from generator.validate.content import Content, Document
from generator.validate.suggest import did_you_mean


def _meeting_body(document: Document, bodies: dict[str, models.Body]) -> list[Problem]:
    meeting: models.Meeting = document.model
    source = document.source
    if meeting.body not in bodies:
        return []  # an unknown body is reported with the other references (validate/references.py)
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


def _decision(document: Document) -> list[Problem]:
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
    return problems


def _interests(document: Document, people: set[str]) -> list[Problem]:
    if document.id in people:
        return []
    return [document.source.problem((), (
        f"this register is for '{document.id}', who is not in content/people.yaml: name the file after the person's id"
        f"{did_you_mean(document.id, people)}"))]


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
    people_docs = content.of_kind("people")
    people = {p.id for p in people_docs[0].model.people} if people_docs else set()
    problems: list[Problem] = []
    for document in content.of_kind("meeting"):
        problems += _meeting_body(document, bodies)
    for document in content.of_kind("decision"):
        problems += _decision(document)
    if people_docs:  # a people.yaml with errors of its own is reported there, not as unknown people here
        for document in content.of_kind("interests"):
            problems += _interests(document, people)
    for document in content.of_kind("body"):
        problems += _body(document, set(models.MEETING_KINDS))
    problems += _duplicate_decisions(content)
    return problems
