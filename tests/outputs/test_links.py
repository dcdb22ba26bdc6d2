"""Absolute links and entry ids are built from the site's address (tests/unit/test_settings.py reads it)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.render.links import absolute, tag_uri
from generator.settings import is_placeholder


def test_absolute_addresses():
    base = "https://example.org/papers/"
    assert absolute(base, "index.md") == base
    assert absolute(base, "decisions/index.md", "year-2021") == base + "decisions/#year-2021"
    assert absolute(base, "meetings/2021/2021-11-03-x.md", "minute-005") == base + "meetings/2021/2021-11-03-x/#minute-005"
    assert absolute(base, "feeds/papers.atom") == base + "feeds/papers.atom"
    assert tag_uri(base, dt.date(2021, 11, 3), "m/agenda") == "tag:example.org,2021-11-03:m/agenda"


@pytest.mark.parametrize("url, placeholder", [
    ("https://example.org/papers/", True), ("https://www.example.com/", True), ("http://localhost:8000/", True),
    ("https://papers.council.test/", True), ("https://cumbria-pcc.gov.uk/papers/", False),
    ("https://someone.github.io/papers/", False), ("https://notexample.org/", False),
])
def test_placeholder_addresses_are_recognised(url, placeholder):
    assert is_placeholder(url) is placeholder
