"""The same content gives the same bytes: nothing in the outputs depends on the clock, the machine or the folder."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from generator.build import generate
from generator.derive.site import derive
from generator.pipeline import validated
from generator.render.feeds import Publisher, feed_files
from generator.render.opendata import opendata_files
from generator.render.register import register_files
from generator.settings import load_settings

from support.project import copy_project

MINE = ("decisions/", "feeds/", "data/decisions.csv", "data/figures.csv", "data/people.json", "data/meetings/",
        "data/schemas/", "data/index.md", "stay-informed.md")


def outputs(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*"))
            if p.is_file() and p.relative_to(docs).as_posix().startswith(MINE)}


def test_two_generations_give_identical_bytes(tmp_path, monkeypatch, built_site):
    first = copy_project(tmp_path / "first")
    second = copy_project(tmp_path / "second")
    cache = built_site / "build" / "cache"
    if cache.is_dir():
        for root in (first, second):
            shutil.copytree(cache, root / "build" / "cache")
    # Two build dates, both after every date in the content, so the same meetings are public in both.
    content, _ = validated(first)
    meetings = [d.model for d in content.of_kind("meeting")]
    latest = max([m.date for m in meetings] + [m.publish_from for m in meetings if m.publish_from], default=dt.date(2000, 1, 1))
    after = dt.datetime.combine(latest + dt.timedelta(days=2), dt.time(12, 0), tzinfo=dt.timezone.utc)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(after.timestamp())))
    generate(load_settings(first))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int((after + dt.timedelta(days=400)).timestamp())))
    generate(load_settings(second))
    a, b = outputs(first / "build" / "docs"), outputs(second / "build" / "docs")
    assert "feeds/papers.atom" in a and "data/decisions.csv" in a and "decisions/index.md" in a
    assert sorted(a) == sorted(b)
    assert [name for name in a if a[name] != b[name]] == []


def test_the_file_functions_are_pure(built_site):
    content, _ = validated(built_site)
    settings = load_settings(built_site)
    base, day = settings.base_url, settings.today
    by = Publisher(settings.site_name, settings.publisher, settings.description)
    assert feed_files(derive(content, today=day), base, by) == feed_files(derive(content, today=day), base, by)
    for make in (register_files, opendata_files):
        assert make(derive(content, today=day), base) == make(derive(content, today=day), base)
