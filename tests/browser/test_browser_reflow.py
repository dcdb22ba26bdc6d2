"""WCAG 1.4.10 Reflow: on a phone and at 200% zoom no page scrolls sideways; wide tables scroll in their own region."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# The page's width against the window's, and, to explain a failure, the elements that stick out
# of the window without a scrolling box of their own around them.
MEASURE = """() => {
    const width = window.innerWidth;
    const scrolls = el => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
        + Array.from(el.classList).slice(0, 2).map(c => '.' + c).join('');
    const wide = [];
    for (const el of document.querySelectorAll('body *')) {
        const box = el.getBoundingClientRect();
        if (!box.width || !box.height || box.right <= width + 1) continue;
        let up = el.parentElement;
        while (up && up !== document.body && !scrolls(up)) up = up.parentElement;
        if (!up || up === document.body) wide.push(name(el) + ' reaches ' + Math.round(box.right) + 'px');
    }
    return {scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 12)};
}"""

# Every data table sits in its .data-table region, which scrolls sideways itself, fits the
# window, and shows the whole table when scrolled (no box inside it cuts the table off).
TABLES = """() => Array.from(document.querySelectorAll('.md-content table')).map(table => {
    const region = table.closest('.data-table');
    const style = region && getComputedStyle(region);
    let clip = null;
    for (let up = table.parentElement; up && up !== region; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') { clip = up.className || up.tagName; break; }
    }
    return {
        id: table.id || (table.caption ? table.caption.textContent.trim().slice(0, 40) : '(no id)'),
        inRegion: !!region,
        scrolls: !!style && ['auto', 'scroll'].includes(style.overflowX),
        fits: !!region && region.getBoundingClientRect().right <= window.innerWidth + 1,
        reachable: !!region && region.scrollWidth + 1 >= table.getBoundingClientRect().width,
        clip,
    };
})"""


def sideways_scrolling(views) -> list[str]:
    failures = []
    for view in views:
        measured = view.page.evaluate(MEASURE)
        if measured["scrollWidth"] > measured["width"]:
            failures.append(f"{view.label} ({view.url}) is {measured['scrollWidth']}px wide in a {measured['width']}px "
                            "window: " + "; ".join(measured["wide"]))
        for table in view.page.evaluate(TABLES):
            if table["inRegion"] and not (table["scrolls"] and table["fits"] and table["reachable"] and table["clip"] is None):
                failures.append(f"{view.label} ({view.url}): the region of table {table['id']!r} does not scroll it in place: {table}")
    return failures


def test_no_page_scrolls_sideways_on_a_phone(phone_views):
    failures = sideways_scrolling(phone_views)
    assert not failures, "\n".join(failures)


def test_no_page_scrolls_sideways_at_200_percent_zoom(zoomed_views):
    failures = sideways_scrolling(zoomed_views)
    assert not failures, "\n".join(failures)
