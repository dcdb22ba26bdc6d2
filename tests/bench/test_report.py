"""Every benchmark run is kept: a run is appended to bench/results.md, never written over the earlier ones."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.report import HOW, TITLE, SizeResult, append_run, rows  # noqa: E402


def test_runs_are_appended_and_an_older_file_is_kept(tmp_path):
    results = tmp_path / "results.md"
    results.write_text("# Build benchmark\n\nRun 2026-11-23 by the older benchmark.\n\n## Notes\n\n- slow\n", encoding="utf-8")
    append_run(results, "## Run of A\n\nfirst\n")
    append_run(results, "## Run of B\n\nsecond\n")
    text = results.read_text(encoding="utf-8")
    assert text.startswith(TITLE) and text.count(HOW) == 1
    assert "Run 2026-11-23 by the older benchmark." in text and "### Notes" in text
    assert text.index("## Run of A") < text.index("## Run of B")


def test_a_missed_target_is_marked_at_1000_meetings():
    large = SizeResult(1000, 1)
    large.add("edit", 12.0)
    large.add("serve_edit", 2.0)
    verdicts = {key: verdict for _, key, _, verdict in rows([large]) if key}
    assert verdicts["edit"] is False and verdicts["serve_edit"] is True
    assert verdicts["cold"] is None  # not measured: neither met nor missed
