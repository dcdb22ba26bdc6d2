"""Which warnings `papers check` shows: those of the files changed on the branch or named, in full;
the rest counted in one line. Run for real, in real git repositories made here and outside git."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from support.project import BODY, BODY_PATH, MEETING, PEOPLE, ROOT, TOPICS

M = "content/meetings/2021/2021-11-03-public-accountability-conference.yaml"
SUMMARY = re.compile(r"^(\d+) known warnings? in (\d+) other files?: `papers check --all` lists them$")
GAP = "missing:\n  purpose: The notice's statement of purpose is torn off.\n"
EMPTY_CELL = """\
title: Police and Crime Plan
objectives:
  - id: safer
    missing:
      title: The heading is lost.
"""


def papers(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run([sys.executable, "-m", "generator.cli", "check", *args], cwd=root, env=env,
                            capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def git(root: Path, *args: str) -> str:
    command = ["git", "-c", "user.name=Office", "-c", "user.email=office@example.org", "-c", "init.defaultBranch=main",
               "-c", "commit.gpgsign=false", *args]
    return subprocess.run(command, cwd=root, check=True, capture_output=True, text=True).stdout


def project(root: Path) -> Path:
    """Two files with one warning each: a meeting and a plan."""
    for relative, text in {"content/people.yaml": PEOPLE, "content/topics.yaml": TOPICS, f"content/{BODY_PATH}": BODY,
                           M: MEETING + GAP, "content/plan/2021-2025.yaml": EMPTY_CELL}.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text, encoding="utf-8")
    return root


MEETING_GAP = (f"{M}:24:3: warning: 'purpose' is missing from the source document: The notice's statement of purpose "
               "is torn off. (fill it in, then remove it from 'missing')")
PLAN_GAP = ("content/plan/2021-2025.yaml:5:7: warning: 'title' is missing from the source document: The heading is "
            "lost. (fill it in, then remove it from 'missing')")


def test_outside_git_nothing_counts_as_changed(tmp_path):
    result = papers(project(tmp_path))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "0 error(s), 0 warning(s)",
        "2 known warnings in 2 other files: `papers check --all` lists them",
    ]


def test_all_lists_every_warning(tmp_path):
    result = papers(project(tmp_path), "--all")
    assert result.stdout.splitlines() == [MEETING_GAP, PLAN_GAP, "0 error(s), 2 warning(s)"]


def test_files_named_show_their_warnings(tmp_path):
    root = project(tmp_path)
    assert papers(root, M).stdout.splitlines() == [
        MEETING_GAP, "0 error(s), 1 warning(s)", "1 known warning in 1 other file: `papers check --all` lists them"]
    assert papers(root, "content/plan").stdout.splitlines()[0] == PLAN_GAP  # a folder names the files in it


def test_a_file_that_does_not_exist_is_one_clear_message(tmp_path):
    result = papers(project(tmp_path), "content/meetings/2021/nothing.yaml")
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.strip() == "papers: there is no file or folder 'content/meetings/2021/nothing.yaml'"


def test_errors_are_shown_everywhere_whatever_is_named(tmp_path):
    root = project(tmp_path)
    (root / "content/topics.yaml").write_text("topics:\n  - id: Finance\n    label: Finance\n", encoding="utf-8")
    result = papers(root, "content/plan/2021-2025.yaml")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert [line for line in lines if ": error: " in line] == [
        "content/topics.yaml:2:9: error: 'Finance' is not a valid id; use lower-case words joined by hyphens, e.g. 'peter-mccall'",
    ]
    assert PLAN_GAP in lines and MEETING_GAP not in lines


def test_on_a_branch_the_files_changed_since_main_show_their_warnings(tmp_path):
    root = project(tmp_path)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "papers")
    assert papers(root).stdout.splitlines()[0] == "0 error(s), 0 warning(s)"  # on main, nothing changed

    git(root, "checkout", "-qb", "minutes-of-november")
    meeting = root / M
    meeting.write_text(meeting.read_text(encoding="utf-8").replace("None.", "None were received."), encoding="utf-8")
    edited = papers(root).stdout.splitlines()  # edited, not yet committed
    git(root, "commit", "-qam", "minutes")
    committed = papers(root).stdout.splitlines()
    expected = [MEETING_GAP, "0 error(s), 1 warning(s)", "1 known warning in 1 other file: `papers check --all` lists them"]
    assert edited == expected and committed == expected

    new = root / "content/plan/2025-2029.yaml"  # a new file, not yet added to git
    new.write_text(EMPTY_CELL, encoding="utf-8")
    assert any(line.startswith("content/plan/2025-2029.yaml:5:7: warning:") for line in papers(root).stdout.splitlines())


def test_base_branch_can_be_named(tmp_path):
    root = project(tmp_path)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "papers")
    git(root, "branch", "-m", "main", "trunk")
    git(root, "checkout", "-qb", "edit")
    (root / M).write_text((root / M).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    git(root, "commit", "-qam", "edit")
    assert MEETING_GAP in papers(root, "--base", "trunk").stdout.splitlines()
    wrong = papers(root, "--base", "nowhere")
    assert wrong.returncode != 0 and wrong.stderr.startswith("papers: 'nowhere' is not a branch or commit")


def test_bundled_content_has_no_errors_and_its_known_gaps_in_one_line(tmp_path):
    shutil.copytree(ROOT / "content", tmp_path / "content")  # outside git: nothing counts as changed
    lines = papers(tmp_path).stdout.splitlines()
    assert lines[0] == "0 error(s), 0 warning(s)"
    assert len(lines) <= 2
    everything = papers(tmp_path, "--all").stdout.splitlines()
    total = int(re.match(r"^0 error\(s\), (\d+) warning\(s\)$", everything[-1]).group(1))
    if total:
        summary = SUMMARY.match(lines[1])
        assert summary and int(summary.group(1)) == total
        files = {line.split(":")[0] for line in everything[:-1]}
        assert int(summary.group(2)) == len(files)
        assert len(everything) == total + 1  # --all lists every one of them
    else:
        assert len(lines) == 1
