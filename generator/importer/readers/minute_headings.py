"""The headings of minutes as boards and committees write them, and the numbers they lost.

"1.", "1)", "551.", "Item 3 Performance report", "Item 5: Any other business", "10/20
Apologies", "Ref 03/21/06/2023" (the title on the next line), "- TITLE (ITEM 5)", a heading in
capitals; "a." starts a sub-item. Where extraction lost the numbers (every minute "1.", or a
heading without a number), they are filled in from the order and the neighbours, and said so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Optional

from generator.importer.readers.common import numbering_problems, title_then_sentence
from generator.importer.readers.draft import MeetingDraft
from generator.importer.readers.outcomes import ALONE, Outcomes
from generator.importer.text import Line, looks_like_sentence

ITEM_WORD = re.compile(r"^(?:(?:Agenda\s+)?Item|Minute|Min\.?)\s+(?P<n>\d{1,3})\s*[:.–—-]?\s+(?P<rest>\S.*)$", re.IGNORECASE)
SLASH_NUMBER = re.compile(r"^(?P<n>\d{1,3})/(?P<yy>\d{2}|\d{4})\.?\s+(?P<rest>[A-Z]\S*.*)$")
REF = re.compile(r"^Ref\.?\s+(?P<n>\d{1,3})/(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b\s*(?P<rest>.*)$", re.IGNORECASE)
ITEM_N = re.compile(r"^[-–•]?\s*(?P<title>.+?)\s*\(ITEM\s+(?P<n>\d{1,3})\)\s*$", re.IGNORECASE)
NUMBERED = re.compile(r"^(?P<n>\d{1,3})\s*(?P<style>[.)])\s+(?P<rest>\S.*)$")
PAREN_NUMBERED = re.compile(r"^\((?P<n>\d{1,3})\)\s+(?P<rest>[A-Z].*)$")  # "(3) Minutes of the previous meeting"
SUB = re.compile(r"^(?P<l>[a-h])[.)]\s+(?P<rest>\S.*)$")


@dataclass
class Item:
    number: Optional[int]
    title: str
    line: Line
    text: list[str] = field(default_factory=list)
    outcomes: Outcomes = field(default_factory=Outcomes)
    lines: list[Line] = field(default_factory=list)

    @property
    def decided(self) -> list[str]:
        return self.outcomes.decided


def item_heading(text: str, line: Line, started: bool, draft: MeetingDraft, guesses: list[str]) -> Optional[Item]:
    """The minute that ``text`` heads, or None; ``started``: a minute or the attendance has been seen."""
    ref = REF.match(text)
    if ref:
        try:
            day = dt.date(int(ref.group("y")), int(ref.group("m")), int(ref.group("d")))
            if draft.date is None:
                draft.date = day
                guesses.append(f"line {line.no}: the date, {day.isoformat()}, is read from the minute references (the heading gives no year)")
        except ValueError:
            pass
        return Item(int(ref.group("n")), ref.group("rest").strip(" .") or "", line)
    numbered_item = ITEM_N.match(text)
    if numbered_item:
        return Item(int(numbered_item.group("n")), numbered_item.group("title").strip(" -–"), line)
    worded = ITEM_WORD.match(text) or SLASH_NUMBER.match(text)
    if worded:  # "Item 3 Performance report", "Item 5: Any other business", "10/20 Apologies"
        head, tail = heading_and_text(worded.group("rest"))
        if head is None:
            head, tail = title_then_sentence(worded.group("rest"))
        item = Item(int(worded.group("n")), head, line)
        if head is not None and tail:
            item.text.append(tail)
        return item
    numbered = NUMBERED.match(text) or PAREN_NUMBERED.match(text)
    if numbered and started:
        rest = numbered.group("rest")
        head, tail = heading_and_text(rest)
        if head is not None:
            item = Item(int(numbered.group("n")), head, line)
            if tail:
                item.text.append(tail)
            item.lines.append(line)
            return item
        return None
    if started and caps_heading(text) and not ALONE.match(text):  # "AGREED:" heads a list of outcomes, not a minute
        return Item(None, text, line)
    return None


def number_minutes(items: list[Item], problems: list[str]) -> list[str]:
    """Numbers for the minutes that lost theirs; what was guessed. Numbering problems are added to ``problems``."""
    guesses: list[str] = []
    numbers = [i.number for i in items if i.number is not None]
    if len(numbers) >= 3 and set(numbers) == {1}:
        for position, item in enumerate(items, start=1):
            item.number = position
        guesses.append(f"every minute is numbered '1.' (the extraction lost the numbering): numbered 1-{len(items)} in order")
    else:
        problems += numbering_problems([(i.number, i.line.no) for i in items if i.number is not None], "minute")
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
            guesses.append("minutes without a number in the source, numbered from their neighbours: " + ", ".join(filled))
    return guesses


def caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters) and len(text.split()) <= 14 and not text.endswith(".")


def heading_and_text(rest: str) -> tuple[Optional[str], Optional[str]]:
    """"Formation of ... Hub (Decision Notice):  The Board received ..." -> (title, text); (None, None) for a numbered sentence."""
    caps = re.match(r"^(?P<h>[A-Z][A-Z0-9'’&/,()\- ]{3,}?)\s+(?P<t>[A-Z][a-z].*)$", rest)
    if caps and sum(c.isalpha() for c in caps.group("h")) >= 4:
        return caps.group("h").strip(), caps.group("t")  # "APOLOGIES Mrs Stafford sent apologies."
    split = re.match(r"^(?P<h>[^:]{3,160}?):\s+(?P<t>[A-Z].*)$", rest)
    if split and not looks_like_sentence(split.group("h")):
        return split.group("h").strip(), split.group("t").strip()
    if caps_heading(rest):
        return rest.strip(), None
    if len(rest.split()) <= 14 and not rest.rstrip().endswith((".", ",")) and not looks_like_sentence(rest):
        return rest.strip(), None
    if len(rest.split()) <= 10 and not rest.rstrip().endswith("."):
        return rest.strip(), None
    return None, None
