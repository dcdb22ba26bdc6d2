"""Problems found in content: where they are, what is wrong and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One finding, printed as ``path:line:column: severity: message``.

    ``line`` and ``column`` count from 1; 0 means the whole file.
    """

    path: str
    line: int
    column: int
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"


class ContentError(Exception):
    """Raised when content cannot be built; carries every problem found."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(problems)
        super().__init__(f"{len(self.problems)} problem(s) in content")


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def report(problems: Iterable[Problem]) -> str:
    """All problems, sorted by file and position, one a line, then a count."""
    problems = sorted(set(problems))
    lines = [str(p) for p in problems]
    n_errors = len(errors(problems))
    n_warnings = len(problems) - n_errors
    lines.append(f"{n_errors} error(s), {n_warnings} warning(s)")
    return "\n".join(lines)
