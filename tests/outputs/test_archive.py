"""`papers archive` writes one self-contained, checksummed package (a BagIt bag) that opens offline, and the
successor setting puts a banner on every page. Both run on the fixture site."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import bagit
import lxml.html
import pytest

from generator.build import BuildFailed, build_site
from generator.cli import main

from fixture.answers import DECISIONS, PUBLISHED
from fixture.site import DAY, build_moment, fixture_project

ORIGINAL = "documents/2021/2021-06-02-minutes.pdf"
PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture(scope="module")
def archived(tmp_path_factory) -> Path:
    root = fixture_project(tmp_path_factory.mktemp("archive-project"))
    (root / "content" / ORIGINAL).parent.mkdir(parents=True, exist_ok=True)
    (root / "content" / ORIGINAL).write_bytes(PDF)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", build_moment())
        assert main(["--root", str(root), "archive", "--out", "handover"]) == 0
    return root / "handover"


def test_the_archive_is_a_valid_bagit_bag_with_checksums(archived):
    bag = bagit.Bag(str(archived))
    bag.validate()  # raises BagValidationError on any missing, extra or changed file
    assert set(bag.algorithms) >= {"sha256", "sha512"}
    assert bag.info["Source-Organization"]
    assert bag.info["Bagging-Date"] == DAY.isoformat()


def test_the_archive_holds_the_site_the_content_the_originals_the_open_data_and_a_manifest(archived):
    data = archived / "data"
    assert (data / "site" / "index.html").is_file()
    assert (data / "content" / "meetings" / "2021" / f"{next(iter(PUBLISHED))}.yaml").is_file()
    assert (data / "content" / ORIGINAL).read_bytes() == PDF
    assert (data / "open-data" / "decisions.csv").is_file() and (data / "open-data" / "schemas").is_dir()
    manifest = json.loads((data / "manifest.json").read_text(encoding="utf-8"))
    assert [part["path"] for part in manifest["parts"]] == ["site/", "content/", "content/documents/", "open-data/"]
    assert (manifest["meetings"], manifest["decisions"]) == (len(PUBLISHED), len(DECISIONS))
    assert manifest["built_for"] == DAY.isoformat()


def test_a_changed_file_fails_validation(archived, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(archived, copy)
    (copy / "data" / "content" / "topics.yaml").write_text("topics: []\n", encoding="utf-8")
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(copy)).validate()


def _references(page: Path) -> list[str]:
    root = lxml.html.fromstring(page.read_bytes())
    return [value for element in root.iter("a", "link", "img", "script", "source", "form")
            for value in (element.get("href"), element.get("src"), element.get("action")) if value]


def test_the_site_inside_opens_offline_every_link_names_a_file_in_the_package(archived):
    site = archived / "data" / "site"
    checked, wrong = 0, []
    for page in sorted(site.rglob("*.html")):
        if page.name == "404.html":
            continue  # served by a web server for unknown addresses; never opened from disk
        for value in _references(page):
            parts = urlsplit(value)
            if parts.scheme or value.startswith("//") or not parts.path:
                continue
            checked += 1
            target = (page.parent / unquote(parts.path)).resolve()
            if value.startswith("/") or not target.is_file() or site.resolve() not in target.parents:
                wrong.append(f"{page.relative_to(site)}: {value}")
    assert checked > 500
    assert wrong == []


def test_the_archive_never_overwrites(archived, capsys):
    before = (archived / "manifest-sha256.txt").read_bytes()
    assert main(["--root", str(archived.parent), "archive", "--out", "handover"]) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and "Traceback" not in err
    assert (archived / "manifest-sha256.txt").read_bytes() == before


# ---------------------------------------------------------------- the successor banner

SUCCESSOR = """
  successor:
    name: the Example Policing and Crime Board
    url: https://board.example.org/papers/
    date: 2028-05-08
"""


def test_the_successor_setting_puts_a_banner_on_every_page(tmp_path):
    root = fixture_project(tmp_path / "project")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("extra:\n", "extra:" + SUCCESSOR, 1), encoding="utf-8")
    build_site(root)
    pages = sorted((root / "site").rglob("index.html"))
    assert len(pages) > 20
    for page in pages:
        banner = lxml.html.fromstring(page.read_bytes()).xpath("//*[contains(@class, 'papers-successor')]")
        assert len(banner) == 1, page
        text = " ".join(banner[0].text_content().split())
        assert "passed to the Example Policing and Crime Board on 8 May 2028" in text
        assert banner[0].xpath(".//a/@href") == ["https://board.example.org/papers/"]


def test_without_the_setting_there_is_no_banner(archived):
    page = archived / "data" / "site" / "index.html"
    assert lxml.html.fromstring(page.read_bytes()).xpath("//*[contains(@class, 'papers-successor')]") == []


def test_a_wrong_successor_setting_stops_the_build_with_a_clear_message(tmp_path):
    root = fixture_project(tmp_path / "project")
    config = root / "mkdocs.yml"
    wrong = SUCCESSOR.replace("https://board.example.org/papers/", "board.example.org")
    config.write_text(config.read_text(encoding="utf-8").replace("extra:\n", "extra:" + wrong, 1), encoding="utf-8")
    with pytest.raises(BuildFailed, match="extra.successor .*url must be the successor's web address"):
        build_site(root)
