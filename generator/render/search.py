"""What the search index is told: the filters a person can narrow results by, and the records.

Pages other than meetings are indexed from their HTML, with the filters worked out here written
into their front matter (the theme turns them into Pagefind attributes). A meeting is indexed as
separate records instead (worked out in generator/derive/search_records.py); here they only get
their filters in the form the index takes.

Filters, in the order the search page shows them: Year, Body, Kind of meeting, Topic, one
"Objective · <plan>" group a plan, and Kind of paper. People and topics are pages, not papers:
they are searchable but carry no kind of paper.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from generator.derive.names import Classification, Names
from generator.derive.search_records import SearchRecord
from generator.render.kinds import PageKind

OBJECTIVE_FILTER = "Objective · "  # no colon: a page's filter attribute is "name:value"

# The "Kind of paper" of each kind of page indexed from its HTML (None: searchable, but not a paper).
PAPER_KINDS = {
    PageKind.OBJECTIVE: "Police and Crime Plan",
    PageKind.PLAN: "Police and Crime Plan",
    PageKind.REPORT: "Progress report",
    PageKind.SECTION: "Strategic Assessment",
    PageKind.ASSESSMENT: "Strategic Assessment",
    PageKind.METRIC: "Figures",
    PageKind.NOTICE: "Decision notice",
    PageKind.INTERESTS: "Register of interests",
    PageKind.PERSON: None,
    PageKind.TOPIC: None,
    PageKind.BODY: None,
}


@dataclass
class Record:
    """One search result that is not a whole page: its address (from the site root), text and filters."""

    url: str
    title: str
    content: str
    date: str
    context: str
    kind: str
    filters: dict[str, list[str]] = field(default_factory=dict)

    def meta(self) -> dict[str, str]:
        return {"title": self.title, "date": self.date, "context": self.context, "kind": self.kind}


def _filters(base: dict[str, list[str]], kind: Optional[str], classified: Classification) -> dict[str, list[str]]:
    """The filters of one result: its own (year, body ...), its kind of paper, its topics, and one filter a plan
    (named by the plan) whose values are its related objectives' titles."""
    found = dict(base)
    if kind:
        found["Kind of paper"] = [kind]
    if classified.topics:
        found["Topic"] = list(classified.topics)
    for plan, objective in classified.objectives:
        found.setdefault(OBJECTIVE_FILTER + plan, []).append(objective)
    return found


def facets(names: Names, kind: PageKind, context: dict) -> dict[str, Any] | None:
    """Filters for a page indexed from its HTML; None for pages not indexed that way (lists of other
    pages, the decision register, and meetings, which are indexed as records)."""
    if kind not in PAPER_KINDS:
        return None
    subject = context.get("section") or context.get("objective")
    topics = getattr(subject, "topics", None) or []
    objectives = getattr(subject, "objectives", None) or []
    if kind is PageKind.OBJECTIVE:
        objectives = [f"{context['plan_id']}/{context['objective'].id}"]
    base = {"Year": [str(context["year"])]} if kind in (PageKind.SECTION, PageKind.ASSESSMENT) and context.get("year") else {}
    found: dict[str, Any] = {}
    if kind is PageKind.NOTICE:
        notice = context["nv"].notice
        base = {"Year": [str(context["nv"].year)]}
        topics = notice.topics
        if notice.date:
            found["date"] = notice.date.isoformat()
    found["filters"] = _filters(base, PAPER_KINDS[kind], names.classification(topics, objectives))
    return found


def records(prepared: Iterable[SearchRecord]) -> list[Record]:
    """The records of the meetings (worked out in derive) as the search index takes them, with their filters."""
    return [Record(r.url, r.title, r.content, r.date, r.context, r.kind,
                   _filters({"Year": [str(r.year)], "Body": [r.body], "Kind of meeting": [r.meeting_kind]}, r.kind,
                            r.classification))
            for r in prepared]
