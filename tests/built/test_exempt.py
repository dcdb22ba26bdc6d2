"""Nothing of a part 2 (exempt) item, a draft or a not-yet-public agenda leaves the repository."""

from __future__ import annotations

import gzip
import textwrap

from generator.build import build_site

from support.documents import pdf_with_text
from support.project import copy_project

CANARY = "CANARY-7f3a9c"

PRIVATE_MEETING = textwrap.dedent(f"""\
    body: public-accountability-conference
    kind: finance
    date: 2022-01-10
    document: 2022/public-pack.pdf
    start_time: "10:00"
    location:
      venue: Carleton Hall, Penrith
    agenda:
      - number: 1
        title: Apologies for absence
      - number: 2
        title: Estates review
        part: 2
        exempt_paragraph: 3
        description: The sale price for {CANARY} is under negotiation.
        presenter: {CANARY} presenter
        papers:
          - title: Valuation {CANARY}
            document: 2022/valuation.pdf
        topics: [finance]
        presentation: estates
    attendance:
      present:
        - person: peter-mccall
          post: police-and-crime-commissioner
          chair: true
    minutes:
      items:
        - number: 1
          title: Apologies for absence
          text: None were received.
        - number: 2
          title: Estates review
          part: 2
          exempt_paragraph: 3
          agenda_item: 2
          text: The Commissioner discussed {CANARY} in private.
          recommendations:
            - id: R1
              text: Approve the sale to {CANARY}.
              outcome: approved
          resolutions:
            - number: i
              text: The sale to {CANARY} be approved.
    presentations:
      - id: estates
        title: Estates valuation {CANARY}
        sections:
          - title: Offers
            tables:
              - id: offers
                title: Offers received {CANARY}
                columns: [Bidder, Offer]
                rows:
                  - [{CANARY} Ltd, 1000]
                  - [Other, 900]
    """)


RESTRICTED_DECISION = textwrap.dedent(f"""\
    reference: 001-2022
    title: Sale of land
    date: 2022-01-10
    decision: To sell the land on the terms in the restricted part.
    restricted:
      exempt_paragraph: 3
      reason: Commercial terms.
      text: The buyer is {CANARY} Holdings at a price not yet public.
    """)


def hidden_meeting(date: str, extra: str) -> str:
    return textwrap.dedent(f"""\
        body: public-accountability-conference
        kind: performance
        date: {date}
        {extra}
        document: 2022/pack-{date}.pdf
        location:
          remote: true
        agenda:
          - number: 1
            title: Papers about {CANARY}
            description: {CANARY} is discussed.
        """)


def test_no_byte_of_exempt_draft_or_embargoed_text_is_published(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 14 November 2023
    root = copy_project(tmp_path)
    folder = root / "content" / "meetings" / "2022"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "2022-01-10-public-accountability-conference.yaml").write_text(PRIVATE_MEETING, encoding="utf-8")
    (folder / "2022-02-10-public-accountability-conference.yaml").write_text(hidden_meeting("2022-02-10", "status: draft"), encoding="utf-8")
    (folder / "2022-03-10-public-accountability-conference.yaml").write_text(hidden_meeting("2022-03-10", "publish_from: 2030-01-01"), encoding="utf-8")
    (root / "content" / "decisions" / "2022").mkdir(parents=True)
    (root / "content" / "decisions" / "2022" / "001-2022.yaml").write_text(RESTRICTED_DECISION, encoding="utf-8")
    documents = root / "content" / "documents" / "2022"
    documents.mkdir(parents=True)
    for name in ("valuation.pdf", "pack-2022-02-10.pdf", "pack-2022-03-10.pdf"):
        (documents / name).write_bytes(pdf_with_text(f"Private paper {CANARY}"))
    (documents / "public-pack.pdf").write_bytes(pdf_with_text("The public papers"))
    build_site(root)
    assert (root / "site" / "decisions" / "2022" / "001-2022" / "index.html").is_file()
    assert "Schedule 12A" in (root / "site" / "decisions" / "2022" / "001-2022" / "index.html").read_text(encoding="utf-8")
    published = sorted(p.relative_to(root / "site").as_posix() for p in (root / "site" / "documents").rglob("*") if p.is_file())
    assert published == ["documents/2022/public-pack.pdf"], "only the document of public business is published"
    assert (root / "site" / published[0]).read_bytes() == (documents / "public-pack.pdf").read_bytes()

    page = root / "site" / "meetings" / "2022" / "2022-01-10-public-accountability-conference" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "Estates review" in html
    assert "exempt information under paragraph 3 of Part 1 of Schedule 12A" in html
    assert not (root / "site" / "meetings" / "2022" / "2022-02-10-public-accountability-conference").exists()
    assert not (root / "site" / "meetings" / "2022" / "2022-03-10-public-accountability-conference").exists()

    searched = leaks = 0
    for path in sorted((root / "site").rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        searched += len(data)
        if CANARY.encode() in data or CANARY.lower().encode() in data.lower():
            leaks += 1
            print(f"leak: {path.relative_to(root)}")
    print(f"\nsearched {searched:,} bytes of site/ for the canary: {leaks} file(s) contain it")
    assert leaks == 0
