"""What the search index is told about each page: the filters a person can narrow results by
(year, kind of meeting, topic, plan objective, kind of paper) and the date results sort by.

The values go into each page's front matter; the theme writes them as Pagefind attributes.
"""

from __future__ import annotations

from typing import Any

from generator.derive.site import Site, objective_label

PAPER_KINDS = {
    "meeting.md.j2": None,  # worked out from what the meeting's papers hold
    "objective.md.j2": "Police and Crime Plan",
    "plan.md.j2": "Police and Crime Plan",
    "report.md.j2": "Report",
    "section.md.j2": "Strategic Assessment",
    "assessment.md.j2": "Strategic Assessment",
    "person.md.j2": "Person",
    "topic.md.j2": "Topic",
    "metric.md.j2": "Figures",
    "decisions.md.j2": "Decision register",
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


def facets(site: Site, template: str, context: dict) -> dict[str, Any] | None:
    """Filters and sort date for a page, or None for pages that are only lists of other pages."""
    if template == "meeting.md.j2":
        return _meeting_facets(site, context)
    kind = PAPER_KINDS.get(template)
    if kind is None:
        return None
    found: dict[str, Any] = {"filters": {"Kind of paper": [kind]}}
    subject = context.get("section") or context.get("objective")
    if subject is not None and getattr(subject, "topics", None):
        found["filters"]["Topic"] = sorted(site.topics[t].label for t in subject.topics if t in site.topics)
    if template == "objective.md.j2":
        found["filters"]["Plan objective"] = [objective_label(context["plan"], context["objective"])]
    if template == "section.md.j2" and context.get("year"):
        found["filters"]["Year"] = [str(context["year"])]
    return found
