"""axe-core finds no WCAG 2.0, 2.1 or 2.2 A/AA failure on a page of any kind (every rule runs)."""

from __future__ import annotations

import pytest

from support.browsing import axe_violations, describe_violations

pytestmark = pytest.mark.browser


def test_no_accessibility_violations(desktop_views, axe_source):
    reports = []
    for view in desktop_views:
        violations = axe_violations(view.page, axe_source)
        if violations:
            reports.append(describe_violations(view.label, view.url, violations))
    assert not reports, "\n\n".join(reports)
