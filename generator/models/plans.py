"""Police and Crime Plans (``content/plan/``) and the reports of progress against them (``content/plan/reports/``)."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from pydantic import Field

from generator.models.base import (
    OFFICE_TOPICS, SOURCES, Model, ObjectiveId, PersonId, PlanId, Slug, Text, TopicId, WithMissing)
from generator.models.sections import Section


class Action(Model):
    """One action a plan objective commits to."""

    text: Text = Field(description="What the plan commits to, word for word.")
    topics: list[TopicId] = Field(default_factory=list, description=OFFICE_TOPICS)


class Objective(WithMissing):
    """One objective of a Police and Crime Plan, with its actions."""

    id: Slug = Field(
        description="The objective's id within the plan, e.g. 'support-for-victims'; it is the objective's address.")
    number: Optional[int] = Field(
        default=None, description="The objective's number in the plan, where the plan numbers them.")
    title: Optional[Text] = Field(default=None, description="The objective's heading as the plan prints it.")
    introduction: Optional[Text] = Field(
        default=None, description="The words that lead into its actions, e.g. 'Work with partner agencies to:'.")
    actions: list[Action] = Field(default_factory=list, description="The actions it commits to, in order.")
    text: Optional[Text] = Field(default=None, description="Any further text of the objective, in Markdown.")
    topics: list[TopicId] = Field(default_factory=list, description=OFFICE_TOPICS)


class Foreword(Model):
    """A signed foreword to a plan."""

    title: Text = Field(description="The foreword's heading as the plan prints it.")
    author: Optional[PersonId] = Field(default=None, description="The id of the person who wrote it, where the plan says.")
    signature: Optional[Text] = Field(default=None, description="The signature line as printed.")
    text: Text = Field(description="The foreword's text, in Markdown.")


class Plan(WithMissing):
    """A Police and Crime Plan: ``content/plan/<first year>-<last year>.yaml``."""

    title: Text = Field(description="The plan's title as printed.")
    start_year: Optional[int] = Field(default=None, description="The first year the plan covers.")
    end_year: Optional[int] = Field(default=None, description="The last year the plan covers.")
    author: Optional[PersonId] = Field(
        default=None, description="The id of the person whose plan it is, e.g. the Commissioner.")
    forewords: list[Foreword] = Field(default_factory=list, description="The signed forewords.")
    introduction: Optional[Text] = Field(default=None, description="The plan's introduction, in Markdown.")
    objectives: list[Objective] = Field(default_factory=list, description="The plan's objectives, in the plan's order.")
    sections: list[Section] = Field(default_factory=list, description="The plan's other parts, in order.")
    sources: list[Text] = Field(default_factory=list, description=SOURCES)


class ObjectiveProgress(WithMissing):
    """The progress a report records against one plan objective."""

    objective: ObjectiveId = Field(description="The objective reported on, written <plan id>/<objective id>.")
    previous_period: Optional[Text] = Field(
        default=None, description="Its status in the previous reporting period, as the report gives it.")
    current_period: Optional[Text] = Field(
        default=None, description="Its status in the current reporting period, as the report gives it.")
    summary: Optional[Text] = Field(default=None, description="What the report says of the progress.")


class ProgressReport(WithMissing):
    """A report of progress against a plan: ``content/plan/reports/<id>.yaml``."""

    title: Text = Field(description="The report's title as printed.")
    plan: PlanId = Field(description="The id of the plan it reports against.")
    date: Optional[dt.date] = Field(default=None, description="The date on the report.")
    to: Optional[Text] = Field(default=None, description="To whom the report is addressed, e.g. 'Police and Crime Panel'.")
    executive_summary: Optional[Text] = Field(default=None, description="The report's executive summary, in Markdown.")
    recommendation: Optional[Text] = Field(default=None, description="What the report recommends, word for word.")
    introduction: Optional[Text] = Field(default=None, description="The report's introduction, in Markdown.")
    progress: list[ObjectiveProgress] = Field(
        default_factory=list, description="The progress recorded against each objective.")
    sections: list[Section] = Field(default_factory=list, description="The report's other parts, in order.")
    sources: list[Text] = Field(default_factory=list, description=SOURCES)
