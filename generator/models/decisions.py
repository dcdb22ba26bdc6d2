"""Formal decisions: the Commissioner's decision notices.

One file a decision: ``content/decisions/<year>/<id>.yaml``, where the id is the reference as the
office writes it made into an address ("012/2019" -> ``012-2019``). The reference itself is kept
as written.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, Optional

from pydantic import Field, model_validator

from generator.models.base import PART_2_PARAGRAPHS, MeetingId, Model, ObjectiveId, PersonId, PostId, Text, TopicId, WithMissing
from generator.models.documents import DocumentPath


def decision_id(reference: str) -> str:
    """The address form of a reference: lower case, anything but letters and digits made a hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", reference.lower()).strip("-")


class Signatory(Model):
    """A person who took or signed a decision, in the post they held."""

    person: PersonId
    post: Optional[PostId] = None


class RestrictedPart(Model):
    """The part of a notice that is not published. Its text is kept here for the record and never built."""

    exempt_paragraph: int = Field(description="The paragraph of Part 1 of Schedule 12A to the Local Government Act 1972 (1 to 7).")
    reason: Optional[Text] = Field(default=None, description="Why it is restricted, as the notice says; this is published.")
    text: Optional[Text] = Field(default=None, description="The restricted text. Never published.")

    @model_validator(mode="after")
    def _paragraph(self):
        if self.exempt_paragraph not in PART_2_PARAGRAPHS:
            raise ValueError(f"exempt_paragraph {self.exempt_paragraph} does not exist; Schedule 12A has paragraphs 1 to 7")
        return self


class DecisionNotice(WithMissing):
    """A formal decision of the Commissioner, from its notice or from the office's list of decisions."""

    reference: Text = Field(description="As the office writes it, e.g. '018-2020' or '012/2019'.")
    listed_as: Optional[Text] = Field(default=None, description="The line of the office's list of decisions, word for word.")
    title: Optional[Text] = None
    date: Optional[dt.date] = None
    status: Literal["published", "draft"] = "published"
    publish_from: Optional[dt.date] = None
    decision_maker: Optional[Signatory] = None
    summary: Optional[Text] = None
    background: Optional[Text] = None
    decision: Optional[Text] = None
    reasons: Optional[Text] = None
    financial_implications: Optional[Text] = None
    advice: Optional[Text] = Field(default=None, description="Legal, financial and other advice taken.")
    restricted: Optional[RestrictedPart] = None
    signed_by: Optional[Signatory] = None
    signed_on: Optional[dt.date] = None
    meetings: list[MeetingId] = Field(default_factory=list, description="Meetings where it was considered, by id.")
    objectives: list[ObjectiveId] = Field(default_factory=list)
    topics: list[TopicId] = Field(default_factory=list)
    document: Optional[DocumentPath] = None
    sources: list[Text] = Field(default_factory=list)

    @model_validator(mode="after")
    def _signed_after_taken(self):
        if self.date and self.signed_on and self.signed_on < self.date:
            raise ValueError("signed_on is before the decision's date")
        return self
