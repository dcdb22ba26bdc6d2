"""The heading of board and committee minutes: the body, the date and time, the place.

"Strategic Governance Board", "Minutes of the meeting held on Wednesday 11 January 2023 at
2.00pm, Conference Room, Police Headquarters", or labelled lines ("Date: ...", "Time: ...",
"Venue: ..."). A date with its weekday wins over one without (a minute reference, a date in
the text).
"""

from __future__ import annotations

import re
from typing import Optional

from generator import models
from generator.importer.readers.common import body_in, minutes_heading_body, stated_kind
from generator.importer.readers.cursor import Cursor
from generator.importer.readers.draft import MeetingDraft
from generator.importer.text import Line, find_date, find_time, looks_like_sentence

# "9 – 11:45", "14:30-17:00", "2 – 4pm": the hours of the meeting, of which the first is its start.
TIME_SPAN = re.compile(r"(?<![\d.:/])(?P<h>\d{1,2})(?:[.:](?P<m>[0-5]\d))?\s*(?P<ap>[ap]m)?\s*[–—-]\s*"
                       r"(?P<h2>\d{1,2})(?:[.:](?P<m2>[0-5]\d))?\s*(?P<ap2>[ap]m)?(?![\d/])", re.IGNORECASE)


def span_start(span: re.Match) -> Optional[str]:
    """The start of a span of hours as HH:MM, or None when the span does not read as hours."""
    hour, minute, half, end_half = int(span.group("h")), int(span.group("m") or 0), span.group("ap"), span.group("ap2")
    if not (span.group("m") or span.group("m2") or half or end_half) or hour > 23:
        return None
    half = half or (end_half if end_half and hour <= int(span.group("h2")) else None)
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.lower() == "pm" else 0)
    return f"{hour:02d}:{minute:02d}"


VENUE_WORDS = re.compile(r"\b(?:room|hall|house|headquarters|hq|office|centre|chamber|hindlip|teams)\b", re.IGNORECASE)


class BoardHeading:
    """Reads the lines before the first minute; part of ``BoardReader``."""

    draft: MeetingDraft
    cursor: Cursor
    _weekday_date: bool = False

    def _header_line(self, text: str, line: Line, date_line: Optional[int]) -> bool:
        draft, cursor = self.draft, self.cursor
        label = re.match(r"^(date|time|location|venue)\s*:\s*(?P<v>.+)$", text, re.IGNORECASE)
        if label:
            key, value = label.group(1).lower(), label.group("v")
            if key == "date" and find_date(value):
                draft.date = find_date(value).value
            elif key == "time" and find_time(value):
                draft.start_time = find_time(value).value
            else:
                remote = bool(re.search(r"teams|zoom|virtual|remote|dial-in", value, re.IGNORECASE))
                draft.location = models.Location(remote=remote, venue=None if remote else value.rstrip("."))
            cursor.place(line)
            return True
        found = find_date(text)
        weekday = re.search(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", text, re.IGNORECASE)
        span = TIME_SPAN.search(text[found.end:] if found else text)
        if span and draft.start_time is None and found and found.value == draft.date:
            draft.start_time = span_start(span)  # "24.10.23 9 – 11:45 in the Haigh Room": the meeting's day again, and its hours
        body = body_in(text)
        took = False
        if body and draft.body is not None and body.lower() == draft.body.lower() and not found:
            took = True  # the body's name again, as a heading
        elif body and draft.body is None and (minutes_heading_body(text) or not looks_like_sentence(text.split("–")[0])):
            draft.body = re.sub(r"\s+minutes$", "", body, flags=re.IGNORECASE)
            kind = stated_kind(text)
            draft.kind = draft.kind or kind
            took = True
        if found and (weekday or draft.date is None) and (draft.date is None or weekday and not self._weekday_date):
            draft.date = found.value
            self._weekday_date = bool(weekday)
            time = find_time(text[found.end:])
            if time:
                draft.start_time = time.value
            held = re.search(r"\bheld (?:at|in) (?P<v>.+?) on\b", text)
            after = text[found.end + (time.end if time else 0):]
            place = re.search(r"^[\s,]*(?:at|in)\s+(?:the\s+)?(?P<v>[A-Z][^.;]+)", after) if not held else None
            bare = re.match(r"^[\s,]+(?P<v>[A-Z][^.;]+)$", after) if not (held or place) else None
            place = place or (bare if bare and VENUE_WORDS.search(bare.group("v")) else None)  # "..., 10:00am, Conference Room, HQ"
            if held or place:
                venue = (held or place).group("v").strip(" ,")
                remote = bool(re.search(r"\bteams\b|zoom|virtual", venue, re.IGNORECASE))
                draft.location = models.Location(remote=remote, venue=venue)
            took = True
        elif weekday and draft.date is None and find_time(text):
            draft.start_time = find_time(text).value
            took = True
        elif draft.location is None and (draft.date or draft.start_time) and VENUE_WORDS.search(text) and len(text.split()) <= 16 and (
            not looks_like_sentence(text) or " in the " in text
        ):
            venue = re.sub(r"^.*?\bin the\s+", "", text) if " in the " in text else text
            remote = bool(re.search(r"\bteams\b|zoom|virtual", venue, re.IGNORECASE))
            venue = re.sub(r"\s+and via .*$", "", venue, flags=re.IGNORECASE)
            draft.location = models.Location(remote=remote, venue=venue.strip(" ,"))
            took = True
        if took:
            cursor.place(line)
        return took

