"""Each published meeting as its pages, feeds and data show it: the public meeting, and what is worked out
from it and from the other meetings (which minutes approve it, which papers carry it, its attendance
groups, decisions and schedule). Pure functions of the public view."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Optional

from generator import models
from generator.derive import paths
from generator.derive.attendance import AttendanceGroup, attendance_groups
from generator.derive.decisions import Decision, meeting_decisions, register_keys
from generator.derive.names import Named, Names, Tags
from generator.derive.public import by_part, open_agenda, open_minutes
from generator.derive.record import (
    DocumentLink,
    Documents,
    contents_phrase,
    meeting_status,
    not_yet_published,
    schedule_sequence,
    schedule_stamp,
)

STATUS_LABELS = {"tentative": "provisional date, not yet confirmed", "confirmed": "confirmed", "cancelled": "cancelled",
                 "passed": "held"}


@dataclass(frozen=True)
class Ref:
    """A place on the site: a page, optionally an anchor on it, and how to name it in a link."""

    page: str
    anchor: Optional[str]
    label: str
    kind: str
    context: Optional[str] = None
    date: Optional[dt.date] = None


@dataclass(frozen=True)
class PaperLink:
    """A paper of an agenda item, with its original document when the site publishes it."""

    paper: models.Paper
    document: Optional[DocumentLink]


@dataclass(frozen=True)
class AgendaEntry:
    """An agenda item as its meeting's page shows it, with what the page links it to."""

    item: models.AgendaItem
    papers: tuple[PaperLink, ...] = ()
    approves: Optional["MeetingView"] = None  # the published meeting whose minutes it approves
    recorded_in: tuple[int, ...] = ()  # the numbers of the minutes that record it
    tags: Tags = Tags()  # the office's classification


@dataclass(frozen=True)
class MinuteEntry:
    """A minute as its meeting's page shows it, with the published meeting whose minutes it considers."""

    item: models.MinuteItem
    considers: Optional["MeetingView"] = None
    tags: Tags = Tags()  # the office's classification


@dataclass(frozen=True)
class TaggedSection:
    """A section (of a presentation, plan or report) as its page shows it: its anchor, when it has one, and the
    office's classification of it."""

    section: models.Section
    anchor: Optional[str] = None
    tags: Tags = Tags()


@dataclass(frozen=True)
class PresentationEntry:
    """A presentation with its original document when the site publishes it."""

    presentation: models.Presentation
    document: Optional[DocumentLink]
    tags: Tags = Tags()  # the office's classification of the whole presentation
    sections: tuple[TaggedSection, ...] = ()


@dataclass
class MeetingView:
    """A published meeting as its pages, feeds and data show it: the redacted meeting and what is worked out from it.

    ``meeting`` is the public version (exempt business reduced to its number and title). The lists
    below are everything a page needs that the meeting's file does not say in one place.
    """

    id: str
    meeting: models.Meeting
    page: str
    title: str
    body: models.Body
    approved_at: list[Ref] = field(default_factory=list)
    published_in: Optional["MeetingView"] = None
    carries_minutes_of: list["MeetingView"] = field(default_factory=list)
    open_agenda: list[models.AgendaItem] = field(default_factory=list)
    open_minutes: list[models.MinuteItem] = field(default_factory=list)
    attendance: list[AttendanceGroup] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    agenda: list[tuple[int, list[AgendaEntry]]] = field(default_factory=list)  # its items by part (1, then 2)
    minutes: list[tuple[int, list[MinuteEntry]]] = field(default_factory=list)  # its minutes by part
    presentations: list[PresentationEntry] = field(default_factory=list)
    ocd_status: str = "confirmed"  # after Open Civic Data: tentative, confirmed, cancelled or passed
    pending: list[str] = field(default_factory=list)  # what its papers do not have yet, said plainly
    contents: str = ""  # what its page holds, for its description
    documents: dict[str, DocumentLink] = field(default_factory=dict)  # its original documents, by source path
    sequence: int = 0  # revisions of its calendar entry (changes and a cancellation)
    stamp: Optional[dt.date] = None  # the day its calendar entry last changed, from the content
    notice_signed_by: Optional[Named] = None  # who signed its notice, as the page names them
    notice_invited: tuple[Named, ...] = ()  # who its notice invites

    @property
    def year(self) -> int:
        return self.meeting.date.year

    @property
    def body_name(self) -> str:
        return self.body.name

    @property
    def body_page(self) -> str:
        return paths.body_page(self.meeting.body)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.ocd_status]

    @property
    def pack(self) -> Optional[DocumentLink]:
        """The original pack of papers, when the site publishes it."""
        return self.documents.get(self.meeting.document or "")

    @property
    def minutes_document(self) -> Optional[DocumentLink]:
        """The original minutes, when the site publishes them."""
        return self.documents.get(self.meeting.minutes.document or "") if self.meeting.minutes else None


def long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def short_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def meeting_title(meeting: models.Meeting, body: models.Body) -> str:
    return f"{body.name}, {short_date(meeting.date)}"


def meeting_views(published: Iterable[tuple[str, models.Meeting]], bodies: dict[str, models.Body], documents: Documents,
                  today: Optional[dt.date], names: Names) -> list[MeetingView]:
    """Every published meeting's view, newest first, linked to the others: approvals of its minutes, the papers
    that carried them."""
    meetings = sorted(
        (MeetingView(meeting_id, meeting, paths.meeting_page(meeting_id), meeting_title(meeting, bodies[meeting.body]),
                     bodies[meeting.body])
         for meeting_id, meeting in published),
        key=lambda v: (v.meeting.date, v.id),
        reverse=True,
    )
    by_id = {m.id: m for m in meetings}
    keys = register_keys(meetings)
    for view in meetings:
        _fill_meeting(view, keys[view.id], names)
        _fill_schedule(view, documents, today)
        _fill_entries(view, by_id, names)
    for view in meetings:
        _link_minutes(view, by_id)
    return meetings


def _link_minutes(view: MeetingView, by_id: dict[str, MeetingView]) -> None:
    """Where the meeting's items approve other meetings' minutes, and which papers carried its own."""
    meeting = view.meeting
    for item in view.open_agenda:
        if item.minutes_of in by_id:
            by_id[item.minutes_of].approved_at.append(
                Ref(view.page, paths.agenda_anchor(item.number), f"agenda item {item.number}", "agenda item", view.title, meeting.date))
    for item in view.open_minutes:
        if item.minutes_of in by_id:
            by_id[item.minutes_of].approved_at.append(
                Ref(view.page, paths.minute_anchor(item.number), f"minute {item.number:03d}", "minute", view.title, meeting.date))
    if meeting.minutes:
        carrier = by_id.get(meeting.minutes.published_with or "")
        if carrier:
            view.published_in = carrier
            carrier.carries_minutes_of.append(view)


def _fill_schedule(view: MeetingView, documents: Documents, today: Optional[dt.date]) -> None:
    """Its status, what is not yet published, what its page holds, and its original documents."""
    meeting = view.meeting
    view.ocd_status = meeting_status(meeting, bool(view.open_minutes), today)
    view.pending = not_yet_published(meeting, bool(meeting.agenda), bool(view.open_minutes), today)
    view.contents = contents_phrase(view)
    view.sequence = schedule_sequence(meeting)
    view.stamp = schedule_stamp(meeting)
    attached = [meeting.document, meeting.minutes.document if meeting.minutes else None]
    attached += [paper.document for item in view.open_agenda for paper in item.papers]
    attached += [presentation.document for presentation in meeting.presentations]
    for path in attached:
        link = documents.link(path)
        if link:
            view.documents[path] = link


def _fill_meeting(view: MeetingView, key: str, names: Names) -> None:
    """Work out what the meeting's pages, feeds and data show beyond its file: public items, groups, decisions,
    and the people its notice names."""
    meeting = view.meeting
    view.open_agenda = open_agenda(meeting)
    view.open_minutes = open_minutes(meeting)
    view.attendance = attendance_groups(meeting.attendance, names)
    view.decisions = meeting_decisions(view, key)
    if meeting.notice:
        view.notice_signed_by = names.attendee(meeting.notice.signed_by) if meeting.notice.signed_by else None
        view.notice_invited = tuple(names.attendee(a) for a in meeting.notice.invited)


def _fill_entries(view: MeetingView, by_id: dict[str, MeetingView], names: Names) -> None:
    """The agenda, minutes and presentations as the meeting's page lists them, each with what it links to and
    the office's classification of it."""
    meeting = view.meeting
    items = meeting.minutes.items if meeting.minutes else []
    view.agenda = by_part([
        AgendaEntry(item, tuple(PaperLink(paper, view.documents.get(paper.document or "")) for paper in item.papers),
                    by_id.get(item.minutes_of or ""),
                    tuple(minute.number for minute in items if minute.agenda_item == item.number), names.tags(item))
        for item in meeting.agenda], lambda entry: entry.item)
    view.minutes = by_part([MinuteEntry(minute, by_id.get(minute.minutes_of or ""), names.tags(minute)) for minute in items],
                           lambda entry: entry.item)
    view.presentations = [
        PresentationEntry(p, view.documents.get(p.document or ""), names.tags(p),
                          tuple(TaggedSection(s, paths.presentation_section_anchor(p.id, position), names.tags(s))
                                for position, s in enumerate(p.sections, start=1)))
        for p in meeting.presentations]
