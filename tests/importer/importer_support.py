"""Helpers for the importer tests: run an import and read back what it wrote."""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generator import models
from generator.importer import run_import
from generator.load.source import load_yaml_file

REPO = Path(__file__).resolve().parents[2]
SEEDS = Path(__file__).parents[2].parent / "shared" / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# A small people.yaml for the tests that must not depend on the real one.
PEOPLE = """\
organisations:
  - id: opcc-cumbria
    name: Office of the Police and Crime Commissioner for Cumbria
  - id: cumbria-constabulary
    name: Cumbria Constabulary
posts:
  - id: police-and-crime-commissioner
    label: Police & Crime Commissioner
    organisation: opcc-cumbria
  - id: opcc-chief-executive
    label: OPCC Chief Executive
    organisation: opcc-cumbria
  - id: joint-chief-finance-officer
    label: Joint Chief Finance Officer
    organisation: opcc-cumbria
  - id: chief-constable
    label: Chief Constable
    organisation: cumbria-constabulary
  - id: opcc-executive-support-officer
    label: OPCC Executive Support Officer
    organisation: opcc-cumbria
people:
  - id: peter-mccall
    name: Peter McCall
    honorific_prefix: Mr
    memberships:
      - post: police-and-crime-commissioner
  - id: vivian-stafford
    name: Vivian Stafford
    honorific_prefix: Mrs
    memberships:
      - post: opcc-chief-executive
  - id: roger-marshall
    name: Roger Marshall
    memberships:
      - post: joint-chief-finance-officer
  - id: michelle-skeer
    name: Michelle Skeer
    honorific_suffix: QPM
    memberships:
      - post: chief-constable
  - id: paula-zutic
    name: Paula Zutic
    memberships:
      - post: opcc-executive-support-officer
"""


@dataclass
class Imported:
    code: int
    out: str
    err: str
    folder: Path
    files: dict[str, Path] = field(default_factory=dict)

    def meeting(self, name: str) -> models.Meeting:
        """The draft written as ``name`` (a file name without folder), checked with the content model."""
        return models.Meeting.model_validate(load_yaml_file(self.files[name], name).data)

    def text(self, name: str) -> str:
        return self.files[name].read_text(encoding="utf-8")

    @property
    def meetings(self) -> dict[str, models.Meeting]:
        return {name: self.meeting(name) for name in self.files}

    def printed_lines(self) -> dict[int, list[str]]:
        """The unplaced lines printed as 'line N: text', by line number."""
        found: dict[int, list[str]] = {}
        for line in self.out.splitlines():
            if line.startswith("line "):
                number, _, text = line[5:].partition(": ")
                found.setdefault(int(number), []).append(text)
        return found


def do_import(file: Path, root: Path, out: Path | None) -> Imported:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run_import(file, root, out, stdout=stdout, stderr=stderr)
    folder = out if out is not None else root / "content" / "meetings"
    files = {p.name: p for p in sorted(folder.rglob("*.yaml"))} if folder.exists() else {}
    return Imported(code, stdout.getvalue(), stderr.getvalue(), folder, files)


def make_project(base: Path) -> Path:
    """A project folder with content/people.yaml (the small one above) and nothing else."""
    root = base / "project"
    (root / "content" / "meetings").mkdir(parents=True)
    (root / "content" / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    return root


@pytest.fixture
def project(tmp_path) -> Path:
    """A project folder with the small content/people.yaml above and an empty content/meetings/.

    Test modules import this fixture by name: a conftest.py here would be imported as the
    module ``conftest`` and hide the one other test folders import from.
    """
    return make_project(tmp_path)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def model_of(annotation):
    import typing

    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = model_of(arg)
        if found is not None:
            return found
    return None


def out_of_order(data, model, where="") -> list[str]:
    """Mappings whose keys are not in the order the model declares its fields (``missing`` last)."""
    wrong = []
    if isinstance(data, list):
        for index, item in enumerate(data):
            wrong += out_of_order(item, model, f"{where}[{index}]")
    elif isinstance(data, dict) and model is not None:
        fields = list(model.model_fields)
        if "missing" in fields:  # declared first by the shared base class; written last, after what it is about
            fields.remove("missing")
            fields.append("missing")
        keys = list(data)
        if keys != sorted(keys, key=fields.index):
            wrong.append(f"{where or 'top'}: {keys}")
        for key, value in data.items():
            wrong += out_of_order(value, model_of(model.model_fields[key].annotation), f"{where}.{key}")
    return wrong
