"""The decision register: every resolution and recommendation of the published meetings, newest first.

Items considered in private (part 2) are left out entirely. ``decision_register`` gives the page its
contents; ``register_files`` gives the CSV download.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from generator import models
from generator.derive import paths
from generator.derive.site import MeetingView, Site
from generator.render.links import absolute

PAGE = "decisions/index.md"
CSV_FILE = "data/decisions.csv"

CSV_COLUMNS: list[tuple[str, str]] = [
    ("id", "The decision's own anchor on the decision register, for example 2019-11-07-minute-008-resolution-ii. "
           "Unique, and it does not change."),
    ("year", "The year of the meeting."),
    ("date", "The date of the meeting, YYYY-MM-DD."),
    ("meeting_id", "The meeting's id, as in its page address and in data/meetings/<meeting_id>.json."),
    ("meeting", "The meeting's name and date."),
    ("minute_number", "The number of the minute that records the decision, for example 8 for minute 008."),
    ("minute_title", "The title of that minute; empty where the source lost it."),
    ("type", "resolution (what the meeting RESOLVED) or recommendation (what the Commissioner was asked to approve)."),
    ("number", "The resolution's number (i, ii, iii ...) or the recommendation's (R1, R2 ...)."),
    ("text", "The words of the resolution or recommendation as the minutes record them."),
    ("outcome", "For a recommendation: approved, not approved, deferred, noted or withdrawn; empty when the minutes do "
                "not say, and for resolutions."),
    ("topics", "The ids of the decision's topics, separated by semicolons."),
    ("topic_labels", "The names of those topics, separated by semicolons."),
    ("url", "The decision in the meeting's minutes on this site."),
    ("register_url", "The decision on the decision register."),
]


@dataclass(frozen=True)
class Decision:
    """One resolution or recommendation, with where it is recorded and where it is listed."""

    view: MeetingView
    minute: models.MinuteItem
    kind: str
    number: str
    text: str
    outcome: Optional[str]
    topics: tuple[str, ...]
    anchor: str
    register_anchor: str

    @property
    def label(self) -> str:
        return f"Resolution ({self.number})" if self.kind == "resolution" else f"Recommendation {self.number}"

    @property
    def short_label(self) -> str:
        return f"resolution ({self.number})" if self.kind == "resolution" else f"recommendation {self.number}"

    @property
    def one_line(self) -> str:
        return " ".join(self.text.split())

    @property
    def minute_label(self) -> str:
        return f"Minute {self.minute.number:03d}"

    @property
    def minute_title(self) -> str:
        return self.minute.title or "Title missing in the source"


@dataclass
class RegisterMeeting:
    view: MeetingView
    anchor: str
    decisions: list[Decision] = field(default_factory=list)

    @property
    def chair(self) -> Optional[models.Attendee]:
        attendance = self.view.meeting.attendance
        if not attendance:
            return None
        return next((a for a in attendance.present + attendance.also_present if a.chair), None)


@dataclass
class RegisterYear:
    year: int
    anchor: str
    meetings: list[RegisterMeeting] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(m.decisions) for m in self.meetings)


@dataclass
class RegisterTopic:
    id: str
    label: str
    anchor: str
    decisions: list[Decision] = field(default_factory=list)


@dataclass
class Register:
    decisions: list[Decision]
    years: list[RegisterYear]
    topics: list[RegisterTopic]
    csv: str = CSV_FILE

    @property
    def counts(self) -> Counter:
        return Counter(d.kind for d in self.decisions)


def public_minutes(meeting: models.Meeting) -> list[models.MinuteItem]:
    """The meeting's minutes considered in public (not those recording a private agenda item), by number."""
    if not meeting.minutes:
        return []
    private = {item.number for item in meeting.agenda if item.part == 2}
    public = (item for item in meeting.minutes.items if item.part == 1 and item.agenda_item not in private)
    return sorted(public, key=lambda item: item.number)


def public_agenda(meeting: models.Meeting) -> list[models.AgendaItem]:
    """The meeting's agenda items considered in public, by number."""
    return sorted((item for item in meeting.agenda if item.part == 1), key=lambda item: item.number)


def public_presentations(meeting: models.Meeting) -> list[models.Presentation]:
    """The meeting's presentations, less any that belong to an agenda item considered in private."""
    private = [item for item in meeting.agenda if item.part == 2]
    numbers = {item.number for item in private}
    ids = {item.presentation for item in private if item.presentation}
    return [p for p in meeting.presentations if p.id not in ids and (p.agenda_item is None or p.agenda_item not in numbers)]


def private_tables(site: Site) -> set[int]:
    """Identities of the data tables of presentations that belong to items considered in private."""
    found = set()
    for view in site.meetings:
        public = {id(p) for p in public_presentations(view.meeting)}
        for presentation in view.meeting.presentations:
            if id(presentation) not in public:
                found |= {id(t) for s in presentation.sections for t in s.tables}
    return found


def _ordered_unique(values) -> tuple[str, ...]:
    seen: list[str] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return tuple(seen)


def decision_topics(meeting: models.Meeting, minute: models.MinuteItem) -> tuple[str, ...]:
    """The minute's topics, then those of the public agenda item it records."""
    topics = list(minute.topics)
    for item in public_agenda(meeting):
        if minute.agenda_item is not None and item.number == minute.agenda_item:
            topics += item.topics
    return _ordered_unique(topics)


def meeting_keys(site: Site) -> dict[str, str]:
    """What a meeting's decisions are prefixed with on the register: its date, or its id when another meeting shares the date."""
    per_day = Counter(view.meeting.date for view in site.meetings)
    return {view.id: view.meeting.date.isoformat() if per_day[view.meeting.date] == 1 else view.id for view in site.meetings}


def decisions(site: Site) -> list[Decision]:
    """Every public resolution and recommendation: meetings newest first, then in the order of the minutes."""
    keys = meeting_keys(site)
    found = []
    for view in site.meetings:
        for minute in public_minutes(view.meeting):
            topics = decision_topics(view.meeting, minute)
            for r in minute.recommendations:
                anchor = paths.recommendation_anchor(minute.number, r.id)
                found.append(Decision(view, minute, "recommendation", r.id, r.text, r.outcome, topics, anchor, f"{keys[view.id]}-{anchor}"))
            for r in minute.resolutions:
                anchor = paths.resolution_anchor(minute.number, r.number)
                found.append(Decision(view, minute, "resolution", r.number, r.text, None, topics, anchor, f"{keys[view.id]}-{anchor}"))
    return found


def decision_register(site: Site) -> Register:
    """The register page's contents: by year and meeting, and by topic."""
    found = decisions(site)
    years: dict[int, RegisterYear] = {}
    meetings: dict[str, RegisterMeeting] = {}
    for decision in found:
        view = decision.view
        year = years.setdefault(view.year, RegisterYear(view.year, f"year-{view.year}"))
        if view.id not in meetings:
            meetings[view.id] = RegisterMeeting(view, f"meeting-{view.id}")
            year.meetings.append(meetings[view.id])
        meetings[view.id].decisions.append(decision)
    topics = []
    for topic_id, topic in sorted(site.topics.items(), key=lambda pair: (pair[1].label.lower(), pair[0])):
        tagged = [d for d in found if topic_id in d.topics]
        if tagged:
            topics.append(RegisterTopic(topic_id, topic.label, f"topic-{topic_id}", tagged))
    return Register(found, sorted(years.values(), key=lambda y: y.year, reverse=True), topics)


def decision_rows(site: Site, base: str) -> list[dict[str, str]]:
    rows = []
    for d in decisions(site):
        meeting = d.view.meeting
        rows.append({
            "id": d.register_anchor,
            "year": str(d.view.year),
            "date": meeting.date.isoformat(),
            "meeting_id": d.view.id,
            "meeting": d.view.title,
            "minute_number": str(d.minute.number),
            "minute_title": d.minute.title or "",
            "type": d.kind,
            "number": d.number,
            "text": d.text,
            "outcome": d.outcome or "",
            "topics": ";".join(d.topics),
            "topic_labels": ";".join(site.topics[t].label for t in d.topics if t in site.topics),
            "url": absolute(base, d.view.page, d.anchor),
            "register_url": absolute(base, PAGE, d.register_anchor),
        })
    return rows


def register_files(site: Site, base: str) -> dict[str, bytes]:
    """``data/decisions.csv``: one row a decision, in the register's order."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[name for name, _ in CSV_COLUMNS], lineterminator="\n")
    writer.writeheader()
    writer.writerows(decision_rows(site, base))
    return {CSV_FILE: out.getvalue().encode("utf-8")}

