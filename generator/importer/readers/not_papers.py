"""Documents that are not meeting papers or decisions: strategic assessments, plans, reports.

``papers import`` reads meeting papers and decisions. A strategic assessment, a Police and Crime
Plan or a performance report has no meeting date, agenda or minutes; when nothing of a meeting or
a decision was found in a document, this says what the document reads as (and from which line),
so that the refusal tells staff where such a document goes instead of naming a layout it only
half fits because it has numbered lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from generator.importer.text import Line

# What the document reads as, the line that says so, and the folder such content is added to by hand.
KINDS = (
    ("a strategic assessment", re.compile(r"^(?:the\s+)?strategic\s+assessment\b", re.IGNORECASE), "content/assessments/<year>/"),
    ("a Police and Crime Plan", re.compile(r"\bpolice,?\s+(?:fire\s+)?and\s+crime\s+plan\b(?!\s+accountability)", re.IGNORECASE),
     "content/plan/"),
    ("a report", re.compile(r"^(?:executive\s+summary\b|report\s+(?:to|of|by)\s+the\b|purpose\s+of\s+(?:this|the)\s+report\b)",
                            re.IGNORECASE), "content/plan/reports/"),
)
LEADER = re.compile(r"\.{4,}\s*\d{1,3}$")  # "Introduction.....	4": a table of contents


@dataclass(frozen=True)
class NotPapers:
    kind: str
    line: Line
    folder: str
    contents: bool  # it has a table of contents ("Introduction.....  4")

    def message(self) -> str:
        contents = " (it has a table of contents)" if self.contents else ""
        return (f"not meeting papers or a decision: line {self.line.no} ('{self.line.text[:60]}') reads as {self.kind}{contents}, "
                "which has no meeting date, agenda or minutes for `papers import` to read; add it by hand under "
                f"{self.folder} (see the staff guide); nothing was written")


def not_papers(lines: list[Line]) -> Optional[NotPapers]:
    """What a document in which no meeting or decision was found reads as, or None when it is none of these."""
    texts = [line for line in lines if not line.blank][:80]
    contents = any(LEADER.search(line.text) for line in texts)
    for line in texts:
        for kind, pattern, folder in KINDS:
            if pattern.search(line.text) and (contents or kind != "a strategic assessment"):
                return NotPapers(kind, line, folder, contents)
    return None
