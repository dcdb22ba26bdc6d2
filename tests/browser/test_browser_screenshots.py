"""Full-page screenshots of a page of each kind on a desktop and a phone, for people to look at.

They are written to build/screenshots/ of the project (git-ignored), named <kind>-<width>.png.
"""

from __future__ import annotations

import base64
import re

import pytest

from support.browsing import SCREENSHOTS

pytestmark = pytest.mark.browser

# Charts are loaded lazily, as they scroll into view; a picture of the whole page wants them all.
LOAD_IMAGES = """async () => {
    const images = Array.from(document.images);
    images.forEach(img => { img.loading = 'eager'; });
    await Promise.all(images.map(img => img.complete ? null : new Promise(done => {
        img.addEventListener('load', done, {once: true});
        img.addEventListener('error', done, {once: true});
    })));
    await document.fonts.ready;
    return [window.innerWidth, Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)];
}"""


def file_name(label: str, width: int) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") + f"-{width}.png"


def photograph(views) -> None:
    """Save each page whole. Chromium is asked directly for the picture with its faster PNG
    encoder (optimizeForSpeed), which takes about half the time of Playwright's full_page on
    the long meeting pages, for files about a third larger."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for view in views:
        width, height = view.page.evaluate(LOAD_IMAGES)
        session = view.page.context.new_cdp_session(view.page)
        try:
            shot = session.send("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True, "optimizeForSpeed": True,
                "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
            })
        finally:
            session.detach()
        path = SCREENSHOTS / file_name(view.label, width)
        path.write_bytes(base64.b64decode(shot["data"]))
        assert path.stat().st_size > 1000, f"{path} is empty"


def test_desktop_screenshot(desktop_views):
    photograph(desktop_views)


def test_phone_screenshot(phone_views):
    photograph(phone_views)
