"""Build the typed content from the loaded files: every file checked, every problem collected."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from pydantic import BaseModel

from generator import models
from generator.load.source import SourceFile
from generator.load.tree import Entry
from generator.problems import Problem
from generator.validate.fields import View
from generator.validate.schema import validate

MODELS: dict[str, type[BaseModel]] = {
    "people": models.PeopleFile,
    "topics": models.TopicsFile,
    "metrics": models.MetricsFile,
    "glossary": models.GlossaryFile,
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


@dataclass
class ContentFile:
    """Any content file, valid or not, as the checks across files see it.

    ``source`` is None when the file could not be read at all; ``model`` is None when it has errors.
    Its id is known either way (from the file's name), so references to it are never called unknown.
    """

    entry: Entry
    source: Optional[SourceFile]
    model: Optional[BaseModel]

    @property
    def kind(self) -> str:
        return self.entry.kind

    @property
    def id(self) -> str:
        return self.entry.id

    def view(self) -> View:
        """The file's data, read field by field through its model."""
        data = self.source.data if self.source else None
        return View(MODELS[self.kind], data, (), self.model)


def build_content(loaded: list[tuple[Entry, SourceFile]], unreadable: list[Entry] = ()
                  ) -> tuple[Content, list[ContentFile], list[Problem]]:
    """The valid documents, every file (valid or not, for the checks across files) and the problems found."""
    content = Content()
    files = [ContentFile(entry, None, None) for entry in unreadable]
    problems: list[Problem] = []
    for entry, source in loaded:
        model, found = validate(source, MODELS[entry.kind])
        problems.extend(found)
        files.append(ContentFile(entry, source, model))
        if model is not None:
            content.documents.append(Document(entry.kind, entry.id, model, source))
    return content, files, problems
