"""The public version of a meeting: exempt (part 2) business reduced to its number and title.

Everything published is made from this version, so no page, feed, data file, search index
or chart can carry the text of an item considered in private.
"""

from __future__ import annotations

from generator import models


def redact(meeting: models.Meeting) -> models.Meeting:
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
