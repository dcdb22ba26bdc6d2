"""What search finds inside a meeting, worked out once: one record for each thing a person looks for.

A meeting is found as separate records: the meeting itself, an agenda item, a minute, a decision (one
resolution), a presentation and each of its titled sections. Each has its own title, date, address,
words and classification, so "drugs" in 2021 lists the minutes and slides about drugs rather than one
meeting. Every title names its place exactly (the minute's number, the decision's number, the section's
position in its presentation), so two results never read the same even when the source repeats a heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Iterable, Optional

from generator import models
from generator.derive import paths
from generator.derive.glossary import search_words, terms_used
from generator.derive.names import Classification, Names

if TYPE_CHECKING:
    from generator.derive.meetings import MeetingView

# Kinds of paper of the records a meeting is found as.
MEETING = "Meeting"
AGENDA_ITEM = "Agenda item"
MINUTE = "Minute"
DECISION = "Decision"
PRESENTATION = "Presentation"

UNTITLED = "title missing in the source"


@dataclass(frozen=True)
class SearchRecord:
    """One search result that is not a whole page: where it is, what it is called and says, and how the office
    classified it."""

    url: str  # from the site's root, with the anchor of the place
    title: str
    content: str
    date: str  # ISO
    context: str  # the meeting it is part of
    kind: str  # its kind of paper
    year: int
    body: str
    meeting_kind: str
    classification: Classification


LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
AUTOLINK = re.compile(r"<(https?://[^>]+|[^@>\s]+@[^>\s]+)>")
MARKS = re.compile(r"[*_`#>|]+|\{:[^}]*\}|<[^>]+>")


def plain(text: Optional[str]) -> str:
    """Markdown as the words a person reads: link text kept, addresses and mark-up dropped."""
    if not text:
        return ""
    text = AUTOLINK.sub(" ", text)
    text = LINK.sub(r"\1", text)
    return " ".join(MARKS.sub(" ", text).split())


def _join(*parts: Optional[str]) -> str:
    return " ".join(p for p in (plain(part) for part in parts) if p)


def _section_text(section: models.Section) -> str:
    return _join(section.title, section.text, *section.key_points, *[t.title for t in section.tables if t.title])


def section_title(presentation: models.Presentation, position: int, section: models.Section) -> str:
    """A presentation's section as a result names it: the presentation, the section's place in it, its heading."""
    return f"{presentation.title}, section {position} of {len(presentation.sections)}: {section.title or UNTITLED}"


def _attendees(meeting: models.Meeting) -> list:
    a = meeting.attendance
    if a is None:
        return []
    return [*a.present, *a.also_present, *a.apologies, *a.observers]


def _all_tags(view: "MeetingView") -> tuple[list[str], list[str]]:
    topics: list[str] = []
    objectives: list[str] = []
    for item in [*view.open_agenda, *view.open_minutes, *view.meeting.presentations]:
        topics.extend(item.topics)
        objectives.extend(item.objectives)
    return topics, objectives


def meeting_records(view: "MeetingView", names: Names) -> Iterable[SearchRecord]:
    meeting = view.meeting
    url = paths.url(view.page)

    def record(anchor: Optional[str], title: str, content: str, kind: str, topics=(), objectives=()) -> SearchRecord:
        return SearchRecord(url + (f"#{anchor}" if anchor else ""), title, content, meeting.date.isoformat(), view.title,
                            kind, meeting.date.year, view.body_name, meeting.kind.replace("-", " ").capitalize(),
                            names.classification(topics, objectives))

    people = [names.person(a.person).label for a in _attendees(meeting) if names.knows_person(a.person)]
    yield record(None, view.title, _join(view.title, meeting.purpose, meeting.notice.text if meeting.notice else None,
                                         meeting.location.venue if meeting.location else None, " ".join(people)),
                 MEETING, *_all_tags(view))
    for item in view.open_agenda:
        yield record(paths.agenda_anchor(item.number), f"Agenda item {item.number}: {item.title or UNTITLED}",
                     _join(item.title, item.description, item.presenter, *[p.title for p in item.papers]),
                     AGENDA_ITEM, item.topics, item.objectives)
    for item in view.open_minutes:
        number = f"{item.number:03d}"
        title = item.title or UNTITLED
        yield record(paths.minute_anchor(item.number), f"Minute {number}: {title}",
                     _join(item.title, item.text, *[f"{r.id} {r.text}" for r in item.recommendations]),
                     MINUTE, item.topics, item.objectives)
        for resolution in item.resolutions:
            yield record(paths.resolution_anchor(item.number, resolution.number),
                         f"Decision ({resolution.number}) of minute {number}: {title}",
                         _join("Resolved", resolution.text), DECISION, item.topics, item.objectives)
    for presentation in meeting.presentations:
        anchor = paths.presentation_anchor(presentation.id)
        untitled = [_section_text(section) for section in presentation.sections if not section.title]
        yield record(anchor, f"Presentation: {presentation.title}",
                     _join(presentation.title, presentation.presenter, presentation.summary, *untitled),
                     PRESENTATION, presentation.topics, presentation.objectives)
        for position, section in enumerate(presentation.sections, start=1):
            if not section.title:
                continue
            yield record(paths.presentation_section_anchor(presentation.id, position),
                         section_title(presentation, position, section), _section_text(section), PRESENTATION,
                         [*presentation.topics, *section.topics], [*presentation.objectives, *section.objectives])


def search_records(meetings: list["MeetingView"], names: Names, glossary: list[models.GlossaryTerm]) -> list[SearchRecord]:
    """Every meeting's records, each with the glossary's other forms of the terms it uses added to its words."""
    found = []
    for view in meetings:
        for record in meeting_records(view, names):
            used = terms_used(record.content, glossary)
            if used:
                record = replace(record, content=record.content + " " + search_words(used))
            found.append(record)
    return found
