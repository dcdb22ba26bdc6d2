"""The Atom feeds and the meetings calendar parse, hold every published meeting, and are advertised on every page."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import feedparser
import icalendar
import pytest

from generator.derive import paths

from .conftest import private_agenda, private_presentation, public_minute
from .htmlscan import html_file, resolve, scan

LONDON = ZoneInfo("Europe/London")


def papers_of(meeting) -> list[str]:
    """What the feed should hold for a meeting, read from the content model: agenda, minutes, each presentation."""
    keys = []
    if any(item.number not in private_agenda(meeting) for item in meeting.agenda):
        keys.append("agenda")
    if meeting.minutes and any(public_minute(meeting, item) for item in meeting.minutes.items):
        keys.append("minutes")
    keys += [f"presentation-{p.id}" for p in meeting.presentations if not private_presentation(meeting, p)]
    return keys or ["meeting"]


def meeting_url(base: str, meeting_id: str) -> str:
    return base + paths.url(paths.meeting_page(meeting_id)).lstrip("/")


@pytest.fixture(scope="module")
def papers(docs):
    feed = feedparser.parse((docs / "feeds/papers.atom").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.fixture(scope="module")
def calendar(docs):
    return icalendar.Calendar.from_ical((docs / "feeds/meetings.ics").read_bytes())


def test_papers_feed_has_an_entry_for_each_paper_of_each_published_meeting(papers, public, base):
    expected = {}
    for meeting_id, meeting in public:
        for key in papers_of(meeting):
            expected[f"{meeting_id}/{key}"] = (meeting_id, meeting, key)
    assert expected, "no published meeting has papers"
    found = {entry.id.split(":", 2)[2]: entry for entry in papers.entries}
    assert sorted(found) == sorted(expected)
    for specific, (meeting_id, meeting, key) in expected.items():
        entry = found[specific]
        assert entry.id.startswith("tag:")
        assert entry.link == meeting_url(base, meeting_id) + ("" if key == "meeting" else f"#{key}")
        updated = dt.datetime.fromisoformat(entry.updated)
        assert updated.astimezone(LONDON).date() == meeting.date
        assert entry.published == entry.updated


def test_every_published_meeting_is_in_the_papers_feed(papers, public, base):
    links = {entry.link.split("#")[0] for entry in papers.entries}
    meetings = public
    assert meetings
    for meeting_id, meeting in meetings:
        assert meeting_url(base, meeting_id) in links


def test_feed_ids_are_unique_and_the_feed_names_itself(papers, base):
    ids = [entry.id for entry in papers.entries]
    assert len(ids) == len(set(ids))
    assert papers.feed.id == base + "feeds/papers.atom"
    assert any(link.rel == "self" and link.href == papers.feed.id for link in papers.feed.links)
    newest = max(dt.datetime.fromisoformat(entry.updated) for entry in papers.entries)
    assert dt.datetime.fromisoformat(papers.feed.updated) == newest


def test_each_topic_has_a_feed_of_the_papers_tagged_with_it(docs, content, papers):
    topics = content.of_kind("topics")[0].model.topics
    files = sorted(p.stem for p in (docs / "feeds/topics").glob("*.atom"))
    assert files == sorted(t.id for t in topics)
    for topic in topics:
        feed = feedparser.parse((docs / f"feeds/topics/{topic.id}.atom").read_bytes())
        assert not feed.bozo, (topic.id, feed.get("bozo_exception"))
        expected = sorted(e.id for e in papers.entries if any(tag.term == topic.id for tag in e.get("tags", [])))
        assert sorted(e.id for e in feed.entries) == expected
        assert feed.feed.title.endswith(topic.label)


def test_calendar_has_one_event_for_each_published_meeting(calendar, public, base):
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    meetings = public
    assert len(events) == len(meetings)
    for meeting_id, meeting in meetings:
        event = events[f"{meeting_id}@{base.split('/')[2]}"]
        start = event.decoded("DTSTART")
        if meeting.start_time:
            assert isinstance(start, dt.datetime)
            assert str(start.tzinfo) == "Europe/London"
            assert (start.date(), start.strftime("%H:%M")) == (meeting.date, meeting.start_time)
            assert event["DTSTART"].params["TZID"] == "Europe/London"
        else:
            assert type(start) is dt.date and start == meeting.date
        location = meeting.location
        if location is None:
            assert "LOCATION" not in event
        elif location.remote:
            assert str(event["LOCATION"]) == "Remote meeting"
        else:
            assert str(event["LOCATION"]).startswith(location.venue)
        url = str(event["URL"])
        assert url.startswith(meeting_url(base, meeting_id))
        assert url in str(event["DESCRIPTION"])
        assert event.decoded("DTSTAMP") == dt.datetime.combine(meeting.date, dt.time(0, 0), tzinfo=dt.timezone.utc)
    assert any(c.name == "VTIMEZONE" and str(c["TZID"]) == "Europe/London" for c in calendar.walk())


def test_every_page_advertises_the_feeds_and_the_calendar(html):
    pages = sorted(html.rglob("index.html"))
    assert pages
    for page in pages:
        alternates = scan(page).alternates
        types = {a.get("type") for a in alternates}
        assert {"application/atom+xml", "text/calendar"} <= types, page
        for a in alternates:
            target = resolve(html, page, a["href"])
            assert target and target[0].is_file(), (page, a["href"])


def test_topic_pages_advertise_their_own_feed(html, content):
    for topic in content.of_kind("topics")[0].model.topics:
        page = html_file(html, paths.topic_page(topic.id))
        hrefs = [resolve(html, page, a["href"])[0] for a in scan(page).alternates]
        assert html / "feeds" / "topics" / f"{topic.id}.atom" in hrefs


def test_stay_informed_page_links_every_feed_and_the_calendar(html, content):
    page = html_file(html, "stay-informed.md")
    targets = {resolve(html, page, href)[0] for href in scan(page).links if resolve(html, page, href)}
    assert html / "feeds" / "papers.atom" in targets
    assert html / "feeds" / "meetings.ics" in targets
    for topic in content.of_kind("topics")[0].model.topics:
        assert html / "feeds" / "topics" / f"{topic.id}.atom" in targets
