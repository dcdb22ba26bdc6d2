"""Documents of the same layouts that another office, or another year of the same body, would publish.

Each ``variants/<name>.txt`` with a ``variants/<name>.yaml`` beside it holds, in the form of
``expected/`` (see ``papers_support.summary``), the structure a careful clerk takes from it. People
are matched against the small people.yaml of the tests, so anyone else is new, with an id made from
the name as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importer_support import project  # noqa: F401 (a fixture)
from papers_support import expected, summary

VARIANTS = Path(__file__).resolve().parent / "variants"
CASES = sorted(p.stem for p in VARIANTS.glob("*.yaml"))


def test_there_are_held_out_variants_for_every_family():
    layouts = {expected(VARIANTS / f"{name}.yaml").get("layout") for name in CASES}
    assert {"office-pack", "committee-system", "board-minutes", "decision-notice", "decision-list", "printed-agenda"} <= layouts


@pytest.mark.parametrize("name", CASES)
def test_variant_imports_as_read_by_hand(name, project, tmp_path):
    source = VARIANTS / f"{name}.txt"
    assert source.is_file(), f"{source} is missing beside its expected structure"
    got = summary(source, project, tmp_path / "out")
    assert got == expected(VARIANTS / f"{name}.yaml")
