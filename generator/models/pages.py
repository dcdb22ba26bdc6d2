"""Hand-written pages (``content/pages/<id>.md``), such as the accessibility statement."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from generator.models.base import Model, Text


class Page(Model):
    """A hand-written page: ``content/pages/<id>.md``, front matter then Markdown."""

    title: Text = Field(description="The page's title.")
    description: Optional[Text] = Field(
        default=None, description="A sentence describing the page, for search engines and link previews.")
    footer_link: bool = Field(
        default=False,
        description="Marks a page for the footer. The footer's links are set in the theme (the accessibility statement "
                    "and the abbreviations), so this changes nothing on the site.")
