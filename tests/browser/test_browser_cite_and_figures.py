"""Citing one decision, and figures on a phone: what a journalist copies and what a phone shows."""

from __future__ import annotations

import json
import re

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


def built_site_author(project) -> str:
    """The publisher a citation names: ``site_author`` in the project's mkdocs.yml."""
    found = re.search(r"^site_author:\s*(.+?)\s*$", (project / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE)
    assert found, "mkdocs.yml sets no site_author, the publisher that citations name"
    return found.group(1)


@pytest.fixture
def clipboard_tab(browser):
    """A phone-sized tab allowed to write and read the clipboard, and the script errors it meets."""
    context = browser.new_context(**PHONE, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.script_errors = []
    page.on("pageerror", lambda error: page.script_errors.append(str(error)))
    yield page
    context.close()


def _copy(page, scope, name: str) -> str:
    """Click the button of this name inside ``scope`` and return what it put on the clipboard."""
    page.evaluate("navigator.clipboard.writeText('')")
    button = scope.get_by_role("button", name=name, exact=True)
    box = button.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44, f"{name!r}: {box}"
    button.click()
    page.wait_for_function("() => navigator.clipboard.readText().then(t => t !== '')")
    return page.evaluate("navigator.clipboard.readText()")


def test_copying_the_citation_of_one_resolution(clipboard_tab, base_url, visits, built_site):
    page = clipboard_tab
    view, item, resolution = _a_resolution(visits.site)
    anchor = paths.resolution_anchor(item.number, resolution.number)
    which = f"minute {item.number:03d}, decision ({resolution.number})"
    page.goto(base_url + paths.url(view.page) + "#" + anchor)
    target = page.locator(f"li#{anchor}")
    copied = _copy(page, target, f"Copy citation of {which}")
    page.get_by_role("status").filter(has_text="copied").wait_for(state="attached")
    address = configured_site_url(built_site) + paths.url(view.page).lstrip("/") + "#" + anchor
    assert copied.endswith(address), copied
    assert view.title in copied and which in copied, copied
    csl = json.loads(_copy(page, target, f"Copy CSL-JSON citation of {which}"))
    assert csl[0]["URL"] == address and csl[0]["issued"]["date-parts"] == [[view.meeting.date.year, view.meeting.date.month, view.meeting.date.day]]
    assert page.script_errors == []


def _register_entry_of(site, decision):
    for ry in site.register.years:
        for entry in ry.decisions + ry.noted:
            if entry.page == decision.view.page and entry.link_anchor == decision.anchor:
                return ry.page if entry in ry.decisions else ry.noted_page, entry
    pytest.fail(f"{decision.anchor} of {decision.view.title} is on no page of the decision register", pytrace=False)


def test_a_decision_is_cited_in_the_same_words_from_the_register_as_from_its_minutes(clipboard_tab, base_url, visits, built_site):
    page = clipboard_tab
    site = visits.site
    decision = next((d for d in site.decisions if d.kind == "resolution"), None)
    assert decision is not None, "no published minute has a resolution for the decision register to cite"
    register_page, entry = _register_entry_of(site, decision)
    which = f"minute {decision.minute.number:03d}, decision ({decision.number})"

    page.goto(base_url + paths.url(decision.view.page))
    from_minutes = _copy(page, page.locator(f"li#{decision.anchor}"), f"Copy citation of {which}")

    page.goto(base_url + paths.url(register_page) + "#" + entry.anchor)
    row = page.locator(f"li[id='{entry.anchor}']")
    name = f"{decision.view.title}, {which}"
    from_register = _copy(page, row, f"Copy citation of {name}")
    assert from_register == from_minutes, (from_register, from_minutes)
    address = configured_site_url(built_site) + paths.url(decision.view.page).lstrip("/") + "#" + decision.anchor
    assert from_register == f"{built_site_author(built_site)}. {name}. {address}", from_register
    csl = json.loads(_copy(page, row, f"Copy CSL-JSON citation of {name}"))
    assert csl[0]["URL"] == address and csl[0]["container-title"] == decision.view.title, csl
    assert page.script_errors == []


def test_a_decision_notice_is_cited_from_its_page_and_from_the_register(clipboard_tab, base_url, visits, built_site):
    page = clipboard_tab
    site = visits.site
    assert site.notices, "the content has no decision notice to cite: add one to content/decisions/"
    notice = next((nv for nv in site.notices if nv.notice.date), site.notices[0])
    reference = notice.notice.reference
    address = configured_site_url(built_site) + paths.url(notice.page).lstrip("/")

    page.goto(base_url + paths.url(notice.page))
    heading = page.locator(".md-content")
    from_notice = _copy(page, heading, f"Copy citation of decision {reference}")
    assert from_notice.startswith(built_site_author(built_site) + ". Decision " + reference + ": "), from_notice
    assert from_notice.endswith(". " + address), from_notice
    assert notice.title in from_notice, from_notice
    csl = json.loads(_copy(page, heading, f"Copy CSL-JSON citation of decision {reference}"))
    assert csl[0]["URL"] == address, csl
    if notice.notice.date:
        day = notice.notice.date
        assert csl[0]["issued"]["date-parts"] == [[day.year, day.month, day.day]], csl
    else:
        assert "issued" not in csl[0], csl

    ry = site.register.year(notice.year)
    entry = next(e for e in ry.decisions if e.page == notice.page)
    page.goto(base_url + paths.url(ry.page) + "#" + entry.anchor)
    from_register = _copy(page, page.locator(f"li[id='{entry.anchor}']"), f"Copy citation of decision {reference}")
    assert from_register == from_notice, (from_register, from_notice)
    assert page.script_errors == []


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
