"""The record beyond the meetings' own papers, worked out once: bodies and their meetings, formal decision
notices, registers of interests, and the original documents published beside them.

Pure functions of the validated content and the public view; nothing here decides what is public
(``generator.derive.public`` does).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from generator import models
from generator.derive import paths
from generator.derive.names import Link, Names, Tags
from generator.derive.register import significance

if TYPE_CHECKING:
    from generator.derive.decisions import Decision
    from generator.derive.meetings import MeetingView

FORMATS = {"pdf": "PDF", "docx": "Word", "xlsx": "Excel", "odt": "OpenDocument text", "ods": "OpenDocument spreadsheet",
           "csv": "CSV"}
MEDIA_TYPES = {"pdf": "application/pdf",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               "odt": "application/vnd.oasis.opendocument.text", "ods": "application/vnd.oasis.opendocument.spreadsheet",
               "csv": "text/csv"}


def size_text(size: int) -> str:
    """A file size as people read it: '340 KB', '1.2 MB'."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB"


@dataclass(frozen=True)
class DocumentLink:
    """An original document as published: its address on the site, its format and size."""

    source: str  # its path under content/documents/
    size: int
    file: Path = field(compare=False)  # where it is in the repository

    @property
    def page(self) -> str:
        return paths.document_file(self.source)

    @property
    def suffix(self) -> str:
        return self.source.rsplit(".", 1)[-1]

    @property
    def format(self) -> str:
        return FORMATS[self.suffix]

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.suffix]

    @property
    def label(self) -> str:
        return f"Original document ({self.format}, {size_text(self.size)})"


class Documents:
    """The original documents the public view links to; only these are published."""

    def __init__(self, files: dict[str, Path]):
        self._files = files
        self.used: dict[str, DocumentLink] = {}

    def link(self, path: Optional[str]) -> Optional[DocumentLink]:
        if path is None or path not in self._files:
            return None
        if path not in self.used:
            self.used[path] = DocumentLink(path, self._files[path].stat().st_size, self._files[path])
        return self.used[path]


# ---------------------------------------------------------------- schedule


def meeting_status(meeting: models.Meeting, has_minutes: bool, today: Optional[dt.date]) -> str:
    """The Open Civic Data status: cancelled, passed (held, or minutes published), tentative or confirmed."""
    if meeting.cancelled:
        return "cancelled"
    if has_minutes or (today is not None and meeting.date < today):
        return "passed"
    return "tentative" if meeting.tentative else "confirmed"


def not_yet_published(meeting: models.Meeting, has_agenda: bool, has_minutes: bool, today: Optional[dt.date]) -> list[str]:
    """Plain statements of what this record does not hold yet, never a claim about what the office has done."""
    if meeting.cancelled:
        return []
    found = []
    upcoming = today is not None and meeting.date >= today
    if upcoming and not has_agenda:
        due = f"; they are due to be published on {meeting.papers_due.day} {meeting.papers_due:%B %Y}" if meeting.papers_due else ""
        found.append(f"Agenda and papers: not yet published{due}.")
    if not has_minutes:
        if upcoming:
            found.append("Minutes: not yet published; the meeting has not taken place yet.")
        elif today is not None:
            found.append("Minutes: not in this record yet; minutes are added once approved at a later meeting.")
    return found


def contents_phrase(view: "MeetingView") -> str:
    """What the meeting's page holds, for its description: never more than it has."""
    parts = []
    if view.open_agenda:
        parts.append("agenda")
    if view.attendance:
        parts.append("attendance")
    if view.open_minutes:
        parts.append("minutes")
    if view.meeting.presentations:
        parts.append("presentations")
    if view.meeting.cancelled:
        return "cancelled"
    if not parts:
        return "date, time and place; papers not yet published"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def schedule_stamp(meeting: models.Meeting) -> dt.date:
    """The day the meeting's calendar entry last changed, from the content alone (never the clock)."""
    days = [change.date for change in meeting.changes]
    if meeting.cancelled:
        days.append(meeting.cancelled.date)
    if days:
        return max(days)
    if meeting.notice and meeting.notice.date:
        return meeting.notice.date
    return meeting.date


def schedule_sequence(meeting: models.Meeting) -> int:
    """How many times the calendar entry has been revised: each change, and a cancellation."""
    return len(meeting.changes) + (1 if meeting.cancelled else 0)


# ---------------------------------------------------------------- bodies


@dataclass(frozen=True)
class MemberView:
    person: str
    name: str
    role: Optional[str]
    start_date: Optional[dt.date]
    end_date: Optional[dt.date]
    note: Optional[str]

    @property
    def link(self) -> Link:
        return Link(self.name, paths.person_page(self.person))


@dataclass
class BodyView:
    id: str
    body: models.Body
    page: str
    members: list[MemberView]
    upcoming: list["MeetingView"] = field(default_factory=list)
    past: list["MeetingView"] = field(default_factory=list)
    decisions: list["Decision"] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return models.BODY_KIND_LABELS[self.body.kind]

    @property
    def short(self) -> str:
        return self.body.short_name or self.body.name


def body_views(bodies: dict[str, models.Body], meetings: list["MeetingView"], people: dict[str, models.Person],
               today: Optional[dt.date]) -> dict[str, BodyView]:
    views = {}
    for body_id, body in sorted(bodies.items(), key=lambda pair: (pair[1].name.lower(), pair[0])):
        members = [MemberView(m.person, people[m.person].name if m.person in people else m.person, m.role,
                              m.start_date, m.end_date, m.note) for m in body.members]
        view = BodyView(body_id, body, paths.body_page(body_id), members)
        for meeting in meetings:  # newest first
            if meeting.meeting.body != body_id:
                continue
            if today is not None and meeting.meeting.date >= today and meeting.ocd_status != "passed":
                view.upcoming.append(meeting)
            else:
                view.past.append(meeting)
            view.decisions += [d for d in meeting.decisions if significance(d) == "decision"]
        view.upcoming.reverse()
        views[body_id] = view
    return views


# ---------------------------------------------------------------- decision notices


@dataclass(frozen=True)
class Signature:
    name: str
    post: Optional[str]
    person: str

    @property
    def link(self) -> Link:
        return Link(self.name, paths.person_page(self.person))


@dataclass
class NoticeView:
    id: str
    year: int
    notice: models.DecisionNotice
    page: str
    meetings: list["MeetingView"]
    document: Optional[DocumentLink]
    decision_maker: Optional[Signature]
    signed_by: Optional[Signature]
    related: Tags = field(default_factory=Tags)  # the objectives and topics the notice names, as links

    @property
    def title(self) -> str:
        return self.notice.title or "Title not given in the source"

    @property
    def label(self) -> str:
        return f"Decision {self.notice.reference}: {self.title}"

    @property
    def restricted(self) -> Optional[models.RestrictedPart]:
        return self.notice.restricted

    @property
    def summary_line(self) -> str:
        """What the notice is about in one line, in its own words: its summary, else its decision, else its title."""
        return " ".join((self.notice.summary or self.notice.decision or self.title).split())

    @property
    def parts(self) -> list[tuple[str, str, str]]:
        """(anchor, heading, text) of each part of the notice's text that it has, in the notice's order."""
        return [(name.replace("_", "-"), heading, getattr(self.notice, name)) for name, heading in NOTICE_PARTS
                if getattr(self.notice, name)]

    @property
    def sort_key(self) -> tuple:
        return (self.notice.date or dt.date(self.year, 1, 1), self.id)


def dated_notices(notices: list[NoticeView]) -> list[tuple[NoticeView, dt.date]]:
    """The decision notices that can be dated (a feed entry needs a date), newest first, each with its
    latest day: the later of its date and the day it was signed."""
    dated = [(nv, max(d for d in (nv.notice.date, nv.notice.signed_on) if d))
             for nv in notices if nv.notice.date or nv.notice.signed_on]
    return sorted(dated, key=lambda pair: (pair[0].notice.date or pair[0].notice.signed_on, pair[0].id), reverse=True)


NOTICE_PARTS = (("summary", "Summary"), ("background", "Background"), ("decision", "The decision"), ("reasons", "Reasons"),
                ("financial_implications", "Financial implications"), ("advice", "Advice taken"))


def _signature(signatory: Optional[models.Signatory], people: dict[str, models.Person],
               posts: dict[str, models.Post]) -> Optional[Signature]:
    if signatory is None:
        return None
    person = people.get(signatory.person)
    post = posts.get(signatory.post or "")
    return Signature(person.name if person else signatory.person, post.label if post else None, signatory.person)


def notice_views(notices: list[tuple[str, models.DecisionNotice]], meetings: list["MeetingView"], documents: Documents,
                 people: dict[str, models.Person], posts: dict[str, models.Post], names: Names) -> list[NoticeView]:
    """Every public decision notice, newest first (undated ones by reference after the dated of their year)."""
    by_id = {m.id: m for m in meetings}
    views = []
    for notice_id, notice in notices:
        year, name = notice_id.split("/")
        views.append(NoticeView(
            name, int(year), notice, paths.notice_page(notice_id),
            [by_id[m] for m in notice.meetings if m in by_id], documents.link(notice.document),
            _signature(notice.decision_maker, people, posts), _signature(notice.signed_by, people, posts), names.tags(notice)))
    return sorted(views, key=lambda v: (v.year, v.notice.date is not None, v.notice.date or dt.date.min, v.id), reverse=True)


# ---------------------------------------------------------------- registers of interests


@dataclass
class InterestsView:
    person: str
    name: str
    register: models.InterestsRegister
    page: str
    document: Optional[DocumentLink]

    @property
    def current(self) -> list[models.Interest]:
        return [e for e in self.register.entries if e.ended_on is None]

    @property
    def ended(self) -> list[models.Interest]:
        return [e for e in self.register.entries if e.ended_on is not None]


def interests_views(registers: list[tuple[str, models.InterestsRegister]], people: dict[str, models.Person],
                    documents: Documents) -> dict[str, InterestsView]:
    return {
        person: InterestsView(person, people[person].name if person in people else person, register,
                              paths.interests_page(person), documents.link(register.document))
        for person, register in sorted(registers)
    }
