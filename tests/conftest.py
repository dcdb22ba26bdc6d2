"""Shared fixtures: small content trees for the checker, and the real site and the fixture site, each
built once per test run."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.project import BODY, BODY_PATH, PEOPLE, TOPICS, copy_project, write_tree


@pytest.fixture(scope="session", autouse=True)
def shared_chart_cache(tmp_path_factory):
    """One chart cache for the whole run: each chart is drawn once, however many copies are built."""
    folder = tmp_path_factory.mktemp("chart-cache")
    patch = pytest.MonkeyPatch()
    patch.setenv("PAPERS_CACHE_DIR", str(folder))
    yield folder
    patch.undo()


@pytest.fixture
def tree(tmp_path):
    """A function that makes a minimal valid project plus the given files."""

    def make(files: dict[str, str] | None = None, *, base: bool = True) -> Path:
        contents = {"people.yaml": PEOPLE, "topics.yaml": TOPICS, BODY_PATH: BODY} if base else {}
        contents.update(files or {})
        return write_tree(tmp_path, contents)

    return make


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The bundled content built by the real pipeline and MkDocs; returns the project copy's root."""
    from generator.build import build_site

    root = copy_project(tmp_path_factory.mktemp("project"))
    build_site(root)
    return root


@pytest.fixture(scope="session")
def fixture_built(tmp_path_factory) -> Path:
    """The fixture content (tests/fixture/content/) built as on the fixture's day by `papers build`'s own
    function; returns the project root. The output tests read it, and the browser tests visit the page
    kinds the bundled content lacks in it."""
    from generator.build import build_site

    from fixture.site import build_moment, fixture_project

    root = fixture_project(tmp_path_factory.mktemp("fixture-project"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", build_moment())
        build_site(root)
    return root
