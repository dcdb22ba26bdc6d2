"""The decision register as data: ``data/decisions.csv``, one row a decision, in the register's order;
and ``decisions/addresses.json``, where each place of the register's earlier single page now is, which
the register's page reads to take an old address (``/decisions/#<anchor>``) on to the decision.

The decisions themselves are worked out once, in ``generator.derive.decisions``; this module only
writes them out. The register page is ``templates/pages/decisions.md.j2`` over ``site.register``.
"""

from __future__ import annotations

import csv
import io
import json

from generator.derive import paths
from generator.derive.register import earlier_anchors, register_page
from generator.derive.site import Site
from generator.render.links import absolute

CSV_FILE = paths.DECISIONS_CSV
# Read by templates/assets/register.js, at this address under the site's root.
ADDRESSES_FILE = "decisions/addresses.json"

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
    ("register_url", "The decision on the decision register: its year's page, or the page of that year's noted items and "
                     "approvals of minutes."),
]


def decision_rows(site: Site, base: str) -> list[dict[str, str]]:
    rows = []
    for d in site.decisions:
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
            "register_url": absolute(base, register_page(d), d.register_anchor),
        })
    return rows


def register_files(site: Site, base: str) -> dict[str, bytes]:
    """``data/decisions.csv``: one row a decision, in the register's order; and the addresses of the
    register's earlier single page."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[name for name, _ in CSV_COLUMNS], lineterminator="\n")
    writer.writeheader()
    writer.writerows(decision_rows(site, base))
    return {CSV_FILE: out.getvalue().encode("utf-8"), ADDRESSES_FILE: earlier_addresses(site)}


def earlier_addresses(site: Site) -> bytes:
    """Each anchor of the register's earlier single page, and the address that holds it now, from the
    site's root (``decisions/2019/#2019-11-07-minute-008-resolution-ii``)."""
    moved = earlier_anchors(site.register, site.meetings, site.topics)
    addresses = {anchor: paths.url(page).lstrip("/") + (f"#{target}" if target else "")
                 for anchor, (page, target) in moved.items()}
    return (json.dumps(addresses, ensure_ascii=False, sort_keys=True, indent=0) + "\n").encode("utf-8")
