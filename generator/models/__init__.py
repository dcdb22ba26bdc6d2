"""Typed content model: what a meeting, a person, a plan and an assessment are.

This package imports nothing from the rest of the generator. It describes the
content and checks each document on its own; checks that need the whole
content (does this person exist?) live in ``generator.validate``. A field that
names another object of the content says so in its type (``PersonId``,
``TopicId``, ...: an id marked with ``RefTo``), and the checker finds every
such field by walking these models.

Conventions followed where they fit:
- meetings, agenda items and participants after Open Civic Data events;
- people, organisations, posts and memberships after Popolo.

Where the source document lost a heading or a value, the field is left empty
and named in the object's ``missing`` mapping with a note saying what is lost.
``papers check`` reports each as a warning so that staff can fill it in.

Two voices are kept apart. The record is what a source says, word for word; any
place where the content differs from the source's text is written down as a
``Correction`` with the source's own words. Everything the office adds to help a
reader (topic tags, links to plan objectives, summaries) says who made it: a link
to an objective either quotes the source line that makes it or is the office's
own classification. A person's post names the source that states it.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Optional, Union

from pydantic import Field, StringConstraints, field_validator, model_validator

from generator.models.base import (  # noqa: F401  (re-exported: the content model's building blocks)
    PART_2_PARAGRAPHS,
    ROMAN,
    TIME_PATTERN,
    BodyId,
    MeetingId,
    MetricId,
    CORRECTION_KINDS,
    OFFICE_OBJECTIVES,
    OFFICE_TOPICS,
    Correction,
    Model,
    ObjectiveId,
    ObjectiveRef,
    OrganisationId,
    PersonId,
    PlanId,
    PostId,
    RefTo,
    Slug,
    SourceQuote,
    Text,
    Time,
    TopicId,
    WithMissing,
)
from generator.models.bodies import BODY_KIND_LABELS, BODY_KINDS, Body, BodyMember  # noqa: F401
from generator.models.decisions import DecisionNotice, RestrictedPart, Signatory, decision_id  # noqa: F401
from generator.models.documents import DOCUMENT_SUFFIXES, DocumentPath  # noqa: F401
from generator.models.interests import Interest, InterestsRegister  # noqa: F401

MEETING_KINDS = ("performance", "finance", "budget-setting", "thematic", "other")


# ---------------------------------------------------------------- people


class Organisation(Model):
    """A body whose posts people hold, such as the office itself or the constabulary."""

    id: Slug
    name: Text
    classification: Optional[Text] = None


class Post(Model):
    """A position, held by people over time; in an organisation only where a source says which."""

    id: Slug
    label: Text
    organisation: Optional[OrganisationId] = Field(
        default=None, description="Only where a source states it; 'source' then quotes the words that do.")
    source: Optional[SourceQuote] = Field(default=None, description="The source that names the post's organisation.")
    standing: bool = Field(default=False, description="Holders are invited to every conference.")
    chairs: bool = Field(default=False, description="The holder chairs the conferences.")

    @model_validator(mode="after")
    def _organisation_sourced(self):
        if self.organisation and not self.source:
            raise ValueError(
                f"post '{self.id}' is placed in '{self.organisation}' with no source; add 'source:' with the "
                "document and the words that say so, or leave 'organisation' out")
        return self


class Membership(Model):
    """A person holding a post. Dates only where a source states them."""

    post: PostId
    source: Optional[SourceQuote] = Field(default=None, description="The document and words that name this person in this post.")
    start_date: Optional[dt.date] = None
    end_date: Optional[dt.date] = None
    note: Optional[Text] = None

    @model_validator(mode="after")
    def _ordered(self):
        if self.source is None:
            raise ValueError(
                f"the post '{self.post}' has no source; add 'source:' with the document and the words that name "
                "the person in that post, or remove the post")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError("end_date is before start_date")
        return self


class Person(Model):
    """Someone named in the papers, once, with the posts they held and when."""

    id: Slug
    name: Text
    honorific_prefix: Optional[Text] = None
    honorific_suffix: Optional[Text] = None
    memberships: list[Membership] = Field(default_factory=list)


class PeopleFile(Model):
    """``content/people.yaml``: organisations, posts and people, each once."""

    organisations: list[Organisation]
    posts: list[Post]
    people: list[Person]


# ---------------------------------------------------------------- topics


class Topic(Model):
    """A subject that items, objectives and sections are tagged with; each topic has a page and a feed."""

    id: Slug
    label: Text
    description: Optional[Text] = None


class TopicsFile(Model):
    """``content/topics.yaml``: the controlled vocabulary that content is tagged with."""

    topics: list[Topic]


# ---------------------------------------------------------------- glossary


class GlossaryTerm(Model):
    """An abbreviation the papers use, with what it stands for; search finds either form from the other."""

    abbreviation: Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9&]*$")] = Field(
        description="The short form as the papers print it, e.g. ASB.")
    expansion: Text = Field(description="What it stands for, e.g. antisocial behaviour.")
    synonyms: list[Text] = Field(default_factory=list, description="Other ways the papers write it, e.g. anti-social behaviour.")
    description: Optional[Text] = None


class GlossaryFile(Model):
    """``content/glossary.yaml``: abbreviations the papers use, with what they stand for.

    Search finds either form from the other, and each page marks the first use of an abbreviation.
    """

    terms: list[GlossaryTerm]


# ---------------------------------------------------------------- tables


class Column(Model):
    """A table column: its label as the source prints it, and the unit of its values if the source gives one."""

    label: Text
    unit: Optional[Text] = None


Cell = Union[int, float, str, None]

CHART_TYPES = ("bar", "grouped-bar", "diverging-bar", "line")


class Chart(Model):
    """How to draw a table. By default: bars of its first column of numbers."""

    type: Literal[CHART_TYPES] = "bar"  # type: ignore[valid-type]
    columns: list[Text] = Field(default_factory=list, description="Columns to draw; default: the first column of numbers.")
    exclude_rows: list[Text] = Field(default_factory=list, description="Row labels to leave out, such as a total.")
    alt: Optional[Text] = Field(default=None, description="A short text alternative; written from the data when left out.")


class Derived(Model):
    """A column computed from others, checked against them within rounding."""

    column: Text
    formula: Literal["difference", "percent-change", "percentage"]
    of: list[Text] = Field(min_length=2, max_length=2, description="[a, b]: a - b, (a - b) / b * 100, or a / b * 100")


class MetricCell(Model):
    """A cell that is a measurement of a named metric, so it can be followed from meeting to meeting."""

    metric: MetricId
    row: Text
    column: Text
    period: Text = Field(description="What the figure covers, as the source says, e.g. '1 December 2020 to 1 December 2021'.")
    period_end: dt.date = Field(description="When the period ends, to put figures in order (use the 1st when only the month is known).")


class Metric(Model):
    """A measure followed from paper to paper, so that its figures can be shown over time."""

    id: Slug
    label: Text
    definition: Text
    unit: Optional[Text] = None


class MetricsFile(Model):
    """``content/metrics.yaml``: the measures that are tracked across meetings."""

    metrics: list[Metric]


class DataTable(WithMissing):
    """A table of figures as the source gives it. An empty cell (null) is a value the source lost."""

    id: Slug
    title: Optional[Text] = None
    unit: Optional[Text] = None
    period: Optional[Text] = None
    comparison_period: Optional[Text] = None
    source: Optional[Text] = None
    columns: list[Union[Text, Column]] = Field(min_length=1)
    rows: list[list[Cell]] = Field(min_length=1)
    notes: Optional[Text] = None
    topics: list[TopicId] = Field(default_factory=list, description=OFFICE_TOPICS)
    chart: Union[bool, Chart] = Field(default=True, description="false for no chart, or how to draw it.")
    derived: list[Derived] = Field(default_factory=list)
    metrics: list[MetricCell] = Field(default_factory=list)

    @field_validator("columns")
    @classmethod
    def _columns_as_objects(cls, columns):
        return [Column(label=c) if isinstance(c, str) else c for c in columns]

    @model_validator(mode="after")
    def _rows_match_columns(self):
        width = len(self.columns)
        for index, row in enumerate(self.rows, start=1):
            if len(row) != width:
                raise ValueError(
                    f"row {index} has {len(row)} cells but the table has {width} columns; "
                    "add or remove cells so that every row matches the columns"
                )
        return self


# ---------------------------------------------------------------- documents, sections


class Paper(Model):
    """A document that goes with an agenda item."""

    title: Text
    note: Optional[Text] = None
    href: Optional[Text] = None
    document: Optional[DocumentPath] = None


class Section(WithMissing):
    """A titled part of a presentation, report, plan or assessment."""

    title: Optional[Text] = None
    text: Optional[Text] = None
    key_points: list[Text] = Field(default_factory=list)
    tables: list[DataTable] = Field(default_factory=list)
    topics: list[TopicId] = Field(default_factory=list, description=OFFICE_TOPICS)
    objectives: list[ObjectiveId] = Field(default_factory=list, description=OFFICE_OBJECTIVES)


# ---------------------------------------------------------------- meetings


class Attendee(Model):
    """A person at (or sending apologies to) a meeting, in the post they held that day."""

    person: PersonId
    post: Optional[PostId] = None
    note: Optional[Text] = None
    chair: bool = False


class Attendance(Model):
    """Who attended a meeting, in the groups the minutes list them in."""

    present: list[Attendee] = Field(default_factory=list)
    also_present: list[Attendee] = Field(default_factory=list)
    apologies: list[Attendee] = Field(default_factory=list)
    minute_taker: Optional[Attendee] = None
    observers: list[Attendee] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_chair(self):
        chairs = [a.person for a in self.present + self.also_present if a.chair]
        if len(chairs) > 1:
            raise ValueError(f"more than one chair: {', '.join(chairs)}; mark only one attendee 'chair: true'")
        return self


class Location(Model):
    """Where a meeting was held: a venue and address, or held remotely."""

    remote: bool = False
    venue: Optional[Text] = None
    address: Optional[Text] = None

    @model_validator(mode="after")
    def _somewhere(self):
        if not self.remote and not self.venue:
            raise ValueError("give a venue, or 'remote: true' for a meeting held remotely")
        return self


class Contact(Model):
    """Whom to ask about a meeting's papers, as the notice of meeting names them."""

    name: Text
    person: Optional[PersonId] = None
    telephone: Optional[Text] = None
    email: Optional[Text] = None


class Notice(WithMissing):
    """The letter that calls the meeting."""

    date: Optional[dt.date] = None
    reference: Optional[Text] = None
    contact: Optional[Contact] = None
    text: Optional[Text] = None
    signed_by: Optional[Attendee] = None
    invited: list[Attendee] = Field(default_factory=list)


class ExemptMixin(Model):
    """Whether an item was considered in public (part 1) or in private as exempt business (part 2)."""

    part: Literal[1, 2] = 1
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


class AgendaItem(ExemptMixin, WithMissing):
    """One numbered item of a meeting's agenda."""

    number: int = Field(ge=1)
    title: Optional[Text] = None
    description: Optional[Text] = None
    presenter: Optional[Text] = None
    papers: list[Paper] = Field(default_factory=list)
    minutes_of: Optional[MeetingId] = Field(default=None, description="Id of the meeting whose minutes this item approves.")
    minutes_of_date: Optional[dt.date] = None
    presentation: Optional[Slug] = None
    topics: list[TopicId] = Field(default_factory=list, description=OFFICE_TOPICS)
    objectives: list[ObjectiveId] = Field(default_factory=list, description=OFFICE_OBJECTIVES)


class Resolution(Model):
    """One numbered decision of a minute: what the meeting RESOLVED, numbered i, ii, iii ..."""

    number: str
    text: Text

    @field_validator("number")
    @classmethod
    def _roman(cls, value):
        if value not in ROMAN:
            raise ValueError(f"'{value}' is not a resolution number; number them i, ii, iii ...")
        return value


class Recommendation(Model):
    """A recommendation put to the Commissioner in a minute (R1, R2 ...), and its outcome if the minutes record one."""

    id: Annotated[str, StringConstraints(pattern=r"^R[0-9]+$")]
    text: Text
    outcome: Optional[Literal["approved", "not approved", "deferred", "noted", "withdrawn"]] = None


class MinuteItem(ExemptMixin, WithMissing):
    """One numbered minute: what was said and decided under an item of business."""

    number: int = Field(ge=1, le=999)
    title: Optional[Text] = None
    agenda_item: Optional[int] = None
    text: Optional[Text] = None
    resolutions: list[Resolution] = Field(default_factory=list)
    recommendations: list[Recommendation] = Field(default_factory=list)
    minutes_of: Optional[MeetingId] = None
    minutes_of_date: Optional[dt.date] = None
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
    items: list[MinuteItem] = Field(min_length=1)
    concluded_at: Optional[Time] = None
    document: Optional[DocumentPath] = None


class Presentation(WithMissing):
    """A presentation or report received at a meeting, with its figures."""

    id: Slug
    title: Text
    agenda_item: Optional[int] = None
    presenter: Optional[Text] = None
    presenter_people: list[PersonId] = Field(default_factory=list)
    summary: Optional[Text] = Field(default=None, description="A summary written by the office, shown as such; say nothing the paper does not.")
    sections: list[Section] = Field(default_factory=list)
    topics: list[TopicId] = Field(default_factory=list, description=OFFICE_TOPICS)
    objectives: list[ObjectiveId] = Field(default_factory=list, description=OFFICE_OBJECTIVES)
    document: Optional[DocumentPath] = None


class Cancellation(Model):
    """A meeting called off: when it was decided, and why if the office says."""

    date: dt.date = Field(description="The day the meeting was cancelled.")
    reason: Optional[Text] = None


class ScheduleChange(Model):
    """A change to a scheduled meeting (its date, time or venue), so calendars can update it."""

    date: dt.date = Field(description="The day the change was announced.")
    note: Text = Field(description="What changed, e.g. 'Start moved from 10:00 to 14:00'.")


class Meeting(WithMissing):
    """One meeting: ``content/meetings/<year>/<date>-<body>[-<more>].yaml``."""

    body: BodyId = Field(description="The id of the body that meets: a file content/bodies/<id>.yaml. The file name starts <date>-<body>.")
    kind: Literal[MEETING_KINDS]  # type: ignore[valid-type]
    date: dt.date
    start_time: Optional[Time] = None
    tentative: bool = Field(default=False, description="The date is planned but not yet confirmed.")
    cancelled: Optional[Cancellation] = None
    changes: list[ScheduleChange] = Field(default_factory=list, description="Changes announced since it was first scheduled, oldest first.")
    papers_due: Optional[dt.date] = Field(default=None, description="When the agenda and papers will be published.")
    status: Literal["published", "draft"] = Field(
        default="published", description="A draft is never built into the public site.")
    publish_from: Optional[dt.date] = Field(
        default=None, description="The day the agenda and papers go public; before it the meeting is left out of the site.")
    location: Optional[Location] = None
    purpose: Optional[Text] = None
    notice: Optional[Notice] = None
    agenda: list[AgendaItem] = Field(default_factory=list)
    attendance: Optional[Attendance] = None
    minutes: Optional[Minutes] = None
    presentations: list[Presentation] = Field(default_factory=list)
    document: Optional[DocumentPath] = Field(default=None, description="The original pack of papers (agenda and reports).")
    sources: list[Text] = Field(default_factory=list, description="The documents this content was taken from.")

    @model_validator(mode="after")
    def _schedule(self):
        if self.cancelled and self.minutes:
            raise ValueError("a cancelled meeting has no minutes; remove 'cancelled' or the minutes")
        if self.cancelled and self.tentative:
            raise ValueError("a meeting is either tentative or cancelled; remove one of them")
        if self.papers_due and self.papers_due > self.date:
            raise ValueError("papers_due is after the meeting; the papers are published before it")
        for earlier, later in zip(self.changes, self.changes[1:]):
            if later.date < earlier.date:
                raise ValueError("list 'changes' oldest first")
        return self


# ---------------------------------------------------------------- plans


class Action(Model):
    """One action a plan objective commits to."""

    text: Text
    topics: list[TopicId] = Field(default_factory=list, description=OFFICE_TOPICS)


class Objective(WithMissing):
    """One objective of a Police and Crime Plan, with its actions."""

    id: Slug
    number: Optional[int] = None
    title: Optional[Text] = None
    introduction: Optional[Text] = None
    actions: list[Action] = Field(default_factory=list)
    text: Optional[Text] = None
    topics: list[TopicId] = Field(default_factory=list, description=OFFICE_TOPICS)


class Foreword(Model):
    """A signed foreword to a plan."""

    title: Text
    author: Optional[PersonId] = None
    signature: Optional[Text] = None
    text: Text


class Plan(WithMissing):
    """A Police and Crime Plan: ``content/plan/<first year>-<last year>.yaml``."""

    title: Text
    start_year: Optional[int] = None
    end_year: Optional[int] = None
    author: Optional[PersonId] = None
    forewords: list[Foreword] = Field(default_factory=list)
    introduction: Optional[Text] = None
    objectives: list[Objective] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    sources: list[Text] = Field(default_factory=list)


class ObjectiveProgress(WithMissing):
    """The progress a report records against one plan objective."""

    objective: ObjectiveId
    previous_period: Optional[Text] = None
    current_period: Optional[Text] = None
    summary: Optional[Text] = None


class ProgressReport(WithMissing):
    """A report of progress against a plan: ``content/plan/reports/<id>.yaml``."""

    title: Text
    plan: PlanId
    date: Optional[dt.date] = None
    to: Optional[Text] = None
    executive_summary: Optional[Text] = None
    recommendation: Optional[Text] = None
    introduction: Optional[Text] = None
    progress: list[ObjectiveProgress] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    sources: list[Text] = Field(default_factory=list)


# ---------------------------------------------------------------- assessments


class KeyFigure(Model):
    """A headline figure of an assessment section, as the source states it."""

    label: Text
    value: Union[int, float, str]
    unit: Optional[Text] = None
    period: Optional[Text] = None
    note: Optional[Text] = None


class Term(Model):
    """An acronym or term an assessment explains."""

    term: Text
    meaning: Text


class Assessment(WithMissing):
    """A Strategic Assessment: ``content/assessments/<year>/assessment.yaml``."""

    title: Text
    year: int
    introduction: Optional[Text] = None
    acronyms: list[Term] = Field(default_factory=list)
    references: list[Text] = Field(default_factory=list)
    sources: list[Text] = Field(default_factory=list)


class AssessmentSection(WithMissing):
    """One section of an assessment: ``content/assessments/<year>/<nn>-<id>.md``.

    The YAML front matter holds these fields; the Markdown body is the narrative.
    """

    title: Optional[Text] = None
    group: Optional[Text] = None
    headline: list[Text] = Field(default_factory=list)
    key_figures: list[KeyFigure] = Field(default_factory=list)
    tables: list[DataTable] = Field(default_factory=list)
    references: list[Text] = Field(default_factory=list)
    topics: list[TopicId] = Field(default_factory=list, description=OFFICE_TOPICS)
    objectives: list[ObjectiveId] = Field(default_factory=list, description=OFFICE_OBJECTIVES)


class Page(Model):
    """A hand-written page: ``content/pages/<id>.md``, front matter then Markdown."""

    title: Text
    description: Optional[Text] = None
    footer_link: bool = False
