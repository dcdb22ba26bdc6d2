"""The record's own kinds of page, built from the fixture content (tests/fixture/content/) by the real build:
bodies, a body, the register of a year and its noted items (with its filters), formal decisions (one with a
restricted part), a register of interests, a cancelled and a provisional meeting. Each passes axe, can be
used with the keyboard alone, and does not scroll sideways on a 375 px phone."""

from __future__ import annotations

import pytest

from support.browsing import axe_violations, describe_violations

from fixture.answers import NOTED_2021, REGISTER_2021, RESTRICTED_TEXT
from fixture.site import CONTENT

from test_browser_keyboard import focus_problem, tab
from test_browser_reflow import sideways_scrolling

pytestmark = pytest.mark.browser

PAGES = {
    "bodies": "/bodies/",
    "body": "/bodies/joint-audit-committee/",
    "decisions": "/decisions/",
    "register-year": "/decisions/2021/",
    "register-noted": "/decisions/2021/noted/",
    "notice": "/decisions/2021/001-2021/",
    "notice-restricted": "/decisions/2021/002-2021/",
    "notice-from-a-list": "/decisions/2020/014-2020/",
    "interests": "/people/ada-sample/interests/",
    "meeting-cancelled": "/meetings/2030/2030-03-05-police-and-crime-panel/",
    "meeting-provisional": "/meetings/2030/2030-04-16-joint-audit-committee/",
    "meeting-with-documents": "/meetings/2021/2021-07-14-joint-audit-committee/",
}


@pytest.fixture(scope="module")
def record_site(fixture_built, fixture_base_url):
    """The fixture site's project root, and the address it is served at."""
    return fixture_built, fixture_base_url


def open_page(page, url: str) -> None:
    response = page.goto(url)
    assert response is not None and response.status == 200, f"{url} answered {response.status if response else None}"


@pytest.mark.parametrize("name", sorted(PAGES))
def test_each_page_passes_axe(name, record_site, desktop, axe_source):
    _root, base = record_site
    open_page(desktop, base + PAGES[name])
    violations = axe_violations(desktop, axe_source)
    assert violations == [], describe_violations(name, PAGES[name], violations)
    assert desktop.script_errors == []


@pytest.mark.parametrize("name", sorted(PAGES))
def test_each_page_fits_a_phone(name, record_site, phone):
    _root, base = record_site
    open_page(phone, base + PAGES[name])

    class View:
        label, url, page = name, PAGES[name], phone
    assert sideways_scrolling([View]) == []


@pytest.mark.parametrize("name", sorted(PAGES))
def test_each_page_can_be_read_by_keyboard_with_focus_always_visible(name, record_site, desktop):
    _root, base = record_site
    open_page(desktop, base + PAGES[name])
    links_in_content = desktop.locator(".md-content a[href]").count()
    problems, reached = [], 0
    for _ in range(200):
        stop = tab(desktop)
        if stop is None:
            break
        problem = focus_problem(stop)
        if problem:
            problems.append(problem)
        if stop["inContent"]:
            reached += 1
            if reached >= min(links_in_content, 25):
                break
    assert problems == []
    assert reached > 0, f"Tab never reaches the content of {name}"


def test_the_register_filters_narrow_the_list_and_say_how_many_remain(record_site, desktop):
    _root, base = record_site
    open_page(desktop, base + PAGES["register-year"])
    entries = desktop.locator("li.register-entry")
    total = entries.count()
    assert total == 4
    status = desktop.locator(".register-count")
    assert status.inner_text() == f"Showing {total} of {total}."
    desktop.get_by_label("Kind").select_option("Decision notice")
    assert status.inner_text() == f"Showing 2 of {total}."
    assert desktop.locator("li.register-entry:not([hidden])").count() == 2
    desktop.get_by_label("Kind").focus()
    desktop.keyboard.press("Home")  # back to "All" with the keyboard
    desktop.get_by_label("Kind").dispatch_event("change")
    assert status.inner_text() == f"Showing {total} of {total}."
    desktop.get_by_label("Body").select_option("Audit Committee")
    assert status.inner_text() == f"Showing 1 of {total}."


def test_a_restricted_part_is_announced_and_its_text_is_in_no_page(record_site, desktop):
    root, base = record_site
    open_page(desktop, base + PAGES["notice-restricted"])
    text = desktop.locator(".md-content").inner_text()
    assert "paragraph 3 of Part 1 of Schedule 12A" in " ".join(text.split())
    leaked = [p for p in (root / "site").rglob("*") if p.is_file() and RESTRICTED_TEXT.encode() in p.read_bytes()]
    assert leaked == []


def test_the_original_document_link_downloads_the_file_as_published(record_site, desktop):
    root, base = record_site
    open_page(desktop, base + PAGES["meeting-with-documents"])
    link = desktop.get_by_role("link", name="Original document (PDF, 1 KB)").first
    href = link.get_attribute("href")
    response = desktop.request.get(desktop.url.split("#")[0] + href if not href.startswith("/") else base + href)
    expected = (CONTENT / "documents" / "2021" / "2021-07-14-internal-audit-report.pdf").read_bytes()
    assert response.status == 200 and response.body() == expected


def test_a_cancelled_meeting_says_so_and_a_provisional_one_says_what_is_not_yet_published(record_site, desktop):
    _root, base = record_site
    open_page(desktop, base + PAGES["meeting-cancelled"])
    assert "This meeting was cancelled" in desktop.locator(".md-content").inner_text()
    open_page(desktop, base + PAGES["meeting-provisional"])
    text = " ".join(desktop.locator(".md-content").inner_text().split())
    assert "Agenda and papers: not yet published; they are due to be published on 8 April 2030." in text
    assert "provisional: not yet confirmed" in text


def _shown_target(page) -> str | None:
    return page.evaluate("() => { const t = document.querySelector(':target'); "
                         "return t && t.getBoundingClientRect().height > 0 ? t.id : null; }")


@pytest.mark.parametrize("anchor, page", [(REGISTER_2021[1], "/decisions/2021/"), (NOTED_2021[0], "/decisions/2021/noted/"),
                                          ("year-2021", "/decisions/2021/")])
def test_an_address_of_the_register_as_one_page_reaches_what_it_named(anchor, page, record_site, desktop):
    _root, url = record_site
    open_page(desktop, url + "/")
    desktop.goto(url + "/decisions/#" + anchor)
    desktop.wait_for_url(url + page + ("" if anchor.startswith("year-") else "#" + anchor))
    if not anchor.startswith("year-"):
        assert _shown_target(desktop) == anchor, f"{page} does not show #{anchor}"
    desktop.go_back()
    assert desktop.url == url + "/", "Back from the decision returns to the old address, which forwards again"
    assert desktop.script_errors == []


def test_an_unknown_address_of_the_register_says_so(record_site, desktop):
    _root, url = record_site
    desktop.goto(url + "/decisions/#2021-01-01-minute-999-resolution-i")
    note = desktop.locator("#earlier-addresses")
    note.locator("strong", has_text="Nothing on the register has the address #2021-01-01-minute-999-resolution-i").wait_for()
    assert desktop.url.endswith("/decisions/#2021-01-01-minute-999-resolution-i")


def test_without_scripts_an_address_of_the_register_as_one_page_leaves_a_plain_link_to_the_year(record_site, browser):
    _root, url = record_site
    anchor = REGISTER_2021[1]
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(url + "/decisions/#" + anchor)
        assert page.url.endswith("/decisions/#" + anchor)
        assert page.locator("#earlier-addresses").is_visible()
        with page.expect_navigation():
            page.locator(".md-content table a", has_text="2021").first.click()
        assert page.url == url + "/decisions/2021/"
        assert page.locator(f"li[id='{anchor}']").count() == 1, f"the 2021 page does not list #{anchor}"
    finally:
        context.close()
