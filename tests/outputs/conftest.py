"""Fixtures of the output tests: the fixture site (tests/fixture/content/) built by the real pipeline and
MkDocs (``fixture_built``, in tests/conftest.py), its content and its derived site. What it must hold is
written out in tests/fixture/answers.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.derive.site import derive
from generator.pipeline import validated
from generator.settings import load_settings

from fixture.site import DAY


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
