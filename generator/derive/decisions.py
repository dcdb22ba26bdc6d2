"""The decisions of the published meetings, worked out once: every resolution and recommendation of a
minute considered in public, with its topics and its anchors in the minutes and on the register.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Optional

from generator import models
from generator.derive import paths
from generator.derive.public import open_agenda, open_minutes

if TYPE_CHECKING:
    from generator.derive.meetings import MeetingView


@dataclass(frozen=True)
class Decision:
    """One resolution or recommendation, with where it is recorded and where it is listed."""

    view: "MeetingView"
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
        return self.minute.title or "Untitled minute"


def ordered_unique(values: Iterable[str]) -> tuple[str, ...]:
    """The values in their first order, each once."""
    return tuple(dict.fromkeys(values))


def minute_topics(meeting: models.Meeting, minute: models.MinuteItem) -> tuple[str, ...]:
    """The minute's topics, then those of the public agenda item it records."""
    topics = list(minute.topics)
    for item in open_agenda(meeting):
        if minute.agenda_item is not None and item.number == minute.agenda_item:
            topics += item.topics
    return ordered_unique(topics)


def register_keys(views: list["MeetingView"]) -> dict[str, str]:
    """What a meeting's decisions are prefixed with on the register: its date, or its id when another meeting shares the date."""
    per_day = Counter(view.meeting.date for view in views)
    return {view.id: view.meeting.date.isoformat() if per_day[view.meeting.date] == 1 else view.id for view in views}


def meeting_decisions(view: "MeetingView", key: str) -> list[Decision]:
    """The meeting's resolutions and recommendations, in the order of its public minutes."""
    found = []
    for minute in open_minutes(view.meeting):
        topics = minute_topics(view.meeting, minute)
        for r in minute.recommendations:
            anchor = paths.recommendation_anchor(minute.number, r.id)
            found.append(Decision(view, minute, "recommendation", r.id, r.text, r.outcome, topics, anchor, f"{key}-{anchor}"))
        for r in minute.resolutions:
            anchor = paths.resolution_anchor(minute.number, r.number)
            found.append(Decision(view, minute, "resolution", r.number, r.text, None, topics, anchor, f"{key}-{anchor}"))
    return found
