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

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from typing import Optional

from generator.importer.people import Directory
from generator.importer.text import (
    MONTH_YEAR,
    Line,
    clean,
    find_date,
    find_time,
    join_wrapped,
    looks_like_sentence,
    norm,
    repair_truncated,
    slug,
    tidy_title,
    unbullet,
)

ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]

# ---------------------------------------------------------------- what was found


@dataclass
class Person:
    person: str
    post: Optional[str] = None
    note: Optional[str] = None
    chair: bool = False
    line: int = 0


@dataclass
class Notice:
    letter_date: Optional[dt.date] = None
    reference: Optional[str] = None
    contact_name: Optional[str] = None
    contact_person: Optional[str] = None
    telephone: Optional[str] = None
    email: Optional[str] = None
    meeting_date: Optional[dt.date] = None
    start_time: Optional[str] = None
    venue: Optional[str] = None
    remote: bool = False
    purpose: Optional[str] = None
    paragraphs: list[str] = field(default_factory=list)
    signed_by: Optional[Person] = None
    invited: list[Person] = field(default_factory=list)
    body: Optional[str] = None
    found: bool = False


@dataclass
class AgendaItem:
    number: int
    line: int
    title: Optional[str]
    paragraphs: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    part: int = 1
    exempt_paragraph: Optional[int] = None
    minutes_of_date: Optional[dt.date] = None
    presentation: Optional[str] = None


@dataclass
class MinuteItem:
    number: int
    line: int
    title: Optional[str]
    paragraphs: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    resolutions: list[list[str]] = field(default_factory=list)  # [number, text]
    recommendations: list[list[str]] = field(default_factory=list)  # [id, text]
    outcomes: dict[str, str] = field(default_factory=dict)
    part: int = 1
    exempt_paragraph: Optional[int] = None
    minutes_of_date: Optional[dt.date] = None


@dataclass
class Minutes:
    line: int
    body: str
    date: Optional[dt.date] = None
    start_time: Optional[str] = None
    place: Optional[str] = None
    remote: bool = False
    present: list[Person] = field(default_factory=list)
    also_present: list[Person] = field(default_factory=list)
    apologies: list[Person] = field(default_factory=list)
    minute_takers: list[Person] = field(default_factory=list)
    observers: list[Person] = field(default_factory=list)
    items: list[MinuteItem] = field(default_factory=list)
    concluded_at: Optional[str] = None
    header: str = ""


@dataclass
class Table:
    title: Optional[str]
    first: int
    last: int
    columns: list[str]
    rows: list[list[object]]
    short_rows: list[int] = field(default_factory=list)


@dataclass
class Presentation:
    id: str
    title: str
    line: int
    agenda_item: Optional[int] = None
    presenter: Optional[str] = None
    presenter_people: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    end: int = 0


@dataclass
class Unplaced:
    line: int
    text: str
    where: str  # "meeting", "minutes" or "presentation:<id>"
    reason: Optional[str] = None


@dataclass
class Document:
    notice: Notice
    agenda: list[AgendaItem]
    minutes: Optional[Minutes]
    presentations: list[Presentation]
    unplaced: list[Unplaced]
    line_count: int
    placed: set[int] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- patterns

ENQUIRIES = re.compile(r"^(?:(?:enquiries|enquiry)(?:\s+to)?\s*:?\s+|contact\s*:\s*)(?P<v>.+)$", re.IGNORECASE)
TELEPHONE = re.compile(r"^(?:tel(?:ephone)?|phone|direct dial)\s*(?:no\.?)?\s*:?\s*(?P<v>\+?[\d ()]{6,}.*)$", re.IGNORECASE)
REFERENCE = re.compile(r"^(?:our\s+)?ref(?:erence)?\s*:?\s+(?P<v>\S.*)$", re.IGNORECASE)
EMAIL_LINE = re.compile(r"^e-?mail\s*:?\s*(?P<v>\S+@\S+)$", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
LETTER_DATE = re.compile(r"^(?:date(?:d)?\s*:?\s+)(?P<v>.+)$", re.IGNORECASE)
ATTENDEES = re.compile(r"^(?:attendees|invited|invitees|distribution|to be invited|circulation)\s*:?$", re.IGNORECASE)
AGENDA = re.compile(r"^agenda\s*:?$", re.IGNORECASE)
PART = re.compile(r"^part\s*(?P<n>1|2|i{1,2}|one|two)\b(?P<rest>.*)$", re.IGNORECASE)
EXEMPT = re.compile(r"\bparagraphs?\s+(?P<n>[1-7])\b", re.IGNORECASE)
NUMBERED = re.compile(r"^(?P<n>\d{1,3})\s*[.):]?\s+(?P<title>\S.*)$")
MINUTES_HEADER = re.compile(r"^minutes\s+of\s+(?:the\s+|a\s+)?(?P<body>.+?)\s+held\s+(?P<how>.*?)\bon\s+(?P<rest>.+)$", re.IGNORECASE)
PRESENT = re.compile(r"^(?:members\s+)?present\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
ALSO_PRESENT = re.compile(r"^(?:also\s+(?:present|in\s+attendance)|in\s+attendance|officers\s+(?:present|in\s+attendance)|officers)\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
APOLOGIES = re.compile(r"^apologies\b(?:\s+for\s+absence)?\s*(?:were\s+received\s+from)?\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
OBSERVERS = re.compile(r"^(?:observers?|observing)\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
MINUTE_TAKER = re.compile(r"^(?:minutes?\s+(?:taken\s+by|taker)|minute-taker|clerk)\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
ITEMS = re.compile(r"^items?\s*:?$", re.IGNORECASE)
MINUTES_MARK = re.compile(r"^minutes\s*:$", re.IGNORECASE)
# "RESOLVED, that, the" / "Resolved: that ..." / "RESOLVED – That"; not a sentence that starts "Resolved issues ..."
RESOLVED = re.compile(r"^(?:RESOLVED\b|[Rr]esolved(?=\s*[,:;.–—-]|\s+[Tt]hat\b|\s*$))\s*[,:;.–—-]?\s*(?P<rest>.*)$")
RESOLVED_PREAMBLE = re.compile(r"^(?:that\b)?[\s,:;–—-]*(?:the\b)?[\s,:;–—-]*$", re.IGNORECASE)
ROMAN_ITEM = re.compile(r"^\(?(?P<n>[ivx]{1,5})\)\s*(?P<text>.*)$", re.IGNORECASE)
RECOMMENDATION = re.compile(r"^R(?P<n>\d{1,2})\s*[).:–-]\s*(?P<text>.+)$")
CONCLUDED = re.compile(r"^(?:the\s+)?meeting\s+(?:concluded|closed|ended|finished)\s+at\s+(?P<v>.+)$", re.IGNORECASE)
ROLE = re.compile(
    r"\s*(?:[-–—:]\s*|\(\s*)(?P<role>taking\s+(?:the\s+)?minutes|minute[\s-]taker|minutes|observing|observer|observation)\s*\)?\s*\.?$",
    re.IGNORECASE,
)
CHAIR = re.compile(r"\s*\((?:chair|chairman|chairwoman|chairperson|in\s+the\s+chair)\)", re.IGNORECASE)
APOLOGIES_SENTENCE = re.compile(
    r"apolog\w*(?:\s+for\s+absence)?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:received|submitted|given|tendered)\s+(?:from|by|on\s+behalf\s+of)\s+(?P<list>.+)",
    re.IGNORECASE,
)
MINUTES_OF_DATE = re.compile(r"minutes\s+of\s+(?:the\s+)?.{0,120}?\bheld\s+(?:on\s+)?(?:the\s+)?(?P<rest>.{0,60})", re.IGNORECASE)
TAKE_PLACE = re.compile(r"\b(?:take\s+place|takes\s+place|be\s+held|will\s+meet|is\s+being\s+held)\b", re.IGNORECASE)
REMOTE = re.compile(r"\bremote(?:ly)?\b|\bvirtual(?:ly)?\b|microsoft\s+teams|\bteams\b|\bzoom\b|video\s*conference|\bonline\b", re.IGNORECASE)
FURNITURE = re.compile(
    r"^(?:not\s+protectively\s+marked|official(?:[\s-]+sensitive)?|unclassified|protect|restricted|"
    r"page\s+\d+(?:\s+of\s+\d+)?|\d{1,3}|-\s*\d{1,3}\s*-|signed\b.*|date\s*:?\s*_*\s*|_{3,}|chair(?:man)?\s*:?\s*_*|"
    r"(?:pdf|docx?|xlsx?|pptx?)\s+\d+(?:\.\d+)?\s*[kmg]b)$",
    re.IGNORECASE,
)
PAC = "Public Accountability Conference"
POST_WORDS = {
    "officer", "executive", "commissioner", "constable", "director", "head", "manager", "assistant", "deputy",
    "superintendent", "inspector", "treasurer", "clerk", "secretary", "chief", "solicitor", "auditor", "adviser",
    "advisor", "lead", "coordinator", "co-ordinator", "analyst", "support", "member", "chair", "representative",
}


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters)


def _ends_sentence(text: str) -> bool:
    text = text.rstrip()
    return bool(re.search(r"[.;:!?]$|[.;:]\s*(?:and|or)$", text)) or text.endswith(("; and", "; or"))


# ---------------------------------------------------------------- the parser


class Parser:
    def __init__(self, lines: list[Line], people: Directory):
        self.lines = lines
        self.people = people
        self.placed: set[int] = set()
        self.item = None  # the agenda item or minute that lines being placed belong to
        self.fragments: list[Unplaced] = []
        self.notes: list[str] = []
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
        return Document(notice, agenda, minutes, presentations, unplaced, n, set(self.placed), self.notes)

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
            if _is_caps(line.text) and not NUMBERED.match(line.text) and not AGENDA.match(line.text) and len(line.text) < 120:
                top = cursor
                cursor -= 1
                continue
            break
        return top

    # ------------------------------------------------------------ the letter

    def _notice(self, start: int, end: int) -> Notice:
        notice = Notice()
        lines = self._range(start, end)
        blocks: list[list[Line]] = []
        current: list[Line] = []
        inviting = False
        title_seen = False
        for line in lines:
            self.where[line.no] = "meeting"
            text = line.text
            if line.blank:
                if current:
                    blocks.append(current)
                    current = []
                continue
            field_match = None
            for pattern, name in ((ENQUIRIES, "contact_name"), (TELEPHONE, "telephone"), (EMAIL_LINE, "email"), (REFERENCE, "reference")):
                match = pattern.match(text)
                if match and not getattr(notice, name):
                    field_match = (name, match.group("v").strip())
                    break
            if field_match:
                name, value = field_match
                setattr(notice, name, value)
                if name == "contact_name":
                    found = self.people.person(value, line.no)
                    notice.contact_person = found.id if found else None
                notice.found = True
                self.take(line)
                continue
            date_match = LETTER_DATE.match(text)
            if date_match and notice.letter_date is None:
                found_date = find_date(date_match.group("v"))
                if found_date and found_date.start == 0:
                    notice.letter_date = found_date.value
                    notice.found = True
                    self.take(line)
                    continue
            if ATTENDEES.match(text):
                inviting = True
                if current:
                    blocks.append(current)
                    current = []
                self.take(line)
                continue
            if inviting:
                if self._attendee_line(line, notice.invited):
                    continue
                inviting = False
            if not title_seen and _is_caps(text) and re.search(r"conference|committee|panel|board|meeting", text, re.IGNORECASE):
                title_seen = True
                notice.body = _body_of(text)
                notice.found = True
                self.take(line)
                continue
            if current and _paragraph_break(current[-1].text, text):
                blocks.append(current)
                current = []
            current.append(line)
        if current:
            blocks.append(current)
        self._letter_blocks(notice, blocks)
        return notice

    def _letter_blocks(self, notice: Notice, blocks: list[list[Line]]) -> None:
        started = False
        for index, block in enumerate(blocks):
            if notice.signed_by and notice.signed_by.post is None and notice.signed_by.note is None and len(block) == 1 \
                    and index and notice.signed_by.line == blocks[index - 1][0].no:
                post = self.people.post(block[0].text, notice.signed_by.person, record=False)
                if post:  # the signature's post, on a paragraph of its own
                    notice.signed_by.post = post
                    self.take(*block)
                    continue
            text = join_wrapped([l.text for l in block])
            if TAKE_PLACE.search(text) and find_date(text):
                self._meeting_sentence(notice, text)
                notice.paragraphs.append(text)
                notice.found = started = True
                self.take(*block)
                continue
            if re.match(r"^the\s+purpose\s+of\b", text, re.IGNORECASE):
                notice.purpose = text
                started = True
                self.take(*block)
                continue
            if started and notice.signed_by is None and self._signature(notice, block):
                continue
            if started and looks_like_sentence(text):
                notice.paragraphs.append(text)
                self.take(*block)
                if notice.email is None:
                    email = EMAIL.search(text)
                    if email and notice.contact_person and self._email_fits(email.group(0), notice.contact_person):
                        notice.email = email.group(0).rstrip(".")
                continue

    def _email_fits(self, email: str, person_id: str) -> bool:
        local = re.sub(r"[^a-z]", "", email.split("@")[0].lower())
        return local and local == re.sub(r"[^a-z]", "", person_id)

    def _meeting_sentence(self, notice: Notice, text: str) -> None:
        date = find_date(text)
        if date is None:
            return
        notice.meeting_date = date.value
        if notice.body is None and re.search(r"\b(?:conference|committee|panel|board)\b", text[: date.start], re.IGNORECASE):
            notice.body = _body_of(text[: date.start])  # "The ... Public Accountability Conference will take place on ..."
        notice.remote = bool(REMOTE.search(text))
        after = text[date.end:]
        time = find_time(after)
        if time:
            notice.start_time = time.value
        before_time = after[: time.start] if time else after
        venue = re.sub(r"^[\s,]*(?:in|at)\s+(?:the\s+)?", "", before_time, flags=re.IGNORECASE)
        venue = re.sub(r"[\s,]*(?:\bat|\bfrom|\bcommencing)?[\s,]*$", "", venue, flags=re.IGNORECASE).strip(" ,.")
        if venue and re.match(r"^[\s,]*(?:in|at)\s", before_time, re.IGNORECASE):
            notice.venue = venue
        else:
            between = text[: date.start]
            where = re.search(r"\b(?:in|at)\s+(?:the\s+)?(?P<v>[A-Z].+?)[\s,]*(?:\bon\b)?\s*$", between)
            if where and not REMOTE.search(where.group("v")):
                notice.venue = where.group("v").strip(" ,")

    def _signature(self, notice: Notice, block: list[Line]) -> bool:
        texts = [l.text for l in block]
        if len(texts) > 2 or any(len(t.split()) > 7 for t in texts):
            return False
        options: list[tuple[str, str]] = []
        if len(texts) == 2:
            options.append((texts[0], texts[1]))
        words = texts[0].split()
        if len(texts) == 1:
            for k in (2, 3):
                if len(words) > k:
                    options.append((" ".join(words[:k]), " ".join(words[k:])))
            options.append((texts[0], ""))
        for name, post in options:
            parts = self.people.split(name)
            if not self.people.plausible(parts):
                continue
            known = self.people.find(parts)
            if known is None and not (post and self._looks_post(post)):
                continue
            match = self.people.person(name, block[0].no)
            post_id = self.people.post(post, match.id, block[-1].no) if post else None
            notice.signed_by = Person(match.id, post_id, None if post_id or not post else post, line=block[0].no)
            self.take(*block)
            return True
        return False

    # ------------------------------------------------------------ people in lists

    def _attendee(self, text: str, line: int) -> Optional[tuple[Person, Optional[str]]]:
        """One attendee as written ("Chief Constable - Mrs Michelle Skeer", "Chief Finance Officer (Roger Marshall)")."""
        cells = [clean(c).strip(" -–—") for c in text.split("\t")]
        cells = [c for c in cells if c]
        text = " - ".join(cells)
        text = re.sub(r"^(?:and|&)\s+", "", text, flags=re.IGNORECASE)
        text = re.sub(r"[\s;,.]+(?:and|&)?\s*$", "", text, flags=re.IGNORECASE).strip()
        text, _ = unbullet(text)
        role = None
        role_match = ROLE.search(text)
        if role_match:
            word = role_match.group("role").lower()
            role = "observer" if word.startswith("observ") else "minutes"
            text = text[: role_match.start()].strip(" ,;-–")
        chair = bool(CHAIR.search(text))
        text = CHAIR.sub("", text).strip(" ,;")
        pairs: list[tuple[str, str]] = []  # (post, name)
        pieces = [p.strip() for p in re.split(r"\t+|\s+[-–—]\s+|\s*[-–—]\s+(?=(?:mr|mrs|ms|miss|dr|cllr|councillor)\b)", text, flags=re.IGNORECASE) if p.strip(" -–—")]
        pieces = [p.strip(" -–—") for p in pieces]
        bracket = re.match(r"^(?P<a>[^()]+?)\s*\((?P<b>[^()]+)\)$", text)
        if len(pieces) == 2:
            pairs += [(pieces[0], pieces[1]), (pieces[1], pieces[0])]
        elif bracket:
            a, b = bracket.group("a").strip(), bracket.group("b").strip()
            if self._looks_post(a) and not self.people.find(self.people.split(a)):
                pairs += [(a, b), (b, a)]
            else:
                pairs += [(b, a), (a, b)]
        else:
            comma = text.split(",", 1)
            if len(comma) == 2:
                pairs.append((comma[1].strip(), comma[0].strip()))
            pairs.append(("", text))
        for post_text, name_text in pairs:
            parts = self.people.split(name_text)
            if not self.people.plausible(parts):
                continue
            if post_text and not self._looks_post(post_text) and not self.people.find(parts):
                continue
            match = self.people.person(name_text, line)
            if match is None:
                continue
            post_id = self.people.post(post_text, match.id, line) if post_text else None
            note = post_text if post_text and not post_id else None
            return Person(match.id, post_id, note, chair, line), role
        return None

    def _attendee_line(self, line: Line, into: list[Person], role_lists: Optional[dict[str, list[Person]]] = None) -> bool:
        found = self._attendee(line.raw, line.no)
        if found is None:
            return False
        person, role = found
        if role and role_lists is not None and role in role_lists:
            role_lists[role].append(person)
        else:
            into.append(person)
        self.take(line)
        return True

    def _attendee_list(self, text: str, line: Line, into: list[Person], role_lists: Optional[dict[str, list[Person]]] = None, where: str = "minutes") -> bool:
        """A list of attendees on one line, split at semicolons or commas; pieces that are not people are reported."""
        pieces = _split_list(text)
        any_found = False
        for piece in pieces:
            found = self._attendee(piece, line.no)
            if found is None:
                self.fragments.append(Unplaced(line.no, piece, where, "not read as a person"))
                continue
            person, role = found
            if role and role_lists is not None and role in role_lists:
                role_lists[role].append(person)
            else:
                into.append(person)
            any_found = True
        self.take(line)
        return any_found

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
            part_match = PART.match(text)
            if part_match:
                close()
                part = 2 if part_match.group("n").lower() in ("2", "ii", "two") else 1
                exempt = EXEMPT.search(text)
                part_paragraph = int(exempt.group("n")) if exempt else None
                self.take(line)
                continue
            numbered = NUMBERED.match(text)
            if numbered:
                number = int(numbered.group("n"))
                title = numbered.group("title")
                expected = items[-1].number + 1 if items else None
                heading_like = _is_caps(title) or (len(title) <= 100 and not title.rstrip().endswith("."))
                if heading_like and expected is not None and number != expected:
                    self.notes.append(f"line {line.no}: '{text[:50]}' looks like agenda item {number} but item {expected} was "
                                      f"expected; it is kept in the description of item {items[-1].number}: check it")
                if heading_like and (expected is None or number == expected):
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
                item.minutes_of_date = _minutes_of_date(" ".join(item.paragraphs))
        return items

    # ------------------------------------------------------------ the minutes

    def _minutes(self, top: int, at: int, n: int) -> tuple[Minutes, int]:
        for line in self._range(top, at):
            if not line.blank:
                self.take(line)
        header, block = self._header_block(at)
        self.take(*block)
        match = MINUTES_HEADER.match(header)
        body = _body_of(match.group("body")) if match else PAC
        minutes = Minutes(line=self.lines[at].no, body=body, header=header)
        if match:
            rest = match.group("rest")
            date = find_date(rest)
            if date:
                minutes.date = date.value
                after = rest[date.end:]
                minutes.remote = bool(REMOTE.search(match.group("how")) or REMOTE.search(after))
                time = find_time(after)
                if time:
                    minutes.start_time = time.value
                place = after
                if time:
                    place = after[: time.start] + " " + after[time.end:]
                place = re.sub(r"\b(?:at|in|from|commencing)\b(?=\s*(?:,|$|\bat\b|\bin\b))", " ", place, flags=re.IGNORECASE)
                place = re.sub(r"^[\s,.]*(?:(?:at|in)\s+)?(?:the\s+)?", "", place, flags=re.IGNORECASE)
                place = re.sub(r"\s+", " ", place).strip(" ,.")
                place = re.sub(r"^(?:at|in)\s+", "", place, flags=re.IGNORECASE)
                if place and not REMOTE.fullmatch(place):
                    minutes.place = place
                elif REMOTE.search(place or ""):
                    minutes.remote = True

        roles = {"minutes": minutes.minute_takers, "observer": minutes.observers}
        state = "attendance"
        mode: Optional[list[Person]] = None
        part, part_paragraph = 1, None
        item: Optional[MinuteItem] = None
        paragraph: list[str] = []
        kind = "prose"
        resolving = False
        last_entry: Optional[list[str]] = None  # the resolution or recommendation that may run on
        last_line_blank = True
        end = n - 1
        index = at + len(block)

        def close() -> None:
            nonlocal kind
            if item is not None and paragraph:
                if kind == "list":
                    item.paragraphs.append("\n".join(f"- {p}" for p in paragraph))
                else:
                    item.paragraphs.append(join_wrapped(paragraph))
            paragraph.clear()
            kind = "prose"

        while index < n:
            line = self.lines[index]
            text = line.text
            index += 1
            if line.blank:
                close()
                last_line_blank = True
                if last_entry is not None and last_entry[1]:
                    last_entry = None
                continue
            was_blank, last_line_blank = last_line_blank, False
            if state == "end":
                if CONCLUDED.match(text) or FURNITURE.match(text):
                    end = index - 1
                    continue
                end = index - 2
                break
            if FURNITURE.match(text):
                close()
                last_entry = None
                continue
            concluded = CONCLUDED.match(text)
            if concluded:
                close()
                self.item = None
                time = find_time(concluded.group("v"))
                if time:
                    minutes.concluded_at = time.value
                    self.take(line)
                state = "end"
                end = index - 1
                continue
            part_match = PART.match(text)
            if part_match:
                close()
                part = 2 if part_match.group("n").lower() in ("2", "ii", "two") else 1
                exempt = EXEMPT.search(text)
                part_paragraph = int(exempt.group("n")) if exempt else None
                self.take(line)
                resolving = False
                continue
            heading = self._minute_heading(text, minutes.items, state)
            if heading is None and minutes.items and _looks_numbered_heading(text):
                self.notes.append(f"line {line.no}: '{text[:50]}' looks like a numbered minute but does not follow minute "
                                  f"{minutes.items[-1].number}; it is kept in the text of minute {minutes.items[-1].number}: check it")
            if heading:
                close()
                number, title = heading
                item = MinuteItem(number, line.no, tidy_title(title) or None, part=part,
                                  exempt_paragraph=part_paragraph if part == 2 else None)
                minutes.items.append(item)
                self.item = item
                state = "items"
                resolving = False
                last_entry = None
                self.take(line)
                continue
            if state == "attendance":
                mode = self._attendance_line(line, minutes, mode, roles)
                continue
            # ---- inside a minute
            assert item is not None
            bare, bulleted = unbullet(text)
            if MINUTES_MARK.match(text):
                self.take(line)
                continue
            resolved = RESOLVED.match(bare)
            if resolved:
                close()
                rest = resolved.group("rest").strip()
                resolving = True
                last_entry = None
                if rest and not RESOLVED_PREAMBLE.match(rest):
                    parts = re.split(r"\(\s*([ivx]{1,5})\s*\)", rest)
                    if len(parts) > 1 and [p.lower() for p in parts[1::2]] == ROMAN[: len(parts[1::2])]:
                        preamble = parts[0].strip()
                        if preamble and not RESOLVED_PREAMBLE.match(preamble):
                            item.paragraphs.append(f"RESOLVED, {preamble}")
                        for number, body in zip(parts[1::2], parts[2::2]):
                            entry = [number.lower(), body.strip()]
                            item.resolutions.append(entry)
                            last_entry = entry
                    elif len(item.resolutions) < len(ROMAN):
                        entry = [ROMAN[len(item.resolutions)], rest]
                        item.resolutions.append(entry)
                        last_entry = entry
                    else:
                        resolving = False
                        paragraph.append(text)
                self.take(line)
                continue
            roman = ROMAN_ITEM.match(bare)
            expected = ROMAN[len(item.resolutions)] if len(item.resolutions) < len(ROMAN) else None
            if roman and resolving and roman.group("n").lower() == expected:
                close()
                entry = [roman.group("n").lower(), roman.group("text").strip()]
                item.resolutions.append(entry)
                last_entry = entry
                self.take(line)
                continue
            recommendation = RECOMMENDATION.match(bare)
            if recommendation:
                close()
                ident = f"R{int(recommendation.group('n'))}"
                if any(r[0] == ident for r in item.recommendations):
                    paragraph.append(text)
                    self.take(line)
                    continue
                entry = [ident, recommendation.group("text").strip()]
                item.recommendations.append(entry)
                last_entry = entry
                resolving = False
                self.take(line)
                continue
            if last_entry is not None and (not was_blank or not last_entry[1]) and not _ends_sentence(last_entry[1]) and not bulleted:
                last_entry[1] = f"{last_entry[1]} {text}".strip()
                self.take(line)
                continue
            # a table of tab-separated cells
            if line.has_tab and index < n and self.lines[index].has_tab:
                close()
                rows = [line]
                while index < n and self.lines[index].has_tab:
                    rows.append(self.lines[index])
                    index += 1
                item.paragraphs.append(_markdown_table(rows))
                self.take(*rows)
                resolving = False
                last_entry = None
                continue
            resolving = False
            last_entry = None
            if bulleted:
                if kind != "list":
                    close()
                    kind = "list"
                paragraph.append(bare)
            elif kind == "list" and paragraph and not was_blank:
                paragraph[-1] = f"{paragraph[-1]} {text}"
            else:
                if kind == "list" or (paragraph and paragraph[-1].rstrip().endswith((".", "!", "?", ":"))):
                    close()  # without blank lines (as from a PDF) a paragraph ends where a sentence ends a line
                paragraph.append(text.replace("\t", " "))
            self.take(line)
        close()
        self.item = None
        if state != "end":
            end = n - 1

        for minute in minutes.items:
            text = " ".join(minute.paragraphs)
            if minute.part == 2 and minute.exempt_paragraph is None:
                exempt = EXEMPT.search(" ".join([minute.title or "", text]))
                if exempt:
                    minute.exempt_paragraph = int(exempt.group("n"))
            if minute.title and minute.title.lower().startswith("minutes"):
                minute.minutes_of_date = _minutes_of_date(text)
            minute.outcomes = _outcomes(text + " " + " ".join(r[1] for r in minute.resolutions), minute.recommendations)
            if minute.title and "apolog" in minute.title.lower() and not minutes.apologies:
                self._apologies_from(text, minute.line, minutes)
        for line in self.lines[at: end + 1]:
            self.where.setdefault(line.no, "minutes")
        return minutes, self.lines[min(end, n - 1)].no

    def _minute_heading(self, text: str, items: list[MinuteItem], state: str) -> Optional[tuple[int, str]]:
        match = NUMBERED.match(text)
        if not match:
            return None
        number, title = int(match.group("n")), match.group("title").strip()
        if not re.search(r"[A-Za-z]", title) or title[0].islower():
            return None
        three = len(match.group("n")) == 3
        caps = _is_caps(title)
        last = items[-1].number if items else None
        if number < 1 or number > 999:
            return None
        if last is None:
            if three or caps or (len(title) <= 100 and not title.endswith(".") and state == "attendance"):
                return number, title
            return None
        if three and caps and number > last:
            return number, title
        if number == last + 1 and (three or caps or (len(title) <= 100 and not _ends_sentence(title))):
            return number, title
        return None

    def _attendance_line(self, line: Line, minutes: Minutes, mode: Optional[list[Person]], roles: dict[str, list[Person]]) -> Optional[list[Person]]:
        text = line.text
        for pattern, target in ((ALSO_PRESENT, minutes.also_present), (PRESENT, minutes.present),
                                (APOLOGIES, minutes.apologies), (OBSERVERS, minutes.observers),
                                (MINUTE_TAKER, minutes.minute_takers)):
            match = pattern.match(text)
            if match:
                rest = match.group("rest").strip()
                if rest:
                    self._attendee_list(rest, line, target, roles if target in (minutes.present, minutes.also_present) else None)
                else:
                    self.take(line)
                return target
        if ITEMS.match(text):
            self.take(line)
            return mode
        if mode is not None:
            if ";" in text.rstrip(" ;") or (text.count(",") >= 2 and "(" not in text):
                self._attendee_list(text, line, mode, roles if mode in (minutes.present, minutes.also_present) else None)
            else:
                self._attendee_line(line, mode, roles if mode in (minutes.present, minutes.also_present) else None)
        return mode

    def _apologies_from(self, text: str, line: int, minutes: Minutes) -> None:
        match = APOLOGIES_SENTENCE.search(text)
        if not match:
            return
        listed = re.split(r"(?<=[.;])\s+(?=[A-Z][a-z]+\s+(?:was|were|had|has)\b)", match.group("list"))[0]
        listed = listed.rstrip(" .;")
        for piece in _split_list(listed):
            found = self._attendee(piece, line)
            if found:
                minutes.apologies.append(found[0])

    # ------------------------------------------------------------ presentations

    def _find_presentations(self, start: int, agenda: list[AgendaItem]) -> list[Presentation]:
        found: list[Presentation] = []
        start_index = max(0, min(start, len(self.lines)))
        # the line index to search from is after the line numbered ``start``
        cursor = start_index
        taken_ids: set[str] = set()
        for item in agenda:
            subject = _presentation_subject(item.title)
            if not subject:
                continue
            at = self._search_subject(subject, cursor)
            if at is None:
                continue
            line = self.lines[at]
            title = _presentation_title(line.text)
            ident = _unique(slug(title) or f"presentation-{item.number}", taken_ids)
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
                    title = _presentation_title(line.text)
                    ident = _unique(slug(title) or f"presentation-{line.no}", taken_ids)
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
            body.append([_cell(c) for c in cells])
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


# ---------------------------------------------------------------- helpers


def _body_of(text: str) -> str:
    """The name of the body that met, from a heading ("... PUBLIC ACCOUNTABILITY CONFERENCE", "Joint Audit Committee")."""
    cleaned = clean(text)
    if "public accountability conference" in cleaned.lower():
        return PAC
    cleaned = re.sub(r"^(?:(?:a|the)\s+)?meeting\s+of\s+(?:the\s+)?", "", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"^(?:cumbria\s+)?police\s*(?:&|and)\s*crime\s+commissioner(?:'s|’s|s)?\s+", "", cleaned, flags=re.IGNORECASE)
    match = re.search(r"(?:[A-Za-z&'’]+\s+){0,5}?(?:committee|panel|board|conference|group|forum)\b", cleaned, re.IGNORECASE)
    name = match.group(0) if match else cleaned
    if _is_caps(name):
        small = {"and", "of", "the", "for", "&"}
        name = " ".join(w.lower() if w.lower() in small and i else w.capitalize() for i, w in enumerate(name.split()))
    return name


def _looks_numbered_heading(text: str) -> bool:
    """ "7. TREASURY MANAGEMENT": a number, then a title in capitals (a sentence after a number is a numbered paragraph)."""
    match = NUMBERED.match(text)
    return bool(match) and _is_caps(match.group("title")) and len(match.group("title")) < 120


def _paragraph_break(previous: str, text: str) -> bool:
    """Whether a new paragraph starts between two lines with no blank line between them (as from a PDF):
    after a full stop, or where prose meets a line that is not prose (a letterhead, a signature)."""
    return previous.rstrip().endswith((".", "!", "?", ":")) or looks_like_sentence(previous) != looks_like_sentence(text)


def _split_list(text: str) -> list[str]:
    """A list written on one line, split at semicolons (or commas when there are none) outside brackets."""
    separator = ";" if ";" in text else ","
    pieces, depth, current = [], 0, ""
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch == separator and depth == 0:
            pieces.append(current)
            current = ""
        else:
            current += ch
    pieces.append(current)
    out = []
    for piece in pieces:
        piece = re.sub(r"^\s*(?:and|&)\s+", "", piece.strip(), flags=re.IGNORECASE).strip(" .")
        if piece:
            out.append(piece)
    return out


def _minutes_of_date(text: str) -> Optional[dt.date]:
    match = MINUTES_OF_DATE.search(text)
    if not match:
        return None
    date = find_date(match.group("rest"))
    return date.value if date and date.start <= 12 else None


def _outcomes(text: str, recommendations: list[list[str]]) -> dict[str, str]:
    """Outcomes of recommendations where the minute states them ("R1 & R2 were both approved")."""
    outcomes: dict[str, str] = {}
    ids = [r[0] for r in recommendations]
    if not ids:
        return outcomes
    word = r"(not\s+approved|approved|deferred|noted|withdrawn)"
    for match in re.finditer(r"\b(R\d+(?:\s*(?:,|&|and)\s*R\d+)*)\b[^.;]{0,40}?\b(?:were|was|are|is|be)\s+(?:both\s+|all\s+)?" + word, text, re.IGNORECASE):
        for ident in re.findall(r"R\d+", match.group(1)):
            if ident in ids:
                outcomes.setdefault(ident, " ".join(match.group(2).lower().split()))
    match = re.search(r"\b(?:the|all)\s+recommendations\s+(?:were|are)\s+(?:all\s+|both\s+)?" + word, text, re.IGNORECASE)
    if match:
        for ident in ids:
            outcomes.setdefault(ident, " ".join(match.group(1).lower().split()))
    return outcomes


def _presentation_subject(title: Optional[str]) -> Optional[str]:
    if not title or "presentation" not in title.lower():
        return None
    subject = re.sub(r"\b(?:thematic\s+)?presentations?\b", " ", title, flags=re.IGNORECASE)
    subject = re.sub(r"\b(?:to\s+receive|verbal\s+update|update)\b", " ", subject, flags=re.IGNORECASE)
    subject = norm(subject)
    return subject or None


def _presentation_title(text: str) -> str:
    title = re.sub(r"^public accountability conference\s*[-–—:]\s*", "", clean(text), flags=re.IGNORECASE)
    return tidy_title(title) or clean(text)


def _unique(ident: str, taken: set[str]) -> str:
    candidate, counter = ident, 2
    while candidate in taken:
        candidate = f"{ident}-{counter}"
        counter += 1
    taken.add(candidate)
    return candidate


def _cell(text: str) -> object:
    if text == "":
        return None
    if re.fullmatch(r"-?\d{1,15}", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d+", text):
        return float(text)
    return text


def _markdown_table(rows: list[Line]) -> str:
    cells = [[c.replace("|", "\\|") for c in row.cells] for row in rows]
    width = max(len(r) for r in cells)
    cells = [r + [""] * (width - len(r)) for r in cells]
    out = ["| " + " | ".join(cells[0]) + " |", "|" + "|".join([" --- "] * width) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in cells[1:]]
    return "\n".join(out)


def parse(lines: list[Line], people: Directory) -> Document:
    return Parser(lines, people).parse()
