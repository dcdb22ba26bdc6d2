"""The Atom feed of the Commissioner's formal decisions (feeds/decisions.atom), newest first.

A feed entry needs a date, and dates come only from the content: a decision whose source gives no
date (such as those known only from the office's list of decisions) is on the register and in the
open data, not in this feed. The Stay informed page says so.
"""

from __future__ import annotations

import datetime as dt

from feedgen.feed import FeedGenerator

from generator.derive import paths
from generator.derive.record import dated_notices
from generator.derive.site import Site
from generator.render.links import Publisher, absolute, tag_uri

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def _moment(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.timezone.utc)


def decision_feed(site: Site, base: str, by: Publisher) -> bytes:
    feed = FeedGenerator()
    feed.id(absolute(base, paths.DECISIONS_FEED))
    feed.title(f"{by.site_name}: formal decisions")
    feed.subtitle("The decision notices of the Police and Crime Commissioner, newest first.")
    feed.author({"name": by.name, "uri": base})
    feed.link(href=absolute(base, paths.DECISIONS_FEED), rel="self", type="application/atom+xml")
    feed.link(href=absolute(base, paths.REGISTER_PAGE), rel="alternate", type="text/html")
    feed.language("en-GB")
    feed.generator(by.site_name, uri=base)
    dated = dated_notices(site.notices)
    feed.updated(_moment(max(day for _, day in dated)) if dated else EPOCH)
    for nv, day in dated:
        n = nv.notice
        entry = feed.add_entry(order="append")
        entry.id(tag_uri(base, n.date or day, f"decisions/{nv.id}"))
        entry.title(nv.label)
        entry.link(href=absolute(base, nv.page), rel="alternate", type="text/html")
        summary = nv.summary_line
        if n.restricted:
            summary += f" Part of this decision is restricted (Schedule 12A, paragraph {n.restricted.exempt_paragraph}) and not published."
        entry.summary(summary)
        entry.published(_moment(n.date or day))
        entry.updated(_moment(day))
        for topic_id in n.topics:
            if topic_id in site.topics:
                entry.category(term=topic_id, label=site.topics[topic_id].label, scheme=absolute(base, paths.TOPICS_PAGE))
    return feed.atom_str(pretty=True)


def decision_feed_files(site: Site, base: str, by: Publisher) -> dict[str, bytes]:
    return {paths.DECISIONS_FEED: decision_feed(site, base, by)}
