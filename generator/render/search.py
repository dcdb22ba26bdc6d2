"""What the search index is told about each page: the filters a person can narrow results by
(year, kind of meeting, topic, plan objective, kind of paper) and the date results sort by.

The values go into each page's front matter; the theme writes them as Pagefind attributes.
"""

from __future__ import annotations

from typing import Any

from generator.derive.site import Site, objective_label
from generator.render.kinds import PageKind

# The "Kind of paper" filter of each kind of page that is a paper in itself (a meeting's is worked
# out from what its papers hold); pages that only list other pages are not filtered.
PAPER_KINDS = {
    PageKind.OBJECTIVE: "Police and Crime Plan",
    PageKind.PLAN: "Police and Crime Plan",
    PageKind.REPORT: "Report",
    PageKind.SECTION: "Strategic Assessment",
    PageKind.ASSESSMENT: "Strategic Assessment",
    PageKind.PERSON: "Person",
    PageKind.TOPIC: "Topic",
    PageKind.METRIC: "Figures",
    PageKind.DECISIONS: "Decision register",
}


def _meeting_facets(site: Site, context: dict) -> dict[str, Any]:
    meeting = context["m"]
    papers = []
    if meeting.agenda:
        papers.append("Agenda")
    if meeting.minutes:
        papers.append("Minutes")
    if meeting.presentations:
        papers.append("Presentations and reports")
    topics: set[str] = set()
    objectives: set[str] = set()
    for item in list(meeting.agenda) + (list(meeting.minutes.items) if meeting.minutes else []):
        topics.update(item.topics)
        objectives.update(item.objectives)
    for presentation in meeting.presentations:
        topics.update(presentation.topics)
        objectives.update(presentation.objectives)
        for section in presentation.sections:
            topics.update(section.topics)
            objectives.update(section.objectives)
    return {
        "filters": {
            "Year": [str(meeting.date.year)],
            "Kind of meeting": [meeting.kind.replace("-", " ").capitalize()],
            "Kind of paper": papers or ["Meeting"],
            "Topic": sorted(site.topics[t].label for t in topics if t in site.topics),
            "Plan objective": sorted(objective_label(*site.objective(o)) for o in objectives),
        },
        "date": meeting.date.isoformat(),
    }


def facets(site: Site, kind: PageKind, context: dict) -> dict[str, Any] | None:
    """Filters and sort date for a page, or None for pages that are only lists of other pages."""
    if kind is PageKind.MEETING:
        return _meeting_facets(site, context)
    paper = PAPER_KINDS.get(kind)
    if paper is None:
        return None
    found: dict[str, Any] = {"filters": {"Kind of paper": [paper]}}
    subject = context.get("section") or context.get("objective")
    if subject is not None and getattr(subject, "topics", None):
        found["filters"]["Topic"] = sorted(site.topics[t].label for t in subject.topics if t in site.topics)
    if kind is PageKind.OBJECTIVE:
        found["filters"]["Plan objective"] = [objective_label(context["plan"], context["objective"])]
    if kind is PageKind.SECTION and context.get("year"):
        found["filters"]["Year"] = [str(context["year"])]
    return found
