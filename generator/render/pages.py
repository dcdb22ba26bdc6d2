"""Render every page of the site as Markdown for MkDocs, through the Jinja2 templates in templates/pages/.

The result is a mapping of page path (relative to the docs folder) to text; nothing is written here.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Iterator

import jinja2

from generator.derive import paths, views
from generator.derive.about import FIELD_NAMES, about
from generator.derive.site import MeetingView, Site, long_date, short_date
from generator.render.citations import meeting_citation, notice_citation, register_citations, with_citation
from generator.render.crumbs import with_crumbs
from generator.render.feeds import feed_catalogue
from generator.derive.glossary import definitions, search_words, terms_used
from generator.render.kinds import PageKind
from generator.render.data_page import data_catalogue
from generator.render.search import facets


def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates / "pages"),
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        # Markdown writes heading anchors as {#id}: keep Jinja's comments out of its way.
        comment_start_string="{##",
        comment_end_string="##}",
    )
    env.globals.update(paths=paths, long_date=long_date, short_date=short_date, href=_href, figure=_figure)
    env.filters["number"] = _number
    env.filters["json"] = lambda value: json.dumps(value, ensure_ascii=False, sort_keys=True)
    env.filters["alt"] = _attribute
    env.filters["yaml_string"] = _yaml_string
    env.filters["field_name"] = lambda name: FIELD_NAMES.get(name, name.replace("_", " "))
    return env


@jinja2.pass_context
def _figure(context, key: str):
    """The chart drawn for a table of this page (by the table's id), or for its series of figures ("series")."""
    return context["figures"].get((context["page"], key))


@jinja2.pass_context
def _href(context, to_page: str, anchor: str | None = None) -> str:
    return paths.relative(context["page"], to_page, anchor)


def _number(value) -> str:
    """A table cell as the source printed it: thousands separated, no trailing '.0'."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.10g}" if abs(value) >= 1000 else f"{value:.10g}"


def _attribute(value: str) -> str:
    """Text that can stand as a Markdown image's alt text: no brackets, on one line."""
    return " ".join(value.replace("[", "(").replace("]", ")").split())


def _yaml_string(value: str) -> str:
    """A value for a front-matter line, quoted so that YAML reads it back as the same text."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _home(site: Site, today: dt.date) -> dict:
    """The home page's two lists: meetings still to come (soonest first) and the five latest held."""
    upcoming = [view for view in site.meetings if view.meeting.date >= today]
    held = [view for view in site.meetings if view.meeting.date < today]
    return {"upcoming": list(reversed(upcoming)), "latest": held[:5], "plans": views.plans(site),
            "assessments": views.assessments(site)}


# The headings of a topic page, by the kind of place tagged, in the order they are shown.
TOPIC_GROUPS = (("minute", "Minutes"), ("agenda item", "Agenda items"), ("presentation", "Presentations and reports"),
                ("objective", "Police and Crime Plan objectives"), ("report", "Progress reports"),
                ("assessment section", "Strategic Assessment"))


def _topic(site: Site, topic_id: str, topic) -> dict:
    refs = site.tagged.get(topic_id, [])
    groups = [(label, [ref for ref in refs if ref.kind == kind]) for kind, label in TOPIC_GROUPS]
    return {"topic": topic, "refs": refs, "groups": [(label, these) for label, these in groups if these],
            "feed": paths.topic_feed(topic_id)}


def _by_year(site: Site) -> list[tuple[int, list[MeetingView]]]:
    return [(year, [view for view in site.meetings if view.year == year]) for year in site.years]


def _pages(site: Site, today: dt.date) -> Iterator[tuple[str, PageKind, dict]]:
    """(page path, page kind, view model) for every page of the site."""
    by_year = _by_year(site)
    yield paths.HOME_PAGE, PageKind.HOME, _home(site, today)
    yield paths.SEARCH_PAGE, PageKind.SEARCH, {}
    yield paths.MEETINGS_PAGE, PageKind.MEETINGS, {"by_year": by_year}
    for year, meetings in by_year:
        yield paths.meetings_year_page(year), PageKind.MEETINGS_YEAR, {"year": year, "meetings": meetings}
    for view in site.meetings:
        yield view.page, PageKind.MEETING, {"view": view, "m": view.meeting, "about": about(view.meeting, view.meeting.sources)}
    yield paths.PEOPLE_PAGE, PageKind.PEOPLE, {"people": views.people(site)}
    for person_id, person in site.people.items():
        yield paths.person_page(person_id), PageKind.PERSON, {
            "person": person, "posts": views.held_posts(site, person), "appearances": views.attended(site, person_id),
            "named_between": views.named_between(site, person_id), "interests": site.interests.get(person_id)}
    yield paths.TOPICS_PAGE, PageKind.TOPICS, {"topics": views.topics(site)}
    for topic_id, topic in site.topics.items():
        yield paths.topic_page(topic_id), PageKind.TOPIC, _topic(site, topic_id, topic)
    yield paths.PLANS_PAGE, PageKind.PLANS, {"plans": views.plans(site), "reports": views.reports(site)}
    for plan_id, plan in site.plans.items():
        yield paths.plan_page(plan_id), PageKind.PLAN, {
            "plan_id": plan_id, "plan": plan, "objectives": views.objectives(site, plan_id),
            "reports": views.reports(site, plan_id), "about": about(plan, plan.sources),
            "forewords": views.forewords(site, plan), "sections": views.tagged_sections(site, plan.sections)}
        for objective in plan.objectives:
            ref = f"{plan_id}/{objective.id}"
            yield paths.objective_page(ref), PageKind.OBJECTIVE, {
                "plan_id": plan_id, "plan": plan, "objective": objective, "refs": site.by_objective.get(ref, []),
                "about": about(objective, plan.sources), "label": site.names.objective(ref).label,
                "plan_link": site.names.plan(plan_id), "tags": views.tags(site, objective)}
    for report_id, report in site.reports.items():
        yield paths.report_page(report_id), PageKind.REPORT, {
            "report_id": report_id, "report": report, "plan": site.names.plan(report.plan), "about": about(report, report.sources),
            "progress": views.progress(site, report), "sections": views.tagged_sections(site, report.sections)}
    yield paths.ASSESSMENTS_PAGE, PageKind.ASSESSMENTS, {"assessments": views.assessments(site)}
    for year, assessment in site.assessments.items():
        yield paths.assessment_page(year), PageKind.ASSESSMENT, {"year": year, "assessment": assessment,
                                                                 "sections": views.assessment(site, year).sections,
                                                                 "about": about(assessment, assessment.sources)}
        for section_id, section in site.sections.get(year, []):
            yield paths.section_page(section_id), PageKind.SECTION, {
                "year": year, "assessment": assessment, "section_id": section_id, "section": section,
                "body": site.bodies.get(section_id, ""), "about": about(section, assessment.sources),
                "tags": views.tags(site, section)}
    if site.metrics:
        yield paths.METRICS_PAGE, PageKind.METRICS, {"metrics": views.metrics(site)}
    for metric_id, metric in site.metrics.items():
        yield paths.metric_page(metric_id), PageKind.METRIC, {"metric": metric, "observations": site.observations.get(metric_id, [])}
    for page_id, page in site.pages.items():
        yield paths.page_page(page_id), PageKind.PAGE, {"page_model": page, "body": site.bodies.get(page_id, "")}
    yield paths.REGISTER_PAGE, PageKind.DECISIONS, {"register": site.register}
    for ry in site.register.years:
        yield ry.page, PageKind.REGISTER_YEAR, {"ry": ry, "noted": False}
        if ry.noted:
            yield ry.noted_page, PageKind.REGISTER_YEAR, {"ry": ry, "noted": True}
    for nv in site.notices:
        yield nv.page, PageKind.NOTICE, {"nv": nv}
    yield paths.BODIES_PAGE, PageKind.BODIES, {"bodies": list(site.meeting_bodies.values())}
    for b in site.meeting_bodies.values():
        yield b.page, PageKind.BODY, {"b": b}
    for iv in site.interests.values():
        yield iv.page, PageKind.INTERESTS, {"iv": iv}
    feeds = feed_catalogue(site)
    yield paths.STAY_INFORMED_PAGE, PageKind.STAY_INFORMED, {"feeds": feeds}
    for feed in [feeds["papers"], feeds["decisions"], *feeds["topics"]]:
        yield feed.page, PageKind.FEED, {"feed": feed}
    yield paths.DATA_PAGE, PageKind.DATA, {"data": data_catalogue(site)}
    yield paths.GLOSSARY_PAGE, PageKind.GLOSSARY, {"terms": site.glossary}


def render_pages(site: Site, templates: Path, *, today: dt.date, figures: dict | None = None,
                 base_url: str = "/") -> dict[str, str]:
    env = environment(templates)
    env.globals["figures"] = figures or {}
    env.globals["permalink"] = lambda page, anchor=None: base_url + paths.url(page).lstrip("/") + (f"#{anchor}" if anchor else "")
    env.globals["file_address"] = lambda path: base_url + path
    rendered = {}
    for page, kind, context in _pages(site, today):
        search = facets(site.names, kind, context)
        text = env.get_template(kind.template).render(page=page, kind=kind, today=today, search=search, **context)
        text = with_citation(text, _citation(site, kind, context, env.globals["permalink"]))
        rendered[page] = _with_glossary(text, site, indexed=search is not None)
    return with_crumbs(rendered)


def _citation(site: Site, kind: PageKind, context: dict, permalink) -> dict | None:
    """What the "Copy citation" buttons of a page cite: each minute, recommendation and decision of a
    meeting, each entry of a page of the decision register, a decision notice."""
    if kind is PageKind.MEETING:
        return meeting_citation(context["view"], permalink)
    if kind is PageKind.REGISTER_YEAR:
        ry = context["ry"]
        return register_citations(site, ry.noted if context["noted"] else ry.decisions, permalink)
    if kind is PageKind.NOTICE:
        return notice_citation(context["nv"], permalink)
    return None


def _with_glossary(text: str, site: Site, *, indexed: bool) -> str:
    """The page with a definition of each abbreviation it uses (marked up on its first use), and, for
    pages searched from their HTML, every form of the glossary terms it uses in its front matter."""
    if not site.glossary:
        return text
    if indexed and text.startswith("---\n"):
        used = terms_used(text, site.glossary)
        if used:
            text = "---\nsearch_terms: " + _yaml_string(search_words(used)) + "\n" + text[4:]
    added = definitions(text.split("\n---\n", 1)[-1], site.glossary)
    return text.rstrip("\n") + "\n" + added + "\n" if added else text
