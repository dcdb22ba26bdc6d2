"""A cursor over the numbered lines of a document, shared by every reader.

Readers move through the lines with ``peek``/``take`` and mark each line they
use. A line is either *placed* (it went into a field of the draft), *furniture*
(it was recognised as page furniture such as "No. Item" or "pdf icon PDF 142 KB"
and is deliberately not kept), or *unplaced* (kept in the draft's list of lines
for a person to sort out, with the reason). ``leftovers`` gives every non-blank
line that is none of these, so that nothing can slip through unseen.
"""

from __future__ import annotations

from typing import Callable, Iterator, Optional

from generator.importer.readers.draft import Unplaced
from generator.importer.text import Line


class Cursor:
    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.at = 0
        self.placed: set[int] = set()
        self.furniture: set[int] = set()
        self.unplaced: list[Unplaced] = []

    # ------------------------------------------------------------ moving

    @property
    def done(self) -> bool:
        return self.at >= len(self.lines)

    def peek(self, ahead: int = 0) -> Optional[Line]:
        """The line ``ahead`` non-blank lines on (0: the next non-blank line), without moving."""
        index = self.at
        seen = -1
        while index < len(self.lines):
            if not self.lines[index].blank:
                seen += 1
                if seen == ahead:
                    return self.lines[index]
            index += 1
        return None

    def next_line(self) -> Optional[Line]:
        """The next non-blank line, moving past it (it is not marked)."""
        while self.at < len(self.lines):
            line = self.lines[self.at]
            self.at += 1
            if not line.blank:
                return line
        return None

    def blanks_before_next(self) -> int:
        """How many blank lines come before the next non-blank one."""
        count, index = 0, self.at
        while index < len(self.lines) and self.lines[index].blank:
            count += 1
            index += 1
        return count

    def take_while(self, accept: Callable[[Line], bool]) -> list[Line]:
        """The following non-blank lines while ``accept`` holds, moved past (not marked)."""
        taken = []
        while True:
            line = self.peek()
            if line is None or not accept(line):
                return taken
            taken.append(self.next_line())

    def rest(self) -> Iterator[Line]:
        while True:
            line = self.next_line()
            if line is None:
                return
            yield line

    # ------------------------------------------------------------ marking

    def place(self, *lines: Line) -> None:
        for line in lines:
            self.placed.add(line.no)

    def skip(self, *lines: Line) -> None:
        """Recognised page furniture, not kept in the draft."""
        for line in lines:
            self.furniture.add(line.no)

    def leave(self, line: Line, reason: str) -> None:
        """A line that no field takes: it goes into the draft's unplaced list."""
        if not any(u.line == line.no and u.text == line.text for u in self.unplaced):
            self.unplaced.append(Unplaced(line=line.no, text=line.text, reason=reason))

    def leftovers(self) -> list[Line]:
        """Non-blank lines neither placed, nor furniture, nor unplaced."""
        left = {u.line for u in self.unplaced}
        return [ln for ln in self.lines if not ln.blank and ln.no not in self.placed | self.furniture | left]

    def settle(self) -> list[Unplaced]:
        """Every line no handler took, added to the unplaced list; the list in line order."""
        for line in self.leftovers():
            self.leave(line, "not taken by any part of the reader")
        return sorted(self.unplaced, key=lambda u: (u.line, u.text))
