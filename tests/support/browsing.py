"""Helpers for the browser tests: which pages to visit, how to serve them, and how to drive them.

The pages are found from the content through the generator's own paths, so the tests follow the
content as it grows; the fixtures that use these live in tests/browser/conftest.py.
"""

from __future__ import annotations

import http.server
import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from generator.derive import paths
from generator.derive.site import Site, derive
from generator.pipeline import validated

PROJECT = Path(__file__).resolve().parents[2]
SCREENSHOTS = PROJECT / "build" / "screenshots"
AXE = PROJECT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = (Path("/usr/lib/chromium/chromium"), Path("/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SETUP_HINT = "run `make browser-setup` (or, as root, `apt-get install chromium`)"

DESKTOP = {"viewport": {"width": 1280, "height": 800}}
PHONE = {"viewport": {"width": 375, "height": 812}}
# A 1280 x 800 window zoomed to 200%: the browser lays the page out in 640 x 400 CSS pixels and
# draws each of them with 2 x 2 device pixels, and media queries see a 640px-wide viewport.
# That is what browser zoom does; scaling the body with CSS zoom would keep the 1280px layout.
ZOOMED = {"viewport": {"width": 640, "height": 400}, "device_scale_factor": 2}

# One page of every kind the site has; "search" is the home page with search results open and
# "not-found" is an address that does not exist (the server answers with the site's 404 page).
# "other" gathers pages from any part of the site that none of the named kinds reaches, so
# that a new kind of page is checked from the day it is first built.
KINDS = [
    "home", "meetings", "meetings-year", "meeting", "plans", "plan", "objective", "report",
    "assessments", "assessment", "section", "people", "person", "topics", "topic", "metrics",
    "metric", "accessibility", "search", "not-found", "other",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def chromium_path(candidates: tuple[Path, ...] = CHROMIUM) -> Path:
    """Debian's Chromium, or a test failure that says how to install it (never a skip)."""
    found = next((p for p in candidates if p.is_file()), None)
    if found is None:
        pytest.fail(f"Chromium is not installed (looked for {', '.join(map(str, candidates))}): {SETUP_HINT}.", pytrace=False)
    return found


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files under the path the site is published at (``base``, e.g. "/papers/"), quietly,
    with the site's own 404 page for unknown addresses."""

    base = "/"

    def translate_path(self, path):
        route = urlsplit(path).path
        if route + "/" == self.base:
            route = path = self.base
        if not route.startswith(self.base):
            return str(Path(self.directory) / "\0outside")
        return super().translate_path("/" + path[len(self.base):])

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


# ------------------------------------------------------------------ what to visit


@dataclass(frozen=True)
class SearchCase:
    """A phrase from a meeting's minutes, and the page search should find it on."""

    phrase: str
    meeting_url: str
    minute_anchor: str


@dataclass
class Visits:
    site: Site
    site_dir: Path
    urls: dict[str, str]
    others: list[str]
    search: SearchCase | None

    def url(self, kind: str) -> str:
        if kind not in self.urls:
            pytest.fail(f"the content has no page of kind '{kind}' to test: the browser tests need one of every "
                        "kind, so add it to content/ (or drop the kind from KINDS if the site no longer has it)",
                        pytrace=False)
        return self.urls[kind]

    def pages(self, kind: str) -> list[tuple[str, str]]:
        """(kind, address) of the pages to check for this kind: one, or for "other" every page no named kind
        reaches (none when the named kinds reach every part of the site, which is what "other" is there to see)."""
        if kind == "other":
            return [(f"other {url}", url) for url in self.others]
        return [(kind, self.url(kind))]


def html_file(site_dir: Path, url: str) -> Path:
    path = url.lstrip("/")
    return site_dir / path if path.endswith(".html") else site_dir / path / "index.html"


def _largest(site_dir: Path, pages: list[str]) -> str | None:
    """Of these generated pages, the address of the one with the most markup (the hardest case)."""
    urls = [paths.url(p) for p in pages]
    existing = [u for u in urls if html_file(site_dir, u).is_file()]
    return max(existing, key=lambda u: (html_file(site_dir, u).stat().st_size, u)) if existing else None


def _others(site_dir: Path, named: list[str]) -> list[str]:
    """The index and the largest page of each top-level folder of the site that no named kind visits."""
    reached = {url.strip("/").split("/")[0] for url in named if url.strip("/")}
    folders: dict[str, list[Path]] = {}
    for path in site_dir.glob("*/**/*.html"):
        folders.setdefault(path.relative_to(site_dir).parts[0], []).append(path)
    found = []
    for folder, files in sorted(folders.items()):
        if folder in reached or folder in ("assets", "search"):
            continue
        index = site_dir / folder / "index.html"
        rest = [f for f in files if f != index]
        for chosen in ([index] if index in files else []) + ([max(rest, key=lambda f: f.stat().st_size)] if rest else []):
            relative = chosen.relative_to(site_dir).as_posix()
            found.append("/" + relative.removesuffix("index.html"))
    return found


WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def _page_words(site_dir: Path) -> dict[str, set[str]]:
    """For each word, the addresses of the built pages whose text uses it."""
    pages_with: dict[str, set[str]] = {}
    for path in site_dir.rglob("index.html"):
        relative = path.relative_to(site_dir).as_posix()
        if relative.startswith(("pagefind/", "assets/")):
            continue
        url = "/" + relative.removesuffix("index.html")
        text = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))
        for word in WORD.findall(text):
            pages_with.setdefault(word.lower(), set()).add(url)
    return pages_with


def _search_case(site: Site, site_dir: Path, year: int | None = None,
                 pages_with: dict[str, set[str]] | None = None) -> SearchCase | None:
    """A run of words from one minute (of a meeting in ``year``, if given), among them a word no other
    page of the site uses."""
    pages_with = pages_with if pages_with is not None else _page_words(site_dir)
    best = None
    for view in site.meetings:
        if year is not None and view.year != year:
            continue
        url = paths.url(view.page)
        minutes = view.meeting.minutes
        for item in (minutes.items if minutes else []):
            if item.part == 2 or not item.text:
                continue
            text = " ".join(item.text.split())
            words = WORD.findall(re.sub(r"\]\([^)]*\)", "]", text))
            for start in range(max(0, len(words) - 3)):
                run = words[start:start + 4]
                if min(map(len, run)) < 2 or " ".join(run) not in text:
                    continue
                if not any(len(w) > 3 and pages_with.get(w.lower()) == {url} for w in run):
                    continue
                rarity = sum(1 / len(pages_with.get(w.lower()) or {url}) for w in run)
                if best is None or rarity > best[0]:
                    best = (rarity, SearchCase(" ".join(run), url, paths.minute_anchor(item.number)))
    return best[1] if best else None


def search_cases_by_year(visits: "Visits") -> dict[int, SearchCase]:
    """One search case for every year whose meetings have minutes."""
    words = _page_words(visits.site_dir)
    found = {}
    for year in visits.site.years:
        case = _search_case(visits.site, visits.site_dir, year, words)
        if case:
            found[year] = case
    return found


def find_visits(built_site: Path) -> Visits:
    """The page of each kind to visit in the site built from this project copy."""
    site_dir = built_site / "site"
    content, _ = validated(built_site)
    site = derive(content)
    metrics = getattr(site, "metrics", None) or {}
    urls = {
        "home": "/",
        "meetings": "/meetings/",
        "plans": "/plan/",
        "assessments": "/assessments/",
        "people": "/people/",
        "topics": "/topics/",
        "accessibility": paths.url(paths.page_page("accessibility")),
        "search": "/search/",
        "not-found": "/no-such-page/",
    }
    if metrics:
        urls["metrics"] = "/metrics/"
    objectives = [ref for ref in site.by_objective if ref.split("/")[0] in site.plans]
    found = {
        "meetings-year": _largest(site_dir, [paths.meetings_year_page(y) for y in site.years]),
        "meeting": _largest(site_dir, [m.page for m in site.meetings]),
        "plan": _largest(site_dir, [paths.plan_page(p) for p in site.plans]),
        "objective": _largest(site_dir, [paths.objective_page(ref) for ref in objectives]
                              or [paths.objective_page(f"{p}/{o.id}") for p, plan in site.plans.items() for o in plan.objectives]),
        "report": _largest(site_dir, [paths.report_page(r) for r in site.reports]),
        "assessment": _largest(site_dir, [paths.assessment_page(y) for y in site.assessments]),
        "section": _largest(site_dir, [paths.section_page(s) for items in site.sections.values() for s, _ in items]),
        "person": _largest(site_dir, [paths.person_page(p) for p in site.people if site.appearances.get(p)]
                           or [paths.person_page(p) for p in site.people]),
        "topic": _largest(site_dir, [paths.topic_page(t) for t in site.topics if site.tagged.get(t)]
                          or [paths.topic_page(t) for t in site.topics]),
        "metric": _largest(site_dir, [paths.metric_page(m) for m in metrics]) if metrics else None,
    }
    urls.update({kind: url for kind, url in found.items() if url})
    return Visits(site, site_dir, urls, _others(site_dir, list(urls.values())), _search_case(site, site_dir))


# ------------------------------------------------------------------ driving pages


def open_search(page, case: SearchCase, *, letter_by_letter: bool = False):
    """Type the phrase into the search page's box and wait until the results list the meeting.

    Results are redrawn as the phrase grows, so the wait is for a result that links to the
    meeting the phrase comes from, not for any result. Returns the links to that meeting.
    """
    field = page.locator("input#search-query")
    field.wait_for(state="visible", timeout=30_000)
    field.click()
    if letter_by_letter:
        field.press_sequentially(case.phrase, delay=20)
    else:
        field.fill(case.phrase)
    found = page.locator(f"a.papers-search__result-link[href*='{case.meeting_url}']")
    try:
        found.first.wait_for(state="visible", timeout=30_000)
    except Exception:
        shown = page.locator("a.papers-search__result-link").evaluate_all("links => links.map(a => a.href)")
        pytest.fail(f"searching for {case.phrase!r} did not list {case.meeting_url}; it listed {shown[:10]}", pytrace=False)
    return found


def visit(page, base_url: str, visits: Visits, kind: str, url: str | None = None):
    """Open the page of this kind (for "search", the search page with results for a minute's words)."""
    url = url or visits.url(kind)
    response = page.goto(base_url + url, wait_until="load")
    expected = 404 if kind == "not-found" else 200
    assert response is not None and response.status == expected, f"{url}: HTTP {response and response.status}"
    if kind == "search":
        if visits.search is None:
            pytest.fail("no minute in the content has text to search for", pytrace=False)
        open_search(page, visits.search)
    return page


AXE_RUN = """async (tags) => {
    const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
    return result.violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help, url: v.helpUrl,
        nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary || ''})),
    }));
}"""


def axe_violations(page, axe_source: str) -> list[dict]:
    """axe-core's WCAG 2.x A and AA violations on the page as it is now."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol: the page's Content-Security-Policy, which
        # refuses inline scripts it does not list, stays on for everything the page itself does.
        page.evaluate(axe_source + "\n;undefined")
        assert page.evaluate("() => typeof window.axe !== 'undefined'"), "axe-core did not load"
    return page.evaluate(AXE_RUN, AXE_TAGS)


def describe_violations(label: str, url: str, violations: list[dict]) -> str:
    lines = [f"{label} ({url}): {len(violations)} axe violation(s)"]
    for v in violations:
        lines.append(f"  {v['id']} [{v['impact']}]: {v['help']} ({v['url']})")
        for node in v["nodes"][:8]:
            lines.append(f"    - {node['target']}")
            lines += [f"        {line}" for line in node["summary"].splitlines()[:4]]
        if len(v["nodes"]) > 8:
            lines.append(f"    ... and {len(v['nodes']) - 8} more elements")
    return "\n".join(lines)
