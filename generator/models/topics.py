"""Topics (``content/topics.yaml``): the controlled vocabulary that content is tagged with."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from generator.models.base import Model, Slug, Text


class Topic(Model):
    """A subject that items, objectives and sections are tagged with; each topic has a page and a feed."""

    id: Slug = Field(
        description="The topic's id, used in 'topics:' lists and in the address of its page, e.g. 'road-safety'.")
    label: Text = Field(description="The topic's name as the site shows it, e.g. 'Road safety'.")
    description: Optional[Text] = Field(
        default=None, description="A sentence saying what the topic covers, shown on its page.")


class TopicsFile(Model):
    """``content/topics.yaml``: the controlled vocabulary that content is tagged with."""

    topics: list[Topic] = Field(description="Every topic content may be tagged with.")
