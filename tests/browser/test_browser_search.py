"""Search as a journalist uses it: from the header of any page, with the state in the address (Back,
reload, a shared link), filters that say what to remove when nothing matches, abbreviations found
by their expansion, and the search page on a phone."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from generator.derive import paths

pytestmark = pytest.mark.browser

RESULT = "li.papers-search__result"


def _result_urls(page) -> list[str]:
    return page.locator(f"{RESULT} a.papers-search__result-link").evaluate_all("links => links.map(a => a.getAttribute('href'))")


def _wait_results(page):
    page.locator(RESULT).first.wait_for(state="visible", timeout=30_000)
    page.wait_for_function("() => !document.getElementById('papers-search').hasAttribute('aria-busy')", timeout=30_000)


@pytest.mark.parametrize("kind", ["meeting", "plan", "person"])
def test_the_header_searches_from_every_kind_of_page_and_leads_to_the_search_page(kind, desktop, base_url, visits):
    case = visits.search
    assert case is not None, "no minute in the content has text to search for"
    desktop.goto(base_url + visits.url(kind))
    desktop.keyboard.press("/")
    assert desktop.evaluate("document.activeElement.id") == "header-search", "'/' does not put the cursor in the header's search box"
    desktop.keyboard.type(case.phrase, delay=10)
    panel = desktop.locator(".papers-header-search__results")
    panel.locator(f"a[href*='{case.meeting_url}']").first.wait_for(state="visible", timeout=30_000)
    desktop.keyboard.press("Escape")
    assert panel.is_hidden(), "Escape does not close the header's results"
    desktop.locator("#header-search").fill(case.phrase)
    desktop.locator("#header-search").press("Enter")
    desktop.wait_for_url(re.compile(r"/search/\?q="))
    _wait_results(desktop)
    assert desktop.locator("#search-query").input_value() == case.phrase
    assert any(case.meeting_url in url for url in _result_urls(desktop))
    assert desktop.script_errors == []


def test_back_and_reload_restore_the_query_and_filters(desktop, base_url):
    desktop.goto(base_url + "/search/")
    desktop.locator("#search-query").fill("police")
    _wait_results(desktop)
    year = desktop.locator("details.papers-search__group", has=desktop.locator("summary", has_text="Year"))
    box = year.locator("input[type=checkbox]").first
    value = box.get_attribute("value")
    box.check()
    desktop.wait_for_url(re.compile(rf"year={value}"))
    _wait_results(desktop)
    before = _result_urls(desktop)
    params = parse_qs(urlsplit(desktop.url).query)
    assert params == {"q": ["police"], "year": [value]}, params
    with desktop.expect_navigation():
        desktop.locator(f"{RESULT} a.papers-search__result-link").first.click()
    desktop.go_back()
    _wait_results(desktop)
    assert desktop.locator("#search-query").input_value() == "police"
    assert year.locator(f"input[value='{value}']").is_checked()
    assert _result_urls(desktop) == before
    desktop.reload()
    _wait_results(desktop)
    assert _result_urls(desktop) == before
    assert desktop.script_errors == []


def test_a_shared_address_with_filters_shows_the_same_results(desktop, phone, base_url, visits):
    year = str(visits.site.years[0])
    address = base_url + f"/search/?q=police&year={year}&paper=Minute"
    desktop.goto(address)
    _wait_results(desktop)
    phone.goto(address)
    _wait_results(phone)
    assert _result_urls(desktop) == _result_urls(phone)
    contexts = desktop.locator(".papers-search__result-context").all_inner_texts()
    assert contexts and all(text.startswith("Minute") and year in text for text in contexts), contexts
    assert phone.locator(".papers-search__toggle").inner_text().strip() == "Filters (2)"
    assert desktop.script_errors == [] and phone.script_errors == []


def test_filters_that_find_nothing_say_which_to_remove(desktop, base_url, visits):
    oldest = str(visits.site.years[-1])
    desktop.goto(base_url + f"/search/?q=police&year={oldest}&paper=Figures")
    status = desktop.locator("#search-status")
    status.locator("button").first.wait_for(state="visible", timeout=30_000)
    text = status.inner_text()
    assert "with these filters" in text and "No paper contains" not in text, text
    buttons = status.locator("button").all_inner_texts()
    assert any(f"Year: {oldest}" in b for b in buttons) and any("Kind of paper: Figures" in b for b in buttons), buttons
    status.locator("button", has_text=f"Year: {oldest}").click()
    desktop.wait_for_url(re.compile(r"paper=Figures"))
    assert "year=" not in desktop.url
    assert desktop.script_errors == []


def test_an_abbreviation_finds_what_its_expansion_finds(desktop, base_url):
    found = {}
    for query in ("ASB", "antisocial behaviour"):
        desktop.goto(base_url + "/search/?q=" + query.replace(" ", "+"))
        _wait_results(desktop)
        found[query] = int(desktop.locator("#search-status").inner_text().split()[0])
    assert found["ASB"] == found["antisocial behaviour"] and found["ASB"] > 2, found


def test_on_a_phone_the_filters_fold_away_and_the_first_result_is_on_the_first_screen(phone, base_url):
    phone.goto(base_url + "/search/?q=police")
    _wait_results(phone)
    filters = phone.locator("#search-filters")
    assert filters.is_hidden(), "the filters are open on a phone before anyone asks for them"
    first = phone.locator(RESULT).first.bounding_box()
    assert first["y"] < 812, f"the first result starts {first['y']:.0f}px down, below the first screen"
    toggle = phone.locator(".papers-search__toggle")
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true" and filters.is_visible()
    box = filters.locator(".papers-search__option").first.bounding_box()
    assert box["height"] >= 44, f"a filter option is {box['height']:.0f}px tall"
    assert phone.script_errors == []


def test_on_a_phone_the_header_search_opens_a_result_and_back_returns_to_the_words_and_the_place(phone, base_url, visits):
    case = visits.search
    assert case is not None, "no minute in the content has text to search for"
    start = visits.url("plan")
    phone.goto(base_url + start)
    field = phone.locator("#header-search")
    assert field.is_hidden(), "on a phone the header's search box shows before anyone opens it"
    where = phone.evaluate("() => { window.scrollTo(0, Math.min(1500, document.documentElement.scrollHeight - innerHeight)); return scrollY; }")
    assert where > 0, f"{start} is too short to scroll on a phone"

    opener = phone.get_by_role("link", name="Search the papers")
    box = opener.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44, f"the search button in the header is {box}"
    opener.click()
    assert field.is_visible() and phone.evaluate("document.activeElement.id") == "header-search", \
        "the header's search button does not open the box with the cursor in it"
    phone.keyboard.type(case.phrase, delay=10)
    # The results are drawn again as each letter arrives: wait for those of the whole phrase.
    phone.wait_for_function("q => document.querySelector('.papers-header-search__results').dataset.query === q",
                            arg=case.phrase, timeout=30_000)
    result = phone.locator(f".papers-header-search__results a[href*='{case.meeting_url}']").first
    result.wait_for(state="visible", timeout=30_000)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375, "the header's results are wider than the phone"
    shown = result.bounding_box()
    assert 0 <= shown["x"] and shown["x"] + shown["width"] <= 375 and shown["y"] < 812, f"the result is off screen: {shown}"

    with phone.expect_navigation():
        result.click()
    assert urlsplit(phone.url).path.endswith(case.meeting_url), phone.url

    phone.go_back()
    assert urlsplit(phone.url).path.endswith(start), f"Back went to {phone.url}, not {start}"
    assert field.input_value() == case.phrase, "Back from a result lost the words typed in the header"
    phone.locator(f".papers-header-search__results a[href*='{case.meeting_url}']").first.wait_for(state="visible", timeout=30_000)
    phone.wait_for_function("y => Math.abs(scrollY - y) < 2", arg=where)
    phone.mouse.click(187, 800)
    assert field.is_hidden(), "a tap outside does not close the header's search box on a phone"
    assert phone.script_errors == []


@pytest.mark.parametrize("kind", ["meetings-year", "meeting", "plan", "objective", "assessment", "section", "person", "topic", "metric", "report"])
def test_every_page_below_a_section_has_a_breadcrumb_and_an_active_tab(kind, desktop, base_url, visits):
    url = visits.url(kind)
    desktop.goto(base_url + url)
    crumbs = desktop.locator("nav.papers-crumbs li").all_inner_texts()
    assert len(crumbs) >= 3 and crumbs[0] == "Home", f"{url}: breadcrumb {crumbs}"
    section = desktop.locator("nav.papers-crumbs li a").nth(1).get_attribute("href")
    active = desktop.locator(".md-tabs__item--active a")
    assert active.count() == 1, f"{url}: {active.count()} active tabs"
    assert desktop.evaluate("([a, b]) => new URL(a, location.href).href === new URL(b, location.href).href",
                            [active.get_attribute("href"), section]), f"{url}: the active tab is not the breadcrumb's section"


def test_the_meeting_breadcrumb_names_year_and_meeting(desktop, base_url, visits):
    view = visits.site.meetings[0]
    desktop.goto(base_url + paths.url(view.page))
    crumbs = [c.strip() for c in desktop.locator("nav.papers-crumbs li").all_inner_texts()]
    assert crumbs[1] == "Meetings" and str(view.year) in crumbs[2] and crumbs[-1] == view.title, crumbs
