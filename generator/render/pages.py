"""Render every page of the site as Markdown for MkDocs, through the Jinja2 templates in templates/pages/.

The result is a mapping of page path (relative to the docs folder) to text; nothing is written here.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Iterator

import jinja2

from generator.derive import paths
from generator.derive.site import Site, long_date, objective_label, short_date
from generator.render.feeds import PAGE as STAY_INFORMED_PAGE, feed_catalogue
from generator.render.opendata import PAGE as DATA_PAGE, data_catalogue
from generator.render.crumbs import with_crumbs
from generator.render.glossary import definitions, search_words, terms_used
from generator.render.search import facets
from generator.render.register import PAGE as REGISTER_PAGE, decision_register


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
    env.globals.update(paths=paths, long_date=long_date, short_date=short_date, objective_label=objective_label, href=_href)
    env.filters["number"] = _number
    env.filters["json"] = lambda value: json.dumps(value, ensure_ascii=False, sort_keys=True)
    env.filters["alt"] = _attribute
    env.filters["yaml_string"] = _yaml_string
    return env


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


def _pages(site: Site) -> Iterator[tuple[str, str, dict]]:
    """(page path, template, context) for every page of the site."""
    yield "index.md", "home.md.j2", {}
    yield "search.md", "search.md.j2", {}
    yield "meetings/index.md", "meetings.md.j2", {}
    for year in site.years:
        yield paths.meetings_year_page(year), "meetings_year.md.j2", {"year": year}
    for view in site.meetings:
        yield view.page, "meeting.md.j2", {"view": view, "m": view.meeting}
    yield "people/index.md", "people.md.j2", {}
    for person_id, person in site.people.items():
        yield paths.person_page(person_id), "person.md.j2", {"person": person, "appearances": site.appearances.get(person_id, [])}
    yield "topics/index.md", "topics.md.j2", {}
    for topic_id, topic in site.topics.items():
        yield paths.topic_page(topic_id), "topic.md.j2", {"topic": topic, "refs": site.tagged.get(topic_id, [])}
    yield "plan/index.md", "plans.md.j2", {}
    for plan_id, plan in site.plans.items():
        yield paths.plan_page(plan_id), "plan.md.j2", {"plan_id": plan_id, "plan": plan}
        for objective in plan.objectives:
            ref = f"{plan_id}/{objective.id}"
            yield paths.objective_page(ref), "objective.md.j2", {
                "plan_id": plan_id, "plan": plan, "objective": objective, "refs": site.by_objective.get(ref, [])}
    for report_id, report in site.reports.items():
        yield paths.report_page(report_id), "report.md.j2", {"report_id": report_id, "report": report}
    yield "assessments/index.md", "assessments.md.j2", {}
    for year, assessment in site.assessments.items():
        yield paths.assessment_page(year), "assessment.md.j2", {"year": year, "assessment": assessment}
        for section_id, section in site.sections.get(year, []):
            yield paths.section_page(section_id), "section.md.j2", {
                "year": year, "assessment": assessment, "section_id": section_id, "section": section,
                "body": site.bodies.get(section_id, "")}
    if site.metrics:
        yield "metrics/index.md", "metrics.md.j2", {}
    for metric_id, metric in site.metrics.items():
        yield paths.metric_page(metric_id), "metric.md.j2", {"metric": metric, "observations": site.observations.get(metric_id, [])}
    for page_id, page in site.pages.items():
        yield paths.page_page(page_id), "page.md.j2", {"page_model": page, "body": site.bodies.get(page_id, "")}
    yield REGISTER_PAGE, "decisions.md.j2", {"register": decision_register(site)}
    yield STAY_INFORMED_PAGE, "stay_informed.md.j2", {"feeds": feed_catalogue(site)}
    yield DATA_PAGE, "data.md.j2", {"data": data_catalogue(site)}


def render_pages(site: Site, templates: Path, *, today: dt.date, figures: dict | None = None,
                 base_url: str = "/") -> dict[str, str]:
    env = environment(templates)
    env.globals["figures"] = figures or {}
    env.globals["permalink"] = lambda page, anchor=None: base_url + paths.url(page).lstrip("/") + (f"#{anchor}" if anchor else "")
    rendered = {}
    for page, template, context in _pages(site):
        search = facets(site, template, context)
        text = env.get_template(template).render(site=site, page=page, today=today, search=search, **context)
        rendered[page] = _with_glossary(text, site, indexed=search is not None)
    return with_crumbs(rendered)


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
