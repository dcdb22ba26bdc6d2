"""What a reader hands on: a typed draft built from the content models, plus what a person must check.

The meeting's parts are the content models themselves (``AgendaItem``,
``MinuteItem``, ``Attendance`` ...); the draft adds only what the import report
needs: the layout and why it was chosen, the lines that found no field, the
numbering problems and what was guessed. Decision notices and decision lists
give ``DecisionDraft`` entries.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from generator import models


class Unplaced(BaseModel):
    """A line of the source that no field took, with its line number and why."""

    model_config = ConfigDict(frozen=True)

    line: int
    text: str
    reason: str


class DecisionDraft(BaseModel):
    """One formal decision of the Commissioner, as a decision notice or a list of decisions gives it.

``output.py`` makes it a ``DecisionNotice`` of the content model."""

    model_config = ConfigDict(extra="forbid")

    reference: str
    listed_as: Optional[str] = None  # the line of a list of decisions, word for word
    title: Optional[str] = None
    date: Optional[dt.date] = None
    summary: Optional[str] = None
    background: Optional[str] = None
    decision: Optional[str] = None
    reasons: Optional[str] = None
    financial_implications: Optional[str] = None
    advice: Optional[str] = None
    signed_on: Optional[dt.date] = None
    has_part_2: Optional[bool] = None
    part_2_reason: Optional[str] = None
    lines: list[int] = Field(default_factory=list)


class MeetingDraft(BaseModel):
    """One meeting as a reader found it; ``models.Meeting`` once a person has checked it."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    body: Optional[str] = None
    kind: Optional[str] = Field(default=None, description="Only when the document says what kind of meeting it is.")
    date: Optional[dt.date] = None
    start_time: Optional[str] = None
    location: Optional[models.Location] = None
    purpose: Optional[str] = None
    notice: Optional[models.Notice] = None
    agenda: list[models.AgendaItem] = Field(default_factory=list)
    attendance: Optional[models.Attendance] = None
    minutes: list[models.MinuteItem] = Field(default_factory=list)
    concluded_at: Optional[str] = None
    published_with: Optional[str] = None
    role: str = "meeting"  # "meeting", or "minutes" for an earlier meeting whose minutes the papers carry


class ReadDocument(BaseModel):
    """Everything one reader took from one document."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    layout: str
    layout_reason: str
    meetings: list[MeetingDraft] = Field(default_factory=list)
    decisions: list[DecisionDraft] = Field(default_factory=list)
    decision_source: Optional[str] = None
    unplaced: list[Unplaced] = Field(default_factory=list)
    furniture: int = 0
    problems: list[str] = Field(default_factory=list)
    guesses: list[str] = Field(default_factory=list)
    lines: int = 0
