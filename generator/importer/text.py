"""Small text helpers: cleaning extracted lines, dates, times, ids and titles."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

# ---------------------------------------------------------------- lines


@dataclass(frozen=True)
class Line:
    """One line of the input: its number (from 1), the text as given, and a cleaned form to recognise."""

    no: int
    raw: str
    text: str

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def cells(self) -> list[str]:
        return [clean(cell) for cell in self.raw.split("\t")]

    @property
    def has_tab(self) -> bool:
        return bool(self.text) and "\t" in self.raw.strip(" ")


_MARKUP = re.compile(r"\*\*|</?u>|</?b>|</?i>|</?strong>|</?em>", re.IGNORECASE)
_SPACES = re.compile(r"[ \u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def clean(text: str) -> str:
    """Markup that extraction left (bold stars, underline tags) removed, spaces collapsed, ends trimmed."""
    text = _MARKUP.sub("", text)
    text = text.replace("\t", " ")
    return _SPACES.sub(" ", text).strip()


def split_lines(text: str) -> list[Line]:
    if text.endswith("\n"):
        text = text[:-1]
    return [Line(no, raw.rstrip(" \r"), clean(raw)) for no, raw in enumerate(text.split("\n"), start=1)]


# Bullet marks as they come out of PDFs and Word: dashes, dots, arrows, and private-use symbol-font glyphs.
_BULLET = re.compile(r"^(?:[-–•·▪■●○◦►▶➢➤→⊞★☆✓✔>\u2022\u25aa\u25b6\uf0a7\uf0b7\uf0d8\uf0fc\ue000-\uf8ff]|o(?=\s))\s*")


def unbullet(text: str) -> tuple[str, bool]:
    """The text without a leading bullet mark, and whether it had one."""
    match = _BULLET.match(text)
    if match and match.end() < len(text):
        return text[match.end():].strip(), True
    return text, False


@functools.lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """For comparing: lower case, '&' as 'and', typographic quotes and dashes plain, punctuation and spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("&", " and ")
    text = re.sub(r"[‘’`´']", "", text)
    text = re.sub(r"[^\w/]+", " ", text)
    return " ".join(text.split())


def slug(text: str) -> str:
    """A readable id: ASCII letters and digits joined by hyphens ("Rob O'Connor" -> "rob-oconnor")."""
    text = unicodedata.normalize("NFKD", text.replace("&", " and "))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"['`]", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def join_wrapped(parts: list[str]) -> str:
    """Lines of one paragraph as one line; a word broken with a hyphen at a line end is left as written."""
    return " ".join(p.strip() for p in parts if p.strip())


def rejoin_wrapped(texts: list[str]) -> list[str]:
    """Paragraphs from lines that PDF extraction wrapped: a line that does not end a sentence, followed by one
    that starts in lower case, is the same paragraph; "perform-" / "ance" is the word "performance"."""
    out: list[str] = []
    for text in texts:
        if out and text[:1].islower() and not out[-1].rstrip().endswith((".", ":", ";", "?", "!")):
            previous = out[-1].rstrip()
            out[-1] = previous[:-1] + text if re.search(r"[a-z]-$", previous) else f"{previous} {text}"
        else:
            out.append(text)
    return out


# ---------------------------------------------------------------- dates and times

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"
_DAY_FIRST = re.compile(
    _WEEKDAY + r"?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})\b",
    re.IGNORECASE,
)
_MONTH_FIRST = re.compile(
    _WEEKDAY + r"?" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.IGNORECASE
)
# "14/03/2023", "14.03.23" (two figures for the year are this century's)
_NUMERIC = re.compile(r"(?<![\d./])(?P<day>\d{1,2})([/.])(?P<month>\d{1,2})\2(?P<year>\d{4}|\d{2})(?![\d/]|\.\d)")
MONTH_YEAR = re.compile(r"^" + _MONTH + r",?\s+\d{4}$", re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    value: object
    start: int
    end: int


def find_date(text: str) -> Optional[Found]:
    """The first date written in the text (UK style: day before month), with where it is."""
    best: Optional[Found] = None
    for pattern in (_DAY_FIRST, _MONTH_FIRST, _NUMERIC):
        for match in pattern.finditer(text):
            month = match.group("month")
            month_no = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
            try:
                year = int(match.group("year"))
                value = dt.date(year + 2000 if year < 100 else year, month_no, int(match.group("day")))
            except ValueError:
                continue
            if best is None or match.start() < best.start:
                best = Found(value, match.start(), match.end())
            break
    return best


_TIME = re.compile(
    r"\b(?P<hour>\d{1,2})(?:[.:](?P<minute>[0-5]\d))?\s*(?P<half>a\.?m\.?|p\.?m\.?)?(?![\w/%])",
    re.IGNORECASE,
)


def find_time(text: str) -> Optional[Found]:
    """The first time of day in the text as HH:MM ('9.30am' -> '09:30', '15:30', '4pm', '12 noon')."""
    for match in _TIME.finditer(text):
        hour, minute, half = int(match.group("hour")), match.group("minute"), match.group("half")
        if minute is None and half is None:
            noon = re.match(r"\s*noon\b", text[match.end():], re.IGNORECASE)
            if hour == 12 and noon:
                return Found("12:00", match.start(), match.end() + noon.end())
            continue
        if half:
            if not 1 <= hour <= 12:
                continue
            pm = half.lower().startswith("p")
            hour = (hour % 12) + (12 if pm else 0)
        if hour > 23:
            continue
        return Found(f"{hour:02d}:{int(minute or 0):02d}", match.start(), match.end())
    if re.search(r"\bnoon\b", text, re.IGNORECASE):
        at = re.search(r"\bnoon\b", text, re.IGNORECASE)
        return Found("12:00", at.start(), at.end())
    return None


def long_date(value: dt.date) -> str:
    day = value.day
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix} {value.strftime('%B')} {value.year}"


# ---------------------------------------------------------------- titles

ACRONYMS = {
    "opcc", "pcc", "pac", "qtr", "q1", "q2", "q3", "q4", "ict", "asb", "vawg", "hmicfrs", "hmic", "ccr", "cmr", "cse",
    "tma", "tmss", "mtfs", "uk", "cps", "nhs", "covid", "covid-19", "acc", "dcc", "ksi", "socu", "ocg", "nwrocu",
    "dv", "rasso", "cipfa", "lgr", "hr", "pcso", "pcsos", "icv", "sarc", "mosovo", "dna", "cctv", "anpr",
}
PROPER = {
    "cumbria", "cumbrian", "carlisle", "penrith", "kendal", "barrow", "workington", "whitehaven", "allerdale", "eden",
    "copeland", "england", "wales", "uplift", "brexit", "commissioner", "commissioners", "commissioner's",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}
# A word in capitals with no vowel ("QTR", "PCC") is taken for an acronym and kept in capitals.
_VOWELS = set("aeiouy")


def tidy_title(text: str) -> str:
    """A heading as a title: one in capitals becomes sentence case, keeping acronyms; others stay as written."""
    text = clean(text).strip(" :-–")
    if not text or any(c.islower() for c in text):
        return text
    # Extraction sometimes loses the space between a word and a number ("QUARTER2").
    text = re.sub(r"\b([A-Z]{4,})(\d)", r"\1 \2", text)
    words = text.split(" ")
    out = []
    for index, word in enumerate(words):
        core = re.sub(r"^[^\w]+|[^\w]+$", "", word)
        lower = core.lower()
        if not core:
            out.append(word)
            continue
        keep_caps = (
            lower in ACRONYMS
            or any(ch.isdigit() for ch in core)
            or (len(core) >= 2 and core.isalpha() and not (set(lower) & _VOWELS))
        )
        if keep_caps:
            new = word
        elif lower in PROPER or (lower == "may" and index + 1 < len(words) and words[index + 1][:1].isdigit()):
            new = word.replace(core, core.capitalize(), 1)
        else:
            new = word.lower()
        if index == 0 or re.match(r"^[‘'\"“(]", word):
            new = re.sub(r"[A-Za-z]", lambda m: m.group(0).upper(), new, count=1)
        out.append(new)
    return " ".join(out)


_ENDINGS = {"s", "es", "d", "ed", "'s", "’s", "ly", "er", "r", "st", "n"}


def repair_truncated(title: str, evidence: str) -> tuple[str, list[tuple[str, str]]]:
    """Words of a title cut short in extraction ("POLIC PRESENCE"), completed where ``evidence`` has the phrase whole.

    A word is completed only when the evidence has a word one or two letters longer
    that starts with it *and* stands next to the same neighbouring word as in the
    title ("Police Presence"), so a real word is never changed on a hunch.
    """
    words = title.split(" ")
    found = re.findall(r"[A-Za-z]+(?:['’-][A-Za-z]+)*", evidence)
    lowered = [w.lower() for w in found]
    known = set(lowered)
    repairs = []
    for index, word in enumerate(words):
        core = re.sub(r"[^A-Za-z]", "", word)
        if len(core) < 3 or core.lower() in known:
            continue
        neighbours = [re.sub(r"[^A-Za-z]", "", w).lower() for w in (words[index - 1] if index else "", words[index + 1] if index + 1 < len(words) else "")]
        choices = set()
        for at, candidate in enumerate(lowered):
            if not (candidate.startswith(core.lower()) and 0 < len(candidate) - len(core) <= 2):
                continue
            if candidate[len(core):] in _ENDINGS:
                continue  # "report"/"reports", "approve"/"approved": another form of a whole word, not a cut one
            before = lowered[at - 1] if at else ""
            after = lowered[at + 1] if at + 1 < len(lowered) else ""
            if (neighbours[0] and neighbours[0] == before) or (neighbours[1] and neighbours[1] == after):
                choices.add(candidate)
        if len(choices) == 1:
            whole = choices.pop()
            extra = whole[len(core):]
            extra = extra.upper() if core.isupper() else extra
            repaired = word.replace(core, core + extra, 1)
            repairs.append((word, repaired))
            words[index] = repaired
    return " ".join(words), repairs


def looks_like_sentence(text: str) -> bool:
    """Prose rather than a heading or a label: several words, mostly lower case."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    if len(words) < 4:
        return False
    lower = sum(1 for w in words if w[0].islower())
    return lower >= len(words) / 3
