"""The synthetic archive the benchmark builds is content the checker accepts."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import synthetic  # noqa: E402
from generator.pipeline import check  # noqa: E402
from generator.problems import errors  # noqa: E402


def test_five_synthetic_meetings_pass_the_checker(tmp_path):
    written = synthetic.write_archive(tmp_path, 5)
    content, problems = check(tmp_path)
    assert errors(problems) == [], "\n".join(str(p) for p in errors(problems))
    assert len(written) == 5
    assert len(content.of_kind("meeting")) == 5


def test_the_added_meeting_follows_the_archive_and_passes(tmp_path):
    synthetic.write_archive(tmp_path, 5)
    added = synthetic.add_meeting(tmp_path, 5)
    content, problems = check(tmp_path)
    assert errors(problems) == [], "\n".join(str(p) for p in errors(problems))
    meetings = sorted(d.id for d in content.of_kind("meeting"))
    assert meetings[-1] == added.stem


def test_the_archive_is_the_same_every_time(tmp_path):
    first = synthetic.write_archive(tmp_path / "a", 5)
    second = synthetic.write_archive(tmp_path / "b", 5)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


def test_refuses_to_replace_content_it_did_not_write(tmp_path, capsys):
    papers = tmp_path / "content" / "people.yaml"
    papers.parent.mkdir()
    papers.write_text("real papers\n", encoding="utf-8")
    code = synthetic.main(["--meetings", "2", "--out", str(tmp_path)])
    assert code == 2
    assert "was not written by bench/synthetic.py" in capsys.readouterr().err
    assert [p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")] == ["content", "content/people.yaml"]
    assert papers.read_text(encoding="utf-8") == "real papers\n"


def test_the_project_folder_itself_is_refused(capsys):
    before = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "content").rglob("*"))
    assert synthetic.main(["--meetings", "2", "--out", str(ROOT)]) == 2
    assert "nothing was changed" in capsys.readouterr().err
    assert sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "content").rglob("*")) == before
    assert not (ROOT / synthetic.MARKER).exists()


def test_an_archive_it_wrote_may_be_written_again(tmp_path):
    assert synthetic.main(["--meetings", "3", "--out", str(tmp_path)]) == 0
    assert synthetic.main(["--meetings", "2", "--out", str(tmp_path)]) == 0
    assert len(list((tmp_path / "content" / "meetings").rglob("*.yaml"))) == 2
