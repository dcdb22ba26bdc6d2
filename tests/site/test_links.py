"""Every internal link and asset of the built site resolves; the checker itself catches the faults it is for."""

from __future__ import annotations

import textwrap
from pathlib import Path

from support.linkcheck import (
    BROKEN_LINK,
    IMAGE_WITHOUT_ALT,
    MISSING_ANCHOR,
    UNLABELLED_CONTROL,
    check_site,
    configured_site_url,
)


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


GOOD_PAGE = """\
<!doctype html>
<html lang="en"><head>
<link rel="stylesheet" href="../assets/site.css">
<script src="/assets/site.js"></script>
</head><body>
<a href="#top" id="top">Top</a>
<a href="../">Home</a>
<a href="../#intro">Home, introduction</a>
<a href="../other/index.html">Other</a>
<a name="old-anchor"></a>
<a href="#old-anchor">Old anchor</a>
<a href="https://example.org/papers?x=1">An outside site</a>
<a href="mailto:office@example.org">Write to us</a>
<a href="tel:+441234567890">Telephone</a>
<img src="../assets/chart.svg" alt="A chart">
<img src="../assets/rule.svg" alt="">
<label for="q">Search</label><input id="q" type="text">
<label>Year <select name="year"><option>2021</option></select></label>
<input type="text" aria-label="Filter">
<input type="hidden" name="token" value="1">
<button type="submit">Go</button>
</body></html>
"""


def good_site(root: Path) -> Path:
    return write(root, {
        "index.html": '<html><body><h1 id="intro">Papers</h1><a href="page/">Page</a><a href="other/">Other</a></body></html>',
        "page/index.html": GOOD_PAGE,
        "other/index.html": '<html><body><a href="../page/#top">Back</a><a href="../page/index.html#old-anchor">Back</a></body></html>',
        "assets/site.css": "body {}",
        "assets/site.js": "",
        "assets/chart.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
        "assets/rule.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
    })


def test_a_sound_site_has_no_problems_and_external_links_are_collected(tmp_path):
    report = check_site(good_site(tmp_path))
    assert report.problems == [], report.summary()
    assert report.pages == 3
    assert set(report.external) == {"https://example.org/papers?x=1", "mailto:office@example.org", "tel:+441234567890"}
    assert report.external["mailto:office@example.org"] == {"page/index.html"}


def test_the_checker_reports_broken_links_missing_anchors_images_without_alt_and_unlabelled_controls(tmp_path):
    site = good_site(tmp_path)
    write(site, {"bad/index.html": """\
        <html><body>
        <a href="../no-such-page/">Nowhere</a>
        <a href="../page/#no-such-anchor">Missing anchor elsewhere</a>
        <a href="#also-missing">Missing anchor here</a>
        <link rel="stylesheet" href="/assets/missing.css">
        <script src="missing.js"></script>
        <img src="../assets/chart.svg">
        <input type="text" id="unlabelled">
        <textarea></textarea>
        </body></html>
        """})
    report = check_site(site)
    found = {(p.page, p.kind) for p in report.problems}
    assert all(p.page == "bad/index.html" for p in report.problems), report.summary()
    assert found == {
        ("bad/index.html", BROKEN_LINK),
        ("bad/index.html", MISSING_ANCHOR),
        ("bad/index.html", IMAGE_WITHOUT_ALT),
        ("bad/index.html", UNLABELLED_CONTROL),
    }, report.summary()
    details = "\n".join(str(p) for p in report.problems)
    for expected in ("/no-such-page/", "/assets/missing.css", "/bad/missing.js", "'no-such-anchor'",
                     "'also-missing'", "chart.svg", 'id="unlabelled"', "<textarea>"):
        assert expected in details, details
    assert len(report.problems) == 8, report.summary()


def test_controls_hidden_by_a_named_class_need_no_label(tmp_path):
    site = write(tmp_path, {"index.html": """\
        <html><body>
        <input class="state-toggle" type="checkbox" id="__menu">
        <input class="shown" type="checkbox" id="visible">
        </body></html>
        """})
    problems = check_site(site, hidden_classes=("state-toggle",)).problems
    assert [(p.kind, 'id="visible"' in p.detail) for p in problems] == [(UNLABELLED_CONTROL, True)]


def test_links_from_the_root_are_resolved_under_the_address_the_site_is_published_at(tmp_path):
    site = write(tmp_path, {
        "index.html": '<h1 id="top">Papers</h1>',
        "404.html": """\
            <a href="/papers/">Home</a>
            <a href="/papers/#top">Top of home</a>
            <a href="/papers/.">Home again</a>
            <a href="https://example.org/papers/meetings/#list">Meetings, in full</a>
            <a href="/meetings/">Outside the site</a>
            <a href="https://example.org/papers/meetings/#nowhere">Missing anchor, in full</a>
            """,
        "meetings/index.html": '<ul id="list"></ul>',
    })
    report = check_site(site, site_url="https://example.org/papers/")
    assert [(p.kind, p.detail.split(" -> ")[0]) for p in report.problems] == [
        (BROKEN_LINK, "line 5: <a> '/meetings/'"),
        (MISSING_ANCHOR, "line 6: <a> 'https://example.org/papers/meetings/#nowhere'"),
    ], report.summary()
    assert dict(report.external) == {}


# Material keeps the state of its drawer, search and table of contents in checkboxes of class
# md-toggle, which its stylesheet hides outright; on a page without a table of contents the
# "__toc" one has no label. The checker may pass over them only while that rule holds.
THEME_HIDDEN = ("md-toggle",)


def test_every_internal_link_of_the_built_site_resolves(built_site):
    site = built_site / "site"
    stylesheets = "".join(p.read_text(encoding="utf-8") for p in (site / "assets" / "stylesheets").glob("main.*.css"))
    assert ".md-toggle{display:none}" in stylesheets.replace(" ", ""), "the theme no longer hides .md-toggle"
    report = check_site(site, site_url=configured_site_url(built_site), hidden_classes=THEME_HIDDEN)
    assert report.pages > 1
    assert report.references > report.pages
    assert report.problems == [], f"{len(report.problems)} problem(s) in the built site:\n{report.summary()}"
