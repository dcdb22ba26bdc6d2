"""Every kind of record is found from the header's search box by a word of its own text, and the result
leads to that record's page: decision notices, registers of interests and bodies, in the fixture site
(which has one of each; the bundled content has no register of interests)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from lxml import html

from fixture.answers import FOUND_BY

pytestmark = pytest.mark.browser


def indexed_words(page_file) -> set[str]:
    """The words of a built page that the search index reads: its data-pagefind-body, less what is ignored."""
    document = html.fromstring(page_file.read_bytes())
    bodies = document.xpath("//*[@data-pagefind-body]")
    assert bodies, f"{page_file} is not marked for the search index (data-pagefind-body)"
    for ignored in bodies[0].xpath(".//*[@data-pagefind-ignore]"):
        ignored.drop_tree()
    return set(re.findall(r"[a-z0-9]+", bodies[0].text_content().lower()))


@pytest.mark.parametrize("kind", sorted(FOUND_BY))
def test_the_header_search_finds_the_record_by_a_word_of_its_text(kind, desktop, fixture_base_url, fixture_built):
    word, url = FOUND_BY[kind]
    built = fixture_built / "site" / url.strip("/") / "index.html"
    assert built.is_file(), f"the fixture site has no {kind} page at {url}"
    assert word in indexed_words(built), f"{word!r} is not in the indexed text of {url}"

    desktop.goto(fixture_base_url + "/")
    field = desktop.locator("#header-search")
    field.click()
    field.press_sequentially(word, delay=10)
    panel = desktop.locator(".papers-header-search__results")
    expected = urlsplit(fixture_base_url).path + url
    # The results are drawn again as each letter arrives: wait for those of the whole word to list the record.
    result = panel.locator(f"li a[href='{expected}']")
    try:
        result.wait_for(state="visible", timeout=30_000)
    except Exception:
        found = panel.locator("li a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        pytest.fail(f"searching the header for {word!r} lists {found}, not the {kind} at {expected}", pytrace=False)

    with desktop.expect_navigation():
        result.click()
    assert urlsplit(desktop.url).path == expected
    assert word in re.findall(r"[a-z0-9]+", desktop.locator("[data-pagefind-body]").inner_text().lower())
    assert desktop.script_errors == []
