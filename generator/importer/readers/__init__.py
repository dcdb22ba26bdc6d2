"""One reader per family of layouts, and the detector that picks one (and says why).

- ``committee-system``: pages of a council committee portal ("Items / No. Item", "Minutes:");
- ``board-minutes``: minutes of boards and committees with an attendance block;
- ``printed-agenda``: agendas printed as one run of text, or web agendas;
- ``decision-notice`` / ``decision-list``: the Commissioner's formal decisions;
- ``office-pack``: the office's own letter, agenda and minutes (read by ``generator.importer.office``).
"""

from __future__ import annotations

import re
from typing import Optional

from generator.importer.people import Directory
from generator.importer.readers.agenda import AgendaReader, looks_agenda
from generator.importer.readers.board import BoardReader, looks_board
from generator.importer.readers.committee import CommitteeReader, looks_committee
from generator.importer.readers.decisions import DecisionsReader, looks_decisions
from generator.importer.readers.draft import ReadDocument
from generator.importer.text import Line

LAYOUTS = ("office-pack", "committee-system", "board-minutes", "printed-agenda", "decision-notice", "decision-list")
OFFICE = re.compile(r"^(?:AGENDA\s*:?|minutes\s+of\s+(?:the\s+|a\s+)?.+?\s+held\s+.*\bon\s+.+|enquiries to\b.*|attendees\s*:.*|our reference\b.*)$", re.IGNORECASE)
OFFICE_MINUTES = re.compile(r"^PART\s+1\s*[–—-]\s*ITEMS\s+(?:TO\s+BE\s+)?CONSIDERED\b|[–—-]\s*taking\s+minutes$|^0\d\d[.)]\s+\S",
                            re.IGNORECASE)
SAVED_FROM = re.compile(r"^(?:SOURCE|KIND):\s*\S.*$|^<<$")


def saved_excerpt_header(lines: list[Line]) -> tuple[list[Line], Optional[str], int]:
    """Lines of a saved excerpt's header ("SOURCE: <address>", "KIND: minutes", "<<") taken out; the address.

    The lines keep their numbers; the header lines are blanked.
    """
    address, taken, out = None, 0, []
    in_header = True
    for line in lines:
        if in_header and line.blank:
            out.append(line)
            continue
        if in_header and SAVED_FROM.match(line.text):
            if line.text.startswith("SOURCE:"):
                address = line.text.split(":", 1)[1].strip()
            out.append(Line(line.no, "", ""))
            taken += 1
            continue
        in_header = False
        out.append(line)
    return out, address, taken


def detect(lines: list[Line]) -> tuple[str, str]:
    """The layout family of the document and the evidence for it."""
    why = looks_decisions(lines)
    if why:
        notice = not any(re.match(r"^\d{3}[-/]\d{4}\s*[–—-]", ln.text) for ln in lines[40:])
        return ("decision-notice" if "notice" in why and notice else "decision-list"), why
    texts = [ln.text for ln in lines[:300]]
    office = [t for t in texts if OFFICE.match(t)]
    # The letter's own lines; "AGENDA" or "Attendees:" alone (a printed agenda, the attendance of minutes) are not a letter.
    letter = [t for t in office if not re.match(r"^(?:minutes\s+of|agenda\b)", t, re.IGNORECASE)]
    if all(re.match(r"^attendees\s*:", t, re.IGNORECASE) for t in letter):
        letter = []
    # "Minutes of the Joint Audit Committee held on ...": the office's own minutes heading, naming its body
    portal_minutes = any(re.match(r"^minutes\s+of\s+(?!(?:the\s+|a\s+)?meeting\b)(?:the\s+|a\s+)?.+?\s+held\s+", t, re.IGNORECASE) for t in texts)
    # The office's own minutes, whatever their heading says: "PART 1 – ITEMS CONSIDERED ...", "– Taking minutes", "041."
    portal_minutes = portal_minutes or (any(re.match(r"^minutes\s+of\b.+\bheld\b", t, re.IGNORECASE) for t in texts)
                                        and sum(1 for t in texts if OFFICE_MINUTES.search(t)) >= 2)
    why = looks_committee(lines)
    if why and not portal_minutes:
        return "committee-system", why
    why = looks_board(lines)
    if why and not portal_minutes and not letter:
        return "board-minutes", why
    why = looks_agenda(lines)
    if why and not letter:
        return "printed-agenda", why
    if office:
        return "office-pack", f'the office\'s own pack: "{office[0][:60]}"'
    return "office-pack", "no other layout fits; read as the office's own letter, agenda and minutes"


def read(lines: list[Line], people: Directory, layout: str, reason: str) -> Optional[ReadDocument]:
    """The document read by the reader of ``layout``; None for the office's own pack (read by ``parse``)."""
    if layout == "committee-system":
        return CommitteeReader(lines, people).read(reason)
    if layout == "board-minutes":
        return BoardReader(lines, people).read(reason)
    if layout == "printed-agenda":
        return AgendaReader(lines, people).read(reason)
    if layout in ("decision-notice", "decision-list"):
        document = DecisionsReader(lines).read(reason)
        document.layout = layout if layout == document.layout else document.layout
        return document
    return None
