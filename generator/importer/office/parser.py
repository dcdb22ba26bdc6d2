"""Find the parts of a meeting pack in its lines: letter, agenda, minutes, presentations.

The parser works on numbered lines and marks each line it uses. A line that no
part of it uses is *unplaced*: it is never dropped, but handed on (with the
part of the document it sits in) so that the draft can keep it and the
command can print it. Lines are recognised by what they say, not by where a
particular template puts them, so that a document laid out a little
differently still imports.

The pack, top to bottom, as the OPCC writes it:

- the letter: "Enquiries to", "Telephone", "Our reference", "Date", the
  sentence saying when and where the conference takes place, its purpose, the
  signature and "Attendees:";
- "AGENDA": "PART 1 ..." and "PART 2 ..." headings, numbered items, each with
  a description;
- the minutes of an earlier meeting: "Minutes of the ... held on <date> at
  <place> at <time>", PRESENT, "Also present:", numbered minutes ("001."),
  RESOLVED blocks numbered (i), (ii) ..., recommendations R1), R2) ..., and
  "Meeting concluded at";
- the slides of the presentations the agenda names.
"""

from __future__ import annotations

import re
from typing import Optional

from generator.importer.people import Directory
from generator.importer.office.found import AGENDA, ALSO_PRESENT, APOLOGIES, AgendaItem, Document, MINUTES_HEADER, NUMBERED, Notice, PART, POST_WORDS, PRESENT, REMOTE, Unplaced, is_caps
from generator.importer.text import Line, find_date, find_time, join_wrapped, norm
from generator.importer.office.agenda import AgendaReading
from generator.importer.office.letter import LetterReading
from generator.importer.office.minutes import MinutesReading
from generator.importer.office.presentations import PresentationsReading


class Parser(LetterReading, AgendaReading, MinutesReading, PresentationsReading):
    def __init__(self, lines: list[Line], people: Directory):
        self.lines = lines
        self.people = people
        self.placed: set[int] = set()
        self.item = None  # the agenda item or minute that lines being placed belong to
        self.fragments: list[Unplaced] = []
        self.notes: list[str] = []  # what was guessed
        self.problems: list[str] = []  # what a person must look at: numbering, a numbered line kept as text
        self.where: dict[int, str] = {}
        self.agenda_preamble: list[Line] = []
        self.agenda_date_line: Optional[Line] = None

    # ------------------------------------------------------------ helpers

    def take(self, *lines: Line) -> None:
        for line in lines:
            self.placed.add(line.no)
            if self.item is not None:
                self.item.lines.append(line.no)

    def _range(self, start: int, end: int) -> list[Line]:
        return self.lines[start:end]

    def _looks_post(self, text: str) -> bool:
        words = set(norm(text).split())
        return bool(words & POST_WORDS) or self.people.is_post(text)

    # ------------------------------------------------------------ whole document

    def parse(self) -> Document:
        n = len(self.lines)
        agenda_at = self._find_agenda()
        minutes_at = self._find_minutes_header(agenda_at or 0)
        minutes_top = self._title_lines_above(minutes_at) if minutes_at is not None else None

        notice_end = next((i for i in (agenda_at, minutes_top) if i is not None), n)
        notice = self._notice(0, notice_end)

        agenda: list[AgendaItem] = []
        if agenda_at is not None:
            agenda = self._agenda(agenda_at, minutes_top if minutes_top is not None else n)

        if notice.meeting_date is None:
            self._date_under_agenda(notice)

        minutes = None
        minutes_end: Optional[int] = None  # a line number
        if minutes_at is not None:
            minutes, minutes_end = self._minutes(minutes_top, minutes_at, n)

        if minutes_end is not None:
            search_from = minutes_end
        elif agenda:
            search_from = agenda[-1].line
        else:
            search_from = notice_end
        presentations = self._find_presentations(search_from, agenda)
        if presentations and minutes is None and agenda_at is not None:
            # Without minutes the agenda ran to the end: it stops where the first presentation starts.
            for line in self.lines[agenda_at:]:
                self.placed.discard(line.no)
            numbers = {item.number: item.presentation for item in agenda}
            agenda = self._agenda(agenda_at, presentations[0].line - 1)
            for item in agenda:
                item.presentation = numbers.get(item.number)
            for presentation in presentations:
                self.placed.discard(presentation.line)
            if self.agenda_date_line is not None:
                self.take(self.agenda_date_line)
        for index, presentation in enumerate(presentations):
            end = presentations[index + 1].line - 1 if index + 1 < len(presentations) else n
            presentation.end = end
            self._presentation_body(presentation, end)

        first_presentation = presentations[0].line if presentations else n + 1
        for line in self.lines:
            if line.no in self.where:
                continue
            after_minutes = minutes is not None and line.no > minutes.line and line.no < first_presentation
            self.where[line.no] = "minutes" if after_minutes else "meeting"
        unplaced = [
            Unplaced(line.no, line.raw.strip(), self.where.get(line.no, "meeting"))
            for line in self.lines
            if not line.blank and line.no not in self.placed
        ]
        unplaced += self.fragments
        unplaced.sort(key=lambda u: u.line)
        return Document(notice, agenda, minutes, presentations, unplaced, n, set(self.placed), self.notes, self.problems,
                        dict(self.where))

    def _date_under_agenda(self, notice: Notice) -> None:
        """Without a letter, an agenda often says under its heading when the meeting is ("Wednesday 8 December 2021, 10am")."""
        for line in self.agenda_preamble:
            date = find_date(line.text)
            if date is None:
                continue
            notice.meeting_date = date.value
            after = line.text[date.end:]
            time_after = find_time(after)
            time = time_after or find_time(line.text[: date.start])
            if time:
                notice.start_time = time.value
            if time_after:  # "Wednesday 9th March 2022 at 10.00am, Carleton Hall, Penrith"
                venue = re.sub(r"^[\s,;–-]*(?:(?:at|in)\s+)?(?:the\s+)?", "", after[time_after.end:]).strip(" ,.")
                if venue and not REMOTE.search(venue):
                    notice.venue = venue
            notice.remote = bool(REMOTE.search(line.text))
            self.take(line)
            self.agenda_date_line = line
            return

    # ------------------------------------------------------------ landmarks

    def _find_agenda(self) -> Optional[int]:
        for index, line in enumerate(self.lines):
            if AGENDA.match(line.text):
                return index
        return None

    def _header_block(self, index: int) -> tuple[str, list[Line]]:
        """The minutes heading, which extraction may have broken over a few lines."""
        block = [self.lines[index]]
        for line in self.lines[index + 1: index + 4]:
            if line.blank or PRESENT.match(line.text) or ALSO_PRESENT.match(line.text) or PART.match(line.text):
                break
            if NUMBERED.match(line.text) or APOLOGIES.match(line.text) and line.text.lower().startswith("apologies:"):
                break
            block.append(line)
            if find_date(" ".join(l.text for l in block)) and find_time(" ".join(l.text for l in block)):
                break
        return join_wrapped([l.text for l in block]), block

    def _find_minutes_header(self, start: int) -> Optional[int]:
        for index in range(start, len(self.lines)):
            line = self.lines[index]
            if not line.text.lower().startswith("minutes of"):
                continue
            text, _ = self._header_block(index)
            if MINUTES_HEADER.match(text) and find_date(text):
                return index
        return None

    def _title_lines_above(self, index: int) -> int:
        """Headings in capitals just above the minutes heading belong to the minutes."""
        top = index
        cursor = index - 1
        while cursor >= 0:
            line = self.lines[cursor]
            if line.blank:
                cursor -= 1
                continue
            if is_caps(line.text) and not NUMBERED.match(line.text) and not AGENDA.match(line.text) and len(line.text) < 120:
                top = cursor
                cursor -= 1
                continue
            break
        return top


def parse(lines: list[Line], people: Directory) -> Document:
    return Parser(lines, people).parse()
