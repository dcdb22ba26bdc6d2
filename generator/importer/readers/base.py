"""What every reader keeps while it reads, and how it hands the document on."""

from __future__ import annotations

from typing import Optional

from generator.importer.people import Directory
from generator.importer.readers.cursor import Cursor
from generator.importer.readers.draft import DecisionDraft, MeetingDraft, ReadDocument
from generator.importer.text import Line


class Reader:
    """The lines and their cursor, the people of people.yaml, and what was guessed and found wrong on the way."""

    def __init__(self, lines: list[Line], people: Optional[Directory] = None):
        self.lines = lines
        self.cursor = Cursor(lines)
        self.people = people
        self.guesses: list[str] = []
        self.problems: list[str] = []

    def document(self, layout: str, reason: str, meetings: Optional[list[MeetingDraft]] = None,
                 decisions: Optional[list[DecisionDraft]] = None) -> ReadDocument:
        """The document as read; every line no handler took goes into its unplaced list (``Cursor.settle``)."""
        return ReadDocument(layout=layout, layout_reason=reason, meetings=meetings or [], decisions=decisions or [],
                            unplaced=self.cursor.settle(), furniture=len(self.cursor.furniture), problems=self.problems,
                            guesses=self.guesses, lines=len(self.lines))
