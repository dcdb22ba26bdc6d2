"""What the search index is told: the filters a person can narrow results by, and the records.

Pages other than meetings are indexed from their HTML, with the filters worked out here written
into their front matter (the theme turns them into Pagefind attributes). A meeting is indexed as
separate records instead, one for each thing a person looks for: the meeting itself, an agenda
item, a minute, a decision (one resolution), a presentation and each of its sections. Each record
has its own title, date, address and filters, so "drugs" in 2021 lists the minutes and slides
about drugs rather than one meeting.

Filters, in the order the search page shows them: Year, Body, Kind of meeting, Topic, one
"Objective · <plan>" group a plan, and Kind of paper. People and topics are pages, not papers:
they are searchable but carry no kind of paper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from generator import models
from generator.derive import paths
from generator.derive.names import objective_label
from generator.derive.site import MeetingView, Site
from generator.derive.glossary import search_words, terms_used
from generator.render.kinds import PageKind

OBJECTIVE_FILTER = "Objective · "  # no colon: a page's filter attribute is "name:value"

# The "Kind of paper" of each kind of page indexed from its HTML (None: searchable, but not a paper).
PAPER_KINDS = {
    PageKind.OBJECTIVE: "Police and Crime Plan",
    PageKind.PLAN: "Police and Crime Plan",
    PageKind.REPORT: "Progress report",
    PageKind.SECTION: "Strategic Assessment",
    PageKind.ASSESSMENT: "Strategic Assessment",
    PageKind.METRIC: "Figures",
    PageKind.NOTICE: "Decision notice",
    PageKind.INTERESTS: "Register of interests",
    PageKind.PERSON: None,
    PageKind.TOPIC: None,
    PageKind.BODY: None,
}

# Kinds of paper of the records a meeting is indexed as.
MEETING = "Meeting"
AGENDA_ITEM = "Agenda item"
MINUTE = "Minute"
DECISION = "Decision"
PRESENTATION = "Presentation"


@dataclass
class Record:
    """One search result that is not a whole page: its address (from the site root), text and filters."""

    url: str
    title: str
    content: str
    date: str
    context: str
    kind: str
    filters: dict[str, list[str]] = field(default_factory=dict)

    def meta(self) -> dict[str, str]:
        return {"title": self.title, "date": self.date, "context": self.context, "kind": self.kind}


def _topic_labels(site: Site, topics: Iterable[str]) -> list[str]:
    return sorted({site.topics[t].label for t in topics if t in site.topics})


def _objective_filters(site: Site, refs: Iterable[str]) -> dict[str, list[str]]:
    """One filter a plan, named by the plan, whose values are its objectives' titles."""
    found: dict[str, set[str]] = {}
    for ref in refs:
        try:
            plan, objective = site.objective(ref)
        except (KeyError, StopIteration):
            continue
        found.setdefault(OBJECTIVE_FILTER + plan.title, set()).add(objective_label(plan, objective))
    return {name: sorted(values) for name, values in found.items()}


def _filters(site: Site, base: dict[str, list[str]], kind: Optional[str], topics=(), objectives=()) -> dict[str, list[str]]:
    found = dict(base)
    if kind:
        found["Kind of paper"] = [kind]
    labels = _topic_labels(site, topics)
    if labels:
        found["Topic"] = labels
    found.update(_objective_filters(site, objectives))
    return found


def facets(site: Site, kind: PageKind, context: dict) -> dict[str, Any] | None:
    """Filters for a page indexed from its HTML; None for pages not indexed that way (lists of other
    pages, the decision register, and meetings, which are indexed as records)."""
    if kind not in PAPER_KINDS:
        return None
    subject = context.get("section") or context.get("objective")
    topics = getattr(subject, "topics", None) or []
    objectives = getattr(subject, "objectives", None) or []
    if kind is PageKind.OBJECTIVE:
        objectives = [f"{context['plan_id']}/{context['objective'].id}"]
    base = {"Year": [str(context["year"])]} if kind in (PageKind.SECTION, PageKind.ASSESSMENT) and context.get("year") else {}
    found: dict[str, Any] = {}
    if kind is PageKind.NOTICE:
        notice = context["nv"].notice
        base = {"Year": [str(context["nv"].year)]}
        topics = notice.topics
        if notice.date:
            found["date"] = notice.date.isoformat()
    found["filters"] = _filters(site, base, PAPER_KINDS[kind], topics, objectives)
    return found


# ------------------------------------------------------------------ meeting records

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


def _meeting_records(site: Site, view: MeetingView) -> Iterable[Record]:
    meeting = view.meeting
    url = paths.url(view.page)
    base = {"Year": [str(meeting.date.year)], "Body": [view.body_name],
            "Kind of meeting": [meeting.kind.replace("-", " ").capitalize()]}

    def record(anchor: Optional[str], title: str, content: str, kind: str, topics=(), objectives=()) -> Record:
        return Record(url + (f"#{anchor}" if anchor else ""), title, content, meeting.date.isoformat(), f"{view.title}",
                      kind, _filters(site, base, kind, topics, objectives))

    people = [site.people[a.person].name for a in _attendees(meeting) if a.person in site.people]
    yield record(None, view.title, _join(view.title, meeting.purpose, meeting.notice.text if meeting.notice else None,
                                         meeting.location.venue if meeting.location else None, " ".join(people)),
                 MEETING, *_all_tags(view))
    for item in view.open_agenda:
        yield record(paths.agenda_anchor(item.number), f"Agenda item {item.number}: {item.title or 'title missing in the source'}",
                     _join(item.title, item.description, item.presenter, *[p.title for p in item.papers]),
                     AGENDA_ITEM, item.topics, item.objectives)
    for item in view.open_minutes:
        number = f"{item.number:03d}"
        title = item.title or "title missing in the source"
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
            yield record(paths.presentation_section_anchor(presentation.id, position), f"{presentation.title}: {section.title}",
                         _section_text(section), PRESENTATION,
                         [*presentation.topics, *section.topics], [*presentation.objectives, *section.objectives])


def _attendees(meeting: models.Meeting) -> list:
    a = meeting.attendance
    if a is None:
        return []
    return [*a.present, *a.also_present, *a.apologies, *a.observers]


def _all_tags(view: MeetingView) -> tuple[list[str], list[str]]:
    topics: list[str] = []
    objectives: list[str] = []
    items = [*view.open_agenda, *view.open_minutes, *view.meeting.presentations]
    for item in items:
        topics.extend(item.topics)
        objectives.extend(item.objectives)
    return topics, objectives


def records(site: Site) -> list[Record]:
    """Every meeting's records, with the glossary's other forms of each term a record uses."""
    found = []
    for view in site.meetings:
        for record in _meeting_records(site, view):
            used = terms_used(record.content, site.glossary)
            if used:
                record.content += " " + search_words(used)
            found.append(record)
    return found
