"""The built site served over HTTP and driven by a real Chromium (Debian's, through Playwright).

One server and one browser serve the whole session, with three windows: desktop (1280px), phone
(375px) and desktop zoomed to 200% (640 CSS px). A test of one visitor's path opens its own tab.
The checks of each kind of page share the page instead: ``kind`` is a session fixture with one
value per kind, so pytest runs every check of one kind before it moves on to the next, and each
window loads the page of that kind only once (``desktop_views``, ``phone_views``, ``zoomed_views``).
"""

from __future__ import annotations

import functools
import http.server
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from support.browsing import (
    AXE,
    CHROMIUM_ARGS,
    DESKTOP,
    KINDS,
    PHONE,
    SETUP_HINT,
    ZOOMED,
    SiteHandler,
    Visits,
    chromium_path,
    find_visits,
    visit,
)
from support.linkcheck import base_path, configured_site_url


@pytest.fixture(scope="session")
def site_dir(built_site) -> Path:
    return built_site / "site"


def _serve(project: Path):
    """The site built in this project served on a free port of 127.0.0.1, under the same path as at its
    public address (site_url), so that links from the root work as published. Yields the address that
    pages' addresses are added to: base + "/meetings/"."""
    base = base_path(configured_site_url(project))
    handler = functools.partial(type("Handler", (SiteHandler,), {"base": base}), directory=str(project / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{base.rstrip('/')}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def base_url(built_site):
    """The bundled content's site, served."""
    yield from _serve(built_site)


@pytest.fixture(scope="session")
def fixture_base_url(fixture_built):
    """The fixture site (tests/fixture/content/), served: it has one page of every kind, among them
    kinds the bundled content may lack (registers of interests)."""
    yield from _serve(fixture_built)


@pytest.fixture(scope="session")
def visits(built_site) -> Visits:
    return find_visits(built_site)


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=str(executable), headless=True, args=CHROMIUM_ARGS)
        except Exception as error:
            pytest.fail(f"Chromium at {executable} did not start ({error}); {SETUP_HINT}.", pytrace=False)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"axe-core is not installed ({AXE} is missing): {SETUP_HINT}.", pytrace=False)
    return AXE.read_text(encoding="utf-8")


def _context(browser, options):
    context = browser.new_context(**options, reduced_motion="reduce", service_workers="block")
    context.set_default_timeout(15_000)
    return context


@pytest.fixture(scope="session")
def desktop_context(browser):
    context = _context(browser, DESKTOP)
    yield context
    context.close()


@pytest.fixture(scope="session")
def phone_context(browser):
    context = _context(browser, PHONE)
    yield context
    context.close()


@pytest.fixture(scope="session")
def zoomed_context(browser):
    context = _context(browser, ZOOMED)
    yield context
    context.close()


def _tab(context):
    """A new tab that records the page's uncaught script errors in ``page.script_errors``."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.script_errors = errors
    return page


@pytest.fixture
def desktop(desktop_context):
    page = _tab(desktop_context)
    yield page
    page.close()


@pytest.fixture
def phone(phone_context):
    page = _tab(phone_context)
    yield page
    page.close()


@pytest.fixture
def zoomed(zoomed_context):
    page = _tab(zoomed_context)
    yield page
    page.close()


@dataclass
class View:
    """A page of the kind under test, open in a tab: its label in reports, its address, the tab."""

    label: str
    url: str
    page: object


@pytest.fixture(scope="session", params=KINDS)
def kind(request) -> str:
    return request.param


def _views(context, base_url, visits, kind):
    views = []
    try:
        for label, url in visits.pages(kind):
            page = _tab(context)
            views.append(View(label, url, page))
            visit(page, base_url, visits, kind, url)
        yield views
    finally:
        for view in views:
            view.page.close()


@pytest.fixture(scope="session")
def desktop_views(kind, desktop_context, base_url, visits):
    yield from _views(desktop_context, base_url, visits, kind)


@pytest.fixture(scope="session")
def phone_views(kind, phone_context, base_url, visits):
    yield from _views(phone_context, base_url, visits, kind)


@pytest.fixture(scope="session")
def zoomed_views(kind, zoomed_context, base_url, visits):
    yield from _views(zoomed_context, base_url, visits, kind)
