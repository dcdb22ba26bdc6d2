"""Small content trees and copies of the project for tests to build in."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PEOPLE = """\
organisations:
  - id: opcc
    name: Office of the Police and Crime Commissioner
posts:
  - id: commissioner
    label: Police and Crime Commissioner
    organisation: opcc
    source: {document: Example paper, quote: Example words}
people:
  - id: ann-example
    name: Ann Example
    memberships:
      - post: commissioner
        source: {document: Example paper, quote: Example words}
"""

TOPICS = """\
topics:
  - id: finance
    label: Finance
"""

BODY_PATH = "bodies/public-accountability-conference.yaml"

BODY = """\
name: Public Accountability Conference
kind: own-meeting
"""

MEETING = """\
body: public-accountability-conference
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


def copy_project(target: Path, content: Path = ROOT / "content") -> Path:
    """A copy of the project's generator, templates and configuration to build in, with ``content`` (the
    project's own unless another folder is given) as its content."""
    for name in ("templates", "generator"):
        shutil.copytree(ROOT / name, target / name)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(content, target / "content")
    return target

