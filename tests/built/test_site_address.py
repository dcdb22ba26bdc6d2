"""The site's public address: a build for publishing refuses a placeholder, a local build says it once."""

from __future__ import annotations

from pathlib import Path

from generator.cli import main

from support.project import copy_project

PLACEHOLDER = "https://example.org/papers/"
REAL = "https://papers.cumbria-pcc.gov.uk/record/"


def _files_naming(site: Path, address: str) -> list[str]:
    needle = address.encode()
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and needle in p.read_bytes())


def test_a_build_for_publishing_refuses_the_placeholder_and_writes_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PAPERS_SITE_URL", "")
    root = copy_project(tmp_path)
    assert PLACEHOLDER in (root / "mkdocs.yml").read_text(encoding="utf-8")
    assert main(["--root", str(root), "build", "--publish"]) == 1
    out = capsys.readouterr()
    assert "placeholder https://example.org/papers/" in out.err and "--site-url" in out.err
    assert "Traceback" not in out.out + out.err
    assert not (root / "site").exists() and not (root / "build" / "docs").exists()


def test_a_local_build_keeps_the_placeholder_and_says_so_once(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PAPERS_SITE_URL", "")
    root = copy_project(tmp_path)
    assert main(["--root", str(root), "build"]) == 0
    out = capsys.readouterr().out
    assert out.count("site_url is the placeholder") == 1
    assert _files_naming(root / "site", PLACEHOLDER), "the local build should use the configured placeholder"


def test_a_build_for_publishing_at_the_real_address_uses_it_everywhere(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PAPERS_SITE_URL", "")
    root = copy_project(tmp_path)
    assert main(["--root", str(root), "build", "--publish", "--site-url", REAL]) == 0
    out = capsys.readouterr().out
    assert "placeholder" not in out
    site = root / "site"
    assert _files_naming(site, PLACEHOLDER) == []
    naming = _files_naming(site, REAL)
    for expected in ("feeds/papers.atom", "feeds/meetings.ics", "data/decisions.csv", "sitemap.xml"):
        assert expected in naming, f"{expected} does not use the real address"
