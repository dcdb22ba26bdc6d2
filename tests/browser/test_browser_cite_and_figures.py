"""Citing one decision, and figures on a phone: what a journalist copies and what a phone shows."""

from __future__ import annotations

import json

import pytest

from generator.derive import paths
from support.browsing import PHONE
from support.linkcheck import configured_site_url

pytestmark = pytest.mark.browser


def _a_resolution(site):
    for view in site.meetings:
        for item in (view.meeting.minutes.items if view.meeting.minutes else []):
            if item.part == 1 and item.resolutions:
                return view, item, item.resolutions[-1]
    pytest.fail("no published minute has a resolution to cite", pytrace=False)


def test_copying_the_citation_of_one_resolution(browser, base_url, visits, built_site):
    view, item, resolution = _a_resolution(visits.site)
    anchor = paths.resolution_anchor(item.number, resolution.number)
    context = browser.new_context(**PHONE, permissions=["clipboard-read", "clipboard-write"])
    try:
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(base_url + paths.url(view.page) + "#" + anchor)
        target = page.locator(f"li#{anchor}")
        button = target.get_by_role("button", name=f"Copy citation of minute {item.number:03d}, decision ({resolution.number})")
        box = button.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44, box
        button.click()
        page.get_by_role("status").filter(has_text="copied").wait_for(state="attached")
        copied = page.evaluate("navigator.clipboard.readText()")
        address = configured_site_url(built_site) + paths.url(view.page).lstrip("/") + "#" + anchor
        assert copied.endswith(address), copied
        assert view.title in copied and f"minute {item.number:03d}, decision ({resolution.number})" in copied, copied
        target.get_by_role("button", name=f"Copy CSL-JSON citation of minute {item.number:03d}, decision ({resolution.number})").click()
        page.wait_for_function("() => navigator.clipboard.readText().then(t => t.startsWith('['))")
        csl = json.loads(page.evaluate("navigator.clipboard.readText()"))
        assert csl[0]["URL"] == address and csl[0]["issued"]["date-parts"] == [[view.meeting.date.year, view.meeting.date.month, view.meeting.date.day]]
        assert errors == []
    finally:
        context.close()


# Every text of every chart on the page, as drawn at the phone's width: the chart's SVG is read,
# and each text's size scaled by the width the picture is shown at over the width it was drawn at.
CHART_TEXT = """async () => {
    const found = [];
    for (const img of document.querySelectorAll('img.chart')) {
        const svg = new DOMParser().parseFromString(await (await fetch(img.src)).text(), 'image/svg+xml').documentElement;
        const drawnWidth = parseFloat(svg.getAttribute('viewBox').split(/[ ,]+/)[2]);
        const scale = img.getBoundingClientRect().width / drawnWidth;
        for (const text of svg.querySelectorAll('text')) {
            const size = parseFloat(/font-size:\\s*([0-9.]+)px/.exec(text.getAttribute('style') || '')?.[1]);
            found.push({chart: img.getAttribute('src'), text: text.textContent.slice(0, 40), px: size * scale});
        }
    }
    return found;
}"""


def _with_charts(visits, pages: list[str]) -> str:
    """The address of the first of these pages that shows a chart."""
    for page in pages:
        url = paths.url(page)
        built = visits.site_dir / url.lstrip("/") / "index.html"
        if built.is_file() and 'class="chart"' in built.read_text(encoding="utf-8"):
            return url
    pytest.fail(f"none of {len(pages)} pages shows a chart", pytrace=False)


PAGES_WITH_CHARTS = {
    "meeting": lambda site: [view.page for view in site.meetings],
    "section": lambda site: [paths.section_page(s) for items in site.sections.values() for s, _ in items],
    "metric": lambda site: [paths.metric_page(m) for m in site.metrics],
}


@pytest.mark.parametrize("kind", sorted(PAGES_WITH_CHARTS))
def test_chart_text_is_at_least_12px_on_a_phone(kind, phone, base_url, visits):
    url = _with_charts(visits, PAGES_WITH_CHARTS[kind](visits.site))
    phone.goto(base_url + url)
    texts = phone.evaluate(CHART_TEXT)
    assert texts, f"{url} has no chart text to check"
    small = [t for t in texts if not t["px"] >= 12]
    assert small == [], f"{len(small)} chart texts are under 12px at 375px wide, e.g. {small[:3]}"
