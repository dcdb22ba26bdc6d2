"""The text of one minute of an office pack: RESOLVED lines and their (i), (ii) ..., R1) recommendations,
tables of tab-separated cells, lists and paragraphs; part of ``Parser`` (through ``MinutesReading``).

``Walk`` is where the reading of the minutes stands: the minute being read, the paragraph being
gathered, and the resolution or recommendation that may run on to the next line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from generator.importer.office.found import (MINUTES_MARK, RECOMMENDATION, RESOLVED, RESOLVED_PREAMBLE, ROMAN, ROMAN_ITEM, MinuteItem, Person,
                                             ends_sentence, markdown_table)
from generator.importer.text import Line, join_wrapped, unbullet


@dataclass
class Walk:
    """Where the reading of the minutes stands."""

    state: str = "attendance"  # "attendance", "items", "end"
    mode: Optional[list[Person]] = None  # the attendance group being read
    part: int = 1
    part_paragraph: Optional[int] = None
    item: Optional[MinuteItem] = None
    paragraph: list[str] = field(default_factory=list)
    kind: str = "prose"  # "prose", or "list" for bulleted lines
    resolving: bool = False  # after a RESOLVED line: "(ii) ..." is its next resolution
    last_entry: Optional[list[str]] = None  # the resolution or recommendation that may run on
    last_line_blank: bool = True

    def close(self) -> None:
        """The paragraph gathered so far, into the minute's text."""
        if self.item is not None and self.paragraph:
            if self.kind == "list":
                self.item.paragraphs.append("\n".join(f"- {p}" for p in self.paragraph))
            else:
                self.item.paragraphs.append(join_wrapped(self.paragraph))
        self.paragraph.clear()
        self.kind = "prose"

    def blank(self) -> None:
        self.close()
        self.last_line_blank = True
        if self.last_entry is not None and self.last_entry[1]:
            self.last_entry = None


class MinuteText:
    """Reads the lines inside one minute; part of ``Parser``."""

    lines: list[Line]
    take: Callable[..., None]  # Parser's: the lines are placed

    def _in_minute(self, walk: Walk, line: Line, index: int, end: int, was_blank: bool) -> int:
        """One line inside the current minute; the index of the next line to read."""
        item = walk.item
        assert item is not None
        text = line.text
        if MINUTES_MARK.match(text):
            self.take(line)
            return index
        bare, bulleted = unbullet(text)
        resolved = RESOLVED.match(bare)
        if resolved:
            walk.close()
            self._resolved(walk, item, text, resolved.group("rest").strip())
            self.take(line)
            return index
        roman = ROMAN_ITEM.match(bare)
        expected = ROMAN[len(item.resolutions)] if len(item.resolutions) < len(ROMAN) else None
        if roman and walk.resolving and roman.group("n").lower() == expected:
            walk.close()
            walk.last_entry = [roman.group("n").lower(), roman.group("text").strip()]
            item.resolutions.append(walk.last_entry)
            self.take(line)
            return index
        recommendation = RECOMMENDATION.match(bare)
        if recommendation:
            walk.close()
            ident = f"R{int(recommendation.group('n'))}"
            if any(r[0] == ident for r in item.recommendations):
                walk.paragraph.append(text)
            else:
                walk.last_entry = [ident, recommendation.group("text").strip()]
                item.recommendations.append(walk.last_entry)
                walk.resolving = False
            self.take(line)
            return index
        entry = walk.last_entry
        if entry is not None and (not was_blank or not entry[1]) and not ends_sentence(entry[1]) and not bulleted:
            entry[1] = f"{entry[1]} {text}".strip()
            self.take(line)
            return index
        if line.has_tab and index < end and self.lines[index].has_tab:  # a table of tab-separated cells
            walk.close()
            rows = [line]
            while index < end and self.lines[index].has_tab:
                rows.append(self.lines[index])
                index += 1
            item.paragraphs.append(markdown_table(rows))
            self.take(*rows)
            walk.resolving, walk.last_entry = False, None
            return index
        walk.resolving, walk.last_entry = False, None
        self._paragraph_line(walk, text, bare, bulleted, was_blank)
        self.take(line)
        return index

    @staticmethod
    def _resolved(walk: Walk, item: MinuteItem, text: str, rest: str) -> None:
        """ "RESOLVED, that ...", "RESOLVED, that, the (i) ...; (ii) ...", or "RESOLVED –" with its (i) ... to come."""
        walk.resolving, walk.last_entry = True, None
        if not rest or RESOLVED_PREAMBLE.match(rest):
            return
        parts = re.split(r"\(\s*([ivx]{1,5})\s*\)", rest)
        if len(parts) > 1 and [p.lower() for p in parts[1::2]] == ROMAN[: len(parts[1::2])]:
            preamble = parts[0].strip()
            if preamble and not RESOLVED_PREAMBLE.match(preamble):
                item.paragraphs.append(f"RESOLVED, {preamble}")
            for number, body in zip(parts[1::2], parts[2::2]):
                walk.last_entry = [number.lower(), body.strip()]
                item.resolutions.append(walk.last_entry)
        elif len(item.resolutions) < len(ROMAN):
            walk.last_entry = [ROMAN[len(item.resolutions)], rest]
            item.resolutions.append(walk.last_entry)
        else:
            walk.resolving = False
            walk.paragraph.append(text)

    @staticmethod
    def _paragraph_line(walk: Walk, text: str, bare: str, bulleted: bool, was_blank: bool) -> None:
        if bulleted:
            if walk.kind != "list":
                walk.close()
                walk.kind = "list"
            walk.paragraph.append(bare)
        elif walk.kind == "list" and walk.paragraph and not was_blank:
            walk.paragraph[-1] = f"{walk.paragraph[-1]} {text}"
        else:
            if walk.kind == "list" or (walk.paragraph and walk.paragraph[-1].rstrip().endswith((".", "!", "?", ":"))):
                walk.close()  # without blank lines (as from a PDF) a paragraph ends where a sentence ends a line
            walk.paragraph.append(text.replace("\t", " "))
