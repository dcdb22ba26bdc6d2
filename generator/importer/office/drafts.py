"""Shape what the parser found into draft ``Meeting`` data, checked with the content model.

One document gives up to two drafts: the meeting the papers are for (notice,
agenda, presentations) and, when the papers carry the minutes of an earlier
meeting, that earlier meeting (attendance and minutes), whose
``minutes.published_with`` names the first.

The text of a presentation (its slides or report, after its title page) is
presentation content: it is kept, as extracted, in sections of that presentation
("Presentation text as extracted (arrange it), lines a-b") for a person to arrange,
and the command reports it per presentation with its line range. Any other line no
field took is unplaced: it goes into a presentation with the id ``unplaced-text``
of the draft whose part of the document it came from, and the command prints each.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from generator import models
from generator.importer.office import found, parts
from generator.importer.office.parts import existing_meeting, meeting_id
from generator.importer.people import Directory, NewPerson
from generator.importer.readers.draft import MeetingDraft
from generator.importer.shaping import (PRESENTATION_TEXT, UNPLACED_ID, UNPLACED_TITLE, ImportProblem, lines_label, meeting_fields,
                                       missing_place_and_time, new_people_in, run_text, runs, unplaced_sections, validated)
from generator.importer.text import long_date, slug

@dataclass
class Draft:
    id: str
    date: dt.date
    role: str  # "meeting" (the papers' own meeting) or "minutes" (an earlier meeting whose minutes they carry)
    data: dict[str, Any]
    meeting: models.Meeting
    summary: str
    people: list[NewPerson] = field(default_factory=list)
    posts: dict[str, list[int]] = field(default_factory=dict)
    unplaced: list[tuple[str, list[found.Unplaced]]] = field(default_factory=list)  # (where it is kept, lines)

    @property
    def file_name(self) -> str:
        return f"{self.id}.yaml"

    @property
    def unplaced_count(self) -> int:
        """Lines no field took, outside any presentation (a presentation's own text is counted apart)."""
        return sum(len(lines) for place, lines in self.unplaced if place == f"presentation '{UNPLACED_ID}'")

    @property
    def presentation_text(self) -> list[tuple[str, list[found.Unplaced]]]:
        """(presentation id, its lines): the text of each presentation, kept as extracted for a person to arrange."""
        return [(place.split("'")[1], lines) for place, lines in self.unplaced if place != f"presentation '{UNPLACED_ID}'"]




# ---------------------------------------------------------------- building blocks


def _table(table: found.Table, taken: set[str]) -> dict[str, Any]:
    base = slug(table.title or "") or "table"
    ident = f"{base}-line-{table.first}"
    while ident in taken:
        ident += "-2"
    taken.add(ident)
    data: dict[str, Any] = {"id": ident}
    if table.title:
        data["title"] = table.title
    data["columns"] = list(table.columns)
    data["rows"] = [list(row) for row in table.rows]
    if table.short_rows:
        data["notes"] = (
            "Some rows of the source had fewer cells than the heading (lines "
            + ", ".join(str(n) for n in table.short_rows)
            + "); their missing cells are left empty."
        )
    return data


# ---------------------------------------------------------------- the drafts


class Builder:
    def __init__(self, document: found.Document, people: Directory, source_name: str, root: Path, line_texts: dict[int, str]):
        self.document = document
        self.line_texts = line_texts
        self.people = people
        self.source_name = source_name
        self.root = root
        self.rejected: list[found.Unplaced] = []

    def build(self) -> list[Draft]:
        document = self.document
        notice = document.notice
        has_papers = bool(document.agenda or notice.meeting_date or document.presentations)
        if document.minutes is None and not has_papers:
            raise ImportProblem(
                "found neither a notice of a meeting (a sentence like 'The ... will take place on Wednesday 8th "
                "December 2021 ...') nor minutes ('Minutes of the ... held on <date> ...'); nothing was written"
            )
        if document.minutes is not None and document.minutes.date is None:
            raise ImportProblem(f"line {document.minutes.line}: the minutes heading gives no date that can be read; nothing was written")
        main_date = notice.meeting_date
        if has_papers and main_date is None:
            if document.minutes is not None and not document.agenda and not document.presentations:
                has_papers = False
            else:
                raise ImportProblem(
                    "the document has an agenda but no meeting date could be found in it (expected a sentence like "
                    "'The ... will take place on Wednesday 8th December 2021 ...'); nothing was written"
                )
        if has_papers and not notice.body:
            raise ImportProblem(
                "the papers do not name the body that meets (a heading such as 'PUBLIC ACCOUNTABILITY CONFERENCE'); "
                "nothing was written"
            )
        main_id = meeting_id(main_date, notice.body) if has_papers else None
        minutes_id = meeting_id(document.minutes.date, document.minutes.body) if document.minutes else None
        if main_id and minutes_id == main_id:
            raise ImportProblem(
                f"the minutes are dated {document.minutes.date.isoformat()}, the same day as the meeting the papers are "
                "for; the importer cannot tell the two apart, so nothing was written"
            )
        drafts: list[Draft] = []
        minutes_data = self._minutes_meeting(minutes_id, main_id) if document.minutes else None
        main_data = self._main_meeting(main_id, minutes_id) if main_id else None
        # Unplaced text goes to the draft of the part it came from (or the only draft there is).
        routes = {"meeting": main_data or minutes_data, "minutes": minutes_data or main_data}
        unplaced = sorted(document.unplaced + self.rejected, key=lambda u: u.line)
        for target in filter(None, [main_data, minutes_data]):
            target["_unplaced"] = []
        for entry in unplaced:
            if entry.where.startswith("presentation:") and main_data is not None:
                main_data["_unplaced"].append(entry)
            else:
                routes.get(entry.where, main_data or minutes_data)["_unplaced"].append(entry)
        for data, role in ((main_data, "meeting"), (minutes_data, "minutes")):
            if data is not None:
                drafts.append(self._finish(data, role))
        return drafts

    # ------------------------------------------------------------ the papers' own meeting

    def _main_meeting(self, ident: str, minutes_id: Optional[str]) -> dict[str, Any]:
        document, notice = self.document, self.document.notice
        agenda = []
        for item in document.agenda:
            if item.part == 2 and item.exempt_paragraph is None:
                self._reject(item.lines, "meeting", f"agenda item {item.number} is in Part 2 but no exempt paragraph (Schedule 12A) is given")
                continue
            minutes_of = None
            if item.minutes_of_date:
                target = meeting_id(item.minutes_of_date, document.minutes.body if document.minutes else notice.body)
                if target == minutes_id or existing_meeting(self.root, target):
                    minutes_of = target
            agenda.append(parts.agenda_item(item, minutes_of))
        draft = MeetingDraft(body=notice.body, date=notice.meeting_date, start_time=notice.start_time,
                             location=parts.location(notice.remote, notice.venue), purpose=notice.purpose,
                             notice=parts.notice(notice), agenda=agenda)
        data = meeting_fields(draft)  # the command sets the kind the document states, if it states one
        data["_presentations"] = [self._presentation(p) for p in document.presentations]
        carried = []
        if draft.notice:
            carried.append("notice of the meeting")
        if agenda:
            carried.append("agenda")
        if document.minutes and document.minutes.date:
            carried.append(f"minutes of the meeting of {long_date(document.minutes.date)}")
        if document.presentations:
            carried.append("presentations")
        data["sources"] = [
            f"Papers for the {notice.body} of {long_date(notice.meeting_date)}"
            + (f" ({', '.join(carried)})" if carried else "")
            + f", imported from {self.source_name}."
        ]
        data["missing"] = missing_place_and_time(draft)
        data["_summary"] = ", ".join(
            filter(None, [
                "notice" if draft.notice else None,
                f"{len(agenda)} agenda item(s)" if agenda else None,
                f"{len(document.presentations)} presentation(s)" if document.presentations else None,
            ])
        )
        return data

    def _presentation(self, presentation: found.Presentation) -> dict[str, Any]:
        data: dict[str, Any] = {"id": presentation.id, "title": presentation.title}
        if presentation.agenda_item is not None:
            data["agenda_item"] = presentation.agenda_item
        if presentation.presenter:
            data["presenter"] = presentation.presenter
        if presentation.presenter_people:
            data["presenter_people"] = list(presentation.presenter_people)
        if not presentation.presenter:
            data["missing"] = {"presenter": "The presentation does not name its presenter."}
        data["_tables"] = presentation.tables
        return data

    # ------------------------------------------------------------ the earlier meeting, from its minutes

    def _minutes_meeting(self, ident: str, main_id: Optional[str]) -> dict[str, Any]:
        minutes = self.document.minutes
        assert minutes is not None and minutes.date is not None
        items = []
        for item in minutes.items:
            if item.part == 2 and item.exempt_paragraph is None:
                self._reject(item.lines, "minutes", f"minute {item.number:03d} is in Part 2 but no exempt paragraph (Schedule 12A) is given")
                continue
            minutes_of = None
            if item.minutes_of_date:
                target = meeting_id(item.minutes_of_date, minutes.body)
                if existing_meeting(self.root, target) and target != ident:
                    minutes_of = target
            items.append(parts.minute_item(item, minutes_of))
        draft = MeetingDraft(body=minutes.body, date=minutes.date, start_time=minutes.start_time,
                             location=parts.location(minutes.remote, minutes.place), attendance=parts.attendance(minutes),
                             minutes=items, concluded_at=minutes.concluded_at if items else None,
                             published_with=main_id if items else None)
        data = meeting_fields(draft)  # the command sets the kind the document states, if it states one
        data["_presentations"] = []
        carried = ""
        if main_id and self.document.notice.meeting_date:
            carried = f", circulated with the papers for the {self.document.notice.body} of {long_date(self.document.notice.meeting_date)}"
        data["sources"] = [f"Minutes of the {minutes.body} held on {long_date(minutes.date)}{carried}, imported from {self.source_name}."]
        missing = missing_place_and_time(draft, "The minutes do")
        if not items:
            missing["minutes"] = "No numbered minutes were found under the heading of the minutes."
        data["missing"] = missing
        data["_summary"] = f"minutes {items[0].number:03d}-{items[-1].number:03d}" if items else "minutes heading only"
        if main_id:
            data["_summary"] += f", published with {main_id}"
        return data

    def _reject(self, lines: list[int], where: str, reason: str) -> None:
        for number in sorted(set(lines)):
            text = self.line_texts.get(number, "").strip()
            if text:
                self.rejected.append(found.Unplaced(number, text, where, reason))
                self.document.placed.discard(number)

    # ------------------------------------------------------------ finishing

    def _finish(self, data: dict[str, Any], role: str) -> Draft:
        unplaced: list[found.Unplaced] = data.pop("_unplaced")
        presentations: list[dict[str, Any]] = data.pop("_presentations")
        summary = data.pop("_summary")
        missing = data.pop("missing")
        placed = self.document.placed
        kept: list[tuple[str, list[found.Unplaced]]] = []
        by_presentation: dict[str, list[found.Unplaced]] = {}
        loose: list[found.Unplaced] = []
        for entry in unplaced:
            if entry.where.startswith("presentation:"):
                by_presentation.setdefault(entry.where.split(":", 1)[1], []).append(entry)
            else:
                loose.append(entry)
        out_presentations = []
        table_ids: set[str] = set()
        for presentation in presentations:
            tables: list[found.Table] = presentation.pop("_tables")
            lines = by_presentation.pop(presentation["id"], [])
            pieces: list[tuple[int, dict[str, Any]]] = []
            for run in runs(lines, placed):
                text = run_text(run)
                if text:
                    pieces.append((run[0].line, {"title": lines_label(run, PRESENTATION_TEXT), "text": text}))
            for table in tables:
                pieces.append((table.first, {"tables": [_table(table, table_ids)]}))
            pieces.sort(key=lambda piece: piece[0])
            if pieces:
                presentation["sections"] = [piece for _, piece in pieces]
            if lines:
                kept.append((f"presentation '{presentation['id']}'", lines))
            out_presentations.append(presentation)
        for leftover in by_presentation.values():
            loose.extend(leftover)
        if loose:
            loose.sort(key=lambda u: u.line)
            out_presentations.append({"id": UNPLACED_ID, "title": UNPLACED_TITLE, "sections": unplaced_sections(loose, placed)})
            kept.append((f"presentation '{UNPLACED_ID}'", loose))
        if out_presentations:
            data["presentations"] = out_presentations
        if missing:
            data["missing"] = missing
        ordered, meeting = validated(data, models.Meeting, f"the draft for {data['date']}")
        ident = meeting_id(meeting.date, meeting.body)
        new_people = new_people_in(ordered, self.people)
        posts = {label: lines for label, lines in self.people.unknown_posts.items() if _mentions(ordered, label)}
        return Draft(ident, meeting.date, role, ordered, meeting, summary, new_people, posts, kept)


def _values_of(data: Any, keys: set[str]):
    if isinstance(data, dict):
        for key, value in data.items():
            if key in keys:
                if isinstance(value, list):
                    yield from (v for v in value if isinstance(v, str))
                elif isinstance(value, str):
                    yield value
            yield from _values_of(value, keys)
    elif isinstance(data, list):
        for value in data:
            yield from _values_of(value, keys)


def _mentions(data: Any, label: str) -> bool:
    return label in set(_values_of(data, {"note"})) or any(
        label in note for note in _values_of(data, {"note"})
    )


def build_drafts(document: found.Document, people: Directory, source_name: str, root: Path, line_texts: dict[int, str]) -> list[Draft]:
    return Builder(document, people, source_name, root, line_texts).build()
