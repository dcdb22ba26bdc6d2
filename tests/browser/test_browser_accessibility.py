"""axe-core finds no WCAG 2.0, 2.1 or 2.2 A/AA failure on a page of any kind (every rule runs), in a
desktop window and on a phone (375px) with its menu closed; on the phone the search page is checked
again with its filters open."""

from __future__ import annotations

import pytest

from support.browsing import axe_violations, describe_violations

pytestmark = pytest.mark.browser


def _filters_open(page):
    """Open the search page's folded filters on a phone; returns the button that folds them again."""
    toggle = page.locator(".papers-search__toggle")
    assert toggle.is_visible(), "on a phone the search page has no button that opens its filters"
    assert toggle.get_attribute("aria-expanded") == "false", "the filters are open on a phone before anyone asks"
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true" and page.locator("#search-filters").is_visible()
    return toggle


@pytest.mark.parametrize("window", ["desktop", "phone"])
def test_no_accessibility_violations(window, kind, request, axe_source):
    reports = []
    for view in request.getfixturevalue(f"{window}_views"):
        page = view.page
        if window == "phone":
            assert not page.locator("#__drawer").is_checked(), f"{view.label}: the phone menu is open"
        states = [(f"{view.label} ({window})", None)]
        if window == "phone" and kind == "search":
            states.append((f"{view.label} ({window}, filters open)", _filters_open))
        for label, change in states:
            undo = change(page) if change else None
            try:
                violations = axe_violations(page, axe_source)
            finally:
                if undo is not None:
                    undo.click()
            if violations:
                reports.append(describe_violations(label, view.url, violations))
    assert not reports, "\n\n".join(reports)
