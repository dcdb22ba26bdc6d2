"""Open data: each meeting as JSON (after Open Civic Data events), people and posts as Popolo JSON, and every
data-table figure in one tidy CSV. Their JSON Schemas are in ``schemas/`` beside this module and are published
with the data (the Data page that lists them all is data_page.py). They are made from the public view (see derive/public.py), so part 2 business never reaches them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any, Optional
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

from generator import models
from generator.derive import paths
from generator.derive.site import MeetingView, Site, TablePlace
from generator.render.links import TIMEZONE, absolute
from generator.derive.decisions import Decision, minute_topics
from generator.derive.register import register_page

PAGE = paths.DATA_PAGE
PEOPLE_JSON = "data/people.json"
FIGURES_CSV = "data/figures.csv"
SCHEMA_FOLDER = Path(__file__).parent / "schemas"
SCHEMA_FILES = {"meeting": "meeting.schema.json", "people": "people.schema.json", "body": "bodies.schema.json",
                "decision-notice": "decision-notices.schema.json", "interests": "interests.schema.json"}
LONDON = ZoneInfo(TIMEZONE)

FIGURE_COLUMNS: list[tuple[str, str]] = [
    ("page", "The address of the table on the page that publishes it."),
    ("meeting_id", "The meeting's id when the table is part of a meeting's papers; empty otherwise."),
    ("date", "The date of the meeting or report, YYYY-MM-DD; empty when the table has none."),
    ("context", "What the table is part of: the presentation and meeting, the plan, report or assessment section."),
    ("table_id", "The table's id, unique on its page (its anchor there is table-<table_id>)."),
    ("table_title", "The table's title; empty where the source lost it."),
    ("row_number", "The row's position in the table, counting from 1."),
    ("row_label", "The row's label (the table's first column); empty where the source lost it."),
    ("column_label", "The column's label."),
    ("unit", "The unit of the value: the column's unit, else the table's; empty when the source gives none."),
    ("period", "The period the table's figures cover, as the source states it; empty when it does not."),
    ("value", "The figure as the source gives it: a number, a text, or empty where the source lost the value."),
]


def table_csv(place: TablePlace) -> str:
    """The per-table download written with each table's chart (see figures.py)."""
    return f"data/tables/{place.key}.csv"


def _json(data: Any) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _moment(meeting: models.Meeting, time: Optional[str]) -> Optional[str]:
    if time is None:
        return None
    return dt.datetime.combine(meeting.date, dt.time.fromisoformat(time), tzinfo=LONDON).isoformat()


# ---------------------------------------------------------------- meetings


def _decision(base: str, d: Decision) -> dict:
    return {
        "id": d.register_anchor,
        "type": d.kind,
        "number": d.number,
        "text": d.text,
        "outcome": d.outcome,
        "url": absolute(base, d.view.page, d.anchor),
        "register_url": absolute(base, register_page(d), d.register_anchor),
    }


def _participants(site: Site, view: MeetingView) -> list[dict]:
    meeting = view.meeting
    groups: list[tuple[str, list[models.Attendee]]] = [(g.capacity, list(g.attendees)) for g in view.attendance]
    if meeting.notice:
        groups.append(("invited", meeting.notice.invited))
    found = []
    for role, attendees in groups:
        for attendee in attendees:
            person = site.people.get(attendee.person)
            post = site.posts.get(attendee.post or "")
            found.append({
                "name": person.name if person else attendee.person,
                "entity_type": "person",
                "person_id": attendee.person,
                "role": role,
                "chair": attendee.chair,
                "post_id": attendee.post,
                "post": post.label if post else None,
                "note": attendee.note,
            })
    return found


def _document(note: str, url: Optional[str], media_type: Optional[str]) -> dict:
    return {"note": note, "url": url, "media_type": media_type}


def _presentation_documents(base: str, view: MeetingView, presentation: models.Presentation) -> list[dict]:
    found = [_document(presentation.title, absolute(base, view.page, paths.presentation_anchor(presentation.id)), "text/html")]
    for section in presentation.sections:
        for table in section.tables:
            place = TablePlace(view.page, table, "")
            title = table.title or "Untitled table"
            found.append(_document(f"{presentation.title}: {title} (CSV)", absolute(base, table_csv(place)), "text/csv"))
    return found


def _paper_url(base: str, view: MeetingView, href: Optional[str]) -> Optional[str]:
    return urljoin(absolute(base, view.page), href) if href else None


def meeting_data(site: Site, view: MeetingView, base: str) -> dict:
    """One meeting after the Open Civic Data event: who took part, its agenda, its minutes and decisions, its documents."""
    meeting = view.meeting
    page_url = absolute(base, view.page)
    by_minute: dict[int, list[Decision]] = {}
    for d in view.decisions:
        by_minute.setdefault(d.minute.number, []).append(d)
    minutes = view.open_minutes

    agenda = []
    for item in view.open_agenda:
        recorded = [m for m in minutes if m.agenda_item == item.number]
        documents = [_document(p.title + (f" ({p.note})" if p.note else ""), _paper_url(base, view, p.href), None) for p in item.papers]
        for presentation in meeting.presentations:
            if presentation.id == item.presentation or presentation.agenda_item == item.number:
                documents += _presentation_documents(base, view, presentation)
        agenda.append({
            "order": item.number,
            "description": item.title,
            "notes": [item.description] if item.description else [],
            "presenter": item.presenter,
            "subjects": list(item.topics),
            "objectives": list(item.objectives),
            "url": absolute(base, view.page, paths.agenda_anchor(item.number)),
            "minutes": [{"number": m.number, "title": m.title, "url": absolute(base, view.page, paths.minute_anchor(m.number))} for m in recorded],
            "decisions": [_decision(base, d) for m in recorded for d in by_minute.get(m.number, [])],
            "documents": documents,
        })

    minute_list = []
    for m in minutes:
        considered = site.meeting(m.minutes_of) if m.minutes_of else None
        minute_list.append({
            "number": m.number,
            "title": m.title,
            "agenda_order": m.agenda_item,
            "text": m.text,
            "subjects": list(minute_topics(meeting, m)),
            "objectives": list(m.objectives),
            "minutes_of": considered.id if considered else m.minutes_of,
            "url": absolute(base, view.page, paths.minute_anchor(m.number)),
            "decisions": [_decision(base, d) for d in by_minute.get(m.number, [])],
        })

    documents = [_document(f"Papers of the {view.title}", page_url, "text/html")]
    for presentation in meeting.presentations:
        documents += _presentation_documents(base, view, presentation)
    for item in view.open_agenda:
        documents += [_document(p.title, _paper_url(base, view, p.href), None) for p in item.papers if p.href]

    location = meeting.location
    end = meeting.minutes.concluded_at if meeting.minutes else None
    if end and meeting.start_time and end <= meeting.start_time:
        end = None
    return {
        "id": view.id,
        "name": view.title,
        "body": view.body_name,
        "body_id": meeting.body,
        "classification": meeting.kind,
        "description": meeting.purpose,
        "start_date": _moment(meeting, meeting.start_time) or meeting.date.isoformat(),
        "end_date": _moment(meeting, end) if meeting.start_time else None,
        "all_day": meeting.start_time is None,
        "timezone": TIMEZONE,
        "status": view.ocd_status,
        "location": None if location is None else {
            "name": "Remote meeting" if location.remote else location.venue,
            "address": location.address,
            "remote": location.remote,
        },
        "url": page_url,
        "minutes_published_with": view.published_in.id if view.published_in else None,
        "minutes_approved_at": [absolute(base, ref.page, ref.anchor) for ref in view.approved_at],
        "participants": _participants(site, view),
        "agenda": agenda,
        "minutes": minute_list,
        "presentations": [
            {
                "id": p.id,
                "title": p.title,
                "agenda_order": p.agenda_item,
                "presenter": p.presenter,
                "summary": p.summary,
                "subjects": list(dict.fromkeys(list(p.topics) + [t for s in p.sections for t in s.topics])),
                "url": absolute(base, view.page, paths.presentation_anchor(p.id)),
                "tables": [
                    {"id": t.id, "title": t.title, "csv_url": absolute(base, table_csv(TablePlace(view.page, t, "")))}
                    for s in p.sections for t in s.tables
                ],
            }
            for p in meeting.presentations
        ],
        "documents": documents,
        "sources": [{"note": s} for s in meeting.sources],
    }


# ---------------------------------------------------------------- people


def people_data(site: Site, base: str) -> dict:
    """People, organisations, posts and memberships after Popolo; unknown values are left out."""

    def present(record: dict) -> dict:
        return {k: v for k, v in record.items() if v is not None}

    persons = [
        present({
            "id": person.id,
            "name": person.name,
            "honorific_prefix": person.honorific_prefix,
            "honorific_suffix": person.honorific_suffix,
            "links": [{"url": absolute(base, paths.person_page(person.id)), "note": "Page on this site"}],
        })
        for person in sorted(site.people.values(), key=lambda p: p.id)
    ]
    organizations = [present({"id": o.id, "name": o.name, "classification": o.classification})
                     for o in sorted(site.organisations.values(), key=lambda o: o.id)]
    posts = [present({"id": p.id, "label": p.label, "role": p.label, "organization_id": p.organisation,
                      "sources": _sources(p.source)})
             for p in sorted(site.posts.values(), key=lambda p: p.id)]
    memberships = []
    for person in sorted(site.people.values(), key=lambda p: p.id):
        for ms in person.memberships:
            post = site.posts.get(ms.post)
            ident = f"{person.id}--{ms.post}" + (f"--{ms.start_date.isoformat()}" if ms.start_date else "")
            memberships.append(present({
                "id": ident,
                "person_id": person.id,
                "post_id": ms.post,
                "organization_id": post.organisation if post else None,
                "role": post.label if post else None,
                "start_date": ms.start_date.isoformat() if ms.start_date else None,
                "end_date": ms.end_date.isoformat() if ms.end_date else None,
                "note": ms.note,
                "sources": _sources(ms.source),
            }))
    memberships.sort(key=lambda m: m["id"])
    return {"persons": persons, "organizations": organizations, "posts": posts, "memberships": memberships}


def _sources(source: models.SourceQuote | None) -> list[dict] | None:
    return [{"note": source.document, "quote": source.quote}] if source else None


# ---------------------------------------------------------------- figures


def _value(cell: models.Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float):
        return repr(cell)
    return str(cell)


def figure_rows(site: Site, base: str) -> list[dict[str, str]]:
    """One row a cell of every data table: each figure with its table, row, column, unit and period."""
    meeting_of = {view.page: view.id for view in site.meetings}
    rows = []
    for place in site.tables:
        table = place.table
        for number, row in enumerate(table.rows, start=1):
            label = row[0]
            for column, cell in zip(table.columns[1:], row[1:]):
                rows.append({
                    "page": absolute(base, place.page, paths.table_anchor(table.id)),
                    "meeting_id": meeting_of.get(place.page, ""),
                    "date": place.date.isoformat() if place.date else "",
                    "context": place.context,
                    "table_id": table.id,
                    "table_title": table.title or "",
                    "row_number": str(number),
                    "row_label": _value(label),
                    "column_label": column.label,
                    "unit": column.unit or table.unit or "",
                    "period": table.period or "",
                    "value": _value(cell),
                })
    return rows


def _csv(columns: list[tuple[str, str]], rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[name for name, _ in columns], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def opendata_files(site: Site, base: str) -> dict[str, bytes]:
    """Every meeting's JSON, people.json, figures.csv and the JSON Schemas, by docs path."""
    files = {paths.meeting_json(view.id): _json(meeting_data(site, view, base)) for view in site.meetings}
    files[PEOPLE_JSON] = _json(people_data(site, base))
    files[FIGURES_CSV] = _csv(FIGURE_COLUMNS, figure_rows(site, base))
    for name in SCHEMA_FILES.values():
        files[f"data/schemas/{name}"] = (SCHEMA_FOLDER / name).read_bytes()
    return files
