"""Small handlers every reader shares: the meeting's heading, titles, RESOLVED lines, numbering checks."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from generator import models
from generator.importer.text import clean, find_date, find_time

ROMAN_NUMERALS = models.ROMAN

# Words that name a body in a heading ("Joint Audit Committee", "Cumbria Police and Crime Panel").
BODY_WORDS = re.compile(
    r"\b(?:panel|committee|board|conference|meeting|forum|group|commission)\b", re.IGNORECASE
)
PDF_LINK = re.compile(r"\s*pdf icon\s+PDF\s+[\d.,]+\s*[KMG]B\s*|\s*\bPDF\s+[\d.,]+\s*[KMG]B\b\s*", re.IGNORECASE)
PAGES = re.compile(r"\s*\((?:pages?|page)\s+[\d\s\-–]+\)\s*", re.IGNORECASE)
RESOLVED = re.compile(r"^(?:it\s+was\s+)?RESOLVED\b\s*[,:;.–—-]*\s*(?:-\s*)?(?P<rest>.*)$")
DECISION = re.compile(r"^Decision\s*:\s*(?P<rest>.+)$", re.IGNORECASE)
KINDS = {
    "performance": re.compile(r"\bperformance\s+(?:meeting|conference)\b", re.IGNORECASE),
    "finance": re.compile(r"\bfinance\s+(?:meeting|conference)\b", re.IGNORECASE),
    "budget-setting": re.compile(r"\bbudget[- ]setting\s+(?:meeting|conference)\b", re.IGNORECASE),
    "thematic": re.compile(r"\bthematic\s+(?:meeting|conference)\b", re.IGNORECASE),
}


def stated_kind(text: str) -> Optional[str]:
    """The kind of meeting, only when the document names it ("a performance meeting")."""
    for kind, pattern in KINDS.items():
        if pattern.search(text):
            return kind
    return None


def strip_links(text: str) -> str:
    """A title without the portal's link text ("pdf icon PDF 142 KB") and page references ("(Pages 7 - 12)")."""
    return clean(PAGES.sub(" ", PDF_LINK.sub(" ", text)))


_CAPS_WORD = re.compile(r"^[^a-z]*[A-Z][^a-z]*$|^[\d/&–—\-:().,']+$")
_TO_VERB = re.compile(r"\s+(?=To\s+(?:consider|elect|receive|note|agree|confirm|conduct|deal|approve|review|appoint|discuss|update|provide)\b)")


def split_title(text: str) -> tuple[str, Optional[str]]:
    """A title run on with its description: "ELECTION OF CHAIR To elect a Chair ..." -> (title, description)."""
    text = clean(text)
    words = text.split(" ")
    caps = 0
    for word in words:
        if _CAPS_WORD.match(word) and word not in ("A", "I"):
            caps += 1
        else:
            break
    if caps >= 1 and caps < len(words) and any(c.isalpha() for c in " ".join(words[:caps])) and (
        caps >= 2 or words[1] in ("To", "(copy")
    ):
        return " ".join(words[:caps]).strip(" -–:"), " ".join(words[caps:]).strip() or None
    parts = _TO_VERB.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0].strip():
        return parts[0].strip(" -–:"), parts[1].strip()
    return text, None


def resolutions(texts: list[str]) -> list[models.Resolution]:
    """Resolutions numbered i, ii ... in the order the minute gives them."""
    out = []
    for text in texts:
        text = clean(text)
        if text and len(out) < len(ROMAN_NUMERALS):
            out.append(models.Resolution(number=ROMAN_NUMERALS[len(out)], text=text))
    return out


def resolution_text(line: str) -> Optional[str]:
    """The decision in a "RESOLVED, that ..." or "Decision: ..." line, or None if the line is neither."""
    text = clean(line)
    match = RESOLVED.match(text)
    if match:
        rest = match.group("rest").strip()
        return rest or None
    match = DECISION.match(text)
    if match:
        return match.group("rest").strip()
    return None


def numbering_problems(numbers: list[tuple[int, int]], what: str) -> list[str]:
    """Numbering that goes backwards, skips or repeats; ``numbers`` are (number, line)."""
    problems = []
    for (previous, _), (number, line) in zip(numbers, numbers[1:]):
        if number == previous:
            problems.append(f"line {line}: {what} {number} repeats the number before it")
        elif number < previous:
            problems.append(f"line {line}: {what} {number} comes after {what} {previous} (numbering goes backwards)")
        elif number > previous + 1:
            problems.append(f"line {line}: {what} {number} follows {what} {previous} (numbers {previous + 1}-{number - 1} are not there)"
                            if number > previous + 2 else f"line {line}: {what} {number} follows {what} {previous} (number {previous + 1} is not there)")
    return problems


def date_and_time(text: str) -> tuple[Optional[dt.date], Optional[str]]:
    found = find_date(text)
    when = find_time(text[found.end:]) if found else None
    return (found.value if found else None), (when.value if when else None)


def body_in(text: str) -> Optional[str]:
    """The name of a body in a heading line: the words up to and including "Panel", "Committee", "Board" ..."""
    text = clean(text)
    match = None
    for match in BODY_WORDS.finditer(text):
        pass
    if match is None:
        return None
    name = text[: match.end()]
    name = re.split(r"\s+[–—-]\s+|,\s*", name)[-1] if re.search(r"\s+[–—-]\s+", name) and find_date(name) else name
    name = clean(name).strip(" -–:,")
    return name or None
