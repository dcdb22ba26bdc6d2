"""From what a reader found to the files a person checks: draft meetings and decision drafts, with their notes.

A draft meeting is ``models.Meeting`` data in the model's field order, ``status: draft``.
Lines no field took are kept in a presentation ``unplaced-text`` (the model has no
other place for free text), and listed in the comment at the top of the draft.
The kind of meeting is set only when the document states it; otherwise it is
``other`` with a comment saying so. Decision drafts (notices and lists) are
written beside the meetings until the content has a place for decisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import re
from pathlib import Path
from typing import Any, Optional

from generator import models
from generator.models import decision_id
from generator.importer.people import Directory
from generator.importer.shaping import (UNPLACED_ID, UNPLACED_TITLE, ImportProblem, meeting_fields, missing_place_and_time,
                                       new_people_in, people_header, possible_match_comments, unplaced_sections, validated)
from generator.importer.readers.draft import DecisionDraft, MeetingDraft, ReadDocument, Unplaced
from generator.importer.text import long_date, slug


@dataclass
class Planned:
    """One file to write: where, what, and the notes for the top of it and for the report."""

    relative: str  # content/meetings/<year>/<id>.yaml, or a path under the drafts folder
    data: dict[str, Any]
    header: list[str]
    comments: dict[tuple, str] = field(default_factory=dict)
    model: Optional[type] = models.Meeting
    summary: str = ""
    schema: str = "../../../schema/meeting.schema.json"  # from where the file goes in content/


def meeting_data(draft: MeetingDraft, document: ReadDocument, source_name: str, address: Optional[str]) -> tuple[dict[str, Any], dict[tuple, str]]:
    if draft.date is None:
        raise ImportProblem("no date of the meeting could be found in the document; nothing was written for it")
    if not draft.body:
        raise ImportProblem("the document does not name the body that met (a panel, committee or board); nothing was written for it")
    data = meeting_fields(draft)
    comments = {}
    if not draft.kind:
        comments[("kind",)] = "not stated in the document: set performance, finance, budget-setting or thematic if it is one"
    if document.unplaced:
        placed = set(range(1, document.lines + 1)) - {u.line for u in document.unplaced}
        data["presentations"] = [{"id": UNPLACED_ID, "title": UNPLACED_TITLE, "sections": unplaced_sections(document.unplaced, placed)}]
    where = f" (published at {address})" if address else ""
    data["sources"] = [f"{draft.body}, {long_date(draft.date)}: imported from {source_name}{where}."]
    missing = missing_place_and_time(draft)
    if missing:
        data["missing"] = missing
    data, _ = validated(data, models.Meeting, f"the draft for {draft.date}")
    return data, comments


def meeting_id(draft: MeetingDraft) -> str:
    return f"{draft.date.isoformat()}-{slug(draft.body or '') or 'meeting'}"


def unplaced_header(unplaced: list[Unplaced], kept_below: bool = True) -> list[str]:
    if not unplaced:
        return []
    if kept_below:
        lines = ["", f"Unplaced: {len(unplaced)} line(s) of the source went into no field. They are kept in the presentation",
                 f"'{UNPLACED_ID}'; move each into the right field (or delete it), then remove that presentation:"]
    else:
        lines = ["", f"Unplaced: {len(unplaced)} line(s) of the source went into no field of any decision of this document.",
                 "Move what belongs to a decision into its fields (the text is here, line by line), then delete these notes:"]
    lines += [f"  line {u.line}: {u.text[:80]}  [{u.reason}]" for u in unplaced]
    return lines


def decision_data(decision: DecisionDraft, source_name: str, address: Optional[str]) -> dict[str, Any]:
    """A decision as ``models.DecisionNotice`` data, ``status: draft``, checked against the model."""
    data: dict[str, Any] = {"reference": decision.reference}
    for name in ("listed_as", "title", "date"):
        if getattr(decision, name):
            data[name] = getattr(decision, name)
    data["status"] = "draft"
    for name in ("summary", "background", "decision", "reasons", "financial_implications", "advice", "signed_on"):
        if getattr(decision, name):
            data[name] = getattr(decision, name)
    where = f" ({address})" if address else ""
    data["sources"] = [f"Imported from {source_name}{where}."]
    missing = {}
    if not decision.date:
        missing["date"] = "The source gives no date for this decision."
    if not decision.decision:
        missing["decision"] = ("The source gives only the reference and title." if decision.listed_as
                               else "The notice gives no text under its decision heading.")
    if decision.has_part_2:
        reason = f" Its reason: {decision.part_2_reason}" if decision.part_2_reason else ""
        missing["restricted"] = ("The notice has a Part 2, which is not published and not held here; it names no paragraph of "
                                 f"Schedule 12A.{reason}")
    if missing:
        data["missing"] = missing
    data, _ = validated(data, models.DecisionNotice, f"decision {decision.reference}")
    return data


def _decision_year(decision: DecisionDraft) -> Optional[int]:
    if decision.date:
        return decision.date.year
    found = re.search(r"(?:19|20)\d{2}$", decision.reference)
    return int(found.group(0)) if found else None


def plan(document: ReadDocument, source: Path, address: Optional[str], people: Directory, in_content: bool) -> list[Planned]:
    planned = []
    for draft in document.meetings:
        data, comments = meeting_data(draft, document, source.name, address)
        ident = meeting_id(draft)
        header = [f"DRAFT made by `papers import` from {source.name} (layout: {document.layout}). Check every value",
                  "against the source document; when it is right, change `status: draft` to `status: published`."]
        header += [f"Guessed: {g}" for g in document.guesses]
        header += [f"Problem: {p}" for p in document.problems]
        header += people_header(new_people_in(data, people), people)
        header += unplaced_header(document.unplaced)
        comments |= possible_match_comments(data, people)
        relative = f"content/meetings/{draft.date.year:04d}/{ident}.yaml" if in_content else f"{ident}.yaml"
        summary = f"{len(draft.agenda)} item(s), {len(draft.minutes)} minute(s)"
        planned.append(Planned(relative, data, header, comments, models.Meeting, summary))
    for index, decision in enumerate(document.decisions):
        ident = decision_id(decision.reference)
        year = _decision_year(decision)
        if in_content and year is None:
            document.problems.append(f"decision {decision.reference}: neither a date nor a year in its reference, so it has no "
                                     "place in content/decisions/<year>/; not written (import it with --out, and place it by hand)")
            continue
        relative = f"content/decisions/{year:04d}/{ident}.yaml" if in_content else f"decisions/{ident}.yaml"
        header = [f"DRAFT made by `papers import` from {source.name} (layout: {document.layout}). Check every value",
                  "against the source document; when it is right, change `status: draft` to `status: published`."]
        if index == 0:
            header += [f"Problem: {p}" for p in document.problems] + unplaced_header(document.unplaced, kept_below=False)
        planned.append(Planned(relative, decision_data(decision, source.name, address), header, {}, models.DecisionNotice,
                               "decision", "../../../schema/decision.schema.json"))
    return planned
