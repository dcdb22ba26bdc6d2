"""Read every content file found under content/ into a SourceFile; list the original documents beside them."""

from __future__ import annotations

from pathlib import Path

from generator.load.source import SourceError, SourceFile, load_markdown_file, load_yaml_file
from generator.load.tree import Entry, discover
from generator.problems import Problem


def load_content(root: Path) -> tuple[list[tuple[Entry, SourceFile]], list[Entry], list[Problem]]:
    """All readable content files with their data, the files that could not be read, and a
    problem for each of those."""
    entries, problems = discover(root, root / "content")
    loaded, unreadable = [], []
    for entry in entries:
        if entry.kind == "document":
            continue  # original documents are checked as files (generator.validate.documents), not read as text
        reader = load_markdown_file if entry.file.suffix == ".md" else load_yaml_file
        try:
            loaded.append((entry, reader(entry.file, entry.path)))
        except SourceError as exc:
            problems.append(exc.problem)
            unreadable.append(entry)
    return loaded, unreadable, problems


def document_files(root: Path) -> dict[str, Path]:
    """The original documents under content/documents/, by their path there (read and checked later, as files)."""
    entries, _ = discover(root, root / "content")
    return {entry.id: entry.file for entry in entries if entry.kind == "document"}
