"""The building blocks every content model shares: identifiers, text, times, the 'missing' notes."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, field_validator, model_validator

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
"""A lower-case identifier made of words joined by hyphens, e.g. ``peter-mccall``."""

ObjectiveRef = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$")]
"""A plan objective, written ``<plan id>/<objective id>``, e.g. ``2021-2025/crime-and-causes``."""

Text = Annotated[str, StringConstraints(min_length=1)]
"""Markdown text. Never empty: leave the field out instead."""

TIME_PATTERN = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]

PART_2_PARAGRAPHS = range(1, 8)  # Local Government Act 1972, Schedule 12A, Part 1, paragraphs 1 to 7


class Model(BaseModel):
    """Base of every content object: unknown fields are errors, values never change."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _check_missing(model: BaseModel, missing: dict[str, str]) -> None:
    for name in missing:
        if name not in type(model).model_fields or name == "missing":
            raise ValueError(f"'missing' names '{name}', which is not a field here")
        value = getattr(model, name)
        if value not in (None, [], ""):
            raise ValueError(f"'{name}' has a value but is also listed under 'missing'; remove one of them")


class WithMissing(Model):
    """Content that can say what its source document lost: ``missing`` names each empty field and why."""

    missing: dict[str, Text] = Field(
        default_factory=dict,
        description="Fields the source document lost, each with a note of what is missing.",
    )

    @model_validator(mode="after")
    def _missing_fields_are_empty(self):
        _check_missing(self, self.missing)
        return self


def _time(value: object) -> object:
    if isinstance(value, str) and TIME_PATTERN.match(value):
        return value
    raise ValueError(f"'{value}' is not a time of day; write it as HH:MM on the 24-hour clock, e.g. 09:30")


Time = Annotated[str, BeforeValidator(_time), Field(description="24-hour clock, HH:MM, e.g. 09:30")]
