"""The kinds of page the site has, each once. A page kind names its template
(``templates/pages/<kind>.md.j2``) and is what the search filters are keyed by.
"""

from __future__ import annotations

from enum import Enum


class PageKind(str, Enum):
    """One kind of generated page."""

    HOME = "home"
    SEARCH = "search"
    MEETINGS = "meetings"
    MEETINGS_YEAR = "meetings_year"
    MEETING = "meeting"
    PEOPLE = "people"
    PERSON = "person"
    TOPICS = "topics"
    TOPIC = "topic"
    PLANS = "plans"
    PLAN = "plan"
    OBJECTIVE = "objective"
    REPORT = "report"
    ASSESSMENTS = "assessments"
    ASSESSMENT = "assessment"
    SECTION = "section"
    METRICS = "metrics"
    METRIC = "metric"
    PAGE = "page"
    DECISIONS = "decisions"
    REGISTER_YEAR = "register_year"
    NOTICE = "notice"
    BODIES = "bodies"
    BODY = "body"
    INTERESTS = "interests"
    STAY_INFORMED = "stay_informed"
    FEED = "feed"
    DATA = "data"
    GLOSSARY = "glossary"

    @property
    def template(self) -> str:
        """The Jinja2 template in templates/pages/ that formats pages of this kind."""
        return f"{self.value}.md.j2"
