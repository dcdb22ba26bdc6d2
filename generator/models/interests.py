"""Registers of interests: one file a person, ``content/interests/<person id>.yaml``, with dated entries."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from pydantic import Field, model_validator

from generator.models.base import Model, Text, WithMissing
from generator.models.documents import DocumentPath


class Interest(WithMissing):
    """One registered interest, as the declaration states it."""

    category: Text = Field(description="The heading of the register it falls under, e.g. 'Employment' or 'Gifts and hospitality'.")
    description: Text
    registered_on: Optional[dt.date] = None
    ended_on: Optional[dt.date] = None
    note: Optional[Text] = None

    @model_validator(mode="after")
    def _ordered(self):
        if self.registered_on and self.ended_on and self.ended_on < self.registered_on:
            raise ValueError("ended_on is before registered_on")
        return self


class InterestsRegister(WithMissing):
    """A person's register of interests; the person is the file's name."""

    declared_on: Optional[dt.date] = Field(default=None, description="When the register was last signed.")
    entries: list[Interest] = Field(default_factory=list)
    nil_return: bool = Field(default=False, description="true when the person declared no interests.")
    document: Optional[DocumentPath] = None
    sources: list[Text] = Field(default_factory=list)

    @model_validator(mode="after")
    def _entries_or_nil(self):
        if self.nil_return and self.entries:
            raise ValueError("a nil return has no entries; remove 'nil_return' or the entries")
        return self
