"""Registers of interests: one file a person, ``content/interests/<person id>.yaml``, with dated entries."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from pydantic import Field, model_validator

from generator.models.base import SOURCES, Text, WithMissing
from generator.models.documents import DocumentPath


class Interest(WithMissing):
    """One registered interest, as the declaration states it."""

    category: Text = Field(
        description="The heading of the register it falls under, e.g. 'Employment' or 'Gifts and hospitality'.")
    description: Text = Field(description="The interest as the declaration words it.")
    registered_on: Optional[dt.date] = Field(default=None, description="When it was registered, where the register says.")
    ended_on: Optional[dt.date] = Field(default=None, description="When it ended, where the register says.")
    note: Optional[Text] = Field(default=None, description="Anything else the register says of it.")

    @model_validator(mode="after")
    def _ordered(self):
        if self.registered_on and self.ended_on and self.ended_on < self.registered_on:
            raise ValueError("ended_on is before registered_on")
        return self


class InterestsRegister(WithMissing):
    """A person's register of interests; the person is the file's name."""

    declared_on: Optional[dt.date] = Field(default=None, description="When the register was last signed.")
    entries: list[Interest] = Field(default_factory=list, description="The registered interests, each as declared.")
    nil_return: bool = Field(default=False, description="true when the person declared no interests.")
    document: Optional[DocumentPath] = Field(
        default=None, description="The signed register, when kept in content/documents/.")
    sources: list[Text] = Field(default_factory=list, description=SOURCES)

    @model_validator(mode="after")
    def _entries_or_nil(self):
        if self.nil_return and self.entries:
            raise ValueError("a nil return has no entries; remove 'nil_return' or the entries")
        return self
