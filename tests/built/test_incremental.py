"""A site built step by step through the caches is byte for byte the site a clean build makes."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

from generator.build import build_site

from support.project import copy_project

MEETING = "content/meetings/2021/2021-11-03-public-accountability-conference.yaml"
EDIT = "Kinship care placements were reviewed in full."


def files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def differences(a: Path, b: Path) -> list[str]:
    left, right = files(a), files(b)
    found = sorted(left ^ right)
    found += [n for n in sorted(left & right) if not filecmp.cmp(a / n, b / n, shallow=False)]
    return found


def edit(root: Path) -> None:
    meeting = root / MEETING
    text = meeting.read_text(encoding="utf-8")
    assert "kind: finance\n" in text
    meeting.write_text(text.replace("kind: finance\n", f"purpose: {EDIT}\nkind: finance\n", 1), encoding="utf-8")


def test_an_edit_built_incrementally_equals_a_clean_build(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    incremental = copy_project(tmp_path / "incremental")
    build_site(incremental)
    cache = incremental / "build" / "page-cache"
    entries = {p.name: p.stat().st_mtime_ns for p in cache.glob("*.json")}
    assert len(entries) > 50, "the first build stored no converted pages, so the cache is not being tested"

    edit(incremental)
    build_site(incremental)
    after = {p.name: p.stat().st_mtime_ns for p in cache.glob("*.json")}
    converted = [name for name in after if entries.get(name) != after[name]]
    assert 0 < len(converted) < len(after) / 4, f"{len(converted)} of {len(after)} pages were converted again"

    clean = copy_project(tmp_path / "clean")
    shutil.copy(incremental / MEETING, clean / MEETING)
    build_site(clean)
    assert EDIT in (clean / "site/meetings/2021/2021-11-03-public-accountability-conference/index.html").read_text(encoding="utf-8")
    assert differences(incremental / "site", clean / "site") == []
