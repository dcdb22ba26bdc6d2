"""Printed and web agendas: numbered items, with their descriptions, presenters and page numbers.

- an agenda printed as one run of text ("AGENDA 1 APOLOGIES FOR ABSENCE 2 MEMBERSHIP 3 ... To consider
  ... (Pages 7 - 12)"): the items are found by their numbers in sequence, each followed by a title in
  capitals;
- a pack run together: the letter calling the meeting ("Dear ... You are requested to attend a ...
  meeting on Tuesday 22 January 2019 ... Yours sincerely"), "Agenda Item Page No." with page ranges;
- a web agenda: "1. Welcome and introductions" with the presenter on the next line, and a date line
  above each meeting's list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from generator import models
from generator.importer.readers.common import body_in, numbering_problems, split_title, strip_links
from generator.importer.readers.base import Reader
from generator.importer.people import Directory
from generator.importer.readers.draft import MeetingDraft, ReadDocument
from generator.importer.readers.people_lines import parse_entry
from generator.importer.text import Line, clean, find_date, find_time, looks_like_sentence, slug

NUMBERED = re.compile(r"^(?:(?P<n>\d{1,2})[.)]|Item\s+(?P<item>\d{1,2})\s*[:.–—-]?)\s+(?P<title>\S.*)$", re.IGNORECASE)
PAGE_RANGE = re.compile(r"\s+\d{1,3}\s*[-–]\s*\d{1,3}\s*$")
DATE_LINE = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}$",
                       re.IGNORECASE)
DOCSLIB = re.compile(r"^(?:total page:\s*\d+|file type:.*|agenda document for .*)$", re.IGNORECASE)
RUN_ON = 400  # characters: a line this long holds many items


# "Minutes of the last meeting held on ...": this body's own minutes (not "Minutes of the CIEP meeting ...").
OWN_MINUTES = re.compile(r"^minutes\s+of\s+(?:the\s+)?(?:last\s+|previous\s+)?meeting\b", re.IGNORECASE)
LABEL = re.compile(r"^(?P<key>date|time|venue|location|place)\s*:\s*(?P<v>\S.*)$", re.IGNORECASE)


def _labelled(draft: MeetingDraft, key: str, value: str) -> bool:
    """A labelled line of the agenda's heading read into ``draft``; False when its value cannot be read."""
    if key == "date" and find_date(value):
        draft.date = find_date(value).value
        time = find_time(value[find_date(value).end:])
        draft.start_time = draft.start_time or (time.value if time else None)
    elif key == "time" and find_time(value):
        draft.start_time = find_time(value).value
    elif key in ("venue", "location", "place"):
        remote = bool(re.search(r"\b(?:teams|zoom|virtual|remote)\b", value, re.IGNORECASE))
        draft.location = models.Location(remote=remote, venue=None if remote else value.rstrip("."))
    else:
        return False
    return True


def looks_agenda(lines: list[Line]) -> Optional[str]:
    texts = [ln.text for ln in lines]
    if any(len(t) > RUN_ON and re.search(r"\bAGENDA\b|Agenda Item", t) for t in texts):
        return "an agenda printed as one run of text, items found by their numbers"
    numbered = [t for t in texts if NUMBERED.match(t)]
    if len(numbered) >= 4 and not any(re.match(r"^minutes\s*:", t, re.IGNORECASE) for t in texts):
        return "numbered agenda items, one a line"
    return None


@dataclass
class Entry:
    number: int
    title: str
    line: Line
    extra: list[str] = field(default_factory=list)


class AgendaReader(Reader):
    def __init__(self, lines: list[Line], people: Directory):
        super().__init__(lines, people)
        self.meetings: list[MeetingDraft] = []

    def read(self, reason: str) -> ReadDocument:
        if any(len(ln.text) > RUN_ON and re.search(r"\bAGENDA\b|Agenda Item", ln.text) for ln in self.lines):
            self._run_on()
        else:
            self._web()
        return self.document("printed-agenda", reason, meetings=self.meetings)

    # ------------------------------------------------------------ one item a line

    def _web(self) -> None:
        cursor = self.cursor
        draft: Optional[MeetingDraft] = None
        body: Optional[str] = None
        entries: list[Entry] = []
        groups: list[tuple[MeetingDraft, list[Entry]]] = []
        labelled = MeetingDraft()  # "Date: ...", "Time: ...", "Venue: ..." above a single meeting's list
        for line in cursor.rest():
            text = line.text
            numbered = NUMBERED.match(text)
            following = cursor.peek()
            label = LABEL.match(text)
            if DATE_LINE.match(text) and find_date(text) and following is not None and _number(NUMBERED.match(following.text)) == 1:
                draft = MeetingDraft(body=body, date=find_date(text).value)
                entries = []
                groups.append((draft, entries))
                cursor.place(line)
            elif label and draft is None and _labelled(labelled, label.group("key").lower(), label.group("v")):
                cursor.place(line)
            elif draft is None and text.upper() == "AGENDA":
                cursor.skip(line)
            elif numbered and draft is None and labelled.date is not None and _number(numbered) == 1:
                draft = labelled.model_copy(update={"body": body})
                entries = [Entry(1, numbered.group("title"), line)]
                groups.append((draft, entries))
                cursor.place(line)
            elif draft is None and body_in(text) and body is None:
                body = re.sub(r"\s+meetings?$", "", body_in(text), flags=re.IGNORECASE)
                cursor.place(line)
            elif numbered and draft is not None:
                entries.append(Entry(_number(numbered), numbered.group("title"), line))
                cursor.place(line)
            elif entries and not re.match(r"^minutes of the meeting held on", text, re.IGNORECASE):
                entries[-1].extra.append(text)
                cursor.place(line)
            else:
                cursor.leave(line, "a line outside any meeting's list of items")
        for draft, entries in groups:
            self._finish(draft, entries, presenters=True)

    def _finish(self, draft: MeetingDraft, entries: list[Entry], presenters: bool = False) -> None:
        self.problems += numbering_problems([(e.number, e.line.no) for e in entries], "item")
        agenda = []
        for entry in entries:
            presenter = None
            extra = list(entry.extra)
            if presenters and len(extra) == 1 and _presenter(extra[0]):
                presenter = extra.pop()
            title, run_on = split_title(strip_links(entry.title))
            description = " ".join(filter(None, [run_on] + extra)) or None
            approves = find_date(f"{title} {description or ''}") if OWN_MINUTES.match(title) else None
            agenda.append(models.AgendaItem(number=entry.number, title=title, description=description, presenter=presenter,
                                            minutes_of_date=approves.value if approves else None))
        draft.agenda = agenda
        self.meetings.append(draft)

    # ------------------------------------------------------------ one run of text

    def _run_on(self) -> None:
        cursor = self.cursor
        for line in cursor.rest():
            if DOCSLIB.match(line.text):
                cursor.skip(line)
            elif len(line.text) > RUN_ON and re.search(r"\bAGENDA\b|Agenda Item", line.text):
                self._run_on_text(line)
                cursor.place(line)
            elif body_in(line.text) and find_date(line.text) is None:
                cursor.place(line)
            else:
                cursor.leave(line, "a line beside the agenda's run of text")

    def _run_on_text(self, line: Line) -> None:
        text = line.text
        draft = MeetingDraft()
        letter = re.search(r"requested to attend an? (?P<body>.+?) on (?P<when>\w+day \d{1,2} \w+ \d{4})(?P<rest>.{0,160}?)\.(?=\s|$)", text)
        if letter:
            draft.body = clean(letter.group("body")).title() if letter.group("body").islower() else clean(letter.group("body"))
            draft.body = draft.body[0].upper() + draft.body[1:]
            draft.date = find_date(letter.group("when")).value
            time = find_time(letter.group("rest"))
            draft.start_time = time.value if time else None
            place = re.search(r"\bin the (?P<v>.+?) at \d", letter.group("rest"))
            if place:
                draft.location = models.Location(venue=place.group("v"))
        agenda_at = re.search(r"\bAGENDA\b|Agenda Item Page No\.", text)
        head = text[: agenda_at.start()] if agenda_at else ""
        if not letter:
            found = find_date(head)
            if found:
                draft.date = found.value
                time = find_time(head[found.end:])
                draft.start_time = time.value if time else None
                body = body_in(head[: found.start])
                draft.body = body
                venue = re.split(r"\s+NB\b|\s+AGENDA\b", head[found.end + time.end if time else found.end:])[0].strip(" ,")
                if venue:
                    draft.location = models.Location(venue=venue)
        body_text = text[agenda_at.end():] if agenda_at else text
        stop = _agenda_end(body_text)
        tail = body_text[stop.start():] if stop else ""
        body_text = body_text[: stop.start()] if stop else body_text
        entries = []
        number = 1
        at = 0
        dotted = bool(re.search(r"(?:^|\s)1\.\s", body_text))
        pattern = (lambda n: re.compile(rf"(?:^|\s){n}\.\s+(?=\S)")) if dotted else (lambda n: re.compile(rf"(?:^|\s){n}\s+(?=[A-Z][A-Z])"))
        starts = []
        while True:
            found = pattern(number).search(body_text, at)
            if not found:
                # a number left out ("5 ... 7 COMPLAINTS"): the next one or two, so that no item hides in another's text
                skipped = [(m.start(), n, m) for n in (number + 1, number + 2) for m in [pattern(n).search(body_text, at)] if m]
                if not skipped:
                    break
                _, number, found = min(skipped, key=lambda hit: hit[0])
            starts.append((number, found.start(), found.end()))
            at = found.end()
            number += 1
        for index, (n, _start, end) in enumerate(starts):
            finish = starts[index + 1][1] if index + 1 < len(starts) else len(body_text)
            piece = clean(re.sub(r"\s+Agenda Item Page No\.?\s*$", "", body_text[end:finish]))
            piece = clean(re.sub(r"(\s\d{1,3}\s*[-–]\s*\d{1,3})\s+\d{1,3}$", r"\1", piece))
            piece = PAGE_RANGE.sub("", piece)
            entries.append(Entry(n, piece, line))
        if not entries:
            self.cursor.leave(line, "a run of text in which no numbered items were found")
            return
        self._finish(draft, entries)
        if tail:
            self._tail(tail, line, draft)

    def _tail(self, tail: str, line: Line, papers: MeetingDraft) -> None:
        """After the agenda: the date of the next meeting, then the minutes of the last meeting, run on."""
        heading = MINUTES_HEADING.search(tail)
        if heading is None:
            self.cursor.leave(Line(line.no, tail, clean(tail)), "the text after the agenda, which the reader does not take")
            return
        before = clean(tail[: heading.start()])
        if before:
            self.cursor.leave(Line(line.no, before, before), "the text between the agenda and the minutes (the next meeting's date)")
        draft = MeetingDraft(role="minutes", body=papers.body)
        found = find_date(heading.group("date"))
        draft.date = found.value if found else None
        venue = clean(heading.group("venue")).title()
        draft.location = models.Location(venue=venue) if venue else None
        start, end = find_time(heading.group("start")), find_time(heading.group("end"))
        draft.start_time = start.value if start else None
        draft.concluded_at = end.value if end else None
        rest = tail[heading.end():]
        groups: dict[str, list[models.Attendee]] = {"present": [], "also_present": []}
        taken = []
        for label, names in _attendance_runs(rest):
            group = "also_present" if label.lower().startswith(("chief officers", "also", "officers")) else "present"
            for written in ENTRY.finditer(names):
                entry = parse_entry(written.group(0), line.no, self.people)
                if entry is not None:
                    groups[group].append(entry.attendee)
                    taken.append(written.group(0))
        left = clean(ENTRY.sub(" ", re.sub(r"(?:Chief Officers present|Also present|Present)\s*:", " ", rest)))
        if left:
            self.cursor.leave(Line(line.no, left, left), "the end of the run of text, which the reader does not take (cut short?)")
        if any(groups.values()):
            draft.attendance = models.Attendance(**{k: v for k, v in groups.items() if v})
        if papers.date and draft.date:
            draft.published_with = f"{papers.date.isoformat()}-{slug(papers.body or '')}"
        self.guesses.append(f"line {line.no}: the minutes of the meeting of {draft.date} follow the agenda; their minutes are not in "
                            "the text (cut short), so the draft holds their attendance only")
        self.meetings.append(draft)


MINUTES_HEADING = re.compile(
    r"MINUTES OF THE (?P<body>.+?) MEETING HELD (?:IN|AT) THE (?P<venue>.+?)\s+(?P<date>\d{1,2} [A-Z]+ \d{4})\s+"
    r"COMMENCING AT (?P<start>\S+)(?: AND CONCLUDING AT (?P<end>\S+))?", re.IGNORECASE)
ENTRY = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms)\s+)?[A-Z]\s[A-Z][A-Za-z'’-]+(?:\s\([^()]*\))+")


def _number(numbered: Optional[re.Match]) -> Optional[int]:
    """The number of "3. Title", "3) Title" or "Item 3: Title"."""
    return int(numbered.group("n") or numbered.group("item")) if numbered else None


def _agenda_end(text: str) -> Optional[re.Match]:
    """Where the run of items ends: "AGENDA ITEM 1", or "DATE OF NEXT MEETING" unless it is numbered as an item
    ("10 DATE OF NEXT MEETING"; a page range before it, "303 - 307 DATE OF ...", is not a number of an item)."""
    for found in re.finditer(r"\bDATE OF NEXT MEETING\b|\bAGENDA ITEM \d", text):
        before = text[: found.start()]
        numbered = re.search(r"(?:^|\s)\d{1,2}\.?\s$", before) and not re.search(r"\d\s*[-–]\s*\d{1,3}\s$", before)
        if found.group(0).startswith("AGENDA") or not numbered:
            return found
    return None


def _attendance_runs(text: str) -> list[tuple[str, str]]:
    """ "Present: A ... Chief Officers present: B ..." -> [("Present", "A ..."), ("Chief Officers present", "B ...")]."""
    parts = re.split(r"((?:Chief Officers present|Also present|Present)\s*:)", text)
    return [(parts[i].rstrip(": "), parts[i + 1]) for i in range(1, len(parts) - 1, 2)]


def _presenter(text: str) -> bool:
    if looks_like_sentence(text) or find_date(text):
        return False
    parts = re.split(r"\s*/\s*", text)
    return all(re.match(r"^(?:Mr|Mrs|Ms|Dr|CC|ACC|DCC)?\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$", p) for p in parts)
