"""Feeds of the published papers (Atom, all papers and one a topic) and a calendar of the meetings (iCalendar).

Every date in them comes from the content, never from the clock, so the same content gives the same bytes.
Items considered in private (part 2) are left out entirely.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional
from zoneinfo import ZoneInfo

import icalendar
from feedgen.feed import FeedGenerator

from generator.derive import paths
from generator.derive.site import MeetingView, Site, long_date
from generator.render.links import TIMEZONE, Publisher, absolute, host, tag_uri
from generator.derive.decisions import minute_topics, ordered_unique
from generator.derive.record import dated_notices

PAPERS_FEED = paths.PAPERS_FEED
CALENDAR = paths.CALENDAR
PAGE = paths.STAY_INFORMED_PAGE
LONDON = ZoneInfo(TIMEZONE)
EPOCH = dt.date(1970, 1, 1)


@dataclass(frozen=True)
class PaperEntry:
    """One published paper of a meeting: its agenda, its minutes, or one presentation or report."""

    view: MeetingView
    kind: str
    key: str
    title: str
    anchor: Optional[str]
    summary: str
    topics: tuple[str, ...]

    @property
    def day(self) -> dt.date:
        return self.view.meeting.date


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed as its page lists it: what it is, where it is on the site, its day and summary."""

    title: str
    page: str
    anchor: Optional[str]
    day: dt.date
    summary: str


@dataclass(frozen=True)
class FeedInfo:
    """A feed as the Stay informed page lists it, and its own page: what it holds and its newest entries."""

    path: str
    title: str
    entries: int
    topic: Optional[str] = None
    holds: str = ""
    latest: tuple[FeedItem, ...] = ()

    @property
    def page(self) -> str:
        return paths.feed_page(self.path)


def _where(view: MeetingView) -> str:
    location = view.meeting.location
    if location is None:
        return ""
    if location.remote:
        return "held remotely"
    return f"at {location.venue}"


def _when(view: MeetingView) -> str:
    meeting = view.meeting
    return long_date(meeting.date) + (f" at {meeting.start_time}" if meeting.start_time else "")


def paper_entries(site: Site) -> list[PaperEntry]:
    """The papers of every published meeting, meetings newest first; in each, agenda, minutes, presentations."""
    entries = []
    for view in site.meetings:
        meeting = view.meeting
        where = _where(view)
        agenda = view.open_agenda
        if agenda:
            items = "; ".join(f"{item.number}. {item.title or 'untitled'}" for item in agenda)
            summary = f"The agenda of the {view.body_name} on {_when(view)}{', ' + where if where else ''}. Items: {items}."
            topics = ordered_unique(t for item in agenda for t in item.topics)
            entries.append(PaperEntry(view, "agenda", "agenda", f"Agenda: {view.title}", "agenda", summary, topics))
        minutes = view.open_minutes
        if minutes:
            count = len(view.decisions)
            items = "; ".join(f"{item.number:03d} {item.title or 'untitled'}" for item in minutes)
            summary = (f"The minutes of the {view.body_name} held on {long_date(meeting.date)}, "
                       f"with {count} decision{'' if count == 1 else 's'}. Minutes: {items}.")
            topics = ordered_unique(t for item in minutes for t in minute_topics(meeting, item))
            entries.append(PaperEntry(view, "minutes", "minutes", f"Minutes: {view.title}", "minutes", summary, topics))
        for presentation in meeting.presentations:
            summary = presentation.summary or f"{presentation.title}, received by the {view.body_name} on {long_date(meeting.date)}."
            topics = ordered_unique(list(presentation.topics) + [t for s in presentation.sections for t in s.topics])
            entries.append(PaperEntry(
                view, "presentation", f"presentation-{presentation.id}", f"{presentation.title}: {view.title}",
                f"presentation-{presentation.id}", " ".join(summary.split()), topics))
        if not any(e.view is view for e in entries):
            summary = f"The {view.body_name} on {_when(view)}{', ' + where if where else ''}."
            entries.append(PaperEntry(view, "meeting", "meeting", f"Meeting: {view.title}", None, summary, ()))
    return entries


def _moment(view: MeetingView) -> dt.datetime:
    """When the meeting began, in UK time; midnight at the start of its day when no time is known."""
    meeting = view.meeting
    time = dt.time.fromisoformat(meeting.start_time) if meeting.start_time else dt.time(0, 0)
    return dt.datetime.combine(meeting.date, time, tzinfo=LONDON)


def _fallback_updated(site: Site) -> dt.datetime:
    """For a feed with no entries: the date of the newest meeting, so it too comes from the content."""
    if site.meetings:
        return _moment(site.meetings[0])
    return dt.datetime.combine(EPOCH, dt.time(0, 0), tzinfo=dt.timezone.utc)


def _atom(site: Site, base: str, by: Publisher, path: str, title: str, subtitle: str, alternate: str, entries: list[PaperEntry]) -> bytes:
    feed = FeedGenerator()
    feed.id(absolute(base, path))
    feed.title(title)
    feed.subtitle(subtitle)
    feed.author({"name": by.name, "uri": base})
    feed.link(href=absolute(base, path), rel="self", type="application/atom+xml")
    feed.link(href=absolute(base, alternate), rel="alternate", type="text/html")
    feed.language("en-GB")
    feed.generator(by.site_name, uri=base)
    feed.rights(f"Published by the {by.name}.")
    feed.updated(max((_moment(e.view) for e in entries), default=_fallback_updated(site)))
    for e in entries:
        entry = feed.add_entry(order="append")
        entry.id(tag_uri(base, e.day, f"{e.view.id}/{e.key}"))
        entry.title(e.title)
        entry.link(href=absolute(base, e.view.page, e.anchor), rel="alternate", type="text/html")
        entry.summary(e.summary)
        entry.published(_moment(e.view))
        entry.updated(_moment(e.view))
        for topic_id in e.topics:
            if topic_id in site.topics:
                entry.category(term=topic_id, label=site.topics[topic_id].label, scheme=absolute(base, "topics/index.md"))
    return feed.atom_str(pretty=True)


# A meeting's status as calendar clients read it (RFC 5545 STATUS of an event); a held meeting stays confirmed.
CALENDAR_STATUS = {"tentative": "TENTATIVE", "confirmed": "CONFIRMED", "passed": "CONFIRMED", "cancelled": "CANCELLED"}


def calendar(site: Site, base: str, by: Publisher) -> bytes:
    """Every published meeting as an event, oldest first."""
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//{by.name}//{by.site_name}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"{by.site_name}: meetings")
    cal.add("x-wr-caldesc", f"{by.description}: the public meetings, with links to their papers.")
    cal.add("x-wr-timezone", TIMEZONE)
    for view in sorted(site.meetings, key=lambda v: (v.meeting.date, v.id)):
        meeting = view.meeting
        event = icalendar.Event()
        event.add("uid", f"{view.id}@{host(base)}")
        event.add("dtstamp", dt.datetime.combine(view.stamp or meeting.date, dt.time(0, 0), tzinfo=dt.timezone.utc))
        event.add("sequence", view.sequence)
        event.add("summary", ("Cancelled: " if view.ocd_status == "cancelled" else "") + view.title)
        if meeting.start_time:
            start = _moment(view)
            event.add("dtstart", start)
            end = meeting.minutes.concluded_at if meeting.minutes else None
            if end and dt.time.fromisoformat(end) > start.time():
                event.add("dtend", dt.datetime.combine(meeting.date, dt.time.fromisoformat(end), tzinfo=LONDON))
        else:
            event.add("dtstart", meeting.date)
            event.add("dtend", meeting.date + dt.timedelta(days=1))
        location = meeting.location
        if location is not None and location.remote:
            event.add("location", "Remote meeting")
        elif location is not None:
            event.add("location", ", ".join(part for part in (location.venue, location.address) if part))
        url = absolute(base, view.page, "agenda" if view.open_agenda else None)
        event.add("url", url)
        description = f"{view.body_name} ({meeting.kind.replace('-', ' ')} meeting)."
        if meeting.cancelled:
            description = f"Cancelled on {meeting.cancelled.date.isoformat()}. " + description
        for line in view.pending:
            description += " " + line
        if meeting.purpose:
            description += " " + " ".join(meeting.purpose.split())
        event.add("description", f"{description}\n\nAgenda and papers: {url}")
        event.add("status", CALENDAR_STATUS[view.ocd_status])
        cal.add_component(event)
    if site.meetings:
        years = [view.year for view in site.meetings]
        cal.add_missing_timezones(first_date=dt.date(min(years), 1, 1), last_date=dt.date(max(years) + 1, 1, 1))
    return cal.to_ical()


def feed_files(site: Site, base: str, by: Publisher) -> dict[str, bytes]:
    """The Atom feeds and the calendar, by docs path."""
    entries = paper_entries(site)
    files = {
        PAPERS_FEED: _atom(site, base, by, PAPERS_FEED, f"{by.site_name}: published papers",
                           f"{by.description}: agendas, minutes and presentations.",
                           "index.md", entries),
        CALENDAR: calendar(site, base, by),
    }
    for topic_id, topic in sorted(site.topics.items()):
        files[paths.topic_feed(topic_id)] = _atom(
            site, base, by, paths.topic_feed(topic_id), f"{by.site_name}: {topic.label}",
            f"Meeting papers about {topic.label}.", paths.topic_page(topic_id),
            [e for e in entries if topic_id in e.topics])
    return files


# How many of a feed's newest entries its page lists (the feed itself holds them all).
LATEST = 20


def _items(entries: list[PaperEntry]) -> tuple[FeedItem, ...]:
    return tuple(FeedItem(e.title, e.view.page, e.anchor, e.day, e.summary) for e in entries[:LATEST])


def feed_catalogue(site: Site) -> dict:
    """What the Stay informed page lists: the feed of all papers, the calendar, each topic's feed and the feed
    of formal decisions; each Atom feed also has a page of its own, for people who open its link."""
    entries = paper_entries(site)
    dated = dated_notices(site.notices)
    notices = tuple(FeedItem(nv.label, nv.page, None, day, nv.summary_line) for nv, day in dated[:LATEST])
    topics = []
    for topic_id, topic in sorted(site.topics.items(), key=lambda pair: (pair[1].label.lower(), pair[0])):
        tagged = [e for e in entries if topic_id in e.topics]
        topics.append(FeedInfo(paths.topic_feed(topic_id), topic.label, len(tagged), topic_id,
                               f"the agendas, minutes and presentations about {topic.label}", _items(tagged)))
    return {
        "papers": FeedInfo(PAPERS_FEED, "All published papers", len(entries), None,
                           "every agenda, set of minutes and presentation", _items(entries)),
        "decisions": FeedInfo(paths.DECISIONS_FEED, "Formal decisions", len(dated), None,
                              "the Commissioner's decision notices that give a date", notices),
        "calendar": FeedInfo(CALENDAR, "Meetings calendar", len(site.meetings)),
        "topics": topics,
    }
