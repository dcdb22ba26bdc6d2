"""A titled part of a presentation, report, plan or assessment, with its text and tables."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from generator.models.base import OFFICE_OBJECTIVES, OFFICE_TOPICS, ObjectiveId, Text, TopicId, WithMissing
from generator.models.tables import DataTable


class Section(WithMissing):
    """A titled part of a presentation, report, plan or assessment."""

    title: Optional[Text] = Field(default=None, description="The section's heading as the source gives it.")
    text: Optional[Text] = Field(default=None, description="The section's text, in Markdown.")
    key_points: list[Text] = Field(default_factory=list, description="The points the source lists, each as it words it.")
    tables: list[DataTable] = Field(default_factory=list, description="The tables of figures in the section.")
    topics: list[TopicId] = Field(default_factory=list, description=OFFICE_TOPICS)
    objectives: list[ObjectiveId] = Field(default_factory=list, description=OFFICE_OBJECTIVES)
