"""Which files a branch has changed, so that `papers check` can show their warnings in full.

Changed means: different from where the branch left the base branch (``main``, or ``origin/main``
in a fresh clone), whether committed, staged, edited or new. Outside a git repository, or where
git is not installed, nothing counts as changed.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Callable, Optional

DEFAULT_BASES = ("main", "origin/main")


def _git(root: Path, *args: str) -> Optional[str]:
    """git's output, or None when git is missing or the command fails (not a repository, no such ref)."""
    try:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


def _fork_point(root: Path, base: Optional[str]) -> Optional[str]:
    """The commit the branch left ``base`` at; HEAD when no base branch exists; None without commits."""
    for candidate in ([base] if base else DEFAULT_BASES):
        if _git(root, "rev-parse", "--verify", "--quiet", f"{candidate}^{{commit}}") is None:
            continue
        fork = _git(root, "merge-base", "HEAD", candidate)
        return fork.strip() if fork else candidate
    return "HEAD" if _git(root, "rev-parse", "--verify", "--quiet", "HEAD") is not None else None


def changed_files(root: Path, base: Optional[str] = None) -> set[str]:
    """Paths relative to ``root`` (with '/') of the files changed on this branch."""
    if _git(root, "rev-parse", "--is-inside-work-tree") is None:
        return set()
    changed: set[str] = set()
    fork = _fork_point(root, base)
    if fork is not None:
        changed.update((_git(root, "diff", "--name-only", "--relative", "--no-renames", fork) or "").splitlines())
    changed.update((_git(root, "ls-files", "--others", "--exclude-standard") or "").splitlines())
    return {path for path in changed if path}


class ChangesError(Exception):
    """A file or base branch named by the user that does not exist."""


def _named(root: Path, names: list[str]) -> list[str]:
    """Files and folders named by the user, relative to ``root`` as messages show them."""
    found = []
    for name in names:
        path = (root / name).resolve()  # as messages name files: from the project folder
        if not path.exists():
            path = Path(name).resolve()
        if not path.exists():
            raise ChangesError(f"there is no file or folder '{name}'")
        try:
            found.append(path.relative_to(root).as_posix())
        except ValueError:
            raise ChangesError(f"'{name}' is not in the project folder {root}") from None
    return found


def warnings_shown_for(root: Path, names: list[str], base: Optional[str] = None) -> Callable[[str], bool]:
    """Whether a file's warnings are shown: it is named (or in a folder named), or else changed on the branch."""
    if base and _git(root, "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}") is None:
        raise ChangesError(f"'{base}' is not a branch or commit of this repository (try main or origin/main)")
    named = _named(root, names) or sorted(changed_files(root, base))
    if "." in named:
        return lambda path: True
    folders = tuple(n.rstrip("/") + "/" for n in named)
    return lambda path: path in named or path.startswith(folders)
