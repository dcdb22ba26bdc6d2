"""Shape what the parser found into draft ``Meeting`` data, checked with the content model.

One document gives up to two drafts: the meeting the papers are for (notice,
agenda, presentations) and, when the papers carry the minutes of an earlier
meeting, that earlier meeting (attendance and minutes), whose
``minutes.published_with`` names the first.

Text that could not be placed goes where the model allows free text: into
sections of a presentation. Lines inside a presentation's slides stay with
that presentation ("Unplaced text, lines a-b"); any other unplaced line goes
into a presentation with the id ``unplaced-text`` of the draft whose part of
the document it came from. Every one of them is also printed by the command.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from pydantic import ValidationError

from generator import models
from generator.importer.office import found
from generator.importer.shaping import UNPLACED_ID, UNPLACED_TITLE, ImportProblem, in_model_order, lines_label, run_text, runs, unplaced_sections
from generator.importer.people import Directory, NewPerson
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
        return sum(len(lines) for _, lines in self.unplaced)




# ---------------------------------------------------------------- building blocks


def _attendee(person: found.Person, chair_allowed: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {"person": person.person}
    if person.post:
        data["post"] = person.post
    if person.note:
        data["note"] = person.note
    if person.chair and chair_allowed:
        data["chair"] = True
    return data


def _location(remote: bool, venue: Optional[str]) -> Optional[dict[str, Any]]:
    if venue:
        return {"remote": True, "venue": venue} if remote else {"venue": venue}
    if remote:
        return {"remote": True}
    return None


def _text(paragraphs: list[str]) -> Optional[str]:
    kept = [p.strip() for p in paragraphs if p and p.strip()]
    return "\n\n".join(kept) if kept else None


def _meeting_id(date: dt.date, body: str) -> str:
    return f"{date.isoformat()}-{slug(body) or 'meeting'}"


def _existing_meeting(root: Path, ident: str) -> bool:
    return (root / "content" / "meetings" / ident[:4] / f"{ident}.yaml").is_file()


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
        main_id = _meeting_id(main_date, notice.body) if has_papers else None
        minutes_id = _meeting_id(document.minutes.date, document.minutes.body) if document.minutes else None
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
            entry: dict[str, Any] = {"number": item.number}
            if item.title:
                entry["title"] = item.title
            description = _text(item.paragraphs)
            if description:
                entry["description"] = description
            if item.part == 2:
                entry["part"] = 2
                entry["exempt_paragraph"] = item.exempt_paragraph
            if item.minutes_of_date:
                target = _meeting_id(item.minutes_of_date, document.minutes.body if document.minutes else notice.body)
                if target == minutes_id or _existing_meeting(self.root, target):
                    entry["minutes_of"] = target
                entry["minutes_of_date"] = item.minutes_of_date
            if item.presentation:
                entry["presentation"] = item.presentation
            if not item.title:
                entry["missing"] = {"title": "The source document gives this item without a title."}
            agenda.append(entry)

        body_name = notice.body
        data: dict[str, Any] = {"body": slug(body_name) or "meeting"}
        data["kind"] = "other"  # the command sets the kind the document states, if it states one
        data["date"] = notice.meeting_date
        if notice.start_time:
            data["start_time"] = notice.start_time
        data["status"] = "draft"
        location = _location(notice.remote, notice.venue)
        if location:
            data["location"] = location
        if notice.purpose:
            data["purpose"] = notice.purpose
        notice_data = self._notice()
        if notice_data:
            data["notice"] = notice_data
        if agenda:
            data["agenda"] = agenda
        data["_presentations"] = [self._presentation(p) for p in document.presentations]
        parts = []
        if notice_data:
            parts.append("notice of the meeting")
        if agenda:
            parts.append("agenda")
        if document.minutes and document.minutes.date:
            parts.append(f"minutes of the meeting of {long_date(document.minutes.date)}")
        if document.presentations:
            parts.append("presentations")
        data["sources"] = [
            f"Papers for the {body_name} of {long_date(notice.meeting_date)}"
            + (f" ({', '.join(parts)})" if parts else "")
            + f", imported from {self.source_name}."
        ]
        missing = {}
        if not location:
            missing["location"] = "The source document does not say where the meeting was held."
        if not notice.start_time:
            missing["start_time"] = "The source document does not give the time the meeting started."
        data["missing"] = missing
        data["_summary"] = ", ".join(
            filter(None, [
                "notice" if notice_data else None,
                f"{len(agenda)} agenda item(s)" if agenda else None,
                f"{len(document.presentations)} presentation(s)" if document.presentations else None,
            ])
        )
        return data

    def _notice(self) -> Optional[dict[str, Any]]:
        notice = self.document.notice
        data: dict[str, Any] = {}
        if notice.letter_date:
            data["date"] = notice.letter_date
        if notice.reference:
            data["reference"] = notice.reference
        if notice.contact_name:
            contact: dict[str, Any] = {"name": notice.contact_name}
            if notice.contact_person:
                contact["person"] = notice.contact_person
            if notice.telephone:
                contact["telephone"] = notice.telephone
            if notice.email:
                contact["email"] = notice.email
            data["contact"] = contact
        text = _text(notice.paragraphs)
        if text:
            data["text"] = text
        if notice.signed_by:
            data["signed_by"] = _attendee(notice.signed_by)
        if notice.invited:
            chairs = 0
            invited = []
            for person in notice.invited:
                invited.append(_attendee(person, chair_allowed=chairs == 0))
                chairs += int(person.chair)
            data["invited"] = invited
        return data or None

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
            entry: dict[str, Any] = {"number": item.number}
            if item.title:
                entry["title"] = item.title
            text = _text(item.paragraphs)
            if text:
                entry["text"] = text
            resolutions = [{"number": number, "text": body} for number, body in item.resolutions if body.strip()]
            if resolutions:
                entry["resolutions"] = resolutions
            recommendations = []
            for ident_r, body in item.recommendations:
                if not body.strip():
                    continue
                recommendation: dict[str, Any] = {"id": ident_r, "text": body}
                if ident_r in item.outcomes:
                    recommendation["outcome"] = item.outcomes[ident_r]
                recommendations.append(recommendation)
            if recommendations:
                entry["recommendations"] = recommendations
            if item.part == 2:
                entry["part"] = 2
                entry["exempt_paragraph"] = item.exempt_paragraph
            if item.minutes_of_date:
                target = _meeting_id(item.minutes_of_date, minutes.body)
                if _existing_meeting(self.root, target) and target != ident:
                    entry["minutes_of"] = target
                entry["minutes_of_date"] = item.minutes_of_date
            items.append(entry)

        data: dict[str, Any] = {"body": slug(minutes.body) or "meeting"}
        data["kind"] = "other"  # the command sets the kind the document states, if it states one
        data["date"] = minutes.date
        if minutes.start_time:
            data["start_time"] = minutes.start_time
        data["status"] = "draft"
        location = _location(minutes.remote, minutes.place)
        if location:
            data["location"] = location
        attendance = self._attendance(minutes)
        if attendance:
            data["attendance"] = attendance
        if items:
            minutes_data: dict[str, Any] = {}
            if main_id:
                minutes_data["published_with"] = main_id
            minutes_data["items"] = items
            if minutes.concluded_at:
                minutes_data["concluded_at"] = minutes.concluded_at
            data["minutes"] = minutes_data
        data["_presentations"] = []
        carried = ""
        if main_id and self.document.notice.meeting_date:
            carried = f", circulated with the papers for the {self.document.notice.body} of {long_date(self.document.notice.meeting_date)}"
        data["sources"] = [f"Minutes of the {minutes.body} held on {long_date(minutes.date)}{carried}, imported from {self.source_name}."]
        missing = {}
        if not location:
            missing["location"] = "The minutes do not say where the meeting was held."
        if not minutes.start_time:
            missing["start_time"] = "The minutes do not give the time the meeting started."
        if not items:
            missing["minutes"] = "No numbered minutes were found under the heading of the minutes."
        data["missing"] = missing
        data["_summary"] = f"minutes {items[0]['number']:03d}-{items[-1]['number']:03d}" if items else "minutes heading only"
        if main_id:
            data["_summary"] += f", published with {main_id}"
        return data

    def _attendance(self, minutes: found.Minutes) -> Optional[dict[str, Any]]:
        data: dict[str, Any] = {}
        chairs = 0

        def people(entries: list[found.Person], chair_ok: bool) -> list[dict[str, Any]]:
            nonlocal chairs
            out = []
            for person in entries:
                out.append(_attendee(person, chair_allowed=chair_ok and chairs == 0))
                if chair_ok:
                    chairs += int(person.chair)
            return out

        present = people(minutes.present, True)
        also = people(minutes.also_present, True)
        for extra in minutes.minute_takers[1:]:
            entry = _attendee(extra, chair_allowed=False)
            entry["note"] = f"{entry['note']}; taking minutes" if entry.get("note") else "Taking minutes"
            also.append(entry)
        if present:
            data["present"] = present
        if also:
            data["also_present"] = also
        if minutes.apologies:
            data["apologies"] = people(minutes.apologies, False)
        if minutes.minute_takers:
            data["minute_taker"] = _attendee(minutes.minute_takers[0], chair_allowed=False)
        if minutes.observers:
            data["observers"] = people(minutes.observers, False)
        return data or None

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
                    pieces.append((run[0].line, {"title": lines_label(run), "text": text}))
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
        ordered = in_model_order(data, models.Meeting)
        try:
            meeting = models.Meeting.model_validate(ordered)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            raise ImportProblem(f"the draft for {data['date']} does not pass the content model ({where}: {first['msg']}); nothing was written") from None
        ident = _meeting_id(meeting.date, meeting.body)
        new_people = self._new_people_in(ordered)
        posts = {label: lines for label, lines in self.people.unknown_posts.items() if _mentions(ordered, label)}
        return Draft(ident, meeting.date, role, ordered, meeting, summary, new_people, posts, kept)

    def _new_people_in(self, data: dict[str, Any]) -> list[NewPerson]:
        ids = set(_values_of(data, {"person", "presenter_people"}))
        return [person for ident, person in self.people.new.items() if ident in ids]


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
