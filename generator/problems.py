"""Problems found in content: where they are, what is wrong and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Literal, Optional

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


def report(problems: Iterable[Problem], warnings_of: Optional[Callable[[str], bool]] = None) -> str:
    """The problems, sorted by file and position, one a line, then a count.

    Every error is shown. With ``warnings_of``, only the warnings of the files it accepts are, and
    one line counts the rest.
    """
    problems = sorted(set(problems))
    shown = [p for p in problems if p.severity == "error" or warnings_of is None or warnings_of(p.path)]
    hidden = [p for p in problems if p.severity != "error" and warnings_of is not None and not warnings_of(p.path)]
    lines = [str(p) for p in shown]
    n_errors = len(errors(shown))
    lines.append(f"{n_errors} error(s), {len(shown) - n_errors} warning(s)")
    if hidden:
        files = len({p.path for p in hidden})
        lines.append(f"{len(hidden)} known warning{'s' if len(hidden) != 1 else ''} in {files} other "
                     f"file{'s' if files != 1 else ''}: `papers check --all` lists them")
    return "\n".join(lines)
