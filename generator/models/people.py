"""People, posts and organisations (``content/people.yaml``), after Popolo: each once, with the posts people
held and the source that states each."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from pydantic import Field, model_validator

from generator.models.base import Model, OrganisationId, PostId, Slug, SourceQuote, Text


class Organisation(Model):
    """A body whose posts people hold, such as the office itself or the constabulary."""

    id: Slug = Field(description="The organisation's id, used to place posts in it, e.g. 'cumbria-constabulary'.")
    name: Text = Field(description="Its name as the papers write it.")
    classification: Optional[Text] = Field(
        default=None, description="What kind of organisation it is, e.g. 'police force' (the Popolo field of that name).")


class Post(Model):
    """A position, held by people over time; in an organisation only where a source says which."""

    id: Slug = Field(description="The post's id, used where people and attendees hold it, e.g. 'chief-constable'.")
    label: Text = Field(description="The post's title as the papers write it, e.g. 'Chief Constable'.")
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

    post: PostId = Field(description="The id of the post held (from 'posts' in this file).")
    source: Optional[SourceQuote] = Field(
        default=None, description="The document and words that name this person in this post.")
    start_date: Optional[dt.date] = Field(
        default=None, description="When the person took up the post, only where a source states it.")
    end_date: Optional[dt.date] = Field(
        default=None, description="When the person left the post, only where a source states it.")
    note: Optional[Text] = Field(
        default=None, description="Anything else a reader needs to know about this holding of the post.")

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

    id: Slug = Field(description="The person's id, used wherever the papers name them, e.g. 'peter-mccall'.")
    name: Text = Field(description="Their name as the papers write it, without a title.")
    honorific_prefix: Optional[Text] = Field(
        default=None, description="A title written before the name, e.g. 'Mrs' or 'Dr'.")
    honorific_suffix: Optional[Text] = Field(
        default=None, description="Letters or words written after the name, e.g. 'QPM'.")
    memberships: list[Membership] = Field(
        default_factory=list, description="The posts they held, each with the source that names them in it.")


class PeopleFile(Model):
    """``content/people.yaml``: organisations, posts and people, each once."""

    organisations: list[Organisation] = Field(description="Every organisation whose posts people hold.")
    posts: list[Post] = Field(description="Every post people hold or held.")
    people: list[Person] = Field(description="Everyone the papers name, each once.")
