"""A meeting (``content/meetings/<year>/<date>-<body>.yaml``): when and where, its notice, agenda,
attendance, minutes and presentations; or only its date when it is scheduled."""

from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import Field, model_validator

from generator.models.attendance import Attendance, Attendee
from generator.models.base import (
    OFFICE_OBJECTIVES, OFFICE_TOPICS, SOURCES, BodyId, ExemptMixin, MeetingId, Model, ObjectiveId, PersonId,
    Slug, Text, Time, TopicId, WithMissing)
from generator.models.documents import DocumentPath
from generator.models.minutes import Minutes
from generator.models.sections import Section

MEETING_KINDS = ("performance", "finance", "budget-setting", "thematic", "other")


class Location(Model):
    """Where a meeting was held: a venue and address, or held remotely."""

    remote: bool = Field(default=False, description="true for a meeting held online.")
    venue: Optional[Text] = Field(default=None, description="The place, as the notice names it.")
    address: Optional[Text] = Field(default=None, description="The venue's address, where the papers give it.")

    @model_validator(mode="after")
    def _somewhere(self):
        if not self.remote and not self.venue:
            raise ValueError("give a venue, or 'remote: true' for a meeting held remotely")
        return self


class Contact(Model):
    """Whom to ask about a meeting's papers, as the notice of meeting names them."""

    name: Text = Field(description="The contact's name as the notice prints it.")
    person: Optional[PersonId] = Field(default=None, description="Their id, if they are in content/people.yaml.")
    telephone: Optional[Text] = Field(default=None, description="The telephone number the notice gives.")
    email: Optional[Text] = Field(default=None, description="The email address the notice gives.")


class Notice(WithMissing):
    """The letter that calls the meeting."""

    date: Optional[dt.date] = Field(default=None, description="The date on the letter.")
    reference: Optional[Text] = Field(default=None, description="The letter's reference, as printed.")
    contact: Optional[Contact] = Field(default=None, description="Whom the notice says to ask about the papers.")
    text: Optional[Text] = Field(default=None, description="The letter's text, in Markdown.")
    signed_by: Optional[Attendee] = Field(default=None, description="Who signed the letter, in the post they held.")
    invited: list[Attendee] = Field(default_factory=list, description="Those the letter invites, each in their post.")


class Paper(Model):
    """A document that goes with an agenda item."""

    title: Text = Field(description="The paper's title as the agenda lists it.")
    note: Optional[Text] = Field(default=None, description="A few words shown after the title, e.g. the file format.")
    href: Optional[Text] = Field(
        default=None, description="The address where the paper is published, when it is not an original document kept here.")
    document: Optional[DocumentPath] = Field(
        default=None, description="The original document, when it is kept in content/documents/.")


class AgendaItem(ExemptMixin, WithMissing):
    """One numbered item of a meeting's agenda."""

    number: int = Field(ge=1, description="The item's number on the agenda: 1, 2, 3 ... without gaps.")
    title: Optional[Text] = Field(default=None, description="The item's title as the agenda prints it.")
    description: Optional[Text] = Field(default=None, description="The text under the title on the agenda.")
    presenter: Optional[Text] = Field(default=None, description="Who presents the item, as the agenda names them.")
    papers: list[Paper] = Field(default_factory=list, description="The papers that go with the item.")
    minutes_of: Optional[MeetingId] = Field(default=None, description="Id of the meeting whose minutes this item approves.")
    minutes_of_date: Optional[dt.date] = Field(
        default=None, description="The date of the meeting whose minutes this item approves, as the agenda gives it.")
    presentation: Optional[Slug] = Field(
        default=None, description="The id of the presentation (under 'presentations') given under this item.")
    topics: list[TopicId] = Field(default_factory=list, description=OFFICE_TOPICS)
    objectives: list[ObjectiveId] = Field(default_factory=list, description=OFFICE_OBJECTIVES)


class Presentation(WithMissing):
    """A presentation or report received at a meeting, with its figures."""

    id: Slug = Field(description="The presentation's id within the meeting, named by its agenda item's 'presentation'.")
    title: Text = Field(description="Its title as the slides or report give it.")
    agenda_item: Optional[int] = Field(default=None, description="The number of the agenda item it was given under.")
    presenter: Optional[Text] = Field(default=None, description="Who presented it, as the papers name them.")
    presenter_people: list[PersonId] = Field(
        default_factory=list, description="The ids of the people who presented it, where known.")
    summary: Optional[Text] = Field(
        default=None, description="A summary written by the office, shown as such; say nothing the paper does not.")
    sections: list[Section] = Field(default_factory=list, description="Its parts in order, with their figures.")
    topics: list[TopicId] = Field(default_factory=list, description=OFFICE_TOPICS)
    objectives: list[ObjectiveId] = Field(default_factory=list, description=OFFICE_OBJECTIVES)
    document: Optional[DocumentPath] = Field(
        default=None, description="The original slides or report, when kept in content/documents/.")


class Cancellation(Model):
    """A meeting called off: when it was decided, and why if the office says."""

    date: dt.date = Field(description="The day the meeting was cancelled.")
    reason: Optional[Text] = Field(default=None, description="Why it was called off, if the office says.")


class ScheduleChange(Model):
    """A change to a scheduled meeting (its date, time or venue), so calendars can update it."""

    date: dt.date = Field(description="The day the change was announced.")
    note: Text = Field(description="What changed, e.g. 'Start moved from 10:00 to 14:00'.")


class Meeting(WithMissing):
    """One meeting: ``content/meetings/<year>/<date>-<body>[-<more>].yaml``."""

    body: BodyId = Field(
        description="The id of the body that meets: a file content/bodies/<id>.yaml. The file name starts <date>-<body>.")
    kind: Literal[MEETING_KINDS] = Field(  # type: ignore[valid-type]
        description="performance, finance, budget-setting, thematic or other.")
    date: dt.date = Field(description="The day of the meeting; the file name starts with it.")
    start_time: Optional[Time] = Field(default=None, description="When it starts (HH:MM, in quotes).")
    tentative: bool = Field(default=False, description="The date is planned but not yet confirmed.")
    cancelled: Optional[Cancellation] = Field(default=None, description="When and why the meeting was called off.")
    changes: list[ScheduleChange] = Field(
        default_factory=list, description="Changes announced since it was first scheduled, oldest first.")
    papers_due: Optional[dt.date] = Field(default=None, description="When the agenda and papers will be published.")
    status: Literal["published", "draft"] = Field(
        default="published", description="A draft is never built into the public site.")
    publish_from: Optional[dt.date] = Field(
        default=None, description="The day the agenda and papers go public; before it the meeting is left out of the site.")
    location: Optional[Location] = Field(default=None, description="Where it is held: a venue, or remote.")
    purpose: Optional[Text] = Field(default=None, description="What the meeting is for, as the papers say.")
    notice: Optional[Notice] = Field(default=None, description="The letter calling the meeting.")
    agenda: list[AgendaItem] = Field(default_factory=list, description="The agenda's items, in order.")
    attendance: Optional[Attendance] = Field(default=None, description="Who attended, from the minutes.")
    minutes: Optional[Minutes] = Field(default=None, description="The minutes, once they are published.")
    presentations: list[Presentation] = Field(
        default_factory=list, description="Presentations and reports received, with their figures.")
    document: Optional[DocumentPath] = Field(default=None, description="The original pack of papers (agenda and reports).")
    sources: list[Text] = Field(default_factory=list, description=SOURCES)

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
