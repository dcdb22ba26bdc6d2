"""Build the typed content from the loaded files: every file checked, every problem collected."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from pydantic import BaseModel

from generator.load.source import SourceFile
from generator.load.tree import Entry
from generator.problems import Problem
from generator.validate.each_file import MODELS, Checked
from generator.validate.fields import View



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


def build_content(checked: list[Checked]) -> tuple[Content, list[ContentFile], list[Problem]]:
    """The valid documents, every file (valid or not, for the checks across files) and the problems
    each file shows by itself."""
    content = Content()
    files: list[ContentFile] = []
    problems: list[Problem] = []
    for one in checked:
        problems.extend(one.problems)
        files.append(ContentFile(one.entry, one.source, one.model))
        if one.model is not None:
            content.documents.append(Document(one.entry.kind, one.entry.id, one.model, one.source))
    return content, files, problems
