"""Where a visitor is and what a result is: a breadcrumb trail in line with the heading and close
together on a phone, header results that each name their own place, the feeds' pages placed under
"Stay informed", the office's classification of a presentation's sections shown apart from the
record, and the decision register's filters and citation buttons laid out for a mouse and for a
thumb."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from generator.derive import paths
from support.browsing import SCREENSHOTS, axe_violations, describe_violations

from fixture.answers import JUNE

pytestmark = pytest.mark.browser

REPEATED = "Victims of collisions"  # the heading of two sections of the fixture's June presentation


def test_header_results_for_a_repeated_heading_say_which_section_each_is(desktop, fixture_base_url):
    desktop.goto(fixture_base_url + "/")
    field = desktop.locator("#header-search")
    field.click()
    field.press_sequentially("collisions", delay=10)
    panel = desktop.locator(".papers-header-search__results")
    meeting = urlsplit(fixture_base_url).path + paths.url(paths.meeting_page(JUNE))
    for position in (2, 3):
        panel.locator(f"li a[href='{meeting}#presentation-performance-report-{position}']").wait_for(
            state="visible", timeout=30_000)
    titles = panel.locator("li a strong").all_inner_texts()
    texts = [" ".join(text.split()) for text in titles]
    assert len(set(texts)) == len(texts), f"two header results read the same: {texts}"
    sections = [text for text in texts if REPEATED in text]
    assert len(sections) == 2, texts
    assert any("section 2 of 3" in text for text in sections) and any("section 3 of 3" in text for text in sections), sections
    assert desktop.script_errors == []


@pytest.mark.parametrize("feed", [paths.PAPERS_FEED, paths.DECISIONS_FEED])
def test_a_feed_page_is_below_stay_informed_with_its_tab_active(feed, desktop, base_url):
    desktop.goto(base_url + paths.url(paths.feed_page(feed)))
    crumbs = [" ".join(c.split()) for c in desktop.locator("nav.papers-crumbs li").all_inner_texts()]
    assert crumbs[:2] == ["Home", "Stay informed"] and len(crumbs) == 3, crumbs
    active = desktop.locator(".md-tabs__item--active a")
    assert active.count() == 1, f"{active.count()} active tabs"
    assert " ".join(active.inner_text().split()) == "Stay informed"
    section = desktop.locator("nav.papers-crumbs li a").nth(1).get_attribute("href")
    assert desktop.evaluate("([a, b]) => new URL(a, location.href).href === new URL(b, location.href).href",
                            [active.get_attribute("href"), section])


def test_a_topic_feed_page_is_below_stay_informed(desktop, base_url, visits):
    topic = next(iter(visits.site.topics))
    desktop.goto(base_url + paths.url(paths.feed_page(paths.topic_feed(topic))))
    crumbs = [" ".join(c.split()) for c in desktop.locator("nav.papers-crumbs li").all_inner_texts()]
    assert crumbs[:2] == ["Home", "Stay informed"], crumbs
    assert " ".join(desktop.locator(".md-tabs__item--active a").inner_text().split()) == "Stay informed"


def test_each_presentation_section_shows_the_office_classification_apart_from_the_record(desktop, fixture_base_url):
    desktop.goto(fixture_base_url + paths.url(paths.meeting_page(JUNE)))
    heading = desktop.locator("#presentation-performance-report-3")
    tags = heading.locator("xpath=following-sibling::p[contains(concat(' ', @class, ' '), ' tags ')][1]")
    assert tags.is_visible()
    words = " ".join(tags.inner_text().split())
    assert words.startswith("Topics (added by the office):"), words
    assert [" ".join(t.split()) for t in tags.locator("a").all_inner_texts()] == ["Victims", "Road safety"]
    looks = tags.evaluate("""p => {
        const record = p.parentElement.querySelector('#presentation-performance-report-3 + ul li');
        const s = getComputedStyle(p), r = getComputedStyle(record);
        return {rule: s.borderLeftStyle, colour: s.color, recordColour: r.color, size: parseFloat(s.fontSize),
                recordSize: parseFloat(r.fontSize)};
    }""")
    assert looks["rule"] == "dashed" and looks["colour"] != looks["recordColour"] and looks["size"] < looks["recordSize"], looks


def _register_layout(page) -> dict:
    return page.evaluate("""() => {
        const box = e => e.getBoundingClientRect();
        const selects = Array.from(document.querySelectorAll('#register-filters select')).map(box);
        const buttons = Array.from(document.querySelectorAll('li.register-entry .papers-cite-button')).map(box);
        const firsts = Array.from(document.querySelectorAll('li.register-entry')).map(
            li => li.querySelector('.papers-cite-button')).filter(Boolean).map(box);
        return {
            selects: selects.map(b => [b.left, b.top, b.right, b.bottom, b.height]),
            buttons: buttons.map(b => [b.width, b.height]),
            starts: firsts.map(b => Math.round(b.left)),
            wide: document.documentElement.scrollWidth,
        };
    }""")


# Each breadcrumb: where its item ends, and where its words start (after the separator drawn before it).
CRUMBS = """() => ({
    headingLeft: document.querySelector('.md-content h1').getBoundingClientRect().left,
    items: Array.from(document.querySelectorAll('nav.papers-crumbs li')).map(li => {
        const words = document.createRange();
        words.selectNodeContents(li.querySelector('a') || li);
        const box = li.getBoundingClientRect(), text = words.getClientRects()[0];
        return {text: li.textContent.trim().slice(0, 30), left: box.left, right: box.right, top: box.top, wordsLeft: text.left};
    }),
})"""


def test_on_a_phone_the_breadcrumbs_start_at_the_heading_and_sit_close(phone, base_url, visits):
    """Between one crumb and the next on its line only the separator and a little space (no more than
    24px), and the trail in line with the page's heading: a trail of links is not indented like a
    numbered list."""
    phone.goto(base_url + visits.url("meeting"))
    measured = phone.evaluate(CRUMBS)
    items = measured["items"]
    assert len(items) >= 3, f"the meeting page's breadcrumb has {len(items)} items"
    assert abs(items[0]["left"] - measured["headingLeft"]) <= 1, (
        f"the breadcrumb starts at {items[0]['left']:.0f}px, the heading at {measured['headingLeft']:.0f}px")
    pairs = [(a, b) for a, b in zip(items, items[1:]) if round(a["top"]) == round(b["top"])]
    assert pairs, f"no two crumbs share a line: {items}"
    for before, after in pairs:
        gap = after["wordsLeft"] - before["right"]
        assert gap <= 24, f"{gap:.0f}px between {before['text']!r} and {after['text']!r}"


def _apart(a, b) -> bool:
    """Two boxes (left, top, right, bottom) with at least 8px between them, across or down."""
    return b[0] - a[2] >= 8 or a[0] - b[2] >= 8 or b[1] - a[3] >= 8 or a[1] - b[3] >= 8


@pytest.mark.parametrize("window", ["desktop", "phone"])
def test_the_register_filters_and_citation_buttons_are_laid_out_cleanly(window, request, base_url, visits, axe_source):
    page = request.getfixturevalue(window)
    width = 1280 if window == "desktop" else 375
    year = next(y for y in visits.site.register.years if y.decisions)
    page.goto(base_url + paths.url(year.page))
    page.locator("li.register-entry .papers-cite-button").first.wait_for(state="visible")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"register-year-{width}.png"), full_page=True)
    layout = _register_layout(page)
    assert layout["wide"] <= width, f"the page is {layout['wide']}px wide"
    selects = layout["selects"]
    assert len(selects) == 3 and all(height >= 44 for *_box, height in selects), selects
    assert all(_apart(a[:4], b[:4]) for i, a in enumerate(selects) for b in selects[i + 1:]), f"filters touch: {selects}"
    if window == "desktop":
        assert len({round(top) for _l, top, *_rest in selects}) == 1, f"the filters are not on one row: {selects}"
    else:
        assert all(right - left >= 300 for left, _t, right, *_rest in selects), f"the filters are not full width: {selects}"
    assert layout["buttons"] and all(w >= 44 and h >= 44 for w, h in layout["buttons"]), layout["buttons"]
    assert len(set(layout["starts"])) == 1, f"the citation buttons start at {sorted(set(layout['starts']))}px: a ragged list"
    violations = axe_violations(page, axe_source)
    assert violations == [], describe_violations(f"register {year.year} ({window})", page.url, violations)
    assert page.script_errors == []
