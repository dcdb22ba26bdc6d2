"""The record and the office's aids as a reader meets them in a browser.

On a page of every kind: no warning box, no page title or search filter that speaks of something
"missing"; on the pages of papers, one "About this record" section at the end that lists what the
source lost. Pictures of the presentation page and the plan page, before this presentation and
now, are put side by side in build/screenshots/ (record-before-*.png, record-after-*.png).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from support.browsing import SCREENSHOTS

pytestmark = pytest.mark.browser

BEFORE = Path(__file__).parent / "before"
RECORD_KINDS = {"meeting", "plan", "objective", "report", "assessment", "section"}
PRESENTATION = "/meetings/2019/2019-12-18-public-accountability-conference/"
PLAN = "/plan/2021-2025/"


def test_no_warning_box_and_nothing_missing_in_titles_or_filters(desktop_views, kind):
    for view in desktop_views:
        page = view.page
        assert page.locator(".admonition.warning, details.warning").count() == 0, f"{view.label}: a warning box"
        assert "missing" not in page.title().lower(), f"{view.label}: title {page.title()!r}"
        for heading in page.locator("h1").all_inner_texts():
            assert "missing" not in heading.lower(), f"{view.label}: heading {heading!r}"
        filters = page.locator("[data-pagefind-filter]").evaluate_all(
            "nodes => nodes.map(n => (n.getAttribute('data-pagefind-filter') || '') + ' ' + (n.textContent || ''))")
        meta = page.locator("[data-pagefind-meta]").evaluate_all("nodes => nodes.map(n => n.outerHTML)")
        for value in filters + meta:
            assert "missing" not in value.lower(), f"{view.label}: search filter {value!r}"


def test_papers_end_with_about_this_record(desktop_views, kind):
    if kind not in RECORD_KINDS:
        for view in desktop_views:
            assert view.page.locator("#about-this-record").count() == 0, f"{view.label}: not a paper"
        return
    for view in desktop_views:
        page = view.page
        about = page.locator("#about-this-record")
        assert about.count() == 1, f"{view.label}: no About this record section"
        last = page.locator("article h2").last.get_attribute("id")
        assert last == "about-this-record", f"{view.label}: About this record is not the last section ({last})"
        assert about.is_visible()


def test_the_presentation_page_tells_its_losses_once_at_the_end(desktop, base_url):
    desktop.goto(base_url + PRESENTATION, wait_until="load")
    text = desktop.locator("article").inner_text()
    about = text[text.index("About this record"):]
    assert "What the source document lost" in about and "No heading in the source" in about
    assert "Where this page differs from the source's words" in about and "1.74 million" in about
    # In the body, a quiet marker where the source lost something.
    markers = desktop.locator("p.record-gap")
    assert markers.count() >= 10
    # The office's summary and tags are labelled as the office's.
    assert desktop.locator(".office-aid").first.inner_text().startswith("Summary by the office:")
    assert "Topics (added by the office)" in text


def test_the_plan_names_untitled_objectives_by_their_first_words(desktop, base_url):
    desktop.goto(base_url + PLAN, wait_until="load")
    links = desktop.locator("#objectives ~ ul").first.locator("a").all_inner_texts()
    assert "Objective beginning “Commission services to support victims of crime…”" in links
    assert not any("missing" in link.lower() for link in links)


def test_screenshots_before_and_after(desktop, base_url):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for before in sorted(BEFORE.glob("before-*.png")):
        shutil.copyfile(before, SCREENSHOTS / f"record-{before.name}")
    for name, address, anchor in (("presentation", PRESENTATION, "#presentation-performance"), ("plan", PLAN, "")):
        desktop.set_viewport_size({"width": 1280, "height": 1800})
        desktop.goto(base_url + address + anchor, wait_until="load")
        path = SCREENSHOTS / f"record-after-{name}-1280.png"
        desktop.screenshot(path=str(path))
        assert path.stat().st_size > 10_000
        assert (SCREENSHOTS / f"record-before-{name}-1280.png").is_file()
