"""What the ids in the content name, worked out once for the pages: a person's name and page, a post's
label and organisation, a topic's label and page, a plan objective's label and page.

Templates are given these links and labels; they never get the content's lists to look an id up in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from generator import models
from generator.derive import paths
from generator.derive.about import untitled_objective_label


@dataclass(frozen=True)
class Link:
    """A page to link to and the words of the link."""

    label: str
    page: str


@dataclass(frozen=True)
class PostName:
    """A post as a page names it: its label, and its organisation where a source states it."""

    label: str
    organisation: Optional[str] = None


@dataclass(frozen=True)
class Named:
    """A person as a page names them at one place: their link, and the post, chair and note the source gives there."""

    person: Link
    post: Optional[str] = None
    chair: bool = False
    note: Optional[str] = None


@dataclass(frozen=True)
class Tags:
    """The office's classification of one place: the topics it is about and the plan objectives it relates to."""

    topics: tuple[Link, ...] = ()
    objectives: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Classification:
    """The office's classification of a place by name, as search filters offer it: topic labels, and each
    related objective as (its plan's title, its label)."""

    topics: tuple[str, ...] = ()
    objectives: tuple[tuple[str, str], ...] = ()


def objective_label(plan: models.Plan, objective: models.Objective) -> str:
    """An objective as links and headings name it: its number and title, or words of its first action."""
    number = f"{objective.number}. " if objective.number else ""
    return f"{number}{objective.title or untitled_objective_label(objective)}"


class Names:
    """Every id of the content that a page names, with the link or label to show for it."""

    def __init__(self, people: list[models.Person], posts: list[models.Post], organisations: list[models.Organisation],
                 topics: list[models.Topic], plans: dict[str, models.Plan]):
        self._people = {p.id: Link(p.name, paths.person_page(p.id)) for p in people}
        names = {o.id: o.name for o in organisations}
        self._posts = {p.id: PostName(p.label, names.get(p.organisation or "")) for p in posts}
        self._topics = {t.id: Link(t.label, paths.topic_page(t.id)) for t in topics}
        self._objectives = {f"{plan_id}/{o.id}": Link(objective_label(plan, o), paths.objective_page(f"{plan_id}/{o.id}"))
                            for plan_id, plan in plans.items() for o in plan.objectives}
        self._plans = {plan_id: Link(plan.title, paths.plan_page(plan_id)) for plan_id, plan in plans.items()}
        self._plan_of = {f"{plan_id}/{o.id}": plan.title for plan_id, plan in plans.items() for o in plan.objectives}

    def knows_person(self, person_id: str) -> bool:
        return person_id in self._people

    def person(self, person_id: str) -> Link:
        return self._people[person_id]

    def post(self, post_id: str) -> PostName:
        return self._posts[post_id]

    def topic(self, topic_id: str) -> Link:
        return self._topics[topic_id]

    def objective(self, ref: str) -> Link:
        return self._objectives[ref]

    def plan(self, plan_id: str) -> Link:
        return self._plans[plan_id]

    def attendee(self, attendee: models.Attendee) -> Named:
        """A person named at a meeting or on a notice (an attendee, a signatory, someone invited)."""
        return Named(self.person(attendee.person), self.post(attendee.post).label if attendee.post else None,
                     attendee.chair, attendee.note)

    def tags(self, place) -> Tags:
        """The topics and related objectives of anything the office tags (an item, a minute, a section ...)."""
        return Tags(tuple(self.topic(t) for t in getattr(place, "topics", ())),
                    tuple(self.objective(o) for o in getattr(place, "objectives", ())))

    def classification(self, topics, objectives) -> Classification:
        """The labels of these topics and objectives (those the content defines), each once and in order."""
        labels = sorted({self._topics[t].label for t in topics if t in self._topics})
        found = sorted({(self._plan_of[o], self._objectives[o].label) for o in objectives if o in self._objectives})
        return Classification(tuple(labels), tuple(found))
