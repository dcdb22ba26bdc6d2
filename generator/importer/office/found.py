"""What the office pack reader finds, the patterns it knows the pack by, and small helpers on text."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Optional

from generator.importer.text import Line, clean, find_date, looks_like_sentence, norm, tidy_title

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
    problems: list[str] = field(default_factory=list)
    parts: dict[int, str] = field(default_factory=dict)  # line number -> "meeting" (the papers' own) or "minutes"

    def part_of(self, message: str) -> Optional[str]:
        """The part a "line N: ..." message is about, or None when it names no line (it is about the whole pack)."""
        match = re.match(r"^line (\d+)\b", message)
        if not match:
            return None
        part = self.parts.get(int(match.group(1)), "meeting")
        return "meeting" if part.startswith("presentation") else part


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


def part_heading(text: str) -> Optional[tuple[int, Optional[int]]]:
    """ "PART 2 – ITEMS ... (paragraph 3)": the part (1 or 2), and the exempt paragraph it names; None if not a part heading."""
    found = PART.match(text)
    if not found:
        return None
    exempt = EXEMPT.search(text)
    return (2 if found.group("n").lower() in ("2", "ii", "two") else 1), (int(exempt.group("n")) if exempt else None)


def is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters)


def ends_sentence(text: str) -> bool:
    text = text.rstrip()
    return bool(re.search(r"[.;:!?]$|[.;:]\s*(?:and|or)$", text)) or text.endswith(("; and", "; or"))


# ---------------------------------------------------------------- helpers


def body_of(text: str) -> str:
    """The name of the body that met, from a heading ("... PUBLIC ACCOUNTABILITY CONFERENCE", "Joint Audit Committee")."""
    cleaned = clean(text)
    if "public accountability conference" in cleaned.lower():
        return PAC
    cleaned = re.sub(r"^(?:(?:a|the)\s+)?meeting\s+of\s+(?:the\s+)?", "", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"^(?:cumbria\s+)?police\s*(?:&|and)\s*crime\s+commissioner(?:'s|’s|s)?\s+", "", cleaned, flags=re.IGNORECASE)
    match = re.search(r"(?:[A-Za-z&'’]+\s+){0,5}?(?:committee|panel|board|conference|group|forum)\b", cleaned, re.IGNORECASE)
    name = match.group(0) if match else cleaned
    if is_caps(name):
        small = {"and", "of", "the", "for", "&"}
        name = " ".join(w.lower() if w.lower() in small and i else w.capitalize() for i, w in enumerate(name.split()))
    return name


def looks_numbered_heading(text: str) -> bool:
    """ "7. TREASURY MANAGEMENT": a number, then a title in capitals (a sentence after a number is a numbered paragraph)."""
    match = NUMBERED.match(text)
    return bool(match) and is_caps(match.group("title")) and len(match.group("title")) < 120


def paragraph_break(previous: str, text: str) -> bool:
    """Whether a new paragraph starts between two lines with no blank line between them (as from a PDF):
    after a full stop, or where prose meets a line that is not prose (a letterhead, a signature)."""
    return previous.rstrip().endswith((".", "!", "?", ":")) or looks_like_sentence(previous) != looks_like_sentence(text)


def split_list(text: str) -> list[str]:
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


def minutes_of_date(text: str) -> Optional[dt.date]:
    match = MINUTES_OF_DATE.search(text)
    if not match:
        return None
    date = find_date(match.group("rest"))
    return date.value if date and date.start <= 12 else None


def outcomes(text: str, recommendations: list[list[str]]) -> dict[str, str]:
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


def presentation_subject(title: Optional[str]) -> Optional[str]:
    if not title or "presentation" not in title.lower():
        return None
    subject = re.sub(r"\b(?:thematic\s+)?presentations?\b", " ", title, flags=re.IGNORECASE)
    subject = re.sub(r"\b(?:to\s+receive|verbal\s+update|update)\b", " ", subject, flags=re.IGNORECASE)
    subject = norm(subject)
    return subject or None


def presentation_title(text: str) -> str:
    title = re.sub(r"^public accountability conference\s*[-–—:]\s*", "", clean(text), flags=re.IGNORECASE)
    return tidy_title(title) or clean(text)


def unique(ident: str, taken: set[str]) -> str:
    candidate, counter = ident, 2
    while candidate in taken:
        candidate = f"{ident}-{counter}"
        counter += 1
    taken.add(candidate)
    return candidate


def cell(text: str) -> object:
    if text == "":
        return None
    if re.fullmatch(r"-?\d{1,15}", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d+", text):
        return float(text)
    return text


def markdown_table(rows: list[Line]) -> str:
    cells = [[c.replace("|", "\\|") for c in row.cells] for row in rows]
    width = max(len(r) for r in cells)
    cells = [r + [""] * (width - len(r)) for r in cells]
    out = ["| " + " | ".join(cells[0]) + " |", "|" + "|".join([" --- "] * width) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in cells[1:]]
    return "\n".join(out)
