"""Bodies: the meetings the office holds, the committees it shares, and the bodies that scrutinise it.

One file a body: ``content/bodies/<id>.yaml``. Every meeting names its body by that id.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import Field, model_validator

from generator.models.base import SOURCES, Model, PersonId, Slug, Text, WithMissing

BODY_KINDS = ("own-meeting", "joint-committee", "scrutiny-body")
BODY_KIND_LABELS = {
    "own-meeting": "the Commissioner's own meeting",
    "joint-committee": "a joint committee of the Commissioner and the Chief Constable",
    "scrutiny-body": "an outside body that scrutinises the Commissioner",
}


class BodyMember(Model):
    """A member of a body. Term dates only where a source states them."""

    person: PersonId = Field(description="The member's id (from content/people.yaml).")
    role: Optional[Text] = Field(default=None, description="As the source names it, e.g. 'Chair' or 'Independent member'.")
    start_date: Optional[dt.date] = Field(default=None, description="When their term began, only where a source states it.")
    end_date: Optional[dt.date] = Field(default=None, description="When their term ended, only where a source states it.")
    note: Optional[Text] = Field(default=None, description="Anything else a reader needs to know about the membership.")

    @model_validator(mode="after")
    def _ordered(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError("end_date is before start_date")
        return self


class Body(WithMissing):
    """A body that meets: ``content/bodies/<id>.yaml``."""

    name: Text = Field(description="The body's full name.")
    short_name: Optional[Text] = Field(default=None, description="A shorter name for lists, e.g. 'Joint Audit Committee'.")
    kind: Literal[BODY_KINDS] = Field(  # type: ignore[valid-type]
        description="own-meeting (held by the office), joint-committee (shared with the Constabulary) or "
                    "scrutiny-body (an outside body that scrutinises the Commissioner).")
    description: Optional[Text] = Field(default=None, description="What the body is and does, in Markdown.")
    terms_of_reference: Optional[Text] = Field(default=None, description="The body's terms of reference, in Markdown.")
    meeting_kinds: list[Slug] = Field(
        default_factory=list, description="The kinds of meeting it holds (see a meeting's 'kind').")
    members: list[BodyMember] = Field(
        default_factory=list, description="Its members, each with their role and term where a source gives them.")
    website: Optional[Text] = Field(
        default=None, description="Where the body publishes its own papers, when it is not this site.")
    sources: list[Text] = Field(default_factory=list, description=SOURCES)
