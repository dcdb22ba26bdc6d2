"""Minutes of boards and committees: an attendance block, then numbered minutes with their outcomes.

Attendance comes under headings such as PRESENT, "Attending:", "In the Chair:",
"Committee Members:", "IN ATTENDANCE", "Officers:", "Guests:", "SECRETARIAT",
"Minute taker:" and "Apologies". Minutes are headed in many ways: "1.",
"1)", "551.", "Ref 03/21/06/2023" with the title on the next line, "- TITLE
(ITEM 5)", a heading in capitals, or "1." for every item where extraction lost
the numbering; "a." starts a sub-item. Outcomes are RESOLVED or "Decision:".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Optional

from generator import models
from generator.importer.people import Directory
from generator.importer.readers.common import body_in, numbering_problems, resolution_text, resolutions, split_title, stated_kind
from generator.importer.readers.cursor import Cursor
from generator.importer.readers.draft import MeetingDraft, ReadDocument
from generator.importer.readers.people_lines import name_list, parse_entry
from generator.importer.text import Line, clean, find_date, find_time, looks_like_sentence

SECTIONS = [
    ("present", re.compile(r"^(?:present|attendance|attending|members(?: present)?|committee members|board members|in the chair)\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)),
    ("also_present", re.compile(r"^(?:in attendence|in attendance|also in attendance|also present|officers(?: present)?|chief officers present|guests?|observers?)\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)),
    ("minute_taker", re.compile(r"^(?:secretariat|minute taker|minutes taken by|clerk)\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)),
    ("apologies", re.compile(r"^apologies(?: for absence)?\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)),
]
REF = re.compile(r"^Ref\.?\s+(?P<n>\d{1,3})/(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b\s*(?P<rest>.*)$", re.IGNORECASE)
ITEM_N = re.compile(r"^[-–•]?\s*(?P<title>.+?)\s*\(ITEM\s+(?P<n>\d{1,3})\)\s*$", re.IGNORECASE)
NUMBERED = re.compile(r"^(?P<n>\d{1,3})\s*(?P<style>[.)])\s+(?P<rest>\S.*)$")
SUB = re.compile(r"^(?P<l>[a-h])[.)]\s+(?P<rest>\S.*)$")
BULLET = re.compile(r"^[•·▪●◦\-–]\s+")
CONCLUDED = re.compile(r"\b(?:meeting\s+(?:closed|concluded|ended)|concluding)\s+at\s+(?P<t>[\d.:]+\s*(?:am|pm)?)", re.IGNORECASE)
FURNITURE = re.compile(r"^(?:accessibility settings skip to main content|skip to main content|minutes|notes of meeting|meeting minutes|agenda)$", re.IGNORECASE)
VENUE_WORDS = re.compile(r"\b(?:room|hall|house|headquarters|hq|office|centre|chamber|hindlip|teams)\b", re.IGNORECASE)


def looks_board(lines: list[Line]) -> Optional[str]:
    texts = [ln.text for ln in lines[:200]]
    headings = [t for t in texts if any(p.match(t) for _, p in SECTIONS)]
    refs = [t for t in texts if REF.match(t) or ITEM_N.match(t)]
    if refs:
        return 'minutes headed "Ref NN/DD/MM/YYYY" or "(ITEM N)"'
    if len(headings) >= 2 or any(re.match(r"^(?:PRESENT|In the Chair:|Attending:)", t) for t in texts):
        return f'an attendance block ("{headings[0] if headings else "PRESENT"}") followed by numbered minutes'
    return None


@dataclass
class Item:
    number: Optional[int]
    title: str
    line: Line
    text: list[str] = field(default_factory=list)
    decided: list[str] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)


RUN_ON_HEADING = re.compile(r"(?<=[.!?;])\s+(?=\d{1,3}[.)]\s+[A-Z][A-Z'’&-]{2,}\b)")


def split_run_on(lines: list[Line]) -> list[Line]:
    """A line holding the end of one minute and the next heading ("... plan. 4. FLEET ...") as two lines."""
    out = []
    for line in lines:
        pieces = RUN_ON_HEADING.split(line.text) if line.text else [line.text]
        if len(pieces) == 1:
            out.append(line)
            continue
        for piece in pieces:
            out.append(Line(line.no, piece, piece))
    return out


class BoardReader:
    def __init__(self, lines: list[Line], people: Directory):
        lines = split_run_on(lines)
        self.lines = lines
        self.cursor = Cursor(lines)
        self.people = people
        self.draft = MeetingDraft()
        self.guesses: list[str] = []
        self.problems: list[str] = []
        self.attendance: dict[str, list[models.Attendee]] = {"present": [], "also_present": [], "apologies": [], "observers": []}
        self.minute_taker: Optional[models.Attendee] = None
        self.items: list[Item] = []

    def read(self, reason: str) -> ReadDocument:
        self._walk()
        self._finish()
        unplaced = self.cursor.settle()
        return ReadDocument(layout="board-minutes", layout_reason=reason, meetings=[self.draft], unplaced=unplaced,
                            furniture=len(self.cursor.furniture), problems=self.problems, guesses=self.guesses, lines=len(self.lines))

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
                if section == "apologies" and self.items:
                    self._start(Item(None, text if not rest else text[: len(text) - len(rest)].strip(" :"), line))
                cursor.place(line)
                if rest:
                    self._attendee(rest, line, section)
                continue
            item = self._item_heading(text, line, bool(self.items) or section is not None or any(self.attendance.values()))
            if item is not None:
                section = None
                self._start(item)
                cursor.place(line)
                if item.title == "" and index + 1 < len(self.lines):
                    item.title = "\0pending"
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

    def _item_heading(self, text: str, line: Line, started: bool) -> Optional[Item]:
        ref = REF.match(text)
        if ref:
            try:
                day = dt.date(int(ref.group("y")), int(ref.group("m")), int(ref.group("d")))
                if self.draft.date is None:
                    self.draft.date = day
                    self.guesses.append(f"line {line.no}: the date, {day.isoformat()}, is read from the minute references (the heading gives no year)")
            except ValueError:
                pass
            return Item(int(ref.group("n")), ref.group("rest").strip(" .") or "", line)
        numbered_item = ITEM_N.match(text)
        if numbered_item:
            return Item(int(numbered_item.group("n")), numbered_item.group("title").strip(" -–"), line)
        numbered = NUMBERED.match(text)
        if numbered and started:
            rest = numbered.group("rest")
            head, tail = _heading_and_text(rest)
            if head is not None:
                item = Item(int(numbered.group("n")), head, line)
                if tail:
                    item.text.append(tail)
                item.lines.append(line)
                return item
            return None
        if started and _caps_heading(text):
            return Item(None, text, line)
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

    def _header_line(self, text: str, line: Line, date_line: Optional[int]) -> bool:
        draft, cursor = self.draft, self.cursor
        label = re.match(r"^(date|time|location|venue)\s*:\s*(?P<v>.+)$", text, re.IGNORECASE)
        if label:
            key, value = label.group(1).lower(), label.group("v")
            if key == "date" and find_date(value):
                draft.date = find_date(value).value
            elif key == "time" and find_time(value):
                draft.start_time = find_time(value).value
            else:
                remote = bool(re.search(r"teams|zoom|virtual|remote|dial-in", value, re.IGNORECASE))
                draft.location = models.Location(remote=remote, venue=None if remote else value.rstrip("."))
            cursor.place(line)
            return True
        found = find_date(text)
        weekday = re.search(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", text, re.IGNORECASE)
        body = body_in(text)
        took = False
        if body and draft.body is not None and body.lower() == draft.body.lower() and not found:
            took = True  # the body's name again, as a heading
        elif body and draft.body is None and not looks_like_sentence(text.split("–")[0]):
            draft.body = re.sub(r"\s+minutes$", "", body, flags=re.IGNORECASE)
            kind = stated_kind(text)
            draft.kind = draft.kind or kind
            took = True
        if found and (weekday or draft.date is None) and (draft.date is None or weekday and not getattr(self, "_weekday_date", False)):
            draft.date = found.value
            self._weekday_date = bool(weekday)
            time = find_time(text[found.end:])
            if time:
                draft.start_time = time.value
            held = re.search(r"\bheld (?:at|in) (?P<v>.+?) on\b", text)
            after = text[found.end + (time.end if time else 0):]
            place = re.search(r"^[\s,]*(?:at|in)\s+(?:the\s+)?(?P<v>[A-Z][^.;]+)", after) if not held else None
            if held or place:
                venue = (held or place).group("v").strip(" ,")
                remote = bool(re.search(r"\bteams\b|zoom|virtual", venue, re.IGNORECASE))
                draft.location = models.Location(remote=remote, venue=venue)
            took = True
        elif weekday and draft.date is None and find_time(text):
            draft.start_time = find_time(text).value
            took = True
        elif draft.location is None and (draft.date or draft.start_time) and VENUE_WORDS.search(text) and len(text.split()) <= 16 and (
            not looks_like_sentence(text) or " in the " in text
        ):
            venue = re.sub(r"^.*?\bin the\s+", "", text) if " in the " in text else text
            remote = bool(re.search(r"\bteams\b|zoom|virtual", venue, re.IGNORECASE))
            venue = re.sub(r"\s+and via .*$", "", venue, flags=re.IGNORECASE)
            draft.location = models.Location(remote=remote, venue=venue.strip(" ,"))
            took = True
        if took:
            cursor.place(line)
        return took

    # ------------------------------------------------------------ pieces

    def _attendee(self, text: str, line: Line, section: str) -> bool:
        pieces = [p for p in re.split(r";\s*", text) if p.strip()] if ";" in text else [text]
        if section == "apologies" and "," in text and not _INITIALS_IN.search(text):
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
        decision = resolution_text(text)
        if decision:
            item.decided.append(decision)
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
        numbers = [i.number for i in items if i.number is not None]
        if len(numbers) >= 3 and set(numbers) == {1}:
            for position, item in enumerate(items, start=1):
                item.number = position
            self.guesses.append(f"every minute is numbered '1.' (the extraction lost the numbering): numbered 1-{len(items)} in order")
        else:
            self.problems += numbering_problems([(i.number, i.line.no) for i in items if i.number is not None], "minute")
            filled = []
            for position, item in enumerate(items):
                if item.number is not None:
                    continue
                before = next((i.number for i in reversed(items[:position]) if i.number is not None), None)
                after_at = next(((k, i.number) for k, i in enumerate(items[position + 1:], start=1) if i.number is not None), None)
                if before is not None:
                    item.number = before + 1
                elif after_at is not None and after_at[1] - after_at[0] >= 1:
                    item.number = after_at[1] - after_at[0]
                else:
                    item.number = position + 1
                filled.append(f"'{item.title}' {item.number}")
            if filled:
                self.guesses.append("minutes without a number in the source, numbered from their neighbours: " + ", ".join(filled))
        minutes = []
        for item in items:
            title, run_on = (item.title, None)
            if title.isupper():
                title, run_on = split_title(title)
            text = "\n\n".join(filter(None, [run_on] + item.text)) or None
            minutes.append(models.MinuteItem(number=min(max(item.number, 1), 999), title=title or None, text=text, resolutions=resolutions(item.decided)))
        self.draft.minutes = minutes
        groups = {k: v for k, v in self.attendance.items() if v}
        if groups or self.minute_taker:
            self.draft.attendance = models.Attendance(**groups, minute_taker=self.minute_taker)


_INITIALS_IN = re.compile(r"\([A-Z][A-Za-z]{0,3}\)")


def _caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters) and len(text.split()) <= 14 and not text.endswith(".")


def _heading_and_text(rest: str) -> tuple[Optional[str], Optional[str]]:
    """"Formation of ... Hub (Decision Notice):  The Board received ..." -> (title, text); (None, None) for a numbered sentence."""
    caps = re.match(r"^(?P<h>[A-Z][A-Z0-9'’&/,()\- ]{3,}?)\s+(?P<t>[A-Z][a-z].*)$", rest)
    if caps and sum(c.isalpha() for c in caps.group("h")) >= 4:
        return caps.group("h").strip(), caps.group("t")  # "APOLOGIES Mrs Stafford sent apologies."
    split = re.match(r"^(?P<h>[^:]{3,160}?):\s+(?P<t>[A-Z].*)$", rest)
    if split and not looks_like_sentence(split.group("h")):
        return split.group("h").strip(), split.group("t").strip()
    if _caps_heading(rest):
        return rest.strip(), None
    if len(rest.split()) <= 14 and not rest.rstrip().endswith((".", ",")) and not looks_like_sentence(rest):
        return rest.strip(), None
    if len(rest.split()) <= 10 and not rest.rstrip().endswith("."):
        return rest.strip(), None
    return None, None
