"""Typed content model: what a meeting, a person, a plan and an assessment are.

This package imports nothing from the rest of the generator. It describes the
content and checks each document on its own; checks that need the whole
content (does this person exist?) live in ``generator.validate``. A field that
names another object of the content says so in its type (``PersonId``,
``TopicId``, ...: an id marked with ``RefTo``), and the checker finds every
such field by walking these models.

One module a kind of content (``meetings.py``, ``people.py``, ``plans.py`` ...), the shared building
blocks in ``base.py``; everything is importable from ``generator.models``.

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

from generator.models.base import (  # noqa: F401  (re-exported: the content model's building blocks)
    CORRECTION_KINDS,
    OFFICE_OBJECTIVES,
    OFFICE_TOPICS,
    PART_2_PARAGRAPHS,
    ROMAN,
    SOURCES,
    TIME_PATTERN,
    BodyId,
    Correction,
    ExemptMixin,
    MeetingId,
    MetricId,
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
from generator.models.assessments import Assessment, AssessmentSection, KeyFigure, Term  # noqa: F401
from generator.models.attendance import Attendance, Attendee  # noqa: F401
from generator.models.bodies import BODY_KIND_LABELS, BODY_KINDS, Body, BodyMember  # noqa: F401
from generator.models.decisions import DecisionNotice, RestrictedPart, Signatory, decision_id  # noqa: F401
from generator.models.documents import DOCUMENT_SUFFIXES, DocumentPath  # noqa: F401
from generator.models.glossary import GlossaryFile, GlossaryTerm  # noqa: F401
from generator.models.interests import Interest, InterestsRegister  # noqa: F401
from generator.models.meetings import (  # noqa: F401
    MEETING_KINDS,
    AgendaItem,
    Cancellation,
    Contact,
    Location,
    Meeting,
    Notice,
    Paper,
    Presentation,
    ScheduleChange,
)
from generator.models.metrics import Metric, MetricsFile  # noqa: F401
from generator.models.minutes import MinuteItem, Minutes, Recommendation, Resolution  # noqa: F401
from generator.models.pages import Page  # noqa: F401
from generator.models.people import Membership, Organisation, PeopleFile, Person, Post  # noqa: F401
from generator.models.plans import Action, Foreword, Objective, ObjectiveProgress, Plan, ProgressReport  # noqa: F401
from generator.models.sections import Section  # noqa: F401
from generator.models.tables import CHART_TYPES, Cell, Chart, Column, DataTable, Derived, MetricCell  # noqa: F401
from generator.models.topics import Topic, TopicsFile  # noqa: F401
