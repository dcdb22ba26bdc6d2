"""The ids that references may name, of each kind, gathered from every file whether valid or not.

A target with mistakes of its own still exists: a person whose post is misspelt is still a person,
and a meeting whose file does not parse is still a meeting (its id is its file name). When a file
that defines ids cannot be read in full, those ids are not known for certain, and references to
them are not called unknown: the file's own errors are the ones to fix first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.validate.content import ContentFile
from generator.validate.fields import View


@dataclass
class Targets:
    """The ids of one kind of target, and whether the list of them can be trusted."""

    what: str  # as messages name it: "person", "plan objective"
    where: str  # where new ones are added: "content/people.yaml"
    ids: set[str] = field(default_factory=set)
    unsure: set[str] = field(default_factory=set)  # scopes (a plan's id) whose ids are not all known; "" for all

    def can_tell(self, ident: str) -> bool:
        """Whether an id not among ``ids`` is certainly unknown."""
        return "" not in self.unsure and ident.split("/", 1)[0] not in self.unsure


def _listed(file: ContentFile, list_field: str, into: Targets, prefix: str = "") -> None:
    """Add the ids of the entries of ``list_field``; mark them unsure when the file or an entry is broken."""
    view: View = file.view()
    scope = prefix.rstrip("/")
    if file.source is None or not isinstance(file.source.data, dict) or not view.complete(list_field, "id"):
        into.unsure.add(scope)
    for entry in view.each(list_field):
        ident = entry.get("id")
        if ident is not None:
            into.ids.add(prefix + ident)


def gather(files: list[ContentFile]) -> dict[str, Targets]:
    """Every kind of target a ``RefTo`` may name, with its ids."""
    targets = {
        "person": Targets("person", "content/people.yaml"),
        "post": Targets("post", "the posts in content/people.yaml"),
        "organisation": Targets("organisation", "the organisations in content/people.yaml"),
        "topic": Targets("topic", "content/topics.yaml"),
        "metric": Targets("metric", "content/metrics.yaml"),
        "meeting": Targets("meeting", "content/meetings/"),
        "plan": Targets("plan", "content/plan/"),
        "objective": Targets("plan objective", "content/plan/"),
        "body": Targets("body", "content/bodies/"),
    }
    defined_in = {"people": [("people", "person"), ("posts", "post"), ("organisations", "organisation")],
                  "topics": [("topics", "topic")], "metrics": [("metrics", "metric")]}
    for file in files:
        for list_field, kind in defined_in.get(file.kind, []):
            _listed(file, list_field, targets[kind])
        if file.kind in ("meeting", "plan", "body"):
            targets[file.kind].ids.add(file.id)
        if file.kind == "plan":
            _listed(file, "objectives", targets["objective"], prefix=f"{file.id}/")
    return targets
