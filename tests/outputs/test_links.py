"""The site's address comes from mkdocs.yml; absolute links and entry ids are built from it."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.render.links import absolute, is_placeholder, site_url, tag_uri

from support.project import ROOT


def test_the_project_names_its_address(tmp_path):
    assert site_url(ROOT / "mkdocs.yml").startswith("https://")


def test_site_url_is_read_past_mkdocs_tags_and_ends_with_a_slash(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nsite_url: https://papers.example.org/pcc\nextra:\n  key: !ENV [KEY, none]\n", encoding="utf-8")
    assert site_url(config) == "https://papers.example.org/pcc/"


@pytest.mark.parametrize("text", ["site_name: x\n", "site_url: ''\n", "site_url: not-an-address\n"])
def test_a_missing_or_wrong_site_url_is_an_error(tmp_path, text):
    config = tmp_path / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="site_url"):
        site_url(config)


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


def test_the_address_for_one_build_comes_from_the_environment(tmp_path, monkeypatch):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_url: https://example.org/papers/\n", encoding="utf-8")
    monkeypatch.setenv("PAPERS_SITE_URL", "https://cumbria-pcc.gov.uk/papers")
    assert site_url(config) == "https://cumbria-pcc.gov.uk/papers/"
    monkeypatch.setenv("PAPERS_SITE_URL", "ftp://nowhere")
    with pytest.raises(ValueError, match="PAPERS_SITE_URL"):
        site_url(config)
