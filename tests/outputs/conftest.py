"""Fixtures of the output tests: the fixture site (tests/fixture/content/) built by the real pipeline and
MkDocs, its content and its derived site. What it must hold is written out in tests/fixture/answers.py."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from generator.derive.site import derive
from generator.pipeline import validated
from generator.settings import load_settings

from fixture.site import CONTENT, DAY

ROOT = Path(__file__).resolve().parents[2]


def copy_project(target: Path) -> Path:
    """A copy of the project's content, templates and configuration to generate in."""
    for name in ("content", "templates", "generator"):
        shutil.copytree(ROOT / name, target / name)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


@pytest.fixture(scope="session")
def fixture_built(tmp_path_factory) -> Path:
    """The fixture content built as on the fixture's day by `papers build`'s own function; returns the project root."""
    from generator.build import build_site

    root = tmp_path_factory.mktemp("fixture-project")
    for name in ("templates", "generator"):
        shutil.copytree(ROOT / name, root / name)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(CONTENT, root / "content")
    noon = dt.datetime.combine(DAY, dt.time(12, 0), tzinfo=dt.timezone.utc)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", str(int(noon.timestamp())))
        build_site(root)
    return root


@pytest.fixture(scope="session")
def content(fixture_built):
    return validated(fixture_built)[0]


@pytest.fixture(scope="session")
def site(content):
    return derive(content, today=DAY)


@pytest.fixture(scope="session")
def docs(fixture_built) -> Path:
    return fixture_built / "build" / "docs"


@pytest.fixture(scope="session")
def html(fixture_built) -> Path:
    return fixture_built / "site"


@pytest.fixture(scope="session")
def base(fixture_built) -> str:
    return load_settings(fixture_built).base_url
