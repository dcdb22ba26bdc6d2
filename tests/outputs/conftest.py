"""Fixtures of the output tests: the built copy of the project, its content, and the derived site."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.derive.site import derive, is_public
from generator.pipeline import validated
from generator.settings import load_settings


ROOT = Path(__file__).resolve().parents[2]


def copy_project(target: Path) -> Path:
    """A copy of the project's content, templates and configuration to generate in."""
    for name in ("content", "templates", "generator"):
        shutil.copytree(ROOT / name, target / name)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


@pytest.fixture(scope="session")
def content(built_site):
    return validated(built_site)[0]


@pytest.fixture(scope="session")
def day(built_site):
    """The date the built copy was built for (it decides which meetings' papers are public yet)."""
    return load_settings(built_site).today


@pytest.fixture(scope="session")
def site(content, day):
    return derive(content, today=day)


@pytest.fixture(scope="session")
def public(content, day):
    """(id, model) of every meeting the built site publishes, read straight from the content models."""
    return sorted(((d.id, d.model) for d in content.of_kind("meeting") if is_public(d.model, day)), key=lambda pair: pair[0])


@pytest.fixture(scope="session")
def docs(built_site) -> Path:
    return built_site / "build" / "docs"


@pytest.fixture(scope="session")
def html(built_site) -> Path:
    return built_site / "site"


@pytest.fixture(scope="session")
def base(built_site) -> str:
    return load_settings(built_site).base_url


def private_agenda(meeting) -> set[int]:
    return {item.number for item in meeting.agenda if item.part == 2}


def public_minute(meeting, item) -> bool:
    """A minute considered in public: part 1, and not the record of an agenda item considered in private."""
    return item.part == 1 and item.agenda_item not in private_agenda(meeting)


def expected_decisions(public) -> list[dict]:
    """Every public resolution and recommendation of the public meetings, from the content models alone."""
    found = []
    for meeting_id, meeting in public:
        for item in (meeting.minutes.items if meeting.minutes else []):
            if not public_minute(meeting, item):
                continue
            for r in item.resolutions:
                found.append({"meeting_id": meeting_id, "minute": item.number, "type": "resolution",
                              "number": r.number, "text": r.text, "outcome": None, "date": meeting.date})
            for r in item.recommendations:
                found.append({"meeting_id": meeting_id, "minute": item.number, "type": "recommendation",
                              "number": r.id, "text": r.text, "outcome": r.outcome, "date": meeting.date})
    return found


def private_presentation(meeting, presentation) -> bool:
    """Whether a presentation belongs to an agenda item considered in private."""
    private = [item for item in meeting.agenda if item.part == 2]
    return presentation.id in {i.presentation for i in private} or presentation.agenda_item in private_agenda(meeting)

