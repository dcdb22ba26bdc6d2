"""The decision register, worked out once: the Commissioner's formal decisions and the resolutions and
recommendations of every body's public minutes, in one list split by year.

Items that record only that something was noted, and approvals of the minutes of earlier meetings, are
kept apart from the decisions (on each year's "noted" page) so the register shows what was decided.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Optional

from generator.derive import paths
from generator.derive.names import Link, Names

if TYPE_CHECKING:
    from generator.derive.decisions import Decision
    from generator.derive.record import NoticeView
    from generator.derive.meetings import MeetingView

NOTICES = "decision-notices"
NOTICES_LABEL = "The Commissioner's decision notices"
_NOTED = re.compile(r"\b(noted|received)\b", re.I)
_DECIDED = re.compile(r"\b(approved?|agreed?|adopted?|endorsed?|authori[sz]ed?|appointed?|accepted?|rejected?|"
                      r"confirmed?|decided?|delegated?|refused?|recommended?|supported?|set)\b", re.I)
_MINUTES = re.compile(r"\bminutes\b.*\b(approved|agreed|confirmed|signed|accepted)\b", re.I | re.S)


def significance(decision: "Decision") -> str:
    """'minutes' for an approval of earlier minutes, 'noted' for an item only noted, else 'decision'."""
    if decision.minute.minutes_of or _MINUTES.search(decision.text):
        return "minutes"
    if decision.outcome == "noted":
        return "noted"
    if decision.kind == "resolution" and _NOTED.search(decision.text) and not _DECIDED.search(decision.text):
        return "noted"
    return "decision"


def register_page(decision: "Decision") -> str:
    """The register page that lists a meeting's decision: its year's, or that year's page of noted items."""
    year = decision.view.year
    return paths.register_year_page(year) if significance(decision) == "decision" else paths.register_noted_page(year)


@dataclass(frozen=True)
class Entry:
    """One line of the register: a formal decision, a resolution or a recommendation."""

    anchor: str
    year: int
    date: Optional[dt.date]
    kind: str  # decision notice, resolution or recommendation
    body: str
    body_label: str
    outcome: str
    significance: str
    heading: str
    text: str
    page: str
    link_anchor: Optional[str]
    link_label: str
    topics: tuple[str, ...] = ()
    restricted: Optional[int] = None  # a decision notice's exempt paragraph, when part of it is not published
    topic_links: tuple[Link, ...] = ()  # its topics, as the page links them


def _meeting_entry(decision: "Decision", names: Names) -> Entry:
    view = decision.view
    outcome = "resolved" if decision.kind == "resolution" else (decision.outcome or "not recorded")
    return Entry(
        decision.register_anchor, view.year, view.meeting.date, decision.kind, view.meeting.body, view.body.short_name or view.body.name,
        outcome, significance(decision), f"{decision.label}: {decision.minute_label}, {decision.minute_title}",
        decision.one_line, view.page, decision.anchor, f"In the minutes of the {view.title}", decision.topics,
        topic_links=names.tags(decision).topics)


def _notice_entry(notice: "NoticeView", names: Names) -> Entry:
    n = notice.notice
    text = " ".join((n.decision or n.summary or "").split())
    return Entry(
        f"decision-{notice.id}", notice.year, n.date, "decision notice", NOTICES, NOTICES_LABEL,
        "decided" if n.decision else "not recorded", "decision", notice.label, text, notice.page, None,
        f"Decision notice {n.reference}", tuple(n.topics), n.restricted.exempt_paragraph if n.restricted else None,
        names.tags(n).topics)


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    count: int


@dataclass
class RegisterYear:
    """One year of the register: its decisions, its noted items, and the year's meetings, for a page that has to
    say why it lists no decision (which minutes it read, which minutes are not published yet)."""

    year: int
    page: str
    noted_page: str
    decisions: list[Entry] = field(default_factory=list)
    noted: list[Entry] = field(default_factory=list)
    with_minutes: list["MeetingView"] = field(default_factory=list)  # meetings of the year whose public minutes are published
    without_minutes: list["MeetingView"] = field(default_factory=list)  # meetings held that year, minutes not yet published

    @property
    def noted_phrase(self) -> str:
        """What the year's noted page lists, counted: '2 items noted and 1 approval of earlier minutes'."""
        noted = sum(1 for e in self.noted if e.significance == "noted")
        approvals = len(self.noted) - noted
        parts = [f"{noted} item{'' if noted == 1 else 's'} noted"] if noted else []
        parts += [f"{approvals} approval{'' if approvals == 1 else 's'} of earlier minutes"] if approvals else []
        return " and ".join(parts)

    @property
    def notice_count(self) -> int:
        return sum(1 for e in self.decisions if e.kind == "decision notice")

    def choices(self, entries: list[Entry]) -> dict[str, list[Choice]]:
        """The values each filter can take on a page of this year, with how many entries have each."""
        def tally(attribute: str, label) -> list[Choice]:
            counts = Counter(getattr(e, attribute) for e in entries)
            return [Choice(value, label(value, entries), count) for value, count in sorted(counts.items())]
        return {
            "body": tally("body", lambda v, es: next(e.body_label for e in es if e.body == v)),
            "kind": tally("kind", lambda v, es: v.capitalize()),
            "outcome": tally("outcome", lambda v, es: v.capitalize()),
        }


@dataclass
class Register:
    """The decision register: every year's decisions and noted items, and the formal decisions among them."""

    years: list[RegisterYear]
    notices: list["NoticeView"]

    @property
    def count(self) -> int:
        return sum(len(y.decisions) for y in self.years)

    @property
    def noted_count(self) -> int:
        return sum(len(y.noted) for y in self.years)

    def year(self, year: int) -> Optional[RegisterYear]:
        return next((y for y in self.years if y.year == year), None)


def build_register(meetings: list["MeetingView"], notices: list["NoticeView"], names: Names) -> Register:
    entries = [_notice_entry(n, names) for n in notices] + [_meeting_entry(d, names) for view in meetings for d in view.decisions]
    years: dict[int, RegisterYear] = {}
    # Newest first; entries of one day keep their order (formal decisions, then each meeting's in its minutes' order).
    for entry in sorted(entries, key=lambda e: e.date or dt.date(e.year, 1, 1), reverse=True):
        year = years.setdefault(entry.year, RegisterYear(entry.year, paths.register_year_page(entry.year),
                                                         paths.register_noted_page(entry.year)))
        (year.decisions if entry.significance == "decision" else year.noted).append(entry)
    for view in reversed(meetings):  # oldest first, as a sentence lists them
        year = years.get(view.year)
        if year is None or view.ocd_status == "cancelled":
            continue
        if view.open_minutes:
            year.with_minutes.append(view)
        elif view.ocd_status == "passed":
            year.without_minutes.append(view)
    return Register(sorted(years.values(), key=lambda y: y.year, reverse=True), notices)


def earlier_anchors(register: Register, meetings: list["MeetingView"], topic_ids: Iterable[str]) -> dict[str, tuple[str, Optional[str]]]:
    """Where each place of the register's earlier single page (``/decisions/#<anchor>``) is now: the page
    and anchor that hold it. A decision keeps its anchor on its year's page (or that year's page of noted
    items); a year's heading became the year's page; a meeting's heading and a topic's, their own pages."""
    found: dict[str, tuple[str, Optional[str]]] = {}
    for year in register.years:
        found[f"year-{year.year}"] = (year.page, None)
        for entry in year.decisions:
            found[entry.anchor] = (year.page, entry.anchor)
        for entry in year.noted:
            found[entry.anchor] = (year.noted_page, entry.anchor)
    for view in meetings:
        found.setdefault(f"meeting-{view.id}", (view.page, None))
    for topic_id in topic_ids:
        found.setdefault(f"topic-{topic_id}", (paths.topic_page(topic_id), None))
    return found
