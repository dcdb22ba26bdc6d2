"""The open data validates against its JSON Schemas, and figures.csv holds exactly the figures of the content."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest

from generator.derive import paths
from generator.render.opendata import FIGURE_COLUMNS, SCHEMA_FILES, SCHEMA_FOLDER

from fixture.answers import (
    DECISIONS,
    FIGURES,
    MEMBERSHIPS,
    ORGANISATIONS,
    PARTICIPANTS,
    PEOPLE,
    POSTS,
    PUBLIC_AGENDA,
    PUBLIC_MINUTES,
    PUBLISHED,
    STATUS,
)
from .htmlscan import html_file, resolve, scan


def schema(kind: str) -> dict:
    return json.loads((SCHEMA_FOLDER / SCHEMA_FILES[kind]).read_text(encoding="utf-8"))


def validator(kind: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema(kind), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def errors(kind: str, data) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(kind).iter_errors(data)]


@pytest.mark.parametrize("kind", ["meeting", "people", "body", "decision-notice", "interests"])
def test_the_schemas_are_valid_json_schemas(kind):
    jsonschema.Draft202012Validator.check_schema(schema(kind))


@pytest.mark.parametrize("kind", ["meeting", "people"])
def test_the_schemas_are_published_as_they_are(docs, kind):
    assert (docs / f"data/schemas/{kind}.schema.json").read_bytes() == (SCHEMA_FOLDER / f"{kind}.schema.json").read_bytes()


def test_the_schemas_reject_what_they_should():
    assert errors("people", {"persons": [{"id": "Not A Slug", "name": "x", "links": []}], "organizations": [], "posts": [],
                             "memberships": []})
    assert errors("people", {"persons": [], "organizations": [], "posts": []})


def test_every_meeting_json_validates_and_there_is_one_per_published_meeting(docs):
    files = sorted((docs / "data/meetings").glob("*.json"))
    assert [f.stem for f in files] == sorted(PUBLISHED)
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert errors("meeting", data) == [], path.name


def test_meeting_json_follows_the_content(docs, base):
    for meeting_id, known in PUBLISHED.items():
        data = json.loads((docs / f"data/meetings/{meeting_id}.json").read_text(encoding="utf-8"))
        assert data["id"] == meeting_id
        assert data["start_date"] == known["start_date"]
        assert data["classification"] == known["kind"]
        assert data["status"] == STATUS[meeting_id]
        assert [a["order"] for a in data["agenda"]] == PUBLIC_AGENDA[meeting_id]
        assert [m["number"] for m in data["minutes"]] == PUBLIC_MINUTES[meeting_id]
        wanted = sorted((kind, minute, number) for _, m, minute, kind, number, _, _ in DECISIONS if m == meeting_id)
        listed = sorted((d["type"], m["number"], d["number"]) for m in data["minutes"] for d in m["decisions"])
        assert listed == wanted
        assert {p["person_id"] for p in data["participants"] if p["role"] != "invited"} == PARTICIPANTS[meeting_id]
        assert data["url"] == base + paths.url(paths.meeting_page(meeting_id)).lstrip("/")


def test_people_json_validates_and_holds_everyone(docs):
    data = json.loads((docs / "data/people.json").read_text(encoding="utf-8"))
    assert errors("people", data) == []
    assert [p["id"] for p in data["persons"]] == PEOPLE
    assert [p["id"] for p in data["posts"]] == POSTS
    assert [o["id"] for o in data["organizations"]] == ORGANISATIONS
    assert {(m["person_id"], m["post_id"], m.get("start_date"), m.get("end_date")) for m in data["memberships"]} == MEMBERSHIPS


def as_cell(text: str):
    """A figures.csv value back as the content's cell: None, int, float or text."""
    if text == "":
        return None
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def test_figures_csv_holds_every_cell_of_every_table_as_in_the_content(docs, base):
    rows = list(csv.DictReader(io.StringIO((docs / "data/figures.csv").read_text(encoding="utf-8"))))
    assert list(rows[0].keys()) == [name for name, _ in FIGURE_COLUMNS]
    got = [(row["page"], row["table_id"], int(row["row_number"]), row["row_label"], row["column_label"], row["unit"],
            row["value"]) for row in rows]
    assert got == [(base + page, *rest) for page, *rest in FIGURES]
    assert all(isinstance(as_cell(row["value"]), int) for row in rows)


def test_data_page_links_every_download(html, docs):
    page = html_file(html, "data/index.md")
    targets = {t[0] for href in scan(page).links if (t := resolve(html, page, href))}
    wanted = ["data/decisions.csv", "data/figures.csv", "data/people.json",
              "data/schemas/meeting.schema.json", "data/schemas/people.schema.json"]
    wanted += [p.relative_to(docs).as_posix() for p in (docs / "data/meetings").glob("*.json")]
    for path in wanted:
        assert html / path in targets, path
        assert (html / path).is_file()


def test_bodies_decision_notices_and_interests_follow_their_schemas(docs):
    from fixture.answers import NOTICES, RESTRICTED_TEXT
    bodies = json.loads((docs / "data/bodies.json").read_text(encoding="utf-8"))
    assert errors("body", bodies) == []
    assert [b["id"] for b in bodies["bodies"]] == ["police-and-crime-panel", "joint-audit-committee", "public-accountability-conference"]
    audit = bodies["bodies"][1]
    assert (audit["classification"], [m["person_id"] for m in audit["members"]]) == ("joint-committee", ["cy-fixture", "di-placeholder"])
    assert audit["members"][0]["start_date"] == "2019-04-01" and audit["members"][0]["end_date"] == "2023-03-31"

    notices = json.loads((docs / "data/decision-notices.json").read_text(encoding="utf-8"))
    assert errors("decision-notice", notices) == []
    assert [(n["id"], n["reference"]) for n in notices["decision_notices"]] == [(i, r) for i, r, _ in NOTICES]
    restricted = notices["decision_notices"][0]
    assert restricted["restricted"] == {"exempt_paragraph": 3, "reason": "It gives the commercial terms offered by suppliers."}
    assert RESTRICTED_TEXT not in (docs / "data/decision-notices.json").read_text(encoding="utf-8")
    assert RESTRICTED_TEXT not in (docs / "data/decision-notices.csv").read_text(encoding="utf-8")
    assert notices["decision_notices"][1]["document"]["media_type"] == "application/pdf"

    interests = json.loads((docs / "data/interests.json").read_text(encoding="utf-8"))
    assert errors("interests", interests) == []
    register = interests["registers"][0]
    assert register["person_id"] == "ada-sample"
    assert [(e["registered_on"], e["ended_on"]) for e in register["entries"]] == [("2021-05-20", None), ("2021-05-20", "2022-01-31")]
