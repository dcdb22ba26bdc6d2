"""Bad input must be refused clearly, never crash: `papers check` run for real on each case folder.

A case is a folder ``tests/corpus/<NN-name>/`` holding:

- ``content/...``: the content files (people.yaml, topics.yaml and the body of the meetings are added from
  tests/support/project.py when the case has none of its own);
- ``expected.txt``: the exact output of ``papers check --all`` (or of ``papers check`` with the
  case's ``ARGS``), every line of it; the exit status expected follows from the count of errors
  (1 with any, 0 otherwise);
- optionally ``case.py``, for what cannot or should not be committed: ``prepare(root)`` runs before
  the check (to make a huge file, a symbolic link or a pipe), ``after(root)`` runs after it (extra
  assertions) and ``BASE = False`` leaves out the base files.

The mistakes of hand editing (cases named ``NN-staff-...``) start from a small but realistic tree,
``staff-base/content`` (two meetings, the second approving the minutes of the first), which their
own ``content/`` overlays with the file as the member of staff left it (``prepare`` may move or
delete a base file). They run ``papers check FILE`` on the file edited, as on a branch that changed
it, and their ``case.py`` names in ``BLAMED`` the only files any message may be about.

Speed is measured by `make bench`, not here: a check that runs away (catastrophic backtracking, an
alias bomb expanded) is caught by a generous limit, HANG_GUARD, far above any honest run on a busy machine.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support.project import BODY, BODY_PATH, PEOPLE, TOPICS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CASES = sorted(p for p in HERE.iterdir() if p.is_dir() and re.match(r"^\d{2}-", p.name))
STAFF_BASE = HERE / "staff-base" / "content"
HANG_GUARD = 300  # seconds
COUNT = re.compile(r"^(\d+) error\(s\), (\d+) warning\(s\)$")
MESSAGE = re.compile(r"^(?P<path>[^:]+):\d+:\d+: (error|warning): ")

RESULTS: dict[str, tuple[int, float]] = {}  # case -> (exit status, seconds), for the summary


def _case_module(case: Path):
    path = case / "case.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location(f"corpus_case_{case.name.replace('-', '_')}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _copy_case(case: Path, root: Path, module) -> None:
    if case.name[3:].startswith("staff-"):
        shutil.copytree(STAFF_BASE, root / "content")
    shutil.copytree(case / "content", root / "content", symlinks=True, dirs_exist_ok=True)
    if getattr(module, "BASE", True):
        for name, text in (("people.yaml", PEOPLE), ("topics.yaml", TOPICS), (BODY_PATH, BODY)):
            target = root / "content" / name
            if not target.exists() and not target.is_symlink():
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")


def run_check(root: Path, args: list[str]) -> tuple[subprocess.CompletedProcess, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    started = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "generator.cli", "--root", str(root), "check", *args],
            cwd=root, env=env, capture_output=True, text=True, timeout=HANG_GUARD,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"`papers check` ran for more than {HANG_GUARD} s on {root}: it has run away", pytrace=False)
    return result, time.perf_counter() - started


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Path, tmp_path: Path):
    module = _case_module(case)
    root = tmp_path / "project"
    root.mkdir()
    _copy_case(case, root, module)
    if module is not None and hasattr(module, "prepare"):
        module.prepare(root)

    result, seconds = run_check(root, list(getattr(module, "ARGS", ["--all"])))
    RESULTS[case.name] = (result.returncode, seconds)

    for stream in (result.stdout, result.stderr):
        assert "Traceback" not in stream, stream
    assert result.stderr == ""
    expected = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert result.stdout.splitlines() == expected
    counts = [COUNT.match(line) for line in expected if COUNT.match(line)]
    assert len(counts) == 1, f"{case.name}/expected.txt must have one line counting errors and warnings"
    assert result.returncode == (1 if int(counts[0].group(1)) else 0)
    blamed = getattr(module, "BLAMED", None)
    if blamed is not None:
        about = {m.group("path") for line in expected if (m := MESSAGE.match(line))}
        assert about <= set(blamed), f"messages about files that are right: {sorted(about - set(blamed))}"
    if module is not None and hasattr(module, "after"):
        module.after(root)


def test_summary(capsys):
    """Runs after the cases: the corpus is big enough, and what was refused and accepted."""
    assert len(CASES) >= 45
    for case in CASES:
        assert (case / "expected.txt").is_file(), case.name
        assert (case / "content").is_dir(), case.name
    if not RESULTS:
        return  # run on its own: there is nothing to summarise
    refused = sum(1 for status, _ in RESULTS.values() if status)
    slowest = sorted(RESULTS.items(), key=lambda item: item[1][1], reverse=True)[:3]
    with capsys.disabled():
        print(f"\ncorpus: {len(RESULTS)} cases, {refused} refused, {len(RESULTS) - refused} accepted; slowest: "
              + ", ".join(f"{name} {seconds:.2f} s" for name, (_, seconds) in slowest))
