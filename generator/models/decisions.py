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

from generator.models.base import (
    PART_2_PARAGRAPHS, SOURCES, MeetingId, Model, ObjectiveId, PersonId, PostId, Text, TopicId, WithMissing)
from generator.models.documents import DocumentPath


def decision_id(reference: str) -> str:
    """The address form of a reference: lower case, anything but letters and digits made a hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", reference.lower()).strip("-")


class Signatory(Model):
    """A person who took or signed a decision, in the post they held."""

    person: PersonId = Field(description="The person's id (from content/people.yaml).")
    post: Optional[PostId] = Field(
        default=None, description="The id of the post they held when they took or signed the decision.")


class RestrictedPart(Model):
    """The part of a notice that is not published. Its text is kept here for the record and never built."""

    exempt_paragraph: int = Field(
        description="The paragraph of Part 1 of Schedule 12A to the Local Government Act 1972 (1 to 7).")
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
    title: Optional[Text] = Field(default=None, description="The decision's title as the notice or the list gives it.")
    date: Optional[dt.date] = Field(default=None, description="The date of the decision, where the source gives it.")
    status: Literal["published", "draft"] = Field(
        default="published", description="A draft is never built into the public site.")
    publish_from: Optional[dt.date] = Field(
        default=None, description="The day the notice goes public; before it the decision is left out of the site.")
    decision_maker: Optional[Signatory] = Field(default=None, description="Who took the decision, in the post they held.")
    summary: Optional[Text] = Field(default=None, description="The notice's summary of the decision, word for word.")
    background: Optional[Text] = Field(default=None, description="The notice's background section, in Markdown.")
    decision: Optional[Text] = Field(default=None, description="What was decided, word for word.")
    reasons: Optional[Text] = Field(default=None, description="The reasons the notice gives for the decision.")
    financial_implications: Optional[Text] = Field(default=None, description="The financial implications the notice states.")
    advice: Optional[Text] = Field(default=None, description="Legal, financial and other advice taken.")
    restricted: Optional[RestrictedPart] = Field(
        default=None, description="The part of the notice that is not published: its paragraph of Schedule 12A and reason.")
    signed_by: Optional[Signatory] = Field(default=None, description="Who signed the notice, in the post they held.")
    signed_on: Optional[dt.date] = Field(default=None, description="The day the notice was signed.")
    meetings: list[MeetingId] = Field(default_factory=list, description="Meetings where it was considered, by id.")
    objectives: list[ObjectiveId] = Field(
        default_factory=list, description="Plan objectives the decision relates to, written <plan id>/<objective id>.")
    topics: list[TopicId] = Field(default_factory=list, description="Topics the decision is about.")
    document: Optional[DocumentPath] = Field(default=None, description="The signed notice, when kept in content/documents/.")
    sources: list[Text] = Field(default_factory=list, description=SOURCES)

    @model_validator(mode="after")
    def _signed_after_taken(self):
        if self.date and self.signed_on and self.signed_on < self.date:
            raise ValueError("signed_on is before the decision's date")
        return self
