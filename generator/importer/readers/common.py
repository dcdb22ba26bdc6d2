"""Small handlers every reader shares: the meeting's heading, titles, RESOLVED lines, numbering checks."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from generator import models
from generator.importer.text import Line, clean, find_date, find_time

ROMAN_NUMERALS = models.ROMAN

# Words that name a body in a heading ("Joint Audit Committee", "Cumbria Police and Crime Panel").
BODY_WORDS = re.compile(
    r"\b(?:panel|committee|board|conference|meeting|forum|group|commission)\b", re.IGNORECASE
)
PDF_LINK = re.compile(r"\s*pdf icon\s+PDF\s+[\d.,]+\s*[KMG]B\s*|\s*\bPDF\s+[\d.,]+\s*[KMG]B\b\s*", re.IGNORECASE)
PAGES = re.compile(r"\s*\((?:pages?|page)\s+[\d\s\-–]+\)\s*", re.IGNORECASE)
RESOLVED = re.compile(r"^(?:it\s+was\s+)?(?:RESOLVED|AGREED\b(?!\s+(?:to|with|by)\b)|(?:Resolved|Agreed)(?=\s*:))\b\s*[,:;.–—-]*\s*(?:-\s*)?(?P<rest>.*)$")
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
# Where an item's description starts after its title: "To consider ...", "Attendees are invited ...", "An opportunity ...".
_TO_VERB = re.compile(
    r"\s+(?=To\s+(?:consider|elect|receive|note|agree|confirm|conduct|deal|approve|review|appoint|discuss|update|provide|hear"
    r"|present|scrutinise|scrutinize|endorse|determine|ratify|adopt|accept|invite)\b"
    r"|(?:Attendees|Members|Councillors)\s+(?:are|will|should|may)\b|An\s+opportunity\b)")


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


_SENTENCE_START = re.compile(
    r"\s+(?=(?:The|There|This|These|It|All|No|None|Nothing|Members|Mr|Mrs|Ms|Dr|Cllr)\s+\S|"
    r"[A-Z][a-z]+\s+(?:was|were|had|has|noted|asked|agreed|presented|reported|welcomed|explained|confirmed|advised|said)\b)"
)


def title_then_sentence(text: str) -> tuple[str, Optional[str]]:
    """A title in ordinary case run on with a sentence: "Any other business There was none." -> the two.

    Only where the title has a word in lower case just before the sentence starts, and what
    follows ends as a sentence does; otherwise the text is given back whole.
    """
    text = clean(text)
    if not text.endswith((".", "!", "?")):
        return text, None
    for match in _SENTENCE_START.finditer(text):
        head, tail = text[: match.start()], text[match.end():]
        words = head.split()
        if 1 <= len(words) <= 10 and words[-1][:1].islower() and not head.endswith((",", ";")) and len(tail.split()) >= 2:
            return head, tail
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


# "Minutes of the meeting of the Accountability Board held on ...": the body between the two.
MINUTES_OF = re.compile(
    r"^(?:the\s+)?(?:minutes|notes|record)\s+of\s+(?:the\s+|a\s+)?(?:(?:meeting|proceedings)\s+of\s+(?:the\s+)?)?"
    r"(?P<body>.+?)\s+(?:held|which\s+(?:was|took)|taking\s+place)\b", re.IGNORECASE)


def minutes_heading_body(text: str) -> Optional[str]:
    """The body a "Minutes of the meeting of <body> held on ..." heading names, or None."""
    match = MINUTES_OF.match(clean(text))
    if not match or not BODY_WORDS.search(match.group("body")) or re.fullmatch(r"(?:a\s+|the\s+)?meeting", match.group("body"), re.I):
        return None
    return match.group("body").strip(" ,")


def body_in(text: str) -> Optional[str]:
    """The name of a body in a heading line: the words up to and including "Panel", "Committee", "Board" ..."""
    text = clean(text)
    named = minutes_heading_body(text)
    if named:
        return named
    match = None
    for match in BODY_WORDS.finditer(text):
        pass
    if match is None:
        return None
    name = text[: match.end()]
    name = re.split(r"\s+[–—-]\s+|,\s*", name)[-1] if re.search(r"\s+[–—-]\s+", name) and find_date(name) else name
    name = clean(name).strip(" -–:,")
    return name or None


# The end of one item or minute and the next heading on one line: "... plan. 4. FLEET ...", "... noted. 8) ANY OTHER BUSINESS",
# "... option 2. Item 5: Any other business".
RUN_ON_HEADING = re.compile(r"(?<=[.!?;])\s+(?=\d{1,3}[.)]\s+[A-Z][A-Z'’&-]{2,}\b|Item\s+\d{1,3}\s*[:–—-]\s*[A-Z])")


def split_run_on(lines: list[Line]) -> list[Line]:
    """A line holding the end of one item and the next numbered heading, as two lines with the same number."""
    out = []
    for line in lines:
        pieces = RUN_ON_HEADING.split(line.text) if line.text else [line.text]
        if len(pieces) == 1:
            out.append(line)
            continue
        for piece in pieces:
            out.append(Line(line.no, piece, piece))
    return out


# Page furniture of printed pages: "Page 2", "Page 2 of 5", "- 2 -". (A bare number is not taken: slides are full of them.)
PAGE_NUMBER = re.compile(r"^(?:page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—])$", re.IGNORECASE)
# The protective marking printed at the top and foot of every page of a government paper.
MARKING = re.compile(r"^(?:official(?:\s*[-–—:]\s*sensitive)?|not\s+protectively\s+marked|unclassified)$", re.IGNORECASE)
# A signature block left blank on the published copy ("Signed: _____", "Signed:  Date:"): nothing to record.
BLANK_SIGNATURE = re.compile(r"^(?:signed|signature)\s*:?\s*[_.…\s]*(?:date\s*:?\s*[_.…\s]*)?$|^date\s*:?\s*[_.…]{3,}\s*$", re.IGNORECASE)


def page_furniture(lines: list[Line]) -> list[Line]:
    """Page numbers ("Page 2 of 5"), protective markings ("OFFICIAL"), blank signature lines ("Signed: ____"), and
    running headers: a short line with a date that comes more than once.

    A running header's first appearance is kept when it is among the document's first lines (it is
    then the document's own heading); every other appearance is furniture.
    """
    texts = [(line, " ".join(line.text.split()).casefold()) for line in lines if not line.blank]
    counts: dict[str, int] = {}
    for _, key in texts:
        counts[key] = counts.get(key, 0) + 1
    found, heading_seen = [], set()
    for position, (line, key) in enumerate(texts):
        if PAGE_NUMBER.match(key) or MARKING.match(key) or BLANK_SIGNATURE.match(key):
            found.append(line)
            continue
        if counts[key] < 2 or len(key.split()) > 14 or not find_date(line.text) or resolution_text(line.text) or re.match(r"^\d", key):
            continue
        if position < 10 and key not in heading_seen:
            heading_seen.add(key)
            continue
        found.append(line)
    return found


def without_furniture(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """The lines with page numbers and running headers blanked (numbers kept); what was left out, for the report."""
    furniture = page_furniture(lines)
    if not furniture:
        return lines, []
    gone = {ln.no for ln in furniture}
    shown = ", ".join(f"{ln.no} ('{ln.text.strip()[:40]}')" for ln in furniture)
    return ([Line(ln.no, "", "") if ln.no in gone else ln for ln in lines],
            [f"page numbers, markings, blank signature lines and running headers of the printed pages, left out: line {shown}"])
