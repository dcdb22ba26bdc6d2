"""Absolute links and entry ids are built from the site's address (tests/unit/test_settings.py reads it)."""

from __future__ import annotations

import datetime as dt


from generator.render.links import absolute, tag_uri



def test_absolute_addresses():
    base = "https://example.org/papers/"
    assert absolute(base, "index.md") == base
    assert absolute(base, "decisions/index.md", "year-2021") == base + "decisions/#year-2021"
    assert absolute(base, "meetings/2021/2021-11-03-x.md", "minute-005") == base + "meetings/2021/2021-11-03-x/#minute-005"
    assert absolute(base, "feeds/papers.atom") == base + "feeds/papers.atom"
    assert tag_uri(base, dt.date(2021, 11, 3), "m/agenda") == "tag:example.org,2021-11-03:m/agenda"
