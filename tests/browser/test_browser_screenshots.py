"""Full-page screenshots of a page of each kind on a desktop and a phone, for people to look at.

They are written to build/screenshots/ of the project (git-ignored), named <kind>-<width>.png.
"""

from __future__ import annotations

import re

import pytest

from support.browsing import SCREENSHOTS

pytestmark = pytest.mark.browser


def file_name(label: str, width: int) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") + f"-{width}.png"


def photograph(views) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for view in views:
        path = SCREENSHOTS / file_name(view.label, view.page.viewport_size["width"])
        view.page.screenshot(path=str(path), full_page=True, animations="disabled", caret="initial")
        assert path.stat().st_size > 1000, f"{path} is empty"


def test_desktop_screenshot(desktop_views):
    photograph(desktop_views)


def test_phone_screenshot(phone_views):
    photograph(phone_views)
