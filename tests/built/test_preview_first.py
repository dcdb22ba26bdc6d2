"""The preview writes a saved meeting's page first: exactly the page the whole generation writes, and
put back to its last good text when the whole check then finds an error."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from watchdog.events import FileClosedNoWriteEvent, FileModifiedEvent, FileOpenedEvent

from generator.build import generate, meeting_pages
from generator.preview import _Changes, regenerate, show_first
from generator.settings import Settings, load_settings
from generator.validate.each_file import FileCache

from support.project import copy_project

MEETING = "content/meetings/2021/2021-11-03-public-accountability-conference.yaml"
PAGE = "meetings/2021/2021-11-03-public-accountability-conference.md"
WITH_CHARTS = "2021/2021-12-08-public-accountability-conference"  # its presentations have tables
MARK = "Kinship care placements were reviewed in full."


def edited(root: Path, meeting: str, old: str, new: str) -> Path:
    path = root / meeting
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.fixture
def generated(tmp_path, monkeypatch) -> tuple[Path, Settings, FileCache]:
    """A copy of the project, generated once as the preview does on start: its root, settings and file cache."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    root = copy_project(tmp_path / "project")
    settings = load_settings(root)
    files = FileCache()
    generate(settings, files, search=False)
    return root, settings, files


def test_the_first_page_is_the_page_the_whole_generation_writes(generated):
    root, settings, files = generated
    meeting = edited(root, f"content/meetings/{WITH_CHARTS}.yaml", "The purpose of", f"{MARK} The purpose of")

    first = meeting_pages(settings, files, {meeting})
    page = f"meetings/{WITH_CHARTS}.md"
    assert page in first and MARK in first[page].decode("utf-8")
    assert any(path.startswith("charts/") for path in first), "the meeting's charts were not written with its page"

    generate(settings, files, search=False)
    docs = settings.docs_dir
    assert {path: (docs / path).read_bytes() for path in first} == first


def test_only_a_saved_meeting_goes_first(generated):
    root, settings, files = generated
    topics = root / "content" / "topics.yaml"
    topics.write_text(topics.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert meeting_pages(settings, files, {topics}) == {}
    broken = root / MEETING
    broken.write_text(broken.read_text(encoding="utf-8").replace("kind: finance\n", "kind: [finance\n", 1), encoding="utf-8")
    assert meeting_pages(settings, files, {broken}) == {}, "a meeting with errors of its own was shown"


def test_a_page_shown_first_goes_back_when_the_whole_check_fails(generated):
    root, settings, files = generated
    page = settings.docs_dir / PAGE
    good = page.read_bytes()
    # An error only the checks across files find: the minutes said to be published with a meeting
    # there is no file for.
    meeting = edited(root, MEETING, "kind: finance\n", f"purpose: {MARK}\nkind: finance\n")
    edited(root, MEETING, "published_with: 2021-12-08-", "published_with: 2021-12-09-")

    shown = show_first(settings, files, {meeting})
    said: list[str] = []
    ok = regenerate(settings, files, said.append, shown=shown)

    assert shown, "the saved meeting's page was not shown first, so the test proves nothing"
    assert not ok and "the preview shows the last good pages" in said[-1]
    assert page.read_bytes() == good


def test_reading_a_file_is_not_a_change():
    changed = threading.Event()
    handler = _Changes(changed)
    for event in (FileOpenedEvent("/p/content/a.yaml"), FileClosedNoWriteEvent("/p/content/a.yaml")):
        handler.dispatch(event)
    assert not changed.is_set() and handler.take() == set()
    handler.dispatch(FileModifiedEvent("/p/content/a.yaml"))
    assert changed.is_set() and handler.take() == {Path("/p/content/a.yaml")}


def test_a_generation_superseded_by_another_save_writes_nothing(generated):
    root, settings, files = generated
    page = settings.docs_dir / PAGE
    before = page.read_bytes()
    edited(root, MEETING, "kind: finance\n", f"purpose: {MARK}\nkind: finance\n")
    asked: list[bool] = []

    def superseded() -> bool:
        asked.append(True)
        return len(asked) > 3  # saved again while the pages were being rendered

    assert regenerate(settings, files, print, superseded=superseded) is None
    assert page.read_bytes() == before
    assert regenerate(settings, files, print) is True
    assert MARK in page.read_text(encoding="utf-8")
