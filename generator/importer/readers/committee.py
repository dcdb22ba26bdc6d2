"""Committee-system pages: "Items / No. Item", each item's title and description, "Minutes:", RESOLVED.

Council committee portals print a meeting as a list of items. Each item has a
number (or none, when the page was saved without them), a title with the link
text of its papers ("pdf icon PDF 142 KB"), the agenda's description ("To
receive any apologies for absence."), then "Minutes:" and what was minuted,
with RESOLVED lines. Some renderings separate the items with "|" rows instead.
One page is one meeting: its agenda and its minutes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from generator import models
from generator.importer.people import Directory
from generator.importer.readers.common import body_in, date_and_time, numbering_problems, resolution_text, resolutions, strip_links, split_title
from generator.importer.readers.outcomes import Outcomes
from generator.importer.readers.base import Reader
from generator.importer.readers.draft import MeetingDraft, ReadDocument
from generator.importer.readers.people_lines import APOLOGY_SENTENCE, name_list
from generator.importer.text import Line, clean, find_date, rejoin_wrapped

FURNITURE = re.compile(
    r"^(?:agenda(?: and (?:draft )?minutes)?|items?|no\.?\s*\|?\s*item\s*\|?|[-|\s]+|additional documents:?|"
    r"to view this event please click link below:?)$",
    re.IGNORECASE,
)
ITEM_START = re.compile(r"^(?:no\.?\s*\|?\s*item\s*\|?|items)$", re.IGNORECASE)
NUMBER = re.compile(r"^(?:(?:[Aa]genda\s+)?[Ii]tem\s+)?(?P<n>\d{1,3})(?P<sub>[a-z])?\.?$")  # "12.", "31a", "Item 4"
MINUTES = re.compile(r"^minutes\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
DESCRIPTION = re.compile(
    r"^(?:To\s+[a-z]|\((?:Questions|copy|Pages?)\b|(?:Members|Councillors|Attendees|The\s+(?:Panel|Committee|Board))\s+(?:are|is|will\s+be)\s+"
    r"(?:asked|invited|requested)\b|An\s+opportunity\b|(?:A\s+)?[Rr]eport\s+(?:of|by|from)\b)")
SEPARATOR = re.compile(r"^\|?\s*\|?$")
ADDITIONAL = re.compile(r"^additional documents:?$", re.IGNORECASE)
LINKED_PAPER = re.compile(r"^(?P<title>\S.*?)\s*(?:pdf icon\s+)?(?P<note>PDF\s+[\d.,]+\s*[KMG]B)$", re.IGNORECASE)
TRAILING_FURNITURE = re.compile(r"\s+additional documents:?\s*$", re.IGNORECASE)
PDF_LINK_TEXT = re.compile(r"pdf icon\s+PDF\s+[\d.,]+\s*[KMG]B", re.IGNORECASE)


@dataclass
class Item:
    number: Optional[int]
    line: Line
    title: str
    description: list[Line] = field(default_factory=list)
    text: list[Line] = field(default_factory=list)
    marked: bool = False  # "Minutes:" was written
    subs: list[str] = field(default_factory=list)
    papers: list[models.Paper] = field(default_factory=list)  # the documents listed under "Additional documents:"


def looks_committee(lines: list[Line]) -> Optional[str]:
    texts = [ln.text for ln in lines[:400]]
    if any(ITEM_START.match(t) for t in texts) and (
        any(MINUTES.match(t) for t in texts) or any("pdf icon" in t.lower() for t in texts)
        or any(t.lower().startswith(("venue:", "contact:")) for t in texts)
    ):
        return 'an "Items / No. Item" list with "Minutes:", "Venue:" or "pdf icon" links, as committee portals print a meeting'
    return None


class CommitteeReader(Reader):
    def __init__(self, lines: list[Line], people: Directory):
        super().__init__(lines, people)
        self.draft = MeetingDraft()

    def read(self, reason: str) -> ReadDocument:
        start = self._header()
        items = self._items(start)
        self._build(items)
        return self.document("committee-system", reason, meetings=[self.draft])

    # ------------------------------------------------------------ heading

    def _header(self) -> int:
        draft = self.draft
        for index, line in enumerate(self.lines):
            text = line.text
            if line.blank:
                continue
            if ITEM_START.match(text):
                self.cursor.skip(line)
                following = index + 1
                if following < len(self.lines) and ITEM_START.match(self.lines[following].text):
                    self.cursor.skip(self.lines[following])
                    following += 1
                return following
            if FURNITURE.match(text) or text.lower() in ("minutes", "draft minutes", "agenda"):
                self.cursor.skip(line)  # the page's own headings
            elif text.lower().startswith("venue:"):
                venue = clean(text[6:])
                venue = re.sub(r"\s*To view this event.*$", "", venue, flags=re.IGNORECASE)
                remote = bool(re.search(r"virtual|remote|teams|zoom", venue, re.IGNORECASE))
                draft.location = models.Location(remote=remote, venue=None if remote else venue.rstrip(".") or None)
                self.cursor.place(line)
            elif text.lower().startswith("contact:"):
                found = re.match(r"^contact:\s*(?P<name>.*?)\s*(?:e-?mail:\s*(?P<email>\S+@\S+)?)?$", text, re.IGNORECASE)
                if found and found.group("name"):
                    draft.notice = models.Notice(contact=models.Contact(name=found.group("name"), email=found.group("email")))
                    self.cursor.place(line)
            else:
                when, time = date_and_time(text)
                body = body_in(text)
                if body and draft.body is None:
                    draft.body = body
                    self.cursor.place(line)
                if when and draft.date is None:
                    draft.date, draft.start_time = when, time
                    self.cursor.place(line)
        return len(self.lines)

    # ------------------------------------------------------------ items

    def _blank_run_before(self, index: int) -> int:
        count = 0
        while index - 1 - count >= 0 and self.lines[index - 1 - count].blank:
            count += 1
        return count

    def _is_title(self, index: int) -> bool:
        text = self.lines[index].text
        if not text or not text[0].isupper() or resolution_text(text) or MINUTES.match(text) or DESCRIPTION.match(text):
            return False
        if re.match(r"^\(\d+\)|^\([a-z]\)", text) or len(text.split()) > 16:
            return False
        bare = strip_links(text)
        if bare.endswith((".", ":", ";", ",", ":-")) and not text.lower().endswith("kb"):
            return False
        if self._blank_run_before(index) >= 2 or index == 0 or PDF_LINK_TEXT.search(text):
            return True
        following = self._next_text(index + 1)  # text without blank lines: a title is followed by its description
        return following is not None and bool(DESCRIPTION.match(self.lines[following].text) or MINUTES.match(self.lines[following].text))

    def _items(self, start: int) -> list[Item]:
        lines, cursor = self.lines, self.cursor
        numbered = any(NUMBER.match(ln.text) for ln in lines[start:])
        piped = any(SEPARATOR.match(ln.text) and ln.text for ln in lines[start:])
        items: list[Item] = []
        current: Optional[Item] = None
        index = start
        pending_number: Optional[tuple[int, Line]] = None
        after_separator = False
        linked = False  # after "Additional documents:"
        while index < len(lines):
            line = lines[index]
            text = line.text
            index += 1
            if line.blank:
                continue
            if (piped and SEPARATOR.match(text)) or re.match(r"^[-|]+$", text):
                cursor.skip(line)
                after_separator = True
                continue
            if current is not None and ADDITIONAL.match(text):
                cursor.skip(line)
                linked = True  # the links after it are papers of the item, never an item or minutes of their own
                continue
            paper = LINKED_PAPER.match(text) if linked and current is not None else None
            linked = bool(paper)
            if paper:
                current.papers.append(models.Paper(title=paper.group("title").strip(" -–"), note=paper.group("note")))
                cursor.place(line)
                continue
            number = NUMBER.match(text) if numbered else None
            if number and number.group("sub") and current is not None:
                cursor.place(line)
                title_line = self._next_text(index)
                if title_line is not None:
                    index = title_line + 1
                    sub_title = strip_links(lines[title_line].text)
                    current.subs.append(f"{number.group('n')}{number.group('sub')}")
                    current.text.append(Line(line.no, f"{number.group('n')}{number.group('sub')} {sub_title}", f"{number.group('n')}{number.group('sub')} {sub_title}"))
                    cursor.place(lines[title_line])
                continue
            if number:
                pending_number = (int(number.group("n")), line)
                cursor.place(line)
                continue
            starts = pending_number is not None or (piped and after_separator) or (not numbered and not piped and self._is_title(index - 1))
            after_separator = False
            if starts:
                title, description = split_title(strip_links(text)) if piped else (strip_links(text), None)
                current = Item(number=pending_number[0] if pending_number else None, line=pending_number[1] if pending_number else line, title=title)
                if description:
                    current.description.append(Line(line.no, description, description))
                cursor.place(line)
                items.append(current)
                pending_number = None
                continue
            if current is None:
                cursor.leave(line, "text before the first item (no item to put it in)")
                continue
            marker = MINUTES.match(text)
            if marker:
                if current.marked:  # two "Minutes:" in one item: the heading of the next was not seen
                    self.problems.append(f"line {line.no}: a second 'Minutes:' under item '{current.title[:40]}': the heading of "
                                         "another item before it may have been read as text; check the items around it")
                current.marked = True
                cursor.place(line)
                if marker.group("rest"):
                    current.text.append(Line(line.no, marker.group("rest"), marker.group("rest")))
                continue
            if FURNITURE.match(text):
                cursor.skip(line)
                continue
            run_on = self._next_item_run_on(text, current)
            if run_on is not None:
                head, number, rest = run_on
                title, description = split_title(rest)
                pieces = [head, f"{number}.", title] + ([description] if description else [])
                lines[index - 1: index] = [Line(line.no, piece, piece) for piece in pieces]  # read on as if printed apart
                line, text = lines[index - 1], head
                self.guesses.append(f"line {line.no}: item {number} runs on at the end of item {current.number}'s text; read apart")
            text = TRAILING_FURNITURE.sub("", text)
            line = Line(line.no, line.raw, text) if text != line.text else line
            if not current.marked and (DESCRIPTION.match(text) and not current.text):
                current.description.append(line)
            else:
                current.text.append(line)
            cursor.place(line)
        if pending_number is not None:
            cursor.leave(pending_number[1], f"item number {pending_number[0]} with no title after it")
        return items

    @staticmethod
    def _next_item_run_on(text: str, current: "Item") -> Optional[tuple[str, int, str]]:
        """ "To receive an update. 16. Date of Next Meeting To note ..." on a page numbered 15, 16 ...: the two apart."""
        if current.number is None:
            return None
        found = re.search(rf"(?<=[.!?])\s+(?P<n>{current.number + 1})\.\s+(?P<rest>[A-Z].*)$", text)
        if not found:
            return None
        return text[: found.start()].strip(), current.number + 1, found.group("rest").strip()

    def _next_text(self, index: int) -> Optional[int]:
        while index < len(self.lines):
            if not self.lines[index].blank:
                return index
            index += 1
        return None

    # ------------------------------------------------------------ the draft

    def _build(self, items: list[Item]) -> None:
        draft = self.draft
        if items and all(item.number is None for item in items):
            for position, item in enumerate(items, start=1):
                item.number = position
            self.guesses.append(f"the page shows no item numbers: items numbered 1-{len(items)} in the order they appear")
        elif any(item.number is None for item in items):
            for item in items:
                if item.number is None:
                    self.cursor.leave(item.line, "an item without a number among numbered items")
            items = [item for item in items if item.number is not None]
        self.problems += numbering_problems([(item.number, item.line.no) for item in items], "item")
        # On a page of agenda and minutes the numbers are the minutes' numbers, which run on through the
        # council's year (26, 27 ...); the agenda's own items are numbered from 1 in their order.
        minuted = any(item.text for item in items)
        renumber = minuted and items and items[0].number != 1
        if renumber:
            self.guesses.append(f"the page numbers its items {items[0].number}-{items[-1].number}, as minutes: the agenda items are "
                                f"numbered 1-{len(items)} in order, and each minute keeps its number")
        last_minuted = max((index for index, item in enumerate(items) if item.text), default=-1)
        apologies: list[models.Attendee] = []
        agenda, minutes = [], []
        for position, item in enumerate(items, start=1):
            description = " ".join(ln.text for ln in item.description) or None
            number = position if renumber else item.number
            approves = find_date(description or "") if re.match(r"^minutes\b", item.title or "", re.IGNORECASE) else None
            agenda.append(models.AgendaItem(number=number, title=item.title or None, description=description,
                                            minutes_of_date=approves.value if approves else None, papers=item.papers))
            if not item.text:
                if position - 1 < last_minuted:  # between minuted items: say the page has no minutes for it
                    minutes.append(models.MinuteItem(number=min(item.number, 999), title=item.title or None, agenda_item=number,
                                                     missing={"text": "The page gives no minutes for this item."}))
                continue
            paragraphs, outcomes = [], Outcomes()
            for ln in item.text:
                if not outcomes.take(ln.text):
                    paragraphs.append(ln.text)
                sentence = APOLOGY_SENTENCE.match(ln.text)
                if sentence:
                    found, rest = name_list(sentence.group("names"), ln.no, self.people)
                    apologies += found
                    for piece in rest:
                        self.problems.append(f"line {ln.no}: '{piece}' in the apologies is not a name the importer can read")
            if item.subs:
                self.guesses.append(f"sub-items {', '.join(item.subs)} are kept in the text of item {item.number}")
            minutes.append(models.MinuteItem(number=min(item.number, 999), title=item.title or None, agenda_item=number,
                                             text="\n\n".join(rejoin_wrapped(paragraphs)) or None, resolutions=resolutions(outcomes.decided)))
        draft.agenda = agenda
        draft.minutes = minutes
        if apologies:
            draft.attendance = models.Attendance(apologies=apologies)
