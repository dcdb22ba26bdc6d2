"""The glossary (``content/glossary.yaml``): abbreviations the papers use, with what they stand for."""

from __future__ import annotations

from typing import Annotated, Optional

from pydantic import Field, StringConstraints

from generator.models.base import Model, Text


class GlossaryTerm(Model):
    """An abbreviation the papers use, with what it stands for; search finds either form from the other."""

    abbreviation: Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9&]*$")] = Field(
        description="The short form as the papers print it, e.g. ASB.")
    expansion: Text = Field(description="What it stands for, e.g. antisocial behaviour.")
    synonyms: list[Text] = Field(
        default_factory=list, description="Other ways the papers write it, e.g. anti-social behaviour.")
    description: Optional[Text] = Field(
        default=None, description="A longer explanation, where the expansion alone does not say enough.")


class GlossaryFile(Model):
    """``content/glossary.yaml``: abbreviations the papers use, with what they stand for.

    Search finds either form from the other, and each page marks the first use of an abbreviation.
    """

    terms: list[GlossaryTerm] = Field(description="Every abbreviation, each once.")
