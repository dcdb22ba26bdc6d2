"""Find the content files and say what kind each one is.

Every file under content/ must be of a known kind; anything else is reported
as a stray file, so a misplaced or misnamed file never disappears silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.problems import Problem

IGNORED_NAMES = {"README.md", ".gitkeep"}


@dataclass(frozen=True)
class Entry:
    """A content file: its kind, its id and where it is."""

    kind: str
    id: str
    file: Path
    path: str  # as shown in messages, relative to the project


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: re.Pattern
    description: str


def _rule(kind: str, pattern: str, description: str) -> Rule:
    return Rule(kind, re.compile(pattern), description)


RULES = [
    _rule("people", r"^people\.yaml$", "content/people.yaml"),
    _rule("topics", r"^topics\.yaml$", "content/topics.yaml"),
    _rule("metrics", r"^metrics\.yaml$", "content/metrics.yaml"),
    _rule("glossary", r"^glossary\.yaml$", "content/glossary.yaml"),
    _rule(
        "meeting",
        r"^meetings/(?P<year>\d{4})/(?P<id>(?P=year)-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$",
        "content/meetings/<year>/<yyyy-mm-dd>-<body>.yaml",
    ),
    _rule("plan", r"^plan/(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$", "content/plan/<id>.yaml"),
    _rule("report", r"^plan/reports/(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$", "content/plan/reports/<id>.yaml"),
    _rule("assessment", r"^assessments/(?P<id>\d{4})/assessment\.yaml$", "content/assessments/<year>/assessment.yaml"),
    _rule(
        "section",
        r"^assessments/(?P<year>\d{4})/(?P<id>\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*)\.md$",
        "content/assessments/<year>/<nn>-<name>.md",
    ),
    _rule("page", r"^pages/(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\.md$", "content/pages/<name>.md"),
    _rule("body", r"^bodies/(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$", "content/bodies/<id>.yaml"),
    _rule(
        "decision",
        r"^decisions/(?P<year>\d{4})/(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$",
        "content/decisions/<year>/<reference>.yaml",
    ),
    _rule("interests", r"^interests/(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$", "content/interests/<person id>.yaml"),
    # Original documents are files, not content to read: they are checked and copied as they are.
    _rule("document", r"^documents/(?P<id>.+)$", "content/documents/<any path>"),
]


# A meeting file in the folder of another year: still read and checked as a meeting (so that other
# files that name it are not blamed), with one error saying where it belongs.
_MISPLACED_MEETING = re.compile(
    r"^meetings/(?P<folder>\d{4})/(?P<id>(?P<year>\d{4})-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$")


def classify(relative: str) -> tuple[str, str] | None:
    """The (kind, id) of a path relative to content/, or None if it is of no known kind."""
    for rule in RULES:
        match = rule.pattern.match(relative)
        if match:
            ident = match.groupdict().get("id") or rule.kind
            if rule.kind in ("section", "decision"):
                ident = f"{match.group('year')}/{ident}"
            return rule.kind, ident
    return None


def discover(root: Path, content: Path) -> tuple[list[Entry], list[Problem]]:
    """Every content file under ``content`` (sorted), and a problem for each stray one."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    expected = "; ".join(rule.description for rule in RULES)
    for file in sorted(content.rglob("*")):
        shown = file.relative_to(root).as_posix()
        if file.is_symlink():
            problems.append(Problem(shown, 1, 1, "error", "symbolic links are not allowed in content; copy the file in instead"))
            continue
        if file.is_dir() or file.name in IGNORED_NAMES:
            continue
        if not file.is_file():
            problems.append(Problem(shown, 1, 1, "error", "not an ordinary file (a pipe, socket or device); remove it from content/"))
            continue
        relative = file.relative_to(content).as_posix()
        found = classify(relative)
        misplaced = _MISPLACED_MEETING.match(relative) if found is None else None
        if misplaced:
            year = misplaced.group("year")
            where = f"this meeting's file name says {year} but the file is in the folder for {misplaced.group('folder')}"
            if (content / "meetings" / year / file.name).exists():
                problems.append(Problem(shown, 1, 1, "error", f"{where}, and content/meetings/{year}/ has a file of the "
                                        "same name; remove the one that is out of place"))
                continue
            problems.append(Problem(shown, 1, 1, "error", f"{where}; move it to content/meetings/{year}/"))
            found = ("meeting", misplaced.group("id"))
        if found is None:
            problems.append(Problem(
                shown, 1, 1, "error",
                f"stray file: not a kind of content this site knows; move or rename it (expected one of: {expected})",
            ))
            continue
        kind, ident = found
        entries.append(Entry(kind, ident, file, shown))
    for required in ("people", "topics"):
        refused = (content / f"{required}.yaml").is_symlink()  # already reported as a link
        if not refused and not any(e.kind == required for e in entries):
            problems.append(Problem(
                (content / f"{required}.yaml").relative_to(root).as_posix(), 0, 0, "error",
                f"content/{required}.yaml is missing; every site needs one",
            ))
    return entries, problems
