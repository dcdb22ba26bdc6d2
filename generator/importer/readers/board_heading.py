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

