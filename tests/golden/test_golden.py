"""Golden pages: every file the generator writes for the fixture site (tests/fixture/content/), compared
byte for byte with the reviewed copies in tests/golden/expected/.

The fixture content is fixed, so only a change to the generator or the templates changes these files.
After an intended change run `make golden` and review the diff of tests/golden/expected/ like code.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.render import pages
from generator.render.kinds import PageKind

from fixture.site import DAY, EXPECTED, fixture_site, generated

UPDATING = bool(os.environ.get("UPDATE_GOLDEN"))


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, bytes]:
    made = generated(tmp_path_factory.mktemp("golden"), tmp_path_factory.mktemp("charts"))
    if UPDATING:
        if EXPECTED.exists():
            shutil.rmtree(EXPECTED)
        for path, data in made.items():
            target = EXPECTED / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    return made


def _expected() -> dict[str, bytes]:
    return {p.relative_to(EXPECTED).as_posix(): p.read_bytes() for p in sorted(EXPECTED.rglob("*")) if p.is_file()}


def test_the_same_files_are_generated(files):
    assert sorted(files) == sorted(_expected()), "files added or gone: run `make golden` and review the diff"


def test_every_file_matches_its_golden_copy(files):
    expected = _expected()
    differ = [path for path in sorted(files) if path in expected and files[path] != expected[path]]
    assert differ == [], f"differ from tests/golden/expected/: {differ}; run `make golden` if intended, and review the diff"


def test_every_page_kind_has_a_golden_page(tmp_path):
    site = fixture_site(tmp_path)
    kinds = {kind for path, kind, _ in pages._pages(site, DAY) if (EXPECTED / path).is_file()}
    assert kinds == set(PageKind)


def test_the_fixture_shows_what_the_public_view_must_hide(files):
    """What the golden files must not hold, whatever they are regenerated to."""
    text = b"\n".join(files.values())
    assert b"A draft that never reaches the site" not in text
    assert b"Papers not yet public on the build date" not in text
    assert b"2021-10-06" not in text and b"2030-02-12" not in text
    meeting = files["meetings/2021/2021-06-02-public-accountability-conference.md"].decode()
    assert "Exempt contract matter" in meeting  # the title of exempt business is public
    assert meeting.count("Considered in private") == 2  # its agenda item and its minute, nothing more
