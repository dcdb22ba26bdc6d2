"""The minutes of a meeting: numbered minutes, what the meeting RESOLVED and what it recommended."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Optional

from pydantic import Field, StringConstraints, field_validator, model_validator

from generator.models.base import (
    OFFICE_OBJECTIVES, OFFICE_TOPICS, ROMAN, ExemptMixin, MeetingId, Model, ObjectiveId, Text, Time, TopicId, WithMissing)
from generator.models.documents import DocumentPath


class Resolution(Model):
    """One numbered decision of a minute: what the meeting RESOLVED, numbered i, ii, iii ..."""

    number: str = Field(description="i, ii, iii ... as in the minutes.")
    text: Text = Field(description="What the meeting resolved, word for word.")

    @field_validator("number")
    @classmethod
    def _roman(cls, value):
        if value not in ROMAN:
            raise ValueError(f"'{value}' is not a resolution number; number them i, ii, iii ...")
        return value


class Recommendation(Model):
    """A recommendation put to the Commissioner in a minute (R1, R2 ...), and its outcome if the minutes record one."""

    id: Annotated[str, StringConstraints(pattern=r"^R[0-9]+$")] = Field(description="R1, R2 ... as in the minutes.")
    text: Text = Field(description="The recommendation, word for word.")
    outcome: Optional[Literal["approved", "not approved", "deferred", "noted", "withdrawn"]] = Field(
        default=None, description="What became of it, where the minutes record it.")


class MinuteItem(ExemptMixin, WithMissing):
    """One numbered minute: what was said and decided under an item of business."""

    number: int = Field(
        ge=1, le=999, description="The minute's number as the minutes print it (shown as three digits, 006).")
    title: Optional[Text] = Field(default=None, description="The minute's heading as the minutes print it.")
    agenda_item: Optional[int] = Field(default=None, description="The number of the agenda item the minute records.")
    text: Optional[Text] = Field(default=None, description="What the minutes say, in Markdown.")
    resolutions: list[Resolution] = Field(
        default_factory=list, description="What the meeting RESOLVED under this minute, numbered i, ii, iii ...")
    recommendations: list[Recommendation] = Field(
        default_factory=list, description="Recommendations put to the Commissioner under this minute.")
    minutes_of: Optional[MeetingId] = Field(
        default=None, description="The id of the meeting whose minutes this minute approves.")
    minutes_of_date: Optional[dt.date] = Field(
        default=None, description="The date of the meeting whose minutes this minute approves, as the minutes give it.")
    topics: list[TopicId] = Field(default_factory=list, description=OFFICE_TOPICS)
    objectives: list[ObjectiveId] = Field(default_factory=list, description=OFFICE_OBJECTIVES)

    @model_validator(mode="after")
    def _resolutions_in_order(self):
        for expected, resolution in zip(ROMAN, self.resolutions):
            if resolution.number != expected:
                raise ValueError(
                    f"resolutions are numbered {', '.join(r.number for r in self.resolutions)}; "
                    f"expected {', '.join(ROMAN[: len(self.resolutions)])}"
                )
        return self


class Minutes(Model):
    """The minutes of the meeting, as approved (or circulated for approval)."""

    published_with: Optional[MeetingId] = Field(
        default=None, description="Id of the meeting whose papers carried these minutes."
    )
    items: list[MinuteItem] = Field(min_length=1, description="The numbered minutes, in order.")
    concluded_at: Optional[Time] = Field(default=None, description="When the meeting ended, if the minutes say (HH:MM).")
    document: Optional[DocumentPath] = Field(
        default=None, description="The original minutes, when kept in content/documents/.")
