"""View models of the pages that list the content: people, topics, figures over time, plans and their
reports, assessments and their sections. Each entry holds what its line of the page shows, so that the
templates only format it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from generator import models
from generator.derive import paths
from generator.derive.meetings import TaggedSection
from generator.derive.names import Link, PostName, Tags

if TYPE_CHECKING:
    from generator.derive.site import MeetingView, Observation, Site


@dataclass(frozen=True)
class PersonEntry:
    """A person on the list of people: the posts they held and how many meetings' papers name them."""

    link: Link
    posts: tuple[PostName, ...]
    meetings: int


@dataclass(frozen=True)
class HeldPost:
    """A post a person held, as their page shows it: the post's name and the membership's dates and source."""

    post: PostName
    membership: models.Membership


@dataclass(frozen=True)
class Attended:
    """A meeting a person is named at, in which capacity and in the post they held that day."""

    meeting: "MeetingView"
    capacity: str
    chair: bool
    note: Optional[str]
    post: Optional[PostName]


@dataclass(frozen=True)
class CountedLink:
    """A line of a list page: a link and a count beside it (the places tagged with a topic, a plan's objectives)."""

    link: Link
    count: int


@dataclass(frozen=True)
class MetricEntry:
    """A measure on the page of figures over time: its latest figure and how often it was reported."""

    link: Link
    unit: Optional[str]
    latest: Optional["Observation"]
    reported: int


@dataclass(frozen=True)
class SectionEntry:
    """A section of an assessment, under the heading of its group."""

    link: Link
    group: Optional[str]


@dataclass(frozen=True)
class AssessmentEntry:
    """A Strategic Assessment and its sections."""

    link: Link
    sections: tuple[SectionEntry, ...]


def _by_label(links):
    """In the order of their labels, ignoring case (as an index page lists them)."""
    return sorted(links, key=lambda entry: entry.link.label.lower())


def people(site: "Site") -> list[PersonEntry]:
    return _by_label(PersonEntry(site.names.person(person_id), tuple(site.names.post(ms.post) for ms in person.memberships),
                                 len(site.appearances.get(person_id, [])))
                     for person_id, person in site.people.items())


def held_posts(site: "Site", person: models.Person) -> list[HeldPost]:
    return [HeldPost(site.names.post(ms.post), ms) for ms in person.memberships]


def attended(site: "Site", person_id: str) -> list[Attended]:
    return [Attended(a.meeting, a.capacity, a.chair, a.note, site.names.post(a.post) if a.post else None)
            for a in site.appearances.get(person_id, [])]


def named_between(site: "Site", person_id: str) -> Optional[tuple]:
    """The first and the last day of the meetings whose papers name the person."""
    days = [a.meeting.meeting.date for a in site.appearances.get(person_id, [])]
    return (min(days), max(days)) if days else None


def topics(site: "Site") -> list[CountedLink]:
    return _by_label(CountedLink(site.names.topic(topic_id), len(site.tagged.get(topic_id, []))) for topic_id in site.topics)


def metrics(site: "Site") -> list[MetricEntry]:
    entries = []
    for metric_id, metric in site.metrics.items():
        seen = site.observations.get(metric_id, [])
        entries.append(MetricEntry(Link(metric.label, paths.metric_page(metric_id)), metric.unit, seen[-1] if seen else None, len(seen)))
    return _by_label(entries)


def plans(site: "Site") -> list[CountedLink]:
    return [CountedLink(site.names.plan(plan_id), len(plan.objectives)) for plan_id, plan in site.plans.items()]


def objectives(site: "Site", plan_id: str) -> list[tuple[Link, models.Objective]]:
    """A plan's objectives, each with its link."""
    return [(site.names.objective(f"{plan_id}/{o.id}"), o) for o in site.plans[plan_id].objectives]


def reports(site: "Site", plan_id: Optional[str] = None) -> list[Link]:
    """The reports of progress, all of them or those against one plan."""
    return [Link(report.title, paths.report_page(report_id)) for report_id, report in site.reports.items()
            if plan_id is None or report.plan == plan_id]


def assessment(site: "Site", year: str) -> AssessmentEntry:
    sections = tuple(SectionEntry(Link(section.title or "Untitled section", paths.section_page(section_id)), section.group)
                     for section_id, section in site.sections.get(year, []))
    return AssessmentEntry(Link(site.assessments[year].title, paths.assessment_page(year)), sections)


def assessments(site: "Site") -> list[AssessmentEntry]:
    """Every assessment, the latest first."""
    return [assessment(site, year) for year in sorted(site.assessments, reverse=True)]


def tagged_sections(site: "Site", sections: list[models.Section]) -> list[TaggedSection]:
    """The sections of a plan or report, each with the office's classification of it."""
    return [TaggedSection(section, None, site.names.tags(section)) for section in sections]


def tags(site: "Site", place) -> Tags:
    """The office's classification of one place (an objective, an assessment section), as links."""
    return site.names.tags(place)


def forewords(site: "Site", plan: models.Plan) -> list[tuple[models.Foreword, Optional[Link]]]:
    """A plan's forewords, each with the link of the person who signed it, when the content names them."""
    return [(f, site.names.person(f.author) if f.author else None) for f in plan.forewords]


def progress(site: "Site", report: models.ProgressReport) -> list[tuple[models.ObjectiveProgress, Link]]:
    """A report's progress against each objective, with the objective's link."""
    return [(p, site.names.objective(p.objective)) for p in report.progress]
