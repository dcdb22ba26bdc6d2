"""Real papers in other offices' layouts import as a careful reader takes them, document by document.

``tests/importer/expected/<folder>/<name>.yaml`` holds, for each document in ``../shared/papers/``, the
structure read from it by hand: its layout, the meeting's date, body and start, every visible item with
its number and title, the minutes, resolutions and decisions, who was present and who sent apologies,
and the numbers of the lines that no field can take (each is listed in the report and kept in the
draft). People are matched against the project's own content/people.yaml.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importer_support import REPO
from papers_support import expected, summary

PAPERS = REPO.parent / "shared" / "papers"
EXPECTED = Path(__file__).resolve().parent / "expected"
CASES = sorted(p.relative_to(EXPECTED).with_suffix(".txt").as_posix() for p in EXPECTED.rglob("*.yaml"))


def paper(name: str) -> Path:
    path = PAPERS / name
    assert path.is_file(), (
        f"the real papers are expected in {PAPERS} (the shared folder beside the project); {name} is not there"
    )
    return path


def test_every_shared_paper_has_its_expected_structure():
    assert PAPERS.is_dir(), f"the real papers are expected in {PAPERS} (the shared folder beside the project)"
    documents = sorted(p.relative_to(PAPERS).as_posix() for p in PAPERS.rglob("*.txt"))
    assert documents == CASES


@pytest.mark.parametrize("name", CASES)
def test_paper_imports_as_read_by_hand(name, tmp_path):
    got = summary(paper(name), REPO, tmp_path / "out")
    want = expected(EXPECTED / Path(name).with_suffix(".yaml"))
    assert got == want


def test_the_same_meeting_in_two_renderings_gives_the_same_items(tmp_path):
    plain = summary(paper("cumbria-panel/03_pcp-2021-01-28.txt"), REPO, tmp_path / "a")
    numbered = summary(paper("cumbria-panel/03b_pcp-2021-01-28-numbered-version.txt"), REPO, tmp_path / "b")
    titles = lambda result: [item.split(" ", 1)[1] for item in result["meetings"][0]["items"]]  # noqa: E731
    assert titles(plain)[:6] == titles(numbered)
    assert [item.split(" ", 1)[0] for item in numbered["meetings"][0]["items"]] == ["1", "2", "3", "4", "5", "6"]
    assert [item.split(" ", 1)[0] for item in numbered["meetings"][0]["minutes"]] == ["18", "19", "20", "21", "22", "23"]


def test_two_renderings_of_one_meeting_each_give_the_items_their_text_shows(tmp_path):
    """16 October 2020: the unnumbered page shows item 7 (Public Participation); the numbered one is cut
    short inside item 6, so it has six items. Neither draft adds or drops an item its own text shows."""
    plain_file, numbered_file = paper("cumbria-panel/02_pcp-2020-10-16.txt"), paper("cumbria-panel/02b_pcp-2020-10-16-numbered-version.txt")
    plain = summary(plain_file, REPO, tmp_path / "a")["meetings"][0]["items"]
    numbered = summary(numbered_file, REPO, tmp_path / "b")["meetings"][0]["items"]
    assert numbered == plain[:6]
    assert plain[6:] == ["7 Public Participation"]
    assert "Public Participation" in plain_file.read_text(encoding="utf-8")
    assert "Public Participation" not in numbered_file.read_text(encoding="utf-8")
    assert numbered_file.read_text(encoding="utf-8").rstrip().endswith("RESOLVED,    t")
