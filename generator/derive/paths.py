"""Where each thing lives on the site: page paths (relative to the docs folder) and anchors.

These are the site's public addresses. Changing one breaks links people
have saved, so they are kept here, in one place, and guarded by tests.
"""

from __future__ import annotations

import posixpath

# Pages and files whose address is fixed.
HOME_PAGE = "index.md"
SEARCH_PAGE = "search.md"
MEETINGS_PAGE = "meetings/index.md"
PEOPLE_PAGE = "people/index.md"
TOPICS_PAGE = "topics/index.md"
PLANS_PAGE = "plan/index.md"
ASSESSMENTS_PAGE = "assessments/index.md"
METRICS_PAGE = "metrics/index.md"
REGISTER_PAGE = "decisions/index.md"
STAY_INFORMED_PAGE = "stay-informed.md"
GLOSSARY_PAGE = "glossary.md"
DATA_PAGE = "data/index.md"
DECISIONS_CSV = "data/decisions.csv"
PAPERS_FEED = "feeds/papers.atom"
CALENDAR = "feeds/meetings.ics"
BODIES_PAGE = "bodies/index.md"
DECISIONS_FEED = "feeds/decisions.atom"
NOTICES_CSV = "data/decision-notices.csv"
NOTICES_JSON = "data/decision-notices.json"
BODIES_JSON = "data/bodies.json"
INTERESTS_JSON = "data/interests.json"


def body_page(body_id: str) -> str:
    return f"bodies/{body_id}.md"


def register_year_page(year: int) -> str:
    return f"decisions/{year}/index.md"


def register_noted_page(year: int) -> str:
    return f"decisions/{year}/noted.md"


def notice_page(notice_id: str) -> str:
    """A formal decision: ``notice_id`` is '<year>/<reference as an address>', e.g. '2020/018-2020'."""
    return f"decisions/{notice_id}.md"


def interests_page(person_id: str) -> str:
    return f"people/{person_id}/interests.md"


def meeting_json(meeting_id: str) -> str:
    """A meeting's open data file."""
    return f"data/meetings/{meeting_id}.json"


def document_file(source: str) -> str:
    """An original document's address: the same path under documents/ as under content/documents/."""
    return f"documents/{source}"


def topic_feed(topic_id: str) -> str:
    return f"feeds/topics/{topic_id}.atom"


def feed_page(feed: str) -> str:
    """The page that explains a feed to a person and lists its newest entries: feeds/papers.atom -> feeds/papers.md."""
    return feed.rsplit(".", 1)[0] + ".md"


def meeting_page(meeting_id: str) -> str:
    return f"meetings/{meeting_id[:4]}/{meeting_id}.md"


def meetings_year_page(year: int) -> str:
    return f"meetings/{year}/index.md"


def person_page(person_id: str) -> str:
    return f"people/{person_id}.md"


def topic_page(topic_id: str) -> str:
    return f"topics/{topic_id}.md"


def plan_page(plan_id: str) -> str:
    return f"plan/{plan_id}/index.md"


def objective_page(objective_ref: str) -> str:
    plan_id, objective_id = objective_ref.split("/")
    return f"plan/{plan_id}/{objective_id}.md"


def report_page(report_id: str) -> str:
    return f"plan/reports/{report_id}.md"


def assessment_page(year: str) -> str:
    return f"assessments/{year}/index.md"


def section_page(section_id: str) -> str:
    year, name = section_id.split("/")
    return f"assessments/{year}/{name.split('-', 1)[1]}.md"


def metric_page(metric_id: str) -> str:
    return f"metrics/{metric_id}.md"


def page_page(page_id: str) -> str:
    return f"{page_id}.md"


def agenda_anchor(number: int) -> str:
    return f"item-{number}"


def minute_anchor(number: int) -> str:
    return f"minute-{number:03d}"


def resolution_anchor(minute: int, number: str) -> str:
    return f"{minute_anchor(minute)}-resolution-{number}"


def recommendation_anchor(minute: int, ident: str) -> str:
    return f"{minute_anchor(minute)}-{ident.lower()}"


def presentation_anchor(presentation_id: str) -> str:
    return f"presentation-{presentation_id}"


def presentation_section_anchor(presentation_id: str, position: int) -> str:
    """The n-th (from 1) section of a presentation."""
    return f"{presentation_anchor(presentation_id)}-{position}"


def table_anchor(table_id: str) -> str:
    return f"table-{table_id}"


def relative(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A link from one generated page to another (or to a place on it), as MkDocs expects."""
    if to_page == from_page:
        target = ""
    else:
        target = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return f"{target}#{anchor}" if anchor else target or "#"


def url(page: str) -> str:
    """The public address of a page, with directory-style URLs: 'meetings/2021/x.md' -> '/meetings/2021/x/'."""
    path = page.removesuffix(".md")
    if path == "index" or path.endswith("/index"):
        path = path.removesuffix("index")
    else:
        path += "/"
    return "/" + path
