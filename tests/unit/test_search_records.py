"""What search finds inside a meeting: every result of one meeting reads differently, and says which
minute, decision or section it is, even where the source repeats a heading (two slides of the bundled
8 December 2021 presentation on drugs share one title)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from generator.derive.site import derive
from generator.pipeline import validated

from fixture.site import fixture_site

ROOT = Path(__file__).resolve().parents[2]


def _repeated(records) -> list[tuple[str, str]]:
    counts = Counter((r.context, r.title) for r in records)
    return [key for key, n in counts.items() if n > 1]


def test_no_two_results_of_a_meeting_share_a_title_in_the_bundled_content():
    content, _warnings = validated(ROOT)
    records = derive(content).search_records
    assert records, "the bundled content gives no search records"
    assert _repeated(records) == []


def test_a_heading_the_source_repeats_is_told_apart_by_its_place(tmp_path):
    records = fixture_site(tmp_path).search_records
    titles = sorted(r.title for r in records if "Victims of collisions" in r.title)
    assert titles == ["Performance report, section 2 of 3: Victims of collisions",
                      "Performance report, section 3 of 3: Victims of collisions"]
    assert _repeated(records) == []
    assert {r.url.rsplit("#", 1)[1] for r in records if "Victims of collisions" in r.title} == {
        "presentation-performance-report-2", "presentation-performance-report-3"}


def test_each_record_is_classified_by_the_office_and_dated_by_its_meeting(tmp_path):
    records = fixture_site(tmp_path).search_records
    third = next(r for r in records if r.url.endswith("#presentation-performance-report-3"))
    assert third.classification.topics == ("Road safety", "Victims")  # the presentation's topic and the section's own
    assert (third.date, third.year, third.kind) == ("2021-06-02", 2021, "Presentation")
