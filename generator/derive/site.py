"""Everything the pages need that no single file says: who attended what, what is tagged with what,
which meeting approved which minutes. Pure functions of the validated content.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from generator import models
from generator.derive import paths
from generator.derive.decisions import Decision
from generator.derive.meetings import (  # noqa: F401  (long_date, short_date, meeting_title: re-exported for render)
    MeetingView,
    Ref,
    long_date,
    meeting_title,
    meeting_views,
    short_date,
)
from generator.derive.names import Names, objective_label
from generator.derive.public import public_meetings, public_notices
from generator.derive.record import BodyView, DocumentLink, Documents, InterestsView, NoticeView, body_views, interests_views, notice_views
from generator.derive.register import Register, build_register
from generator.derive.search_records import SearchRecord, search_records
from generator.validate.content import Content


@dataclass(frozen=True)
class Appearance:
    """A person at a meeting: in which capacity, and in which post."""

    meeting: "MeetingView"
    capacity: str
    post: Optional[str]
    note: Optional[str]
    chair: bool


@dataclass(frozen=True)
class TablePlace:
    """A data table and the page it is published on."""

    page: str
    table: models.DataTable
    context: str
    date: Optional[dt.date] = None

    @property
    def key(self) -> str:
        """A stable name for the table's chart and data files."""
        return self.page.removesuffix(".md").removesuffix("/index").replace("/", "--") + "--" + self.table.id


@dataclass(frozen=True)
class Observation:
    """One value of a tracked metric, and where it was published."""

    metric: str
    value: float
    period: str
    period_end: dt.date
    page: str
    anchor: str
    context: str


@dataclass
class Site:
    meetings: list[MeetingView]
    people: dict[str, models.Person]
    posts: dict[str, models.Post]
    organisations: dict[str, models.Organisation]
    topics: dict[str, models.Topic]
    plans: dict[str, models.Plan]
    reports: dict[str, models.ProgressReport]
    assessments: dict[str, models.Assessment]
    sections: dict[str, list[tuple[str, models.AssessmentSection]]]
    pages: dict[str, models.Page]
    appearances: dict[str, list[Appearance]]
    tagged: dict[str, list[Ref]]
    by_objective: dict[str, list[Ref]]
    bodies: dict[str, str]
    tables: list[TablePlace]
    metrics: dict[str, models.Metric]
    observations: dict[str, list[Observation]]
    glossary: list[models.GlossaryTerm] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    meeting_bodies: dict[str, BodyView] = field(default_factory=dict)
    notices: list[NoticeView] = field(default_factory=list)
    interests: dict[str, InterestsView] = field(default_factory=dict)
    documents: dict[str, DocumentLink] = field(default_factory=dict)  # every original document published, by source path
    # The link or label of every id a page names: people, posts, topics, plans and their objectives.
    names: Names = field(default_factory=lambda: Names([], [], [], [], {}))

    @cached_property
    def register(self) -> Register:
        """The decision register: formal decisions and the meetings' decisions, by year."""
        return build_register(self.meetings, self.notices, self.names)

    @cached_property
    def search_records(self) -> list[SearchRecord]:
        """What search finds inside the meetings: each meeting, agenda item, minute, decision, presentation and section."""
        return search_records(self.meetings, self.names, self.glossary)

    @cached_property
    def _meetings_by_id(self) -> dict[str, MeetingView]:
        return {m.id: m for m in self.meetings}

    def meeting(self, meeting_id: str) -> Optional[MeetingView]:
        return self._meetings_by_id.get(meeting_id)

    @property
    def years(self) -> list[int]:
        return sorted({m.year for m in self.meetings}, reverse=True)

    def objective(self, ref: str) -> tuple[models.Plan, models.Objective]:
        plan_id, objective_id = ref.split("/")
        plan = self.plans[plan_id]
        return plan, next(o for o in plan.objectives if o.id == objective_id)


def _single(content: Content, kind: str):
    documents = content.of_kind(kind)
    return documents[0].model if documents else None


def _tag(index: dict[str, list[Ref]], keys: list[str], ref: Ref) -> None:
    """File ``ref`` under each key once (a place tagged twice with one key is tagged in one go)."""
    for key in keys:
        if not index[key] or index[key][-1] != ref:
            index[key].append(ref)


def _meeting_refs(view: MeetingView, tagged, by_objective) -> None:
    meeting = view.meeting
    for item in view.open_agenda:
        ref = Ref(view.page, paths.agenda_anchor(item.number), f"Agenda item {item.number}: {item.title or 'untitled'}",
                  "agenda item", view.title, meeting.date)
        _tag(tagged, item.topics, ref)
        _tag(by_objective, item.objectives, ref)
    for item in view.open_minutes:
        ref = Ref(view.page, paths.minute_anchor(item.number), f"Minute {item.number:03d}: {item.title or 'untitled'}",
                  "minute", view.title, meeting.date)
        _tag(tagged, item.topics, ref)
        _tag(by_objective, item.objectives, ref)
    for presentation in meeting.presentations:
        ref = Ref(view.page, paths.presentation_anchor(presentation.id), presentation.title, "presentation", view.title, meeting.date)
        _tag(tagged, presentation.topics, ref)
        _tag(by_objective, presentation.objectives, ref)
        for section in presentation.sections:
            _tag(tagged, section.topics, ref)
            _tag(by_objective, section.objectives, ref)


def _appearances(view: MeetingView) -> list[tuple[str, Appearance]]:
    return [(a.person, Appearance(view, group.capacity, a.post, a.note, a.chair))
            for group in view.attendance for a in group.attendees]


def derive(content: Content, *, today: Optional[dt.date] = None, include_drafts: bool = False) -> Site:
    people_file = _single(content, "people")
    topics_file = _single(content, "topics")
    meeting_bodies = {d.id: d.model for d in content.of_kind("body")}
    published = public_meetings(((d.id, d.model) for d in content.of_kind("meeting")), today=today, include_drafts=include_drafts)
    documents = Documents(content.files)
    plans = {d.id: d.model for d in sorted(content.of_kind("plan"), key=lambda d: (-(d.model.start_year or 0), d.id))}
    names = Names(people_file.people if people_file else [], people_file.posts if people_file else [],
                  people_file.organisations if people_file else [], topics_file.topics if topics_file else [], plans)
    meetings = meeting_views(published, meeting_bodies, documents, today, names)
    tagged: dict[str, list[Ref]] = defaultdict(list)
    by_objective: dict[str, list[Ref]] = defaultdict(list)
    appearances: dict[str, list[Appearance]] = defaultdict(list)

    for view in meetings:
        _meeting_refs(view, tagged, by_objective)
        for person, appearance in _appearances(view):
            appearances[person].append(appearance)

    for plan_id, plan in plans.items():
        for objective in plan.objectives:
            ref = Ref(paths.objective_page(f"{plan_id}/{objective.id}"), None, objective_label(plan, objective), "objective", plan.title)
            _tag(tagged, objective.topics, ref)
            for action in objective.actions:
                _tag(tagged, action.topics, ref)
    reports = {d.id: d.model for d in content.of_kind("report")}
    for report_id, report in reports.items():
        ref = Ref(paths.report_page(report_id), None, report.title, "report", None, report.date)
        for progress in report.progress:
            _tag(by_objective, [progress.objective], ref)
        for section in report.sections:
            _tag(tagged, section.topics, ref)
            _tag(by_objective, section.objectives, ref)

    assessments = {d.id: d.model for d in content.of_kind("assessment")}
    sections: dict[str, list[tuple[str, models.AssessmentSection]]] = defaultdict(list)
    for document in sorted(content.of_kind("section"), key=lambda d: d.id):
        year = document.id.split("/")[0]
        sections[year].append((document.id, document.model))
        title = document.model.title or "Untitled section"
        context = assessments[year].title if year in assessments else None
        ref = Ref(paths.section_page(document.id), None, title, "assessment section", context)
        _tag(tagged, document.model.topics, ref)
        _tag(by_objective, document.model.objectives, ref)

    tables = _table_places(meetings, plans, reports, assessments, sections)
    people = {p.id: p for p in people_file.people} if people_file else {}
    posts = {p.id: p for p in people_file.posts} if people_file else {}
    notices = notice_views(public_notices(((d.id, d.model) for d in content.of_kind("decision")), today=today,
                                          include_drafts=include_drafts), meetings, documents, people, posts, names)
    interests = interests_views([(d.id, d.model) for d in content.of_kind("interests")], people, documents)
    return Site(
        meetings=meetings,
        people={p.id: p for p in people_file.people} if people_file else {},
        posts={p.id: p for p in people_file.posts} if people_file else {},
        organisations={o.id: o for o in people_file.organisations} if people_file else {},
        topics={t.id: t for t in topics_file.topics} if topics_file else {},
        plans=plans,
        reports=reports,
        assessments=assessments,
        sections=dict(sections),
        pages={d.id: d.model for d in content.of_kind("page")},
        appearances=dict(appearances),
        tagged=dict(tagged),
        by_objective=dict(by_objective),
        bodies={d.id: d.source.body or "" for d in content.documents if d.source.body is not None},
        tables=tables,
        metrics={m.id: m for d in content.of_kind("metrics") for m in d.model.metrics},
        observations=_observations(tables),
        glossary=sorted((t for d in content.of_kind("glossary") for t in d.model.terms), key=lambda t: t.abbreviation.lower()),
        decisions=[d for view in meetings for d in view.decisions],
        meeting_bodies=body_views(meeting_bodies, meetings, people, today),
        notices=notices,
        interests=interests,
        documents=dict(sorted(documents.used.items())),
        names=names,
    )


def _observations(places: list[TablePlace]) -> dict[str, list[Observation]]:
    """Every metric cell's value, per metric, in the order of the periods they cover."""
    found: dict[str, list[Observation]] = defaultdict(list)
    for place in places:
        labels = [c.label for c in place.table.columns]
        for cell in place.table.metrics:
            row = next(r for r in place.table.rows if str(r[0]) == cell.row)
            found[cell.metric].append(Observation(
                cell.metric, float(row[labels.index(cell.column)]), cell.period, cell.period_end,
                place.page, paths.table_anchor(place.table.id), place.context))
    return {metric: sorted(values, key=lambda o: (o.period_end, o.page)) for metric, values in sorted(found.items())}


def _table_places(meetings, plans, reports, assessments, sections) -> list[TablePlace]:
    places = []
    for view in meetings:
        for presentation in view.meeting.presentations:
            context = f"{presentation.title}, {view.title}"
            for section in presentation.sections:
                places += [TablePlace(view.page, t, context, view.meeting.date) for t in section.tables]
    for plan_id, plan in plans.items():
        for section in plan.sections:
            places += [TablePlace(paths.plan_page(plan_id), t, plan.title) for t in section.tables]
    for report_id, report in reports.items():
        for section in report.sections:
            places += [TablePlace(paths.report_page(report_id), t, report.title, report.date) for t in section.tables]
    for year, items in sections.items():
        title = assessments[year].title if year in assessments else f"Strategic Assessment {year}"
        for section_id, section in items:
            places += [TablePlace(paths.section_page(section_id), t, f"{section.title or 'Section'}, {title}") for t in section.tables]
    return places
