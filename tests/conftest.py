"""Shared fixtures: small content trees for the checker, and the real site built once per test run."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

PEOPLE = """\
organisations:
  - id: opcc
    name: Office of the Police and Crime Commissioner
posts:
  - id: commissioner
    label: Police and Crime Commissioner
    organisation: opcc
people:
  - id: ann-example
    name: Ann Example
    memberships:
      - post: commissioner
"""

TOPICS = """\
topics:
  - id: finance
    label: Finance
"""

MEETING = """\
kind: finance
date: 2021-11-03
start_time: "15:30"
location:
  venue: Carleton Hall, Penrith
attendance:
  present:
    - person: ann-example
      post: commissioner
      chair: true
minutes:
  items:
    - number: 1
      title: Apologies for absence
      text: None.
    - number: 2
      title: Finance
      topics: [finance]
      resolutions:
        - number: i
          text: The report be noted.
"""


def write_tree(root: Path, files: dict[str, str]) -> Path:
    """Write a project with the given content files (paths relative to content/) and return its root."""
    for relative, text in files.items():
        path = root / "content" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@pytest.fixture
def tree(tmp_path):
    """A function that makes a minimal valid project plus the given files."""

    def make(files: dict[str, str] | None = None, *, base: bool = True) -> Path:
        contents = {"people.yaml": PEOPLE, "topics.yaml": TOPICS} if base else {}
        contents.update(files or {})
        return write_tree(tmp_path, contents)

    return make


def copy_project(target: Path) -> Path:
    """A copy of the project's content, templates and configuration to build in."""
    for name in ("content", "templates", "generator"):
        shutil.copytree(ROOT / name, target / name)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The bundled content built by the real pipeline and MkDocs; returns the project copy's root."""
    from generator.build import build_site

    root = copy_project(tmp_path_factory.mktemp("project"))
    build_site(root)
    return root
