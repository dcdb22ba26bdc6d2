"""The open data validates against its JSON Schemas, and figures.csv holds exactly the figures of the content."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest

from generator.derive import paths
from generator.render.opendata import FIGURE_COLUMNS, SCHEMA_FOLDER

from .conftest import expected_decisions, private_agenda, private_presentation, public_minute
from .htmlscan import html_file, resolve, scan


def schema(kind: str) -> dict:
    return json.loads((SCHEMA_FOLDER / f"{kind}.schema.json").read_text(encoding="utf-8"))


def validator(kind: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema(kind), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def errors(kind: str, data) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(kind).iter_errors(data)]


@pytest.mark.parametrize("kind", ["meeting", "people"])
def test_the_schemas_are_valid_json_schemas(kind):
    jsonschema.Draft202012Validator.check_schema(schema(kind))


@pytest.mark.parametrize("kind", ["meeting", "people"])
def test_the_schemas_are_published_as_they_are(docs, kind):
    assert (docs / f"data/schemas/{kind}.schema.json").read_bytes() == (SCHEMA_FOLDER / f"{kind}.schema.json").read_bytes()


def test_the_schemas_reject_what_they_should():
    assert errors("people", {"persons": [{"id": "Not A Slug", "name": "x", "links": []}], "organizations": [], "posts": [],
                             "memberships": []})
    assert errors("people", {"persons": [], "organizations": [], "posts": []})


def test_every_meeting_json_validates_and_there_is_one_per_published_meeting(docs, public):
    files = sorted((docs / "data/meetings").glob("*.json"))
    assert [f.stem for f in files] == [meeting_id for meeting_id, _ in public]
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert errors("meeting", data) == [], path.name


def test_meeting_json_follows_the_content(docs, public, base):
    for meeting_id, meeting in public:
        data = json.loads((docs / f"data/meetings/{meeting_id}.json").read_text(encoding="utf-8"))
        assert data["id"] == meeting_id
        assert data["start_date"].startswith(meeting.date.isoformat())
        assert data["classification"] == meeting.kind
        assert [a["order"] for a in data["agenda"]] == sorted(i.number for i in meeting.agenda if i.number not in private_agenda(meeting))
        assert [m["number"] for m in data["minutes"]] == sorted(
            i.number for i in (meeting.minutes.items if meeting.minutes else []) if public_minute(meeting, i))
        wanted = sorted((d["type"], d["minute"], d["number"]) for d in expected_decisions(public) if d["meeting_id"] == meeting_id)
        listed = sorted((d["type"], m["number"], d["number"]) for m in data["minutes"] for d in m["decisions"])
        assert listed == wanted
        a = meeting.attendance
        people = (a.present + a.also_present + a.apologies + a.observers + ([a.minute_taker] if a.minute_taker else [])) if a else []
        assert {p.person for p in people} <= {p["person_id"] for p in data["participants"]}
        assert data["url"] == base + paths.url(paths.meeting_page(meeting_id)).lstrip("/")


def test_people_json_validates_and_holds_everyone(docs, content):
    data = json.loads((docs / "data/people.json").read_text(encoding="utf-8"))
    assert errors("people", data) == []
    people_file = content.of_kind("people")[0].model
    assert [p["id"] for p in data["persons"]] == sorted(p.id for p in people_file.people)
    assert [p["id"] for p in data["posts"]] == sorted(p.id for p in people_file.posts)
    assert [o["id"] for o in data["organizations"]] == sorted(o.id for o in people_file.organisations)
    memberships = {(m["person_id"], m["post_id"], m.get("start_date"), m.get("end_date")) for m in data["memberships"]}
    for person in people_file.people:
        for ms in person.memberships:
            start = ms.start_date.isoformat() if ms.start_date else None
            end = ms.end_date.isoformat() if ms.end_date else None
            assert (person.id, ms.post, start, end) in memberships


def private_table_ids_of_site(site) -> set[int]:
    return {id(t) for view in site.meetings for p in view.meeting.presentations if private_presentation(view.meeting, p)
            for s in p.sections for t in s.tables}


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


def test_figures_csv_holds_every_cell_of_every_table_as_in_the_content(docs, site, base):
    rows = list(csv.DictReader(io.StringIO((docs / "data/figures.csv").read_text(encoding="utf-8"))))
    assert list(rows[0].keys()) == [name for name, _ in FIGURE_COLUMNS]
    expected = []
    private = private_table_ids_of_site(site)
    for place in site.tables:
        table = place.table
        if id(table) in private:
            continue
        page = base + paths.url(place.page).lstrip("/") + "#" + paths.table_anchor(table.id)
        for number, row in enumerate(table.rows, start=1):
            for column, cell in zip(table.columns[1:], row[1:]):
                expected.append((page, table.id, number, row[0], column.label, column.unit or table.unit or "", cell))
    assert len(rows) == len(expected) > 0
    for row, want in zip(rows, expected):
        page, table_id, number, label, column, unit, cell = want
        assert (row["page"], row["table_id"], int(row["row_number"]), row["column_label"], row["unit"]) == (
            page, table_id, number, column, unit)
        assert row["row_label"] == ("" if label is None else str(label))
        if cell is None:
            assert row["value"] == ""
        elif isinstance(cell, str):
            assert row["value"] == cell
        else:
            value = as_cell(row["value"])
            assert isinstance(value, (int, float)) and value == cell and type(value) is type(cell), (row, want)


def test_data_page_links_every_download(html, docs):
    page = html_file(html, "data/index.md")
    targets = {t[0] for href in scan(page).links if (t := resolve(html, page, href))}
    wanted = ["data/decisions.csv", "data/figures.csv", "data/people.json",
              "data/schemas/meeting.schema.json", "data/schemas/people.schema.json"]
    wanted += [p.relative_to(docs).as_posix() for p in (docs / "data/meetings").glob("*.json")]
    for path in wanted:
        assert html / path in targets, path
        assert (html / path).is_file()


def test_figures_csv_has_a_row_for_every_cell_of_every_table_in_the_content(docs, content, public):
    tables = []
    for _, meeting in public:
        tables += [t for p in meeting.presentations if not private_presentation(meeting, p) for s in p.sections for t in s.tables]
    for kind in ("plan", "report"):
        tables += [t for d in content.of_kind(kind) for s in d.model.sections for t in s.tables]
    tables += [t for d in content.of_kind("section") for t in d.model.tables]
    cells = sum(len(row) - 1 for t in tables for row in t.rows)
    rows = list(csv.DictReader(io.StringIO((docs / "data/figures.csv").read_text(encoding="utf-8"))))
    assert len(rows) == cells
