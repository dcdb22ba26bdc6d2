"""The record's own kinds of page, built from the fixture content (tests/fixture/content/) by the real build:
bodies, a body, the register of a year and its noted items (with its filters), formal decisions (one with a
restricted part), a register of interests, a cancelled and a provisional meeting. Each passes axe, can be
used with the keyboard alone, and does not scroll sideways on a 375 px phone."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest

from generator.build import build_site
from support.browsing import SiteHandler, axe_violations, describe_violations
from support.linkcheck import base_path, configured_site_url

from fixture.answers import RESTRICTED_TEXT
from fixture.site import CONTENT, build_moment, fixture_project

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
def record_site(tmp_path_factory, monkeypatch_module):
    monkeypatch_module.setenv("SOURCE_DATE_EPOCH", build_moment())
    root = fixture_project(tmp_path_factory.mktemp("record"))
    build_site(root)
    base = base_path(configured_site_url(root))
    handler = functools.partial(type("Handler", (SiteHandler,), {"base": base}), directory=str(root / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="record-site-server", daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}{base.rstrip('/')}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def monkeypatch_module():
    patch = pytest.MonkeyPatch()
    yield patch
    patch.undo()


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
