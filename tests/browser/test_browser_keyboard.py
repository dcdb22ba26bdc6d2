"""Keyboard use: the skip link comes first and works, focus is always visible, and search and the
main navigation tabs can be reached with Tab alone."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

MAX_TAB_STOPS = 80

FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
        name: el.tagName.toLowerCase() + Array.from(el.classList).map(c => '.' + c).join(''),
        text: (el.getAttribute('aria-label') || el.innerText || el.value || '').trim().slice(0, 60),
        href: el.getAttribute('href'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        shadow: !!style.boxShadow && style.boxShadow !== 'none',
        shown: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
               && box.top < window.innerHeight && box.left < window.innerWidth,
        inContent: !!el.closest('.md-content'),
        tab: el.matches('.md-tabs__link') ? el.getAttribute('href') : null,
        search: el.matches('input#header-search, input#search-query')
                || (el.matches('.md-tabs__link') && /search[/]$/.test(el.getAttribute('href') || '')),
    };
}"""


def tab(page) -> dict | None:
    page.keyboard.press("Tab")
    return page.evaluate(FOCUSED)


def focus_problem(stop: dict) -> str | None:
    if not stop["shown"]:
        return f"{stop['name']} {stop['text']!r} has focus but is not on screen"
    if not (stop["outline"] or stop["shadow"]):
        return f"{stop['name']} {stop['text']!r} has focus but no outline or box-shadow shows it"
    return None


@pytest.mark.parametrize("kind", ["home", "meeting"])
def test_the_skip_link_is_the_first_tab_stop_and_takes_focus_to_the_content(kind, desktop, base_url, visits):
    desktop.goto(base_url + visits.url(kind))
    first = tab(desktop)
    assert first is not None and "md-skip" in first["name"], f"the first Tab stop is {first}, not the skip link"
    assert first["text"] == "Skip to content"
    assert focus_problem(first) is None, focus_problem(first)
    target = first["href"]
    assert target and target.startswith("#"), f"the skip link goes to {target!r}"

    desktop.keyboard.press("Enter")
    desktop.wait_for_function("target => location.hash === target", arg=target)
    assert desktop.evaluate("id => !!document.getElementById(id)?.closest('.md-content')", target[1:]), \
        f"the skip link's target {target} is not in the page content"
    following = tab(desktop)
    assert following is not None and following["inContent"], \
        f"after the skip link, Tab goes to {following}, not into the page content"


def test_tab_reaches_search_and_every_main_tab_with_focus_always_visible(desktop, base_url, visits):
    desktop.goto(base_url + visits.url("meeting"))
    tabs = desktop.locator(".md-tabs__link").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert tabs, "the page has no main navigation tabs"
    stops, problems = [], []
    for _ in range(MAX_TAB_STOPS):
        stop = tab(desktop)
        if stop is None or stop["inContent"]:
            break
        stops.append(stop)
        problem = focus_problem(stop)
        if problem:
            problems.append(problem)
    assert any(s["search"] for s in stops), f"Tab never reaches the search box before the content: {[s['name'] for s in stops]}"
    reached = [s["tab"] for s in stops if s["tab"]]
    assert reached == tabs, f"Tab reaches the main tabs {reached}, expected {tabs}"
    assert not problems, "\n".join(problems)
