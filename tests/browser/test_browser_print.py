"""A meeting page prints as a clean meeting pack: agenda, minutes and tables, no navigation."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.browser

NAVIGATION = ["Stay informed", "Strategic Assessment", "Skip to content", "Accessibility statement", "Search"]


def test_printed_meeting_has_the_papers_and_no_navigation(desktop, base_url, visits):
    view = next(v for v in visits.site.meetings if v.meeting.minutes)
    from generator.derive import paths

    desktop.goto(base_url + paths.url(view.page))
    desktop.emulate_media(media="print")
    pdf = desktop.pdf(format="A4", print_background=False)
    text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages).split())
    first = view.meeting.minutes.items[0]
    assert f"{first.number:03d}. {first.title}" in text
    assert view.body_name in text
    shown = [label for label in NAVIGATION if label in text]
    assert shown == [], f"the printed page shows navigation: {shown}"
