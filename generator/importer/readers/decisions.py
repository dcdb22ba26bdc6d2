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
from generator.importer.text import Line, clean, find_date

LIST_ENTRY = re.compile(r"^(?P<ref>\d{3}[-/]\d{4})\s*[–—-]\s*(?P<title>\S.*)$")
RUN_ON_ENTRY = re.compile(r"\s+(?=\d{3}[-/]\d{4}\s*[–—-]\s*\S)")
NOTICE_HEAD = re.compile(r"^(?P<ref>\d{2,4}/\d{4})\s*[–—-]\s*(?P<date>.+)$")
TABLE_REF = re.compile(r"^(?P<ref>\d{4,8})\s*\|$")
TABLE_END = re.compile(r"^(?P<text>.*?)\s*Download PDF\s*\|$", re.IGNORECASE)
FURNITURE = re.compile(r"^(?:reference number\s*\|\s*decision title\s*\|?|[-|\s]+|decisions?)$", re.IGNORECASE)
PART_2 = re.compile(r"^is there a part 2 to this (?:notice|form)\s*[–—:-]?\s*(?P<v>yes|no)\b", re.IGNORECASE)
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
DECISION_TITLE = re.compile(r"^(?:title|subject|decision\s+title)\s*:\s*(?P<v>\S.*)$", re.IGNORECASE)


def looks_decisions(lines: list[Line]) -> Optional[str]:
    texts = [ln.text for ln in lines[:300]]
    if sum(1 for t in texts if LIST_ENTRY.match(t)) >= 3:
        return 'a list of decisions, one a line ("018-2020 – title")'
    if sum(1 for t in texts if TABLE_REF.match(t)) >= 1 and any("decision title" in t.lower() for t in texts):
        return 'a table of decisions ("Reference Number | Decision Title")'
    if any(NOTICE_HEAD.match(t) for t in texts[:12]) and any(DECISION.match(t) or PART_2.match(t) for t in texts):
        return 'a decision notice ("NNN/YYYY – date", "Police and Crime Commissioner decision:")'
    return None


class DecisionsReader(Reader):
    def __init__(self, lines: list[Line]):
        super().__init__(lines)
        self.decisions: list[DecisionDraft] = []

    def read(self, reason: str) -> ReadDocument:
        texts = [ln.text for ln in self.lines]
        if any(NOTICE_HEAD.match(t) for t in texts[:12]) and not sum(1 for t in texts if LIST_ENTRY.match(t)) >= 3:
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
            if entry:
                current = DecisionDraft(reference=entry.group("ref"), title=clean(entry.group("title")).lstrip("- "),
                                        listed_as=line.text, lines=[line.no])
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
        for line in cursor.rest():
            text = line.text
            head = NOTICE_HEAD.match(text)
            if head and decision is None:
                found = find_date(head.group("date"))
                decision = DecisionDraft(reference=head.group("ref"), date=found.value if found else None, lines=[line.no])
                self.decisions.append(decision)
                cursor.place(line)
                continue
            if decision is None:
                cursor.leave(line, "text before the decision's reference")
                continue
            if SUMMARY.match(text):
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
                cursor.leave(line, "text of the notice that no field of a decision takes (background, advice)")
        if decision is not None:
            decision.summary = "\n\n".join(summary) or None
            if decision.decision is None:
                self.problems.append(f"decision {decision.reference}: the notice gives no text under the decision heading")
