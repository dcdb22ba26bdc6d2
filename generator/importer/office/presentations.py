"""The presentations the agenda names, found by their title pages, with their text and tables."""

from __future__ import annotations

import difflib
import re
from typing import Optional

from generator.importer.office.found import AgendaItem, PAC, Presentation, Table, cell, presentation_subject, presentation_title, unique
from generator.importer.text import MONTH_YEAR, Line, find_date, norm, slug, unbullet


class PresentationsReading:
    """Finds and reads the presentations; part of ``Parser``."""

    # ------------------------------------------------------------ presentations

    def _find_presentations(self, start: int, agenda: list[AgendaItem]) -> list[Presentation]:
        found: list[Presentation] = []
        start_index = max(0, min(start, len(self.lines)))
        # the line index to search from is after the line numbered ``start``
        cursor = start_index
        taken_ids: set[str] = set()
        for item in agenda:
            subject = presentation_subject(item.title)
            if not subject:
                continue
            at = self._search_subject(subject, cursor)
            if at is None:
                continue
            line = self.lines[at]
            title = presentation_title(line.text)
            ident = unique(slug(title) or f"presentation-{item.number}", taken_ids)
            presentation = Presentation(ident, title, line.no, agenda_item=item.number)
            item.presentation = ident
            found.append(presentation)
            cursor = at + 1
        # title pages the agenda did not name: a line, then "Public Accountability Conference", then a date
        for index in range(start_index, len(self.lines) - 2):
            line = self.lines[index]
            if line.blank or any(p.line == line.no for p in found):
                continue
            following = [l for l in self.lines[index + 1: index + 6] if not l.blank][:2]
            if len(following) == 2 and norm(following[0].text) == norm(PAC) and (MONTH_YEAR.match(following[1].text) or find_date(following[1].text)):
                if len(line.text) <= 100 and not line.has_tab and not any(abs(p.line - line.no) <= 3 for p in found):
                    title = presentation_title(line.text)
                    ident = unique(slug(title) or f"presentation-{line.no}", taken_ids)
                    found.append(Presentation(ident, title, line.no))
        found.sort(key=lambda p: p.line)
        return found

    def _search_subject(self, subject: str, start: int) -> Optional[int]:
        words = subject.split()
        for index in range(start, len(self.lines)):
            line = self.lines[index]
            if line.blank or line.has_tab or len(line.text) > 100:
                continue
            candidate = norm(re.sub(r"^public accountability conference\s*[-–—:]?\s*", "", line.text, flags=re.IGNORECASE))
            if not candidate:
                continue
            cwords = candidate.split()
            if candidate == subject or difflib.SequenceMatcher(None, candidate, subject).ratio() >= 0.85:
                return index
            if len(words) >= 2 and len(cwords) <= len(words) + 3:
                for width in (len(words), len(words) + 1, len(words) - 1):
                    for offset in range(0, max(1, len(cwords) - width + 1)):
                        window = " ".join(cwords[offset: offset + width])
                        if difflib.SequenceMatcher(None, window, subject).ratio() >= 0.85:
                            return index
        return None

    def _presentation_body(self, presentation: Presentation, end_no: int) -> None:
        start = presentation.line  # line numbers are 1-based; index = no - 1
        first = self.lines[start - 1]
        self.take(first)
        index = start
        # the title page: conference name, date, presenter
        seen = 0
        while index < end_no and seen < 3:
            line = self.lines[index]
            if line.blank:
                index += 1
                continue
            text = line.text
            date = find_date(text)
            if norm(text) == norm(PAC) or MONTH_YEAR.match(text) or (date and date.start == 0 and date.end >= len(text) - 1):
                self.take(line)
                index += 1
                seen += 1
                continue
            parts = self.people.split(text)
            if self.people.plausible(parts) and (parts.ranked or self.people.find(parts)):
                match = self.people.person(text, line.no)
                presentation.presenter = text
                presentation.presenter_people = [match.id]
                self.take(line)
                index += 1
            break
        # tables of tab-separated cells
        cursor = index
        while cursor < end_no:
            line = self.lines[cursor]
            if line.has_tab and line.no not in self.placed:
                run = [line]
                probe = cursor + 1
                while probe < end_no and self.lines[probe].has_tab:
                    run.append(self.lines[probe])
                    probe += 1
                if len(run) >= 2:
                    table = self._table(run, cursor)
                    if table:
                        presentation.tables.append(table)
                cursor = probe
                continue
            cursor += 1
        for line in self.lines[start - 1: end_no]:
            self.where[line.no] = f"presentation:{presentation.id}"

    def _table(self, run: list[Line], index: int) -> Optional[Table]:
        while run and all(not c for c in run[0].cells):
            run = run[1:]
        if len(run) < 2:
            return None
        index = run[0].no - 1
        rows = [line.cells for line in run]
        header = rows[0]
        while header and not header[-1]:
            header = header[:-1]
        width = len(header)
        body = []
        short = []
        for offset, cells in enumerate(rows[1:], start=1):
            while len(cells) > width and not cells[-1]:
                cells = cells[:-1]
            if len(cells) > width:
                return None  # wider than its heading: not a simple table
            if len(cells) < width:
                short.append(run[offset].no)
                cells = cells + [""] * (width - len(cells))
            body.append([cell(c) for c in cells])
        if width < 2:
            return None
        title = None
        above = index - 1
        if above >= 0 and self.lines[above].blank:
            above -= 1  # at most one blank line between a table and its title
        if above >= 0 and not self.lines[above].blank:
            candidate = self.lines[above]
            alone = above == 0 or self.lines[above - 1].blank
            if (alone and candidate.no not in self.placed and not candidate.has_tab and len(candidate.text) <= 80
                    and not candidate.text.endswith((".", ":", ";", ",")) and not unbullet(candidate.text)[1]):
                title = candidate.text
                self.take(candidate)
        self.take(*run)
        columns = [c if c else "(no heading)" for c in header]
        return Table(title, run[0].no, run[-1].no, columns, body, short)
