"""Minutes of boards and committees: an attendance block, then numbered minutes with their outcomes.

Attendance comes under headings such as PRESENT, "Attending:", "In the Chair:",
"Committee Members:", "IN ATTENDANCE", "Officers:", "Guests:", "SECRETARIAT",
"Minute taker:" and "Apologies". Minutes are headed in many ways: "1.",
"1)", "551.", "Ref 03/21/06/2023" with the title on the next line, "- TITLE
(ITEM 5)", a heading in capitals, or "1." for every item where extraction lost
the numbering; "a." starts a sub-item. Outcomes are RESOLVED or "Decision:".

This module walks the lines and reads the attendance; ``board_heading.py`` reads the
meeting's heading (body, date, time, place), ``minute_headings.py`` the minutes' headings
and the numbers they lost.
"""

from __future__ import annotations

import re
from typing import Optional

from generator import models
from generator.importer.people import Directory
from generator.importer.readers.base import Reader
from generator.importer.readers.board_heading import BoardHeading
from generator.importer.readers.common import resolution_text, resolutions, split_run_on, split_title
from generator.importer.readers.draft import MeetingDraft, ReadDocument
from generator.importer.readers.minute_headings import ITEM_N, NUMBERED, REF, SUB, Item, caps_heading, item_heading, number_minutes
from generator.importer.readers.people_lines import APOLOGY_SENTENCE, name_list, parse_entry, split_names
from generator.importer.text import Line, clean, find_time, looks_like_sentence, rejoin_wrapped

SECTIONS = [
    ("present", re.compile(r"^(?:present|attendance|attending|attendees|members(?: present)?|(?:committee|board|panel|independent) members|in the chair)\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)),
    ("also_present", re.compile(r"^(?:in attendence|in attendance|also in attendance|also present|officers(?: present)?|chief officers present|guests?|observers?)\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)),
    ("minute_taker", re.compile(r"^(?:secretariat|minute taker|minutes taken by|clerk)\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)),
    ("apologies", re.compile(r"^apologies(?: for absence)?\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)),
]
BULLET = re.compile(r"^[•·▪●◦\-–]\s+")
CONCLUDED = re.compile(r"\b(?:meeting\s+(?:closed|concluded|ended)|concluding)\s+at\s+(?P<t>[\d.:]+\s*(?:am|pm)?)", re.IGNORECASE)
FURNITURE = re.compile(r"^(?:accessibility settings skip to main content|skip to main content|minutes|notes of meeting|meeting minutes|agenda)$", re.IGNORECASE)


def looks_board(lines: list[Line]) -> Optional[str]:
    texts = [ln.text for ln in lines[:200]]
    headings = [t for t in texts if any(p.match(t) for _, p in SECTIONS)]
    refs = [t for t in texts if REF.match(t) or ITEM_N.match(t)]
    if refs:
        return 'minutes headed "Ref NN/DD/MM/YYYY" or "(ITEM N)"'
    if len(headings) >= 2 or any(re.match(r"^(?:PRESENT|In the Chair:|Attending:)|^(?:present|attendees|attendance)\s*:?$", t, re.IGNORECASE)
                                 for t in texts):
        return f'an attendance block ("{headings[0] if headings else "PRESENT"}") followed by numbered minutes'
    return None


class BoardReader(BoardHeading, Reader):
    def __init__(self, lines: list[Line], people: Directory):
        super().__init__(split_run_on(lines), people)
        self.draft = MeetingDraft()
        self.attendance: dict[str, list[models.Attendee]] = {"present": [], "also_present": [], "apologies": [], "observers": []}
        self.minute_taker: Optional[models.Attendee] = None
        self.items: list[Item] = []
        # minutes whose headings carry no number at all ("Welcome and Apologies", "Performance Report")
        self._unnumbered = not any(item_heading(ln.text, ln, True, MeetingDraft(), []) for ln in self.lines
                                   if ln.text and not caps_heading(ln.text))

    def read(self, reason: str) -> ReadDocument:
        self._walk()
        self._finish()
        return self.document("board-minutes", reason, meetings=[self.draft])

    # ------------------------------------------------------------ one pass over the lines

    def _walk(self) -> None:
        cursor = self.cursor
        section: Optional[str] = None
        unheaded_groups = 0
        previous_blank_run = 0
        date_line: Optional[int] = None
        for index, line in enumerate(self.lines):
            if line.blank:
                previous_blank_run += 1
                continue
            gap, previous_blank_run = previous_blank_run, 0
            text = BULLET.sub("", line.text)
            if FURNITURE.match(text):
                cursor.skip(line)
                continue
            heading = self._section(text)
            if heading and not (self.items and heading[0] != "apologies"):
                section, rest = heading
                self.chair_section = text.lower().startswith("in the chair")
                # "APOLOGIES" in capitals where the minutes are headed "- TITLE (ITEM N)": the first minute, and its names
                numbered_later = any(ITEM_N.match(ln.text) for ln in self.lines[index + 1:])
                if section == "apologies" and (self.items or (text.isupper() and not rest and numbered_later)):
                    self._start(Item(None, text if not rest else text[: len(text) - len(rest)].strip(" :"), line))
                cursor.place(line)
                if rest:
                    self._attendee(rest, line, section)
                continue
            item = item_heading(text, line, bool(self.items) or section is not None or any(self.attendance.values()), self.draft, self.guesses)
            if item is not None:
                section = None
                self._start(item)
                cursor.place(line)
                if item.title == "" and index + 1 < len(self.lines):
                    item.title = "\0pending"
                continue
            if self._unnumbered and (self.items or any(self.attendance.values())) and self._plain_heading(index, text, gap):
                section = None  # "Performance Report" above its text, in minutes that number nothing: a minute, numbered by position
                self._start(Item(None, clean(text), line))
                cursor.place(line)
                continue
            if self.items and self.items[-1].title == "\0pending":
                self.items[-1].title = clean(text).rstrip(". ")
                cursor.place(line)
                continue
            if section is not None:
                if section == "minute_taker" and self.minute_taker is not None:
                    section = None
                elif self._attendee(text, line, section):
                    continue
                elif not self.items and self._first_unnumbered(index, text):
                    section = None
                    self._start(Item(None, clean(text), line))
                    cursor.place(line)
                    continue
                elif gap < 2 and not looks_like_sentence(text):
                    cursor.leave(line, f"under the heading for {section.replace('_', ' ')}, but not a name the importer can read")
                    continue
                else:
                    section = None
            if not self.items:
                if self._header_line(text, line, date_line):
                    if self.draft.date and date_line is None:
                        date_line = index
                    continue
                if BULLET.match(line.text) and parse_entry(text, line.no, self.people):
                    entry = parse_entry(text, line.no, self.people)
                    if gap >= 2 or unheaded_groups == 0:
                        unheaded_groups += 1 if gap >= 2 or unheaded_groups == 0 else 0
                    if unheaded_groups == 1 and not self.attendance["also_present"] and not self.attendance["apologies"]:
                        self._add("present", entry.attendee, entry.minute_taker)
                        cursor.place(line)
                        if len(self.attendance["present"]) == 1:
                            self.guesses.append(f"line {line.no}: the attendance list has no heading (lost in extraction); its first group is taken as present")
                    else:
                        cursor.leave(line, "an attendance entry under a heading the extraction lost (present or apologies?)")
                    continue
                if (self.attendance["present"] or section is None) and self._first_unnumbered(index, text):
                    self._start(Item(None, clean(text), line))
                    cursor.place(line)
                    continue
                cursor.leave(line, "text before the first minute (no minute to put it in)")
                continue
            self._text(text, line)

    def _plain_heading(self, index: int, text: str, gap: int) -> bool:
        """A heading in ordinary case on a line of its own, after a blank line and above a sentence."""
        if gap < 1 or len(text.split()) > 10 or not text[:1].isupper() or text.rstrip().endswith((".", ",", ";", ":")):
            return False
        words = text.split()
        if resolution_text(text) or self._section(text) or "," in text or words[-1].lower() in _SMALL_WORDS:
            return False
        # "Minutes of the Previous Meeting", "Minutes of the previous meeting": short, or every main word capitalised
        if looks_like_sentence(text) and len(words) > 6 and not all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words):
            return False
        following = next((ln for ln in self.lines[index + 1:] if not ln.blank), None)
        return following is not None and following.no == self.lines[index].no + 1 and following.text.rstrip().endswith((".", ":"))

    def _section(self, text: str) -> Optional[tuple[str, str]]:
        for name, pattern in SECTIONS:
            match = pattern.match(text)
            if match:
                rest = match.group("rest").strip()
                head = text[: len(text) - len(rest)].strip() if rest else text
                if rest and not head.rstrip().endswith(":") and name != "present":
                    return None  # "Apologies were given" is a sentence, not a heading
                if rest and name == "present" and not head.rstrip().endswith(":") and head.lower() not in ("present",):
                    return None
                return name, rest
        return None

    def _first_unnumbered(self, index: int, text: str) -> bool:
        """A short title line just before minute 2 where minute 1 lost its number ("Welcome, Introductions & Apologies")."""
        if looks_like_sentence(text) and text.endswith("."):
            return False
        if len(text.split()) > 10 or text.endswith((".", ":")):
            return False
        for later in self.lines[index + 1: index + 8]:
            numbered = NUMBERED.match(later.text)
            if numbered and numbered.group("n") == "2":
                self.guesses.append(f"line {self.lines[index].no}: '{text}' is taken as minute 1 (its number was lost; minute 2 follows)")
                return True
        return False

    # ------------------------------------------------------------ pieces

    def _attendee(self, text: str, line: Line, section: str) -> bool:
        cells = [cell for cell in line.cells if cell]
        if len(cells) >= 2 and clean(" ".join(cells)) == clean(text):  # a row of an attendance table: name, then post
            if all(cell.lower() in TABLE_HEADS for cell in cells):
                self.cursor.place(line)  # the table's own heading row ("Name | Role")
                return True
            text = f"{cells[0]} – {', '.join(cells[1:])}"
        pieces = [p for p in re.split(r";\s*", text) if p.strip()] if ";" in text else [text]
        names = split_names(text)
        titled = len(names) > 1 and ";" not in text and all(self.people.split(name).prefix for name in names)
        # "Jane Example (Chair), Tom Sample, Chief Constable Rob Other": every piece a name, so a list, never one note
        named = len(names) > 1 and ";" not in text and all(
            self.people.plausible(self.people.split(_BRACKETS.sub("", name))) for name in names)
        if not _INITIALS_IN.search(text) and ((section == "apologies" and "," in text) or titled or named):
            # "Mr Jack Jones, Ms Amanda Harper and Mr Malcolm Iredale" ("Lancashire Constabulary" is not a name: titled names only)
            found, rest = name_list(text, line.no, self.people)
            if found and not rest:
                for attendee in found:
                    self._add(section, attendee, False)
                self.cursor.place(line)
                return True
        entries = [parse_entry(p, line.no, self.people) for p in pieces]
        if not entries or any(e is None for e in entries):
            return False
        if getattr(self, "chair_section", False):
            entries = [e.__class__(e.attendee.model_copy(update={"chair": True}), e.minute_taker, e.vice_chair) for e in entries]
        for entry in entries:
            note = entry.attendee.note or ""
            pieces = split_names(note)[:2] if "," in note else []  # "Tom Sample, Ann Person, ...": a note that lists names
            listed = len(pieces) == 2 and all(
                len(piece.split()) >= 2 and self.people.plausible(self.people.split(_BRACKETS.sub("", piece))) for piece in pieces)
            if note and (ANOTHER_NAME.search(note) or listed):
                self.problems.append(f"line {line.no}: the note on {entry.attendee.person} ('{entry.attendee.note[:50]}') names "
                                     "someone else: check that nobody of the attendance is hidden in it")
            self._add(section, entry.attendee, entry.minute_taker)
        self.cursor.place(line)
        return True

    def _add(self, section: str, attendee: models.Attendee, takes_minutes: bool) -> None:
        if section == "minute_taker" or (takes_minutes and self.minute_taker is None and section != "apologies"):
            if self.minute_taker is None:
                self.minute_taker = attendee.model_copy(update={"chair": False})
                return
        if section == "apologies":
            attendee = attendee.model_copy(update={"chair": False})
        if attendee.chair and any(a.chair for group in self.attendance.values() for a in group):
            attendee = attendee.model_copy(update={"chair": False, "note": " ".join(filter(None, [attendee.note, "(co-chair)"]))})
        self.attendance[section].append(attendee)
        if self.items and section == "apologies":
            self.items[-1].lines.append(Line(0, "", ""))

    def _start(self, item: Item) -> None:
        self.items.append(item)

    def _text(self, text: str, line: Line) -> None:
        item = self.items[-1]
        concluded = CONCLUDED.search(text)
        if concluded and find_time(concluded.group("t")):
            self.draft.concluded_at = find_time(concluded.group("t")).value
        decision = item.outcomes.take(text)
        if decision:
            pass
        elif SUB.match(text):
            sub = SUB.match(text)
            item.text.append(f"({sub.group('l')}) {sub.group('rest')}")
            self.guesses.append(f"line {line.no}: sub-item ({sub.group('l')}) is kept in the text of minute '{item.title[:40]}'")
        elif NUMBERED.match(text):
            item.text.append(text)
            self.problems.append(f"line {line.no}: '{text[:50]}' is numbered like a minute but reads as a sentence; "
                                 f"it is kept in the text of minute '{item.title[:40]}': check it")
        else:
            item.text.append(text)
        if item.title.lower().startswith("apolog") and not decision:
            sentence = APOLOGY_SENTENCE.match(text)  # "Apologies for absence were received from Mrs Michelle Skeer."
            text = sentence.group("names") if sentence else text
            found, rest = name_list(text, line.no, self.people) if "," in text or " and " in text else ([], [text])
            if not found:
                entry = parse_entry(text, line.no, self.people)
                found = [entry.attendee] if entry else []
            for attendee in found:
                self._add("apologies", attendee, False)
        self.cursor.place(line)

    # ------------------------------------------------------------ the draft

    def _finish(self) -> None:
        items = [i for i in self.items if i.title != "\0pending"]
        self.guesses += number_minutes(items, self.problems)
        minutes = []
        for item in items:
            title, run_on = (item.title, None)
            if title.isupper():
                title, run_on = split_title(title)
            text = "\n\n".join(filter(None, [run_on] + rejoin_wrapped(item.text))) or None
            minutes.append(models.MinuteItem(number=min(max(item.number, 1), 999), title=title or None, text=text, resolutions=resolutions(item.decided)))
        self.draft.minutes = minutes
        groups = {k: v for k, v in self.attendance.items() if v}
        if groups or self.minute_taker:
            self.draft.attendance = models.Attendance(**groups, minute_taker=self.minute_taker)


TABLE_HEADS = {"name", "names", "role", "roles", "title", "post", "position", "organisation", "representing", "attendee", "member"}
ANOTHER_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z]")
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from", "&"}
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_INITIALS_IN = re.compile(r"\([A-Z][A-Za-z]{0,3}\)")
