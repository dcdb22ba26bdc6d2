"""Strategic Assessments (``content/assessments/<year>/``): the assessment, and its sections as Markdown
with front matter."""

from __future__ import annotations

from typing import Optional, Union

from pydantic import Field

from generator.models.base import (
    OFFICE_OBJECTIVES, OFFICE_TOPICS, SOURCES, Model, ObjectiveId, Text, TopicId, WithMissing)
from generator.models.tables import DataTable


class KeyFigure(Model):
    """A headline figure of an assessment section, as the source states it."""

    label: Text = Field(description="What the figure is, as the source words it.")
    value: Union[int, float, str] = Field(
        description="The figure as the source gives it: a number, or text such as '1 in 5'.")
    unit: Optional[Text] = Field(default=None, description="The unit of the figure, e.g. 'offences'.")
    period: Optional[Text] = Field(default=None, description="The period the figure covers, as the source says.")
    note: Optional[Text] = Field(default=None, description="What the source adds about the figure.")


class Term(Model):
    """An acronym or term an assessment explains."""

    term: Text = Field(description="The acronym or term as printed.")
    meaning: Text = Field(description="What it means, as the assessment explains it.")


class Assessment(WithMissing):
    """A Strategic Assessment: ``content/assessments/<year>/assessment.yaml``."""

    title: Text = Field(description="The assessment's title as printed.")
    year: int = Field(description="The year of the assessment; its folder is named by it.")
    introduction: Optional[Text] = Field(default=None, description="The assessment's introduction, in Markdown.")
    acronyms: list[Term] = Field(default_factory=list, description="The acronyms and terms the assessment explains.")
    references: list[Text] = Field(default_factory=list, description="The works the assessment cites, as it lists them.")
    sources: list[Text] = Field(default_factory=list, description=SOURCES)


class AssessmentSection(WithMissing):
    """One section of an assessment: ``content/assessments/<year>/<nn>-<id>.md``.

    The YAML front matter holds these fields; the Markdown body is the narrative.
    """

    title: Optional[Text] = Field(default=None, description="The section's heading as the assessment prints it.")
    group: Optional[Text] = Field(
        default=None, description="The heading of the group of sections it falls under, e.g. 'Crime summaries'.")
    headline: list[Text] = Field(
        default_factory=list, description="The section's headline points, each as the source words it.")
    key_figures: list[KeyFigure] = Field(default_factory=list, description="Headline figures, each as the source states it.")
    tables: list[DataTable] = Field(default_factory=list, description="The tables of figures in the section.")
    references: list[Text] = Field(default_factory=list, description="The works the section cites, as it lists them.")
    topics: list[TopicId] = Field(default_factory=list, description=OFFICE_TOPICS)
    objectives: list[ObjectiveId] = Field(default_factory=list, description=OFFICE_OBJECTIVES)
