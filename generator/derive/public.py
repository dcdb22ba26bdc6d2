"""The public view of the content: which meetings are published, and what of each the public may read.

This is the only place that decides what is public. Drafts, meetings whose publish-from day has not
come, and the text of exempt (part 2) business never leave it: a part 2 item is reduced to its
number, its title and the paragraph that exempts it. Every page, feed, data file, search filter
and chart is made from what ``public_meetings`` returns.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Optional

from generator import models


def is_public(meeting: models.Meeting, today: Optional[dt.date]) -> bool:
    """Published, and (when it has a publish-from date) that day has come."""
    if meeting.status != "published":
        return False
    return meeting.publish_from is None or today is None or meeting.publish_from <= today


def redact(meeting: models.Meeting) -> models.Meeting:
    """The meeting with its exempt business reduced to number and title, and its private presentations gone."""
    private_items = {item.number for item in meeting.agenda if item.part == 2}
    private_presentations = {item.presentation for item in meeting.agenda if item.part == 2 and item.presentation}
    agenda = [
        models.AgendaItem(number=item.number, title=item.title, part=2, exempt_paragraph=item.exempt_paragraph)
        if item.part == 2 else item
        for item in meeting.agenda
    ]
    minutes = meeting.minutes
    if minutes is not None:
        minutes = minutes.model_copy(update={"items": [
            models.MinuteItem(number=item.number, title=item.title, part=2, exempt_paragraph=item.exempt_paragraph,
                              agenda_item=item.agenda_item)
            if item.part == 2 or item.agenda_item in private_items else item
            for item in minutes.items
        ]})
    presentations = [p for p in meeting.presentations
                     if p.agenda_item not in private_items and p.id not in private_presentations]
    return meeting.model_copy(update={"agenda": agenda, "minutes": minutes, "presentations": presentations})


def public_meetings(meetings: Iterable[tuple[str, models.Meeting]], *, today: Optional[dt.date],
                    include_drafts: bool = False) -> list[tuple[str, models.Meeting]]:
    """(id, redacted meeting) for every meeting the public may see; a preview with drafts sees every meeting.

    Exempt business is redacted in a preview too: no build ever shows it.
    """
    return [(meeting_id, redact(meeting)) for meeting_id, meeting in meetings
            if include_drafts or is_public(meeting, today)]


def open_agenda(meeting: models.Meeting) -> list[models.AgendaItem]:
    """The agenda items considered in public, by number."""
    return sorted((item for item in meeting.agenda if item.part == 1), key=lambda item: item.number)


def open_minutes(meeting: models.Meeting) -> list[models.MinuteItem]:
    """The minutes of business considered in public, by number (a redacted meeting marks the rest part 2)."""
    if not meeting.minutes:
        return []
    return sorted((item for item in meeting.minutes.items if item.part == 1), key=lambda item: item.number)


def by_part(items: list, item=lambda entry: entry) -> list[tuple[int, list]]:
    """Items (or entries holding them, ``item`` gives the agenda item or minute) under their part, part 1
    (in public) first and part 2 (exempt business) after, each in the order given."""
    parts = sorted({item(entry).part for entry in items})
    return [(part, [entry for entry in items if item(entry).part == part]) for part in parts]


def redact_notice(notice: models.DecisionNotice) -> models.DecisionNotice:
    """The notice without the text of its restricted part (its paragraph and stated reason stay)."""
    if notice.restricted is None:
        return notice
    return notice.model_copy(update={"restricted": models.RestrictedPart(
        exempt_paragraph=notice.restricted.exempt_paragraph, reason=notice.restricted.reason)})


def public_notices(notices: Iterable[tuple[str, models.DecisionNotice]], *, today: Optional[dt.date],
                   include_drafts: bool = False) -> list[tuple[str, models.DecisionNotice]]:
    """(id, redacted notice) for every decision notice the public may see. A restricted part is never shown."""
    return [(notice_id, redact_notice(notice)) for notice_id, notice in notices
            if include_drafts or (notice.status == "published"
                                  and (notice.publish_from is None or today is None or notice.publish_from <= today))]
