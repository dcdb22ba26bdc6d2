"""The Atom feeds and the meetings calendar parse, hold every published meeting, and are advertised on every page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import feedparser
import icalendar
import lxml.html
import pytest

from generator.derive import paths

from fixture.answers import CALENDAR, CANCELLED, PAPERS, PUBLISHED, TENTATIVE, TOPIC_PAPERS, TOPICS
from .htmlscan import html_file, resolve, scan

LONDON = ZoneInfo("Europe/London")


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


def test_papers_feed_has_an_entry_for_each_paper_of_each_published_meeting(papers, base):
    found = {entry.id.split(":", 2)[2]: entry for entry in papers.entries}
    assert sorted(found) == PAPERS
    for specific, entry in found.items():
        meeting_id, key = specific.split("/")
        assert entry.id.startswith("tag:")
        assert entry.link == meeting_url(base, meeting_id) + ("" if key == "meeting" else f"#{key}")
        updated = dt.datetime.fromisoformat(entry.updated)
        assert updated.astimezone(LONDON).date() == PUBLISHED[meeting_id]["date"]
        assert entry.published == entry.updated


def test_feed_ids_are_unique_and_the_feed_names_itself(papers, base):
    ids = [entry.id for entry in papers.entries]
    assert len(ids) == len(set(ids))
    assert papers.feed.id == base + "feeds/papers.atom"
    assert any(link.rel == "self" and link.href == papers.feed.id for link in papers.feed.links)
    newest = max(dt.datetime.fromisoformat(entry.updated) for entry in papers.entries)
    assert dt.datetime.fromisoformat(papers.feed.updated) == newest


def test_each_topic_has_a_feed_of_the_papers_tagged_with_it(docs):
    assert sorted(p.stem for p in (docs / "feeds/topics").glob("*.atom")) == sorted(TOPICS)
    for topic, label in TOPICS.items():
        feed = feedparser.parse((docs / f"feeds/topics/{topic}.atom").read_bytes())
        assert not feed.bozo, (topic, feed.get("bozo_exception"))
        assert sorted(e.id.split(":", 2)[2] for e in feed.entries) == TOPIC_PAPERS[topic]
        assert feed.feed.title.endswith(label)


def test_calendar_has_one_event_for_each_published_meeting(calendar, base):
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert sorted(events) == sorted(f"{meeting_id}@{base.split('/')[2]}" for meeting_id in PUBLISHED)
    for meeting_id, known in PUBLISHED.items():
        event = events[f"{meeting_id}@{base.split('/')[2]}"]
        start = event.decoded("DTSTART")
        assert isinstance(start, dt.datetime) and str(start.tzinfo) == "Europe/London"
        assert (start.date(), start.strftime("%H:%M")) == (known["date"], known["start"])
        assert event["DTSTART"].params["TZID"] == "Europe/London"
        assert str(event["LOCATION"]) == known["location"]
        url = str(event["URL"])
        assert url == meeting_url(base, meeting_id) + ("" if meeting_id in (CANCELLED, TENTATIVE) else "#agenda")
        assert url in str(event["DESCRIPTION"])
        stamp, sequence, status = CALENDAR[meeting_id]
        assert event.decoded("DTSTAMP") == dt.datetime.combine(stamp, dt.time(0, 0), tzinfo=dt.timezone.utc)
        assert (event.decoded("SEQUENCE"), str(event["STATUS"])) == (sequence, status)
    assert str(events[f"{CANCELLED}@{base.split('/')[2]}"]["SUMMARY"]).startswith("Cancelled: ")
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


def test_topic_pages_advertise_their_own_feed(html):
    for topic in TOPICS:
        page = html_file(html, paths.topic_page(topic))
        hrefs = [resolve(html, page, a["href"])[0] for a in scan(page).alternates]
        assert html / "feeds" / "topics" / f"{topic}.atom" in hrefs
    others = [resolve(html, html_file(html, "topics/index.md"), a["href"])[0]
              for a in scan(html_file(html, "topics/index.md")).alternates]
    assert not any("topics" in p.parts for p in others), "the list of topics has no feed of its own"


FEEDS = ["feeds/papers.atom", "feeds/decisions.atom", *[f"feeds/topics/{topic}.atom" for topic in TOPICS]]


def test_stay_informed_page_links_every_feed_and_the_calendar(html):
    page = html_file(html, "stay-informed.md")
    targets = {resolve(html, page, href)[0] for href in scan(page).links if resolve(html, page, href)}
    assert html / "feeds" / "meetings.ics" in targets
    for feed in FEEDS:
        assert html_file(html, paths.feed_page(feed)) in targets, f"Stay informed does not lead to the page of {feed}"


def _entries(root, page: Path) -> list[tuple[str, str]]:
    """(title, address) of each entry a feed's page lists, in its order, the address resolved to the site."""
    found = []
    for item in lxml.html.fromstring(page.read_bytes()).xpath("//*[@id='entries']/following-sibling::ul[1]/li"):
        link = item.xpath(".//a")[0]
        target, anchor = resolve(root, page, link.get("href"))
        found.append((" ".join(link.text_content().split()), target.relative_to(root).as_posix() + (f"#{anchor}" if anchor else "")))
    return found


@pytest.mark.parametrize("feed", FEEDS)
def test_a_feed_has_a_page_for_people_that_links_it_and_lists_its_newest_entries(feed, html, docs, base):
    page = html_file(html, paths.feed_page(feed))
    assert page.is_file(), f"{feed} has no page at {paths.feed_page(feed)}"
    links = [resolve(html, page, href) for href in scan(page).links]
    assert (html / feed, "") in links, f"the page of {feed} does not link to the feed itself"
    assert base + feed in lxml.html.fromstring(page.read_bytes()).text_content(), f"the page of {feed} does not give its address"
    assert html / feed in [resolve(html, page, a["href"])[0] for a in scan(page).alternates], "feed readers cannot find the feed from its page"

    parsed = feedparser.parse((docs / feed).read_bytes())
    expected = [(entry.title, entry.link.removeprefix(base).replace("/#", "/index.html#") if "#" in entry.link
                 else entry.link.removeprefix(base) + "index.html") for entry in parsed.entries[:20]]
    assert _entries(html, page) == expected
    assert expected or feed.startswith("feeds/topics/"), f"{feed} of the fixture site is empty: nothing to compare"
