"""The site inside the handover archive opens from disk in a real browser, styled, and its links work
with no server: a reader of the archive in years to come needs nothing but the folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.archive import write_archive

from fixture.site import build_moment, fixture_project

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def archived_site(tmp_path_factory) -> Path:
    root = fixture_project(tmp_path_factory.mktemp("archive-project"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", build_moment())
        write_archive(root, root / "handover")
    return root / "handover" / "data" / "site"


def test_the_archived_site_opens_from_disk_and_a_reader_can_follow_its_links(desktop_context, archived_site):
    page = desktop_context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((archived_site / "index.html").as_uri())
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky", "unstyled"
    page.get_by_role("link", name="Meetings", exact=True).first.click()
    page.wait_for_load_state()
    assert page.url == (archived_site / "meetings" / "index.html").as_uri()
    page.get_by_role("link", name="Public Accountability Conference, 2 June 2021").first.click()
    page.wait_for_load_state()
    assert page.url == (archived_site / "meetings" / "2021" / "2021-06-02-public-accountability-conference.html").as_uri()
    assert page.locator("#minute-003-resolution-ii").is_visible()
    page.get_by_role("link", name="Accessibility statement").click()
    page.wait_for_load_state()
    assert page.url == (archived_site / "accessibility.html").as_uri()
    assert errors == []
    page.close()
