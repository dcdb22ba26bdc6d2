"""The outcomes of one minute, gathered line by line, for the readers of committee pages and board minutes.

"RESOLVED, that the report be noted.", "AGREED that ...", "Decision: ...", "RESOLVED:" (or
"RESOLVED, that") with "(i) ...", "(ii) ..." on the lines after it, and the list written on one
line: "RESOLVED: (i) the report be received; (ii) the Chair write ...". Each listed resolution
is a resolution of its own, never the text of the one before.
"""

from __future__ import annotations

import re
from typing import Optional

from generator.importer.readers.common import resolution_text
from generator.importer.text import clean

LISTED = re.compile(r"^\((?:[ivx]{1,5}|[a-h]|\d{1,2})\)\s*(?P<rest>\S.*)$", re.IGNORECASE)
PREAMBLE = re.compile(r"^(?:that)?\s*[,:–—-]?$", re.IGNORECASE)
ALONE = re.compile(r"^(?:it\s+was\s+)?(?:RESOLVED|AGREED)\s*[,:;.–—-]*$")
_MARK = re.compile(r"(?:^|(?<=[;,.:]\s)|(?<=\sand\s)|(?<=\sor\s))\((?P<m>[ivx]{1,5}|[a-h]|\d{1,2})\)\s+")
_SEQUENCES = (["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"], [str(n) for n in range(1, 21)], list("abcdefgh"))


def listed_inline(text: str) -> list[str]:
    """ "(i) the report be received; (ii) the Chair write ..." -> the resolutions; [text] when it is not such a list."""
    body = re.sub(r"^that\s*[,:]?\s*(?=\()", "", clean(text), flags=re.IGNORECASE)
    marks = list(_MARK.finditer(body))
    if len(marks) < 2 or marks[0].start() != 0:
        return [text]
    labels = [m.group("m").lower() for m in marks]
    if not any(labels == sequence[: len(labels)] for sequence in _SEQUENCES):
        return [text]
    ends = [m.start() for m in marks[1:]] + [len(body)]
    return [body[m.end(): end].strip() for m, end in zip(marks, ends)]


class Outcomes:
    """What one minute resolved, as its lines come."""

    def __init__(self) -> None:
        self.decided: list[str] = []
        self.listing = False  # after "RESOLVED, that" or "RESOLVED:": "(i) ...", "(ii) ..." are its resolutions

    def take(self, text: str) -> bool:
        """True when ``text`` is (part of) an outcome and has been recorded; False for the minute's own text."""
        decision = resolution_text(text)
        if decision is not None and not PREAMBLE.match(decision):
            self.decided += listed_inline(decision)
            self.listing = False
            return True
        if decision is not None or ALONE.match(text):
            self.listing = True  # the words of the preamble ("that") are not a resolution of their own
            return True
        listed = LISTED.match(text)
        if self.listing and listed:
            self.decided.append(listed.group("rest"))
            return True
        if self.decided and re.match(r"^\(\d+\)|^\([a-z]\)", text) and self.decided[-1].rstrip().endswith((":", ":-", "-")):
            self.decided[-1] += " " + text  # "RESOLVED, that the Panel:" and its "(1) ...": one resolution, as written
            return True
        self.listing = False
        return False
