"""Golden pages: the generated Markdown of chosen pages, compared byte for byte.

After an intended change to templates or content, run `make golden` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "pages"
PAGES = [
    "meetings/2019/2019-11-07-public-accountability-conference.md",
    "meetings/2019/2019-12-18-public-accountability-conference.md",
    "plan/2021-2025/index.md",
    "plan/2021-2025/support-for-victims.md",
    "plan/reports/2018-police-and-crime-panel-performance-report.md",
    "assessments/2019/road-safety.md",
]


@pytest.mark.parametrize("page", PAGES)
def test_generated_page_matches_golden(built_site, page):
    generated = (built_site / "build" / "docs" / page).read_text(encoding="utf-8")
    golden = GOLDEN / page.replace("/", "__")
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(generated, encoding="utf-8")
    assert golden.exists(), f"no golden file for {page}: run `make golden`"
    assert generated == golden.read_text(encoding="utf-8"), f"{page} differs from its golden copy: run `make golden` if intended"
