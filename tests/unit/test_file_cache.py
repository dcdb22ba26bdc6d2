"""A content file checked once and kept by its bytes gives exactly what checking it afresh gives."""

from __future__ import annotations

from generator.pipeline import check
from generator.validate.each_file import FileCache

from support.project import copy_project

MEETING = "content/meetings/2021/2021-11-03-public-accountability-conference.yaml"


def summary(content, problems):
    return [(d.kind, d.id, d.model.model_dump_json()) for d in content.documents], [str(p) for p in problems]


def test_a_cached_check_equals_a_fresh_one_and_an_edit_is_read_again(tmp_path):
    root = copy_project(tmp_path / "project")
    fresh = summary(*check(root))
    disk = tmp_path / "cache"
    first = FileCache(disk)
    assert summary(*check(root, first)) == fresh
    assert first.misses > 50 and first.hits == 0

    again = FileCache(disk)  # a later build: every entry comes from disk
    assert summary(*check(root, again)) == fresh
    assert (again.hits, again.misses) == (first.misses, 0)

    meeting = root / MEETING
    meeting.write_text(meeting.read_text(encoding="utf-8").replace("kind: finance\n", "kind: finance\nkind: finance\n", 1),
                       encoding="utf-8")
    hits = again.hits
    content, problems = check(root, again)
    assert (again.hits - hits, again.misses) == (first.misses - 1, 1)
    assert any(p.path == MEETING and "kind" in p.message for p in problems), "the edited file was not read again"
    assert summary(content, problems) == summary(*check(root))


def test_a_damaged_entry_is_read_afresh(tmp_path):
    root = copy_project(tmp_path / "project")
    fresh = summary(*check(root))
    disk = tmp_path / "cache"
    check(root, FileCache(disk))
    entries = sorted(disk.glob("*.pickle"))
    for entry in entries[:5]:
        entry.write_bytes(entry.read_bytes()[:40])
    later = FileCache(disk)
    assert summary(*check(root, later)) == fresh
    assert later.misses == 5
