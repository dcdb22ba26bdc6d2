"""What a build promises: all or nothing, the last good site kept, the same bytes every time."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from generator.build import build_site
from generator.cli import main

from support.project import copy_project


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_content_errors_leave_the_site_and_pages_untouched(tmp_path, capsys):
    root = copy_project(tmp_path)
    build_site(root)
    before_site, before_docs = tree_digest(root / "site"), tree_digest(root / "build" / "docs")
    meeting = next((root / "content" / "meetings").rglob("*.yaml"))
    meeting.write_text(meeting.read_text(encoding="utf-8").replace("kind: ", "kind: nonsense-", 1), encoding="utf-8")
    assert main(["--root", str(root), "build"]) == 1
    out = capsys.readouterr()
    assert "nothing was built" in out.err and "Traceback" not in out.out + out.err
    assert tree_digest(root / "site") == before_site
    assert tree_digest(root / "build" / "docs") == before_docs


def test_a_killed_build_leaves_the_previous_site_exactly_as_it_was(tmp_path):
    root = copy_project(tmp_path)
    build_site(root)
    before = tree_digest(root / "site")
    (root / "content" / "pages" / "extra.md").write_text("---\ntitle: Extra\n---\n\n# Extra\n", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "generator.cli", "--root", str(root), "build"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(root.glob(".site-*/*")):
        time.sleep(0.02)
    assert any(root.glob(".site-*")), "the build never reached MkDocs"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert tree_digest(root / "site") == before


def test_a_broken_link_in_a_page_fails_the_build_and_keeps_the_site(tmp_path, capsys):
    root = copy_project(tmp_path)
    build_site(root)
    before = tree_digest(root / "site")
    (root / "content" / "pages" / "broken.md").write_text(
        "---\ntitle: Broken\n---\n\n# Broken\n\nSee [a page that is not there](no-such-page.md).\n", encoding="utf-8")
    assert main(["--root", str(root), "build"]) == 1
    assert "no-such-page.md" in capsys.readouterr().err
    assert tree_digest(root / "site") == before




def test_two_clean_builds_in_different_folders_are_byte_identical(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first, second = copy_project(tmp_path / "one"), copy_project(tmp_path / "two")
    build_site(first)
    build_site(second)
    a, b = tree_digest(first / "site"), tree_digest(second / "site")
    differing = sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))
    print(f"\nfiles differing between two clean builds: {len(differing)} of {len(a)}")
    assert differing == []
    assert any(name.startswith("pagefind/filter/") for name in a), "the comparison covers the search filters too"


def test_a_build_with_nothing_changed_does_nothing_and_any_change_rebuilds(tmp_path):
    root = copy_project(tmp_path)
    assert build_site(root) is not None
    before = tree_digest(root / "site")
    assert build_site(root) is None
    assert tree_digest(root / "site") == before
    topics = root / "content" / "topics.yaml"
    topics.write_text(topics.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert build_site(root) is not None
    assert build_site(root, force=True) is not None
