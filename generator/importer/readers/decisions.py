"""Decision notices and lists of decisions: the Commissioner's formal decisions, one entry each.

- a decision notice: "073/2013 – 23 October 2013", the executive summary and
  recommendation, the decision, who signed it and when, and whether there is a
  Part 2 (whose content is never published: only that it exists, and why);
- a list of decisions: one line each, "018-2020 – WCM Petals Programme 2020-21";
- a table of decisions: "000797 |", the reference again, the title, a summary, "Download PDF |".
"""

from __future__ import annotations

import re
from typing import Optional

from generator.importer.readers.base import Reader
from generator.models import decision_id
from generator.importer.readers.draft import DecisionDraft, ReadDocument
from generator.importer.text import Line, clean, find_date, looks_like_sentence

LIST_ENTRY = re.compile(r"^(?P<ref>\d{3}[-/]\d{4})\s*[–—-]\s*(?P<title>\S.*)$")
RUN_ON_ENTRY = re.compile(r"\s+(?=\d{3}[-/]\d{4}\s*[–—-]\s*\S)")
NOTICE_HEAD = re.compile(r"^(?P<ref>\d{2,4}/\d{4})\s*[–—-]\s*(?P<date>.+)$")
TABLE_REF = re.compile(r"^(?P<ref>\d{4,8})\s*\|$")
TABLE_END = re.compile(r"^(?P<text>.*?)\s*Download PDF\s*\|$", re.IGNORECASE)
FURNITURE = re.compile(r"^(?:reference number\s*\|\s*decision title\s*\|?|[-|\s]+|decisions?)$", re.IGNORECASE)
PART_2 = re.compile(r"^is there a part 2 to this (?:notice|form|decision|record)\s*[?–—:-]*\s*(?P<v>yes|no)\b", re.IGNORECASE)
PART_2_REASON = re.compile(r"^if yes, what is the reason for (?:the )?restriction\s*[–—:-]?\s*(?P<v>.*)$", re.IGNORECASE)
# The headings of a notice, in the forms offices give them.
_OFFICE = r"(?:police,?\s+(?:fire\s+and\s+)?(?:and\s+)?crime\s+commissioner|commissioner|pf?cc|deputy\s+mayor)"
SUMMARY = re.compile(
    r"^(?:executive\s+summary|summary|background|purpose(?:\s+of\s+the\s+report)?|request|recommendations?)"
    r"(?:\s+and\s+recommendations?)?\s*:?$", re.IGNORECASE)
DECISION = re.compile(
    rf"^(?:{_OFFICE}'?s?\s+decision|decision\s+of\s+the\s+{_OFFICE}|decision(?:\s+made|\s+taken)?|the\s+decision)"
    r"\s*:\s*(?P<v>.*)$|"
    rf"^(?:{_OFFICE}'?s?\s+decision|decision\s+of\s+the\s+{_OFFICE})\s*(?P<bare>)$", re.IGNORECASE)
SIGNED = re.compile(r"^(?:signature\s+date|date\s+signed|signed\s+on|date\s+of\s+signature)\s*:?\s*(?P<v>.+)$", re.IGNORECASE)
TITLE = re.compile(r"^title\s+(?P<v>.+)$", re.IGNORECASE)
# A notice whose head is a form of labelled fields: "Decision Number: 014/2023", "Date of decision: 14 March, 2023".
REFERENCE_LABEL = re.compile(
    r"^(?:decision\s+(?:number|no\.?|reference|ref\.?)|reference(?:\s+(?:number|no\.?))?|ref\.?(?:\s+no\.?)?)\s*:?\s*"
    r"(?P<ref>[A-Z]{0,5}[\s/-]?\d[\w/-]*\d)\s*$", re.IGNORECASE)
DATE_LABEL = re.compile(r"^(?:date\s+of\s+(?:the\s+)?decision|decision\s+date|date\s+decided)\s*:?\s*(?P<v>.+)$", re.IGNORECASE)
SIGNED_DATE = re.compile(r"^date\s*:\s*(?P<v>.+)$", re.IGNORECASE)
# Sections of a notice that a field of the decision takes, by their headings.
SECTIONS = {
    "background": re.compile(r"^(?:introduction\s+and\s+)?background(?:\s+information)?\s*:?$", re.IGNORECASE),
    "reasons": re.compile(r"^reasons?(?:\s+for\s+(?:the\s+)?(?:decision|recommendations?))?\s*:?$", re.IGNORECASE),
    "financial_implications": re.compile(r"^financial\s+(?:implications|considerations|comments)\s*:?$", re.IGNORECASE),
    "advice": re.compile(r"^(?:legal\s+(?:implications|advice|considerations|comments)|advice\s+(?:taken|received))\s*:?$", re.IGNORECASE),
}
TABLE_HEAD = re.compile(r"^(?:decision\s+(?:no\.?|number|ref(?:erence)?)|ref(?:erence)?(?:\s+(?:no\.?|number))?|(?:decision\s+)?title|"
                        r"date(?:\s+of\s+decision)?|decision\s+date|subject|summary)$", re.IGNORECASE)
ROW_REF = re.compile(r"^(?:[A-Z]{1,6}[\s/-]?)?\d{1,4}[-/]\d{2,4}(?:[-/]\d{1,4})?$")
DATED_ENTRY = re.compile(r"^(?P<title>.+?)\s*(?:[–—-]\s*|\()(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\)?$")
DECISION_TITLE = re.compile(r"^(?:title|subject|decision\s+title)\s*:\s*(?P<v>\S.*)$", re.IGNORECASE)


def _other_heading(text: str) -> bool:
    """A short heading of the notice, not a sentence ("Public Access to Information", "Part 1 – Unrestricted ...")."""
    words = text.split()
    return (len(words) <= 8 and text[:1].isupper() and not text.rstrip().endswith((".", ",", ";", ":"))
            and not looks_like_sentence(text))


def _notice_head(texts: list[str]) -> bool:
    """The notice's reference near its top: "073/2013 – 23 October 2013" or "Decision Number: 014/2023"."""
    return any(NOTICE_HEAD.match(t) or REFERENCE_LABEL.match(t) for t in texts[:15])


def _row(line: Line) -> Optional[list[str]]:
    """The cells of a row of a table of decisions whose first cell is a reference ("012/2023 | Title | 08/03/2023")."""
    cells = [cell for cell in line.cells if cell]
    return cells if len(cells) >= 2 and ROW_REF.match(cells[0]) else None


def looks_decisions(lines: list[Line]) -> Optional[str]:
    texts = [ln.text for ln in lines[:300]]
    if sum(1 for ln in lines[:300] if _row(ln)) >= 2 and any(re.search(r"\bdecision|\btitle\b", t, re.IGNORECASE) for t in texts):
        return "a table of decisions, one a row (reference, title, date)"
    if sum(1 for t in texts if LIST_ENTRY.match(t)) >= 3:
        return 'a list of decisions, one a line ("018-2020 – title")'
    if sum(1 for t in texts if TABLE_REF.match(t)) >= 1 and any("decision title" in t.lower() for t in texts):
        return 'a table of decisions ("Reference Number | Decision Title")'
    if _notice_head(texts) and any(DECISION.match(t) or PART_2.match(t) for t in texts):
        return 'a decision notice ("NNN/YYYY – date", "Police and Crime Commissioner decision:")'
    return None


class DecisionsReader(Reader):
    def __init__(self, lines: list[Line]):
        super().__init__(lines)
        self.decisions: list[DecisionDraft] = []

    def read(self, reason: str) -> ReadDocument:
        texts = [ln.text for ln in self.lines]
        if _notice_head(texts) and not sum(1 for t in texts if LIST_ENTRY.match(t)) >= 3:
            layout = "decision-notice"
            self._notice()
        else:
            layout = "decision-list"
            self._list()
        return self.document(layout, reason, decisions=self.decisions)

    def _list(self) -> None:
        cursor = self.cursor
        current: Optional[DecisionDraft] = None
        expect_title = False
        for line in cursor.rest():
            text = line.text
            pieces = RUN_ON_ENTRY.split(text) if LIST_ENTRY.match(text) else [text]
            if len(pieces) > 1:  # "018-2020 – Title 015-2020 – Title": one decision each, never one title
                self.guesses.append(f"line {line.no}: {len(pieces)} decisions written on one line, read one by one")
                for piece in pieces:
                    entry = LIST_ENTRY.match(piece)
                    current = DecisionDraft(reference=entry.group("ref"), title=clean(entry.group("title")).lstrip("- "),
                                            listed_as=piece, lines=[line.no])
                    self.decisions.append(current)
                cursor.place(line)
                continue
            entry = LIST_ENTRY.match(text)
            table = TABLE_REF.match(text)
            row = _row(line)
            if row and not entry:
                dates = [find_date(cell) for cell in row[2:] if find_date(cell)]
                current = DecisionDraft(reference=row[0], title=row[1], date=dates[0].value if dates else None,
                                        listed_as=" | ".join(row), lines=[line.no])
                self.decisions.append(current)
                cursor.place(line)
                if len(row) > 2 + len(dates):
                    self.guesses.append(f"line {line.no}: the row has cells after the title that are not a date; they are in `listed_as`")
            elif len(line.cells) >= 2 and all(TABLE_HEAD.match(cell) for cell in line.cells if cell):
                cursor.skip(line)  # the table's heading row
            elif entry:
                title = clean(entry.group("title")).lstrip("- ")
                dated = DATED_ENTRY.match(title)
                when = find_date(dated.group("date")) if dated else None
                current = DecisionDraft(reference=entry.group("ref"), title=dated.group("title").strip(" -–—") if when else title,
                                        date=when.value if when else None, listed_as=line.text, lines=[line.no])
                self.decisions.append(current)
                cursor.place(line)
            elif table:
                current = DecisionDraft(reference=table.group("ref"), lines=[line.no])
                self.decisions.append(current)
                cursor.place(line)
                expect_title = True
            elif FURNITURE.match(text):
                cursor.skip(line)
            elif current is not None and expect_title and text == current.reference:
                cursor.skip(line)  # the reference written again under itself
            elif current is not None and expect_title:
                current.title = text
                cursor.place(line)
                expect_title = False
            elif current is not None and current.summary is None and TABLE_REF.pattern and self._in_table():
                end = TABLE_END.match(text)
                current.summary = (end.group("text") if end else text) or None
                cursor.place(line)
            elif current is not None and self._in_table():
                end = TABLE_END.match(text)
                piece = end.group("text") if end else text
                if piece:
                    current.summary = f"{current.summary}\n\n{piece}" if current.summary else piece
                cursor.place(line)
            else:
                cursor.leave(line, "page text around the list of decisions")
        seen: dict[str, DecisionDraft] = {}
        for decision in list(self.decisions):
            first = seen.setdefault(decision_id(decision.reference), decision)
            if first is decision:
                continue
            self.decisions.remove(decision)  # one file a reference: the first is kept, the repeat left for a person
            self.problems.append(f"line {decision.lines[0]}: decision {decision.reference} repeats the reference of line {first.lines[0]}")
            for number in decision.lines:
                line = next(ln for ln in self.lines if ln.no == number)
                cursor.placed.discard(number)
                cursor.leave(line, f"a second entry for decision {first.reference} (line {first.lines[0]})")

    def _in_table(self) -> bool:
        return bool(self.decisions) and not LIST_ENTRY.match(self.decisions[0].title or "x") and any(
            TABLE_REF.match(ln.text) for ln in self.lines)

    def _notice(self) -> None:
        cursor = self.cursor
        decision: Optional[DecisionDraft] = None
        mode: Optional[str] = None
        summary: list[str] = []
        sections: dict[str, list[str]] = {}
        signed_seen = False
        just_signed = False
        for line in cursor.rest():
            text = line.text
            after_signature, just_signed = just_signed, False
            head = NOTICE_HEAD.match(text) or REFERENCE_LABEL.match(text)
            if head and decision is None:
                found = find_date(head.group("date")) if "date" in head.groupdict() else None
                decision = DecisionDraft(reference=head.group("ref"), date=found.value if found else None, lines=[line.no])
                self.decisions.append(decision)
                cursor.place(line)
                continue
            if decision is None:
                cursor.leave(line, "text before the decision's reference")
                continue
            section = next((name for name, pattern in SECTIONS.items() if pattern.match(text)), None)
            dated = DATE_LABEL.match(text) or (SIGNED_DATE.match(text) if signed_seen else None)
            if dated and find_date(dated.group("v")):
                if DATE_LABEL.match(text) and decision.date is None:
                    decision.date = find_date(dated.group("v")).value
                else:
                    decision.signed_on = find_date(dated.group("v")).value
                cursor.place(line)
                mode = None
            elif section:
                mode = section
                sections.setdefault(section, [])
                cursor.place(line)
            elif mode in SECTIONS and _other_heading(text):
                mode = None  # "Public Access to Information": a section no field takes ends the one before
                cursor.leave(line, "text of the notice that no field of a decision takes (the form's standing text, or a section without a field)")
            elif mode in SECTIONS and not (SUMMARY.match(text) or DECISION.match(text) or SIGNED.match(text) or PART_2.match(text)
                                           or re.match(r"^signed\b", text, re.IGNORECASE)):
                sections[mode].append(text)
                cursor.place(line)
            elif SUMMARY.match(text):
                mode = "summary"
                cursor.place(line)
            elif DECISION_TITLE.match(text) and decision.title is None:
                decision.title = clean(DECISION_TITLE.match(text).group("v"))
                cursor.place(line)
                mode = None
            elif DECISION.match(text):
                value = DECISION.match(text).group("v")
                decision.decision = value or None
                mode = "decision"
                cursor.place(line)
            elif re.match(r"^signed\s*:", text, re.IGNORECASE) and not find_date(text):
                signed_seen = just_signed = True  # "Signed: P Example": who signed is left to a person; the "Date:" after it is when
                cursor.leave(line, "who signed: set signed_by (a person and post of people.yaml) by hand")
                mode = None
            elif SIGNED.match(text):
                found = find_date(text)
                if found:
                    decision.signed_on = found.value
                    if decision.date is None:
                        decision.date = found.value
                    cursor.place(line)
                else:
                    cursor.leave(line, "a signature line without a date")
                mode = None
            elif after_signature and len(text.split()) <= 8:
                cursor.leave(line, "the post of whoever signed: set signed_by (a person and post of people.yaml) by hand")
            elif TITLE.match(text):
                cursor.leave(line, "the post of whoever signed: set signed_by (a person and post of people.yaml) by hand")
            elif PART_2.match(text):
                decision.has_part_2 = PART_2.match(text).group("v").lower() == "yes"
                cursor.place(line)
                mode = None
            elif PART_2_REASON.match(text):
                reason = PART_2_REASON.match(text).group("v")
                decision.part_2_reason = reason or None
                mode = "reason"
                cursor.place(line)
            elif mode == "summary":
                summary.append(text)
                cursor.place(line)
            elif mode == "decision":
                decision.decision = f"{decision.decision} {text}" if decision.decision else text
                cursor.place(line)
            elif mode == "reason" and decision.part_2_reason is None:
                decision.part_2_reason = text
                cursor.place(line)
            else:
                cursor.leave(line, "text of the notice that no field of a decision takes (the form's standing text, or a section without a field)")
        if decision is not None:
            decision.summary = "\n\n".join(summary) or None
            for name, texts in sections.items():
                setattr(decision, name, "\n\n".join(texts) or None)
            if decision.decision is None:
                self.problems.append(f"decision {decision.reference}: the notice gives no text under the decision heading")
