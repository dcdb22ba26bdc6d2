"""The office's own letter, agenda and minutes: lines that run on are split before ``parse`` reads them.

Two variants of the office's layout put on one line what the pack usually spreads over several:

- an agenda item with its description on the same line as its number and title, in capitals or not
  ("2. URGENT BUSINESS AND EXCLUSION OF PRESS AND PUBLIC To consider ...", "2) Urgent business To consider ..."),
  and a minute with its text on its title's line ("064. Road safety The Chief Constable presented ...");
- the next item on the same line as the end of the one before ("... services. 8) ANY OTHER BUSINESS");
- items numbered "Item 3 – QUESTIONS FROM THE PUBLIC", read as "3. QUESTIONS FROM THE PUBLIC";
- the attendees as "Role - Name" pairs on the "Attendees:" line itself.

Each is split into the lines the pack would have had, keeping the line's number, so that
nothing is folded into a neighbour and every report still points at the source line.
"""

from __future__ import annotations

import re

from generator.importer.readers.common import split_run_on, split_title, title_then_sentence
from generator.importer.text import Line, clean

_NUMBERED = re.compile(r"^(?P<n>\d{1,3})(?P<mark>[.)])\s+(?P<rest>[A-Z].*)$")
_ITEM_WORD = re.compile(r"^Item\s+(?P<n>\d{1,3})\s*[:.–—-]?\s+(?P<rest>[A-Z].*)$")
_ATTENDEES = re.compile(r"^(?P<head>attendees|invited|invitees)\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE)
_PAIR = re.compile(
    r"(?P<role>\S.*?)\s+[-–]\s+(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)?"
    r"(?:\s+(?:QPM|OBE|MBE|CBE|KPM))?(?:\s*\((?:Chair|Vice[- ]Chair)\))?)(?=\s|$)"
)


def _split_pairs(text: str) -> list[str]:
    pairs = [f"{m.group('role')} - {m.group('name')}" for m in _PAIR.finditer(text)]
    rebuilt = " ".join(pairs)
    return pairs if clean(rebuilt) == clean(text) else []


def unfold(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """The lines with run-on items and attendee pairs split; what was split, for the report."""
    out: list[Line] = []
    notes: list[str] = []
    split = split_run_on(lines)
    counts: dict[int, int] = {}
    for line in split:
        counts[line.no] = counts.get(line.no, 0) + 1
    notes += [f"line {no}: {count} numbered items on one line, read apart" for no, count in sorted(counts.items()) if count > 1]
    for line in split:
        worded = _ITEM_WORD.match(line.text)
        if worded:  # "Item 3 – QUESTIONS FROM THE PUBLIC": read as "3. QUESTIONS FROM THE PUBLIC"
            line = Line(line.no, line.raw, f"{worded.group('n')}. {worded.group('rest')}")
        attendees = _ATTENDEES.match(line.text)
        if attendees:
            pairs = _split_pairs(attendees.group("rest"))
            if pairs:
                out.append(Line(line.no, f"{attendees.group('head')}:", f"{attendees.group('head')}:"))
                out.extend(Line(line.no, pair, pair) for pair in pairs)
                notes.append(f"line {line.no}: {len(pairs)} attendees written on one line, read one by one")
                continue
        numbered = _NUMBERED.match(line.text)
        if numbered:
            title, description = split_title(numbered.group("rest"))
            if not description:  # "064. Road safety The Chief Constable presented ...": a minute's text after its title
                title, description = title_then_sentence(numbered.group("rest"))
            if description and title != numbered.group("rest"):
                head = f"{numbered.group('n')}{numbered.group('mark')} {title}"
                out.append(Line(line.no, head, head))
                out.append(Line(line.no, "", ""))
                out.append(Line(line.no, description, description))
                out.append(Line(line.no, "", ""))
                notes.append(f"line {line.no}: item {numbered.group('n')}'s description runs on after its title; read apart")
                continue
        out.append(line)
    return out, notes
