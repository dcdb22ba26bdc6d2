"""Items considered in private (part 2) appear in none of the register, feeds, calendar and open data, and
neither do draft meetings. (The meeting page itself names a part 2 item, as the published agenda does.)"""

from __future__ import annotations

import shutil

import pytest

from generator.build import generate
from generator.settings import load_settings
from generator.derive.site import derive
from generator.pipeline import validated
from generator.render.feeds import Publisher, feed_files
from generator.render.opendata import opendata_files
from generator.render.pages import render_pages
from generator.render.register import register_files

from support.project import MEETING, ROOT

from .test_determinism import MINE

CANARY = "Quetzal-canary-5309"
DRAFT_CANARY = "Pangolin-draft-8812"


EXEMPT_MEETING = MEETING.replace("minutes:\n  items:\n", f"""\
agenda:
  - number: 1
    title: Finance
    topics: [finance]
  - number: 2
    part: 2
    exempt_paragraph: 3
    title: {CANARY} agenda title
    description: {CANARY} agenda description
    presenter: {CANARY} presenter
    topics: [finance]
    papers:
      - title: {CANARY} paper
        href: https://example.org/{CANARY}.pdf
presentations:
  - id: private-briefing
    title: {CANARY} presentation
    agenda_item: 2
    summary: {CANARY} summary
    topics: [finance]
    sections:
      - title: {CANARY} section
        tables:
          - id: canary-table
            title: {CANARY} table
            columns: [Measure, Value]
            rows:
              - [{CANARY} row, 5309]
minutes:
  items:
""") + f"""\
    - number: 3
      part: 2
      exempt_paragraph: 3
      title: {CANARY} minute title
      agenda_item: 2
      topics: [finance]
      text: {CANARY} minute text
      recommendations:
        - id: R1
          outcome: approved
          text: {CANARY} recommendation
      resolutions:
        - number: i
          text: {CANARY} resolution
"""

DRAFT_MEETING = MEETING.replace("date: 2021-11-03", "date: 2022-01-12").replace(
    "status: published", "").replace("kind: finance", "kind: finance\nstatus: draft").replace(
    "The report be noted.", f"{DRAFT_CANARY} resolution")


@pytest.fixture
def project(tree):
    root = tree({
        "meetings/2021/2021-11-03-public-accountability-conference.yaml": EXEMPT_MEETING,
        "meetings/2022/2022-01-12-public-accountability-conference.yaml": DRAFT_MEETING,
    })
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copytree(ROOT / "generator", root / "generator")  # mkdocs.yml names its hooks file
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    return root


def test_the_tree_is_valid_and_holds_the_canaries(project):
    content, _ = validated(project)
    assert len(content.of_kind("meeting")) == 2
    sources = " ".join(p.read_text(encoding="utf-8") for p in (project / "content").rglob("*.yaml"))
    assert CANARY in sources and DRAFT_CANARY in sources


def test_no_output_holds_a_part_2_item_or_a_draft(project):
    generate(load_settings(project))
    docs = project / "build" / "docs"
    register = (docs / "decisions/2021/noted.md").read_text(encoding="utf-8")
    assert "The report be noted." in register, "the public decision is missing, so the check below proves nothing"
    assert (docs / "data/meetings/2021-11-03-public-accountability-conference.json").is_file()
    leaked = []
    for path in sorted(docs.rglob("*")):
        if path.is_file() and path.relative_to(docs).as_posix().startswith(MINE):
            data = path.read_bytes().lower()
            for canary in (CANARY, DRAFT_CANARY):
                if canary.lower().encode() in data:
                    leaked.append(f"{path.relative_to(docs)}: {canary}")
    assert leaked == []
    assert not (docs / "data/meetings/2022-01-12-public-accountability-conference.json").exists()


def test_the_functions_leave_part_2_out(project):
    content, _ = validated(project)
    site = derive(content)
    assert [(d.minute.number, d.number) for d in site.decisions] == [(2, "i")]
    files = {}
    base = "https://example.org/papers/"
    for make in (register_files, opendata_files):
        files.update(make(site, base))
    files.update(feed_files(site, base, Publisher("Papers", "The Office", "Papers of the office")))
    pages = render_pages(site, project / "templates", today=site.meetings[0].meeting.date)
    files.update({name: pages[name].encode() for name in ("decisions/index.md", "stay-informed.md", "data/index.md")})
    assert [name for name, data in files.items() if CANARY.encode() in data or DRAFT_CANARY.encode() in data] == []
