"""Who attended a meeting, in the groups the minutes list them in, each in the post they held that day."""

from __future__ import annotations

from typing import Optional

from pydantic import Field, model_validator

from generator.models.base import Model, PersonId, PostId, Text


class Attendee(Model):
    """A person at (or sending apologies to) a meeting, in the post they held that day."""

    person: PersonId = Field(description="The person's id (from content/people.yaml).")
    post: Optional[PostId] = Field(default=None, description="The id of the post they held that day.")
    note: Optional[Text] = Field(default=None, description="What the minutes add about them, e.g. 'for item 6 only'.")
    chair: bool = Field(default=False, description="true for the person who chaired; at most one.")


class Attendance(Model):
    """Who attended a meeting, in the groups the minutes list them in."""

    present: list[Attendee] = Field(default_factory=list, description="Those the minutes list as present.")
    also_present: list[Attendee] = Field(
        default_factory=list, description="Those the minutes list as also present or in attendance.")
    apologies: list[Attendee] = Field(default_factory=list, description="Those who sent apologies.")
    minute_taker: Optional[Attendee] = Field(default=None, description="Who took the minutes, where the minutes say.")
    observers: list[Attendee] = Field(default_factory=list, description="Those the minutes list as observing.")

    @model_validator(mode="after")
    def _one_chair(self):
        chairs = [a.person for a in self.present + self.also_present if a.chair]
        if len(chairs) > 1:
            raise ValueError(f"more than one chair: {', '.join(chairs)}; mark only one attendee 'chair: true'")
        return self
