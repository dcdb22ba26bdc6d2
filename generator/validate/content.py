"""Build the typed content from the loaded files: every file checked, every problem collected."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from generator import models
from generator.load.source import SourceFile
from generator.load.tree import Entry
from generator.problems import Problem
from generator.validate.schema import validate

MODELS: dict[str, type[BaseModel]] = {
    "people": models.PeopleFile,
    "topics": models.TopicsFile,
    "metrics": models.MetricsFile,
    "meeting": models.Meeting,
    "plan": models.Plan,
    "report": models.ProgressReport,
    "assessment": models.Assessment,
    "section": models.AssessmentSection,
    "page": models.Page,
    "body": models.Body,
    "decision": models.DecisionNotice,
    "interests": models.InterestsRegister,
}


@dataclass
class Document:
    """A validated file: its kind, id, model and the source it came from (for locating problems)."""

    kind: str
    id: str
    model: BaseModel
    source: SourceFile


@dataclass
class Content:
    """Everything under content/, validated, keyed by id."""

    documents: list[Document] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)  # original documents, by their path under content/documents/

    def of_kind(self, kind: str) -> list[Document]:
        return [d for d in self.documents if d.kind == kind]

    def get(self, kind: str, ident: str) -> Document | None:
        return next((d for d in self.documents if d.kind == kind and d.id == ident), None)


def build_content(loaded: list[tuple[Entry, SourceFile]]) -> tuple[Content, list[Problem]]:
    content = Content()
    problems: list[Problem] = []
    for entry, source in loaded:
        model, found = validate(source, MODELS[entry.kind])
        problems.extend(found)
        if model is not None:
            content.documents.append(Document(entry.kind, entry.id, model, source))
    return content, problems
