"""The building blocks every content model shares: identifiers, text, times, the 'missing' notes and
the corrections of the source's text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Literal, Optional

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
"""A lower-case identifier made of words joined by hyphens, e.g. ``peter-mccall``."""

ObjectiveRef = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$")]
"""A plan objective, written ``<plan id>/<objective id>``, e.g. ``2021-2025/crime-and-causes``."""



@dataclass(frozen=True)
class RefTo:
    """Marks an id as naming another object of the content, which must exist (checked across files)."""

    target: Literal["person", "post", "organisation", "topic", "objective", "meeting", "plan", "metric", "body"]


PersonId = Annotated[Slug, RefTo("person")]
"""The id of a person in ``content/people.yaml``."""
PostId = Annotated[Slug, RefTo("post")]
"""The id of a post in ``content/people.yaml``."""
OrganisationId = Annotated[Slug, RefTo("organisation")]
"""The id of an organisation in ``content/people.yaml``."""
TopicId = Annotated[Slug, RefTo("topic")]
"""The id of a topic in ``content/topics.yaml``."""
MetricId = Annotated[Slug, RefTo("metric")]
"""The id of a metric in ``content/metrics.yaml``."""
MeetingId = Annotated[Slug, RefTo("meeting")]
"""The id of a meeting: its file name without ``.yaml``."""
PlanId = Annotated[Slug, RefTo("plan")]
"""The id of a plan: its file name in ``content/plan/`` without ``.yaml``."""
BodyId = Annotated[Slug, RefTo("body")]
"""The id of a body: its file name in ``content/bodies/`` without ``.yaml``."""
ObjectiveId = Annotated[ObjectiveRef, RefTo("objective")]
"""A plan objective that must exist, written ``<plan id>/<objective id>``."""

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


class SourceQuote(Model):
    """Words of a source document, quoted exactly, that state a fact."""

    document: Text = Field(description="Which paper says it, e.g. 'Minutes of the conference of 7 November 2019'.")
    quote: Text = Field(description="The source's own words, exactly as the paper prints them.")


CORRECTION_KINDS = (
    "spelling",          # a misprint put right; the page marks the word [sic] in the corrections note
    "punctuation",       # a mark of punctuation changed
    "word-restored",     # a word or figure the extraction lost, restored from elsewhere in the source
    "heading-restored",  # a heading taken from the contents page or another part of the same document
    "date",              # a date whose parts disagree (e.g. weekday and day of the month)
    "qualifier",         # a number shown without a word the source puts with it ("over 470")
    "title-supplied",    # a title the source does not give, written by the office to name the paper
    "arrangement",       # the source's layout leaves unclear which text belongs where; the office's reading
    "lost-in-source",    # the source's own text is cut off or lacks a word or figure; shown as the source has it
    "reading",           # text the extraction garbled, as the office reads it
    "computed",          # a figure worked out from the source's own (written out in full, or a sum)
)


class Correction(Model):
    """A place where the content differs from the source's text, with the source's own words."""

    kind: Literal[CORRECTION_KINDS] = Field(  # type: ignore[valid-type]
        description="What kind of change it is: " + ", ".join(CORRECTION_KINDS) + ".")
    source_text: Optional[Text] = Field(
        default=None, description="The source's own words, exactly as printed (left out only for a title the source lacks).")
    text: Optional[Text] = Field(default=None, description="What the content shows instead.")
    note: Text = Field(description="What was changed and why, in a sentence for the reader.")

    @model_validator(mode="after")
    def _quoted(self):
        if self.source_text is None and self.kind not in ("title-supplied", "arrangement"):
            raise ValueError(
                f"a '{self.kind}' correction needs 'source_text': the source's own words, exactly as printed")
        return self


SOURCES = "The documents this content was taken from."
OFFICE_TOPICS = "Topics this is about: the office's classification, shown as added by the office."
OFFICE_OBJECTIVES = (
    "Plan objectives this relates to, in the office's judgement (no source paper makes these links); "
    "shown as 'Related plan objectives (added by the office)'.")


class WithMissing(Model):
    """Content that can say what its source document lost: ``missing`` names each empty field and why."""

    missing: dict[str, Text] = Field(
        default_factory=dict,
        description="Fields the source document lost, each with a note of what is missing.",
    )
    corrections: list[Correction] = Field(
        default_factory=list,
        description="Places where this content differs from the source's text, each with the source's own words.",
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


class ExemptMixin(Model):
    """Whether an item was considered in public (part 1) or in private as exempt business (part 2)."""

    part: Literal[1, 2] = Field(default=1, description="1 for business in public, 2 for exempt business taken in private.")
    exempt_paragraph: Optional[int] = Field(
        default=None,
        description="For part 2 items: the paragraph of Part 1 of Schedule 12A to the Local Government Act 1972.",
    )
    confidential: bool = Field(default=False, description="Confidential information is never stored here.")

    @model_validator(mode="after")
    def _exemption(self):
        if self.confidential:
            raise ValueError(
                "confidential information (Local Government Act 1972 s.100A(3)) must not be stored in this "
                "repository; remove the item's text and keep it out of the papers"
            )
        if self.part == 2 and self.exempt_paragraph is None:
            raise ValueError("a part 2 item needs 'exempt_paragraph' (1 to 7, from Schedule 12A)")
        if self.part == 1 and self.exempt_paragraph is not None:
            raise ValueError("'exempt_paragraph' is only for part 2 items; set 'part: 2' or remove it")
        if self.exempt_paragraph is not None and self.exempt_paragraph not in PART_2_PARAGRAPHS:
            raise ValueError(f"exempt_paragraph {self.exempt_paragraph} does not exist; Schedule 12A has paragraphs 1 to 7")
        return self
