"""Each content file read and checked on its own: parsed, built into its model, its tables and markup
checked. Nothing here looks at another file, so the result depends only on the file's bytes, its
place and the code that reads it, and a file whose bytes have not changed need not be read again.

``FileCache`` keeps results in memory (the preview keeps one for as long as it runs) and, when given
a folder, on disk between builds. An entry is used only for the same bytes at the same place read by
the same code (the loader, validators and models are part of the key), so a cached check gives what a
fresh one would; a damaged or unreadable entry is read afresh.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from pydantic import BaseModel

from generator import models
from generator.load.source import SourceError, SourceFile, load_markdown_file, load_yaml_file
from generator.load.tree import Entry
from generator.problems import Problem
from generator.validate.markup import check_markup
from generator.validate.schema import validate
from generator.validate.tables import check_tables

# The model each kind of content file is read into.
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

GENERATOR = Path(__file__).resolve().parents[1]
# The code a file's result depends on: a change to any of it makes every entry stale.
CODE = ("load", "validate", "models")


@dataclass
class Checked:
    """One file as read and checked on its own: ``source`` is None if it could not be read, ``model``
    None if it has errors; ``problems`` are those the file shows by itself."""

    entry: Entry
    source: Optional[SourceFile]
    model: Optional[BaseModel]
    problems: list[Problem] = field(default_factory=list)


def _code_key() -> str:
    digest = hashlib.sha256(importlib.metadata.version("pydantic").encode() + b"\0")
    for name in CODE:
        for file in sorted((GENERATOR / name).rglob("*.py")):
            digest.update(file.relative_to(GENERATOR).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def check_file(entry: Entry) -> Checked:
    """Read ``entry`` and check it by itself."""
    reader = load_markdown_file if entry.file.suffix == ".md" else load_yaml_file
    try:
        source = reader(entry.file, entry.path)
    except SourceError as exc:
        return Checked(entry, None, None, [exc.problem])
    model, problems = validate(source, MODELS[entry.kind])
    problems = problems + check_tables(source) + check_markup(source)
    return Checked(entry, source, model, problems)


class FileCache:
    """Results of ``check_file`` by a hash of the code, the file's kind, id, place and bytes."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self.code = _code_key()
        self.memory: dict[str, Checked] = {}
        self.hits = self.misses = 0

    def key(self, entry: Entry, data: bytes) -> str:
        digest = hashlib.sha256(self.code.encode())
        for part in (entry.kind, entry.id, entry.path):
            digest.update(b"\0" + part.encode("utf-8"))
        digest.update(b"\0" + data)
        return digest.hexdigest()

    def _load(self, key: str, entry: Entry) -> Checked | None:
        if key in self.memory:
            return self.memory[key]
        if self.folder is None:
            return None
        try:
            found = pickle.loads((self.folder / f"{key}.pickle").read_bytes())
        except Exception:  # missing, partly written or from an older Python: read the file afresh
            return None
        if not isinstance(found, Checked):
            return None
        found.entry = entry  # the same place and bytes; the file object is this build's
        return found

    def _store(self, key: str, checked: Checked) -> None:
        self.memory[key] = checked
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(checked, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.folder / f"{key}.pickle")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def check(self, entry: Entry) -> Checked:
        try:
            data = entry.file.read_bytes()
        except OSError:
            return check_file(entry)  # the reader says what is wrong with it
        key = self.key(entry, data)
        found = self._load(key, entry)
        if found is not None:
            self.hits += 1
            self.memory[key] = found
            return found
        self.misses += 1
        checked = check_file(entry)
        self._store(key, checked)
        return checked

    def keep_only(self, entries: list[Entry]) -> None:
        """Forget what memory holds for files no longer present (the preview runs for hours)."""
        places = {(e.kind, e.id, e.path) for e in entries}
        self.memory = {k: v for k, v in self.memory.items() if (v.entry.kind, v.entry.id, v.entry.path) in places}


def check_each(entries: list[Entry], cache: FileCache | None = None) -> list[Checked]:
    """Every content file (not the original documents) read and checked by itself, in order."""
    files = [entry for entry in entries if entry.kind != "document"]
    if cache is None:
        return [check_file(entry) for entry in files]
    checked = [cache.check(entry) for entry in files]
    cache.keep_only(files)
    return checked
