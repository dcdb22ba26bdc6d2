"""The site settings are read once from mkdocs.yml through MkDocs' own loader, !ENV tags included."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.settings import SettingsError, load_settings

ROOT = Path(__file__).resolve().parents[2]

MINIMAL = "site_name: Papers of a Board\nsite_author: The Board's Office\nsite_description: Papers of the Board\n"


def project(tmp_path: Path, text: str) -> Path:
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    (tmp_path / "docs").mkdir(exist_ok=True)
    return tmp_path


def test_the_project_settings(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    monkeypatch.delenv("PAPERS_CACHE_DIR", raising=False)
    settings = load_settings(ROOT)
    assert settings.base_url.startswith("https://") and settings.base_url.endswith("/")
    assert settings.site_name == "Commissioner's Papers"
    assert settings.publisher == "Office of the Police and Crime Commissioner for Cumbria"
    assert settings.docs_dir == ROOT / "build" / "docs"
    assert settings.cache_dir == ROOT / "build" / "cache"
    assert settings.today.isoformat() == "2026-01-01" and settings.epoch == "1767225600"


def test_env_tags_are_honoured(tmp_path, monkeypatch):
    root = project(tmp_path, MINIMAL + "site_url: !ENV [PAPERS_TEST_URL, 'https://fallback.example/']\n"
                   "extra:\n  papers:\n    cache_dir: !ENV [PAPERS_CACHE_DIR, build/cache]\n")
    monkeypatch.setenv("PAPERS_TEST_URL", "https://papers.example.org/board")
    monkeypatch.setenv("PAPERS_CACHE_DIR", str(tmp_path / "shared"))
    settings = load_settings(root)
    assert settings.base_url == "https://papers.example.org/board/"
    assert settings.cache_dir == tmp_path / "shared"
    assert (settings.site_name, settings.publisher) == ("Papers of a Board", "The Board's Office")
    monkeypatch.delenv("PAPERS_TEST_URL")
    monkeypatch.delenv("PAPERS_CACHE_DIR")
    settings = load_settings(root)
    assert settings.base_url == "https://fallback.example/"
    assert settings.cache_dir == root / "build" / "cache"


@pytest.mark.parametrize("text", [MINIMAL, MINIMAL + "site_url: ''\n", MINIMAL + "site_url: not-an-address\n"])
def test_a_missing_or_wrong_site_url_is_named(tmp_path, text):
    with pytest.raises(SettingsError, match="site_url"):
        load_settings(project(tmp_path, text))


def test_a_setting_mkdocs_refuses_is_reported_with_its_words(tmp_path):
    with pytest.raises(SettingsError, match="mkdocs.yml"):
        load_settings(project(tmp_path, MINIMAL + "site_url: https://example.org/\nuse_directory_urls: perhaps\n"))


def test_a_missing_configuration_is_named(tmp_path):
    with pytest.raises(SettingsError, match="mkdocs.yml is missing"):
        load_settings(tmp_path)


def test_the_engine_is_a_setting_and_an_unknown_one_is_refused(tmp_path):
    base = MINIMAL + "site_url: https://example.org/\nextra:\n  papers:\n    engine: {}\n"
    assert load_settings(project(tmp_path, base.format("properdocs"))).engine == "properdocs"
    with pytest.raises(SettingsError, match="extra.papers.engine is 'zensical'"):
        load_settings(project(tmp_path, base.format("zensical")))


def test_the_address_for_one_build(tmp_path, monkeypatch):
    """PAPERS_SITE_URL (or --site-url) replaces the default address, through the !ENV tag of site_url."""
    root = project(tmp_path, MINIMAL + "site_url: !ENV [PAPERS_SITE_URL, 'https://example.org/papers/']\n")
    monkeypatch.setenv("PAPERS_SITE_URL", "https://cumbria-pcc.gov.uk/papers")
    assert load_settings(root).base_url == "https://cumbria-pcc.gov.uk/papers/"
    monkeypatch.setenv("PAPERS_SITE_URL", "")
    assert load_settings(root).base_url == "https://example.org/papers/"
    assert load_settings(root, address="https://papers.board.example/").base_url == "https://papers.board.example/"
    monkeypatch.setenv("PAPERS_SITE_URL", "ftp://nowhere")
    with pytest.raises(SettingsError, match="PAPERS_SITE_URL"):
        load_settings(root)


def test_an_address_for_one_build_needs_site_url_to_read_it(tmp_path):
    root = project(tmp_path, MINIMAL + "site_url: https://example.org/papers/\n")
    with pytest.raises(SettingsError, match="!ENV"):
        load_settings(root, address="https://cumbria-pcc.gov.uk/papers/")
    with pytest.raises(SettingsError, match="not an http"):
        load_settings(root, address="ftp://nowhere")
