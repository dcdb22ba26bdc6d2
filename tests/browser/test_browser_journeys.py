"""What a visitor does: follow links from the home page, a person or an objective to the papers, and search."""

from __future__ import annotations

import pytest

from generator.derive import paths

from support.browsing import open_search, search_cases_by_year
from support.linkcheck import configured_site_url

pytestmark = pytest.mark.browser

MEETING_ITEM_KINDS = ("agenda item", "minute", "presentation")

# The links in the page content: as written, and the page (address without #fragment) and
# fragment they lead to, with the page's address given from the site's root, like "/people/".
CONTENT_LINKS = """base => Array.from(document.querySelectorAll('.md-content a[href]')).map(a => {
    const url = new URL(a.href);
    const page = url.origin + url.pathname;
    return {href: a.getAttribute('href'), path: page.startsWith(base) ? page.slice(base.length) : page, hash: url.hash};
})"""

# Whether the element that the address's #fragment names is on screen and not hidden under the
# sticky header: the point a little inside its top left corner must hit the element itself.
TARGET_SHOWN = """() => {
    const target = document.querySelector(':target');
    if (!target) return {id: null};
    const box = target.getBoundingClientRect();
    const x = Math.min(box.left + 8, window.innerWidth - 1), y = box.top + Math.min(box.height / 2, 8);
    const hit = document.elementFromPoint(x, y);
    return {id: target.id, top: box.top, bottom: box.bottom, height: window.innerHeight,
            onTop: !!hit && (hit === target || target.contains(hit))};
}"""


def click_link_to(page, base_url: str, path: str, hash_: str = "") -> None:
    """Click the first visible link in the page content that goes to this path (and #fragment)."""
    links = [link for link in page.evaluate(CONTENT_LINKS, base_url) if link["path"] == path and (not hash_ or link["hash"] == hash_)]
    assert links, f"{page.url}: no link in the content to {path}{hash_}"
    for link in links:
        locator = page.locator(f'.md-content a[href="{link["href"]}"]:not(.headerlink)').locator("visible=true")
        if locator.count():
            with page.expect_navigation():
                locator.first.click()
            return
    pytest.fail(f"{page.url}: the links to {path}{hash_} are all hidden", pytrace=False)


def follow_in_page(page, anchor: str) -> None:
    """Click a visible link to #anchor on this page (the table of contents or a cross-reference)."""
    link = page.locator(f'a[href="#{anchor}"]:not(.headerlink)').locator("visible=true")
    assert link.count(), f"{page.url}: nothing on the page links to #{anchor}"
    link.first.click()
    page.wait_for_function("anchor => location.hash === '#' + anchor", arg=anchor)


def assert_target_shown(page, anchor: str) -> None:
    shown = page.evaluate(TARGET_SHOWN)
    assert shown["id"] == anchor, f"{page.url}: the targeted element is {shown['id']!r}, expected {anchor!r}"
    assert 0 <= shown["top"] < shown["height"], f"{page.url}: #{anchor} is off screen ({shown})"
    assert shown["onTop"], f"{page.url}: #{anchor} is hidden under something else (the sticky header?) ({shown})"


def path_of(page, base_url: str) -> str:
    return page.url.removeprefix(base_url).split("#")[0]


def test_home_page_to_a_meeting_to_one_of_its_minutes(desktop, base_url, visits):
    with_minutes = {paths.url(v.page): v for v in visits.site.meetings
                    if v.meeting.minutes and any(i.part == 1 for i in v.meeting.minutes.items)}
    assert with_minutes, "no published meeting has minutes of items taken in public"
    desktop.goto(base_url + "/")
    linked = [link["path"] for link in desktop.evaluate(CONTENT_LINKS, base_url) if link["path"] in with_minutes]
    assert linked, f"the home page links to no meeting with minutes (those are {sorted(with_minutes)})"
    view = with_minutes[linked[0]]

    click_link_to(desktop, base_url, linked[0])
    assert path_of(desktop, base_url) == linked[0]
    assert view.title in desktop.locator("h1").inner_text()

    public = [i for i in view.meeting.minutes.items if i.part == 1]
    minute = public[len(public) // 2]
    anchor = paths.minute_anchor(minute.number)
    follow_in_page(desktop, anchor)
    assert desktop.url.endswith("#" + anchor)
    assert_target_shown(desktop, anchor)
    assert desktop.locator(f"#{anchor}").inner_text().startswith(f"{minute.number:03d}.")
    assert desktop.script_errors == []


def test_a_person_to_a_meeting_they_attended(desktop, base_url, visits):
    attended = sorted((person_id, appearances) for person_id, appearances in visits.site.appearances.items()
                      if appearances and person_id in visits.site.people)
    assert attended, "nobody is recorded as attending any published meeting"
    person_id, appearances = attended[0]
    person = visits.site.people[person_id]
    person_url = paths.url(paths.person_page(person_id))
    meeting_url = paths.url(appearances[0].meeting.page)

    desktop.goto(base_url + person_url)
    click_link_to(desktop, base_url, meeting_url)
    assert path_of(desktop, base_url) == meeting_url
    assert_target_shown(desktop, "attendance")
    back = [link for link in desktop.evaluate(CONTENT_LINKS, base_url) if link["path"] == person_url]
    assert back, f"{meeting_url} does not link back to {person.name} ({person_url})"
    assert desktop.script_errors == []


def test_an_objective_to_a_meeting_item_tagged_with_it(desktop, base_url, visits):
    tagged = [(ref, item) for ref, items in sorted(visits.site.by_objective.items())
              for item in items if item.kind in MEETING_ITEM_KINDS and ref.split("/")[0] in visits.site.plans]
    assert tagged, ("no agenda item, minute or presentation of a published meeting is tagged with a Police and "
                    "Crime Plan objective: tag some with `objectives: [<plan>/<objective>]` in content/meetings/")
    objective, item = tagged[0]
    objective_url = paths.url(paths.objective_page(objective))
    meeting_url = paths.url(item.page)

    desktop.goto(base_url + objective_url)
    click_link_to(desktop, base_url, meeting_url, f"#{item.anchor}")
    assert path_of(desktop, base_url) == meeting_url
    assert_target_shown(desktop, item.anchor)
    back = [link for link in desktop.evaluate(CONTENT_LINKS, base_url) if link["path"] == objective_url]
    assert back, f"{meeting_url} does not show the objective {objective} it is tagged with"
    assert desktop.script_errors == []


def _search_and_open(desktop, base_url, case):
    desktop.goto(base_url + "/search/")
    results = open_search(desktop, case, letter_by_letter=True)
    exact = desktop.locator(f"a.papers-search__result-link[href$='{case.meeting_url}#{case.minute_anchor}']").locator("visible=true")
    assert exact.count(), f"searching for {case.phrase!r} lists {case.meeting_url} but not its minute #{case.minute_anchor}"
    with desktop.expect_navigation():
        exact.first.click()
    assert path_of(desktop, base_url) == case.meeting_url
    assert desktop.evaluate("location.hash") == "#" + case.minute_anchor
    assert_target_shown(desktop, case.minute_anchor)
    text = " ".join(desktop.locator(".md-content").inner_text().split()).lower()
    assert " ".join(case.phrase.split()).lower() in text, f"{case.phrase!r} is not on {case.meeting_url}"
    return results


def test_search_finds_words_of_a_minute_of_every_year_and_opens_it_at_that_minute(desktop, base_url, visits):
    cases = search_cases_by_year(visits)
    assert len(cases) >= 2, f"expected minutes from at least two years to search for, found {sorted(cases)}"
    for year, case in sorted(cases.items()):
        _search_and_open(desktop, base_url, case)
    assert desktop.script_errors == []


def _total(page) -> int:
    page.wait_for_function("() => !document.getElementById('papers-search').hasAttribute('aria-busy')", timeout=30_000)
    return int(page.locator("#search-status").inner_text().split()[0])


def test_a_filter_narrows_the_results(desktop, base_url):
    desktop.goto(base_url + "/search/?q=minutes")
    desktop.locator("li.papers-search__result").first.wait_for(state="visible", timeout=30_000)
    before = _total(desktop)
    year = desktop.locator("details.papers-search__group", has=desktop.locator("summary", has_text="Year"))
    if year.get_attribute("open") is None:
        year.locator("summary").click()
    option = year.locator("input[type=checkbox]").first
    label = year.locator("label").first.inner_text()
    shown = int(year.locator(".papers-search__count").first.inner_text())
    option.check()
    desktop.wait_for_function("() => /year=/.test(location.search)")
    after = _total(desktop)
    assert 0 < after < before, f"the Year filter {label!r} left {after} of {before} results"
    assert after == shown, f"the Year filter {label!r} promised {shown} results and gave {after}"
    assert desktop.script_errors == []


def test_the_not_found_page_offers_search_that_works(desktop, base_url, visits):
    case = visits.search
    assert case is not None
    response = desktop.goto(base_url + "/no-such-page/")
    assert response.status == 404
    content = desktop.locator("main")
    content.get_by_label("Search the papers").fill(case.phrase)
    with desktop.expect_navigation():
        content.get_by_role("button", name="Search").click()
    desktop.locator(f"a.papers-search__result-link[href*='{case.meeting_url}']").first.wait_for(state="visible", timeout=30_000)
    assert desktop.script_errors == []


def test_a_feed_link_opens_a_page_that_explains_the_feed_and_leads_to_its_papers(desktop, base_url, visits, built_site):
    desktop.goto(base_url + paths.url(paths.STAY_INFORMED_PAGE))
    feed_page = paths.url(paths.feed_page(paths.PAPERS_FEED))
    click_link_to(desktop, base_url, feed_page)
    assert path_of(desktop, base_url) == feed_page
    assert desktop.evaluate("document.contentType") == "text/html"
    assert desktop.locator("h1").inner_text().startswith("Feed: ")
    text = " ".join(desktop.locator(".md-content").inner_text().split())
    address = configured_site_url(built_site) + paths.PAPERS_FEED
    assert "feed reader" in text and address in text, "the feed's page neither explains a feed nor gives its address"

    feed_link = desktop.locator(".md-content a", has_text="The feed itself")
    response = desktop.request.get(desktop.evaluate("href => new URL(href, location.href).href", feed_link.get_attribute("href")))
    assert response.ok and b"<feed" in response.body(), "the feed's page does not link to the feed"

    entries = desktop.locator("#entries ~ ul").first.locator("li > strong > a")
    assert entries.count() > 0, "the feed's page lists no entries"
    first = entries.first
    target = first.evaluate("a => a.href")
    with desktop.expect_navigation():
        first.click()
    assert desktop.url == target
    anchor = desktop.evaluate("location.hash.slice(1)")
    if anchor:
        assert_target_shown(desktop, anchor)
    assert desktop.script_errors == []
