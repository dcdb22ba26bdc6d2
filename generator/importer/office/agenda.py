"""The agenda: "PART 1" and "PART 2" headings and numbered items with their descriptions."""

from __future__ import annotations

from typing import Optional

from generator.importer.office.found import AGENDA, EXEMPT, FURNITURE, NUMBERED, AgendaItem, is_caps, minutes_of_date, part_heading
from generator.importer.text import Line, join_wrapped, repair_truncated, tidy_title


class AgendaReading:
    """Reads the agenda; part of ``Parser``."""

    # ------------------------------------------------------------ the agenda

    def _agenda(self, start: int, end: int) -> list[AgendaItem]:
        items: list[AgendaItem] = []
        part, part_paragraph = 1, None
        current: Optional[AgendaItem] = None
        paragraph: list[str] = []
        preamble: list[Line] = []  # lines between "AGENDA" and its first item
        lines = self._range(start, end)
        for line in lines:
            self.where[line.no] = "meeting"

        def close() -> None:
            if current is not None and paragraph:
                current.paragraphs.append(join_wrapped(paragraph))
            paragraph.clear()

        for line in lines:
            text = line.text
            if AGENDA.match(text):
                self.take(line)
                continue
            if line.blank:
                close()
                continue
            if FURNITURE.match(text):
                close()
                continue
            heading = part_heading(text)
            if heading:
                close()
                part, part_paragraph = heading
                self.take(line)
                continue
            numbered = NUMBERED.match(text)
            if numbered:
                number = int(numbered.group("n"))
                title = numbered.group("title")
                expected = items[-1].number + 1 if items else None
                heading_like = is_caps(title) or (len(title) <= 100 and not title.rstrip().endswith("."))
                if heading_like and expected is not None and number != expected:
                    self.problems.append(f"line {line.no}: '{text[:50]}' looks like agenda item {number} but item {expected} was "
                                      f"expected; it is kept in the description of item {items[-1].number}: check it")
                if not heading_like and number == expected:
                    self.notes.append(f"line {line.no}: '{text[:50]}' is taken as agenda item {number}, the next number, although its "
                                      "title reads like a sentence: check where its title ends")
                if (heading_like and expected is None) or number == expected:
                    close()
                    current = AgendaItem(number, line.no, tidy_title(title) or None, part=part, exempt_paragraph=part_paragraph if part == 2 else None)
                    items.append(current)
                    current.lines.append(line.no)
                    self.take(line)
                    continue
            if current is not None:
                if paragraph and paragraph[-1].rstrip().endswith((".", "!", "?", ":")):
                    close()
                paragraph.append(text)
                current.lines.append(line.no)
                self.take(line)
            else:
                preamble.append(line)
        close()
        self.agenda_preamble = preamble
        for item in items:
            if item.title and item.paragraphs:
                title, repairs = repair_truncated(item.title, " ".join(item.paragraphs))
                if repairs:
                    item.title = title
                    for before, after in repairs:
                        self.notes.append(f"line {item.line}: read '{before}' in the title of agenda item {item.number} as '{after}', as its description writes it")
            if item.part == 2 and item.exempt_paragraph is None:
                exempt = EXEMPT.search(" ".join([item.title or ""] + item.paragraphs))
                if exempt:
                    item.exempt_paragraph = int(exempt.group("n"))
            if item.title and "minute" in item.title.lower():
                item.minutes_of_date = minutes_of_date(" ".join(item.paragraphs))
        return items
