"""What the office pack reader found, as the content models every reader's draft is made of.

The notice, agenda items, minutes and attendance of an office pack become ``models.Notice``,
``models.AgendaItem``, ``models.MinuteItem`` and ``models.Attendance``, the same vocabulary
as the other readers' ``MeetingDraft``; ``shaping.meeting_fields`` writes them out for all.
Part 2 items without their exempt paragraph never get here: the builder leaves them unplaced.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

from generator import models
from generator.importer.office import found
from generator.importer.text import slug


def meeting_id(date: dt.date, body: str) -> str:
    return f"{date.isoformat()}-{slug(body) or 'meeting'}"


def existing_meeting(root: Path, ident: str) -> bool:
    return (root / "content" / "meetings" / ident[:4] / f"{ident}.yaml").is_file()


def joined(paragraphs: list[str]) -> Optional[str]:
    kept = [p.strip() for p in paragraphs if p and p.strip()]
    return "\n\n".join(kept) if kept else None


def location(remote: bool, venue: Optional[str]) -> Optional[models.Location]:
    if venue or remote:
        return models.Location(remote=remote, venue=venue or None)
    return None


def attendee(person: found.Person, chair_allowed: bool = True, note: Optional[str] = None) -> models.Attendee:
    return models.Attendee(person=person.person, post=person.post, note=note or person.note, chair=person.chair and chair_allowed)


def agenda_item(item: found.AgendaItem, minutes_of: Optional[str]) -> models.AgendaItem:
    return models.AgendaItem(
        number=item.number, title=item.title or None, description=joined(item.paragraphs), part=item.part,
        exempt_paragraph=item.exempt_paragraph if item.part == 2 else None, minutes_of=minutes_of,
        minutes_of_date=item.minutes_of_date, presentation=item.presentation,
        missing={} if item.title else {"title": "The source document gives this item without a title."},
    )


def minute_item(item: found.MinuteItem, minutes_of: Optional[str]) -> models.MinuteItem:
    recommendations = [
        models.Recommendation(id=ident, text=body, outcome=item.outcomes.get(ident))
        for ident, body in item.recommendations if body.strip()
    ]
    return models.MinuteItem(
        number=item.number, title=item.title or None, text=joined(item.paragraphs),
        resolutions=[models.Resolution(number=number, text=body) for number, body in item.resolutions if body.strip()],
        recommendations=recommendations, part=item.part, exempt_paragraph=item.exempt_paragraph if item.part == 2 else None,
        minutes_of=minutes_of, minutes_of_date=item.minutes_of_date,
    )


def notice(found_notice: found.Notice) -> Optional[models.Notice]:
    contact = None
    if found_notice.contact_name:
        contact = models.Contact(name=found_notice.contact_name, person=found_notice.contact_person,
                                 telephone=found_notice.telephone, email=found_notice.email)
    invited, chairs = [], 0
    for person in found_notice.invited:
        invited.append(attendee(person, chair_allowed=chairs == 0))  # one chair: the first named
        chairs += int(person.chair)
    result = models.Notice(
        date=found_notice.letter_date, reference=found_notice.reference, contact=contact, text=joined(found_notice.paragraphs),
        signed_by=attendee(found_notice.signed_by) if found_notice.signed_by else None, invited=invited,
    )
    return result if result.model_dump(exclude_defaults=True) else None


def attendance(minutes: found.Minutes) -> Optional[models.Attendance]:
    chairs = 0

    def group(entries: list[found.Person], chair_ok: bool) -> list[models.Attendee]:
        nonlocal chairs
        out = []
        for person in entries:
            out.append(attendee(person, chair_allowed=chair_ok and chairs == 0))
            if chair_ok:
                chairs += int(person.chair)
        return out

    present = group(minutes.present, True)
    also = group(minutes.also_present, True)
    for extra in minutes.minute_takers[1:]:  # the model has one minute taker; the others are attending, taking minutes
        also.append(attendee(extra, chair_allowed=False, note=f"{extra.note}; taking minutes" if extra.note else "Taking minutes"))
    result = models.Attendance(
        present=present, also_present=also, apologies=group(minutes.apologies, False),
        minute_taker=attendee(minutes.minute_takers[0], chair_allowed=False) if minutes.minute_takers else None,
        observers=group(minutes.observers, False),
    )
    return result if result.model_dump(exclude_defaults=True) else None
