"""The minutes of an earlier meeting carried in the pack: attendance, numbered minutes, RESOLVED and R1) lines."""

from __future__ import annotations

import re
from typing import Optional

from generator.importer.office.found import (ALSO_PRESENT, APOLOGIES, APOLOGIES_SENTENCE, CONCLUDED, EXEMPT, FURNITURE, ITEMS, MINUTE_TAKER,
                                             MINUTES_HEADER, NUMBERED, OBSERVERS, PAC, PRESENT, REMOTE, MinuteItem, Minutes, Person,
                                             body_of, ends_sentence, is_caps, looks_numbered_heading, minutes_of_date, outcomes,
                                             part_heading, split_list)
from generator.importer.office.minute_text import MinuteText, Walk
from generator.importer.readers.common import numbering_problems
from generator.importer.text import Line, find_date, find_time, tidy_title


class MinutesReading(MinuteText):
    """Reads the minutes: their heading, attendance and the headings of the minutes; part of ``Parser``.

    The text inside each minute is read by ``MinuteText`` (``minute_text.py``)."""

    # ------------------------------------------------------------ the minutes

    def _minutes(self, top: int, at: int, n: int) -> tuple[Minutes, int]:
        """The minutes from their heading at line index ``at``; the number of the last line they take."""
        for line in self._range(top, at):
            if not line.blank:
                self.take(line)
        header, block = self._header_block(at)
        self.take(*block)
        minutes = self._minutes_heading(header, self.lines[at].no)
        roles = {"minutes": minutes.minute_takers, "observer": minutes.observers}
        walk = Walk()
        end = n - 1
        index = at + len(block)
        while index < n:
            line = self.lines[index]
            index += 1
            if line.blank:
                walk.blank()
                continue
            was_blank, walk.last_line_blank = walk.last_line_blank, False
            if walk.state == "end":  # after "The meeting concluded at ...": only furniture still belongs to the minutes
                if CONCLUDED.match(line.text) or FURNITURE.match(line.text):
                    end = index - 1
                    continue
                end = index - 2
                break
            if self._minutes_structure(walk, line, minutes):
                if walk.state == "end":
                    end = index - 1
                continue
            if walk.state == "attendance":
                walk.mode = self._attendance_line(line, minutes, walk.mode, roles)
                continue
            index = self._in_minute(walk, line, index, n, was_blank)
        walk.close()
        self.item = None
        if walk.state != "end":
            end = n - 1
        self._after_minutes(minutes)
        for line in self.lines[at: end + 1]:
            self.where.setdefault(line.no, "minutes")
        return minutes, self.lines[min(end, n - 1)].no

    def _minutes_heading(self, header: str, line_no: int) -> Minutes:
        """ "Minutes of the ... held on <date> at <place> at <time>": the body, date, time and place."""
        match = MINUTES_HEADER.match(header)
        minutes = Minutes(line=line_no, body=body_of(match.group("body")) if match else PAC, header=header)
        date = find_date(match.group("rest")) if match else None
        if date is None:
            return minutes
        minutes.date = date.value
        after = match.group("rest")[date.end:]
        minutes.remote = bool(REMOTE.search(match.group("how")) or REMOTE.search(after))
        time = find_time(after)
        if time:
            minutes.start_time = time.value
        place = after[: time.start] + " " + after[time.end:] if time else after
        place = re.sub(r"\b(?:at|in|from|commencing)\b(?=\s*(?:,|$|\bat\b|\bin\b))", " ", place, flags=re.IGNORECASE)
        place = re.sub(r"^[\s,.]*(?:(?:at|in)\s+)?(?:the\s+)?", "", place, flags=re.IGNORECASE)
        place = re.sub(r"\s+", " ", place).strip(" ,.")
        place = re.sub(r"^(?:at|in)\s+", "", place, flags=re.IGNORECASE)
        if place and not REMOTE.fullmatch(place):
            minutes.place = place
        elif REMOTE.search(place or ""):
            minutes.remote = True
        return minutes

    def _minutes_structure(self, walk: Walk, line: Line, minutes: Minutes) -> bool:
        """Page furniture, "The meeting concluded at ...", a "PART 2" heading or a minute's heading; False for any other line."""
        text = line.text
        if FURNITURE.match(text):
            walk.close()
            walk.last_entry = None
            return True
        concluded = CONCLUDED.match(text)
        if concluded:
            walk.close()
            self.item = None
            time = find_time(concluded.group("v"))
            if time:
                minutes.concluded_at = time.value
                self.take(line)
            walk.state = "end"
            return True
        part = part_heading(text)
        if part:
            walk.close()
            walk.part, walk.part_paragraph = part
            self.take(line)
            walk.resolving = False
            return True
        heading = self._minute_heading(text, minutes.items, walk.state)
        if heading is None and minutes.items and looks_numbered_heading(text):
            self.problems.append(f"line {line.no}: '{text[:50]}' looks like a numbered minute but does not follow minute "
                              f"{minutes.items[-1].number}; it is kept in the text of minute {minutes.items[-1].number}: check it")
        if heading is None:
            return False
        walk.close()
        number, title = heading
        walk.item = MinuteItem(number, line.no, tidy_title(title) or None, part=walk.part,
                               exempt_paragraph=walk.part_paragraph if walk.part == 2 else None)
        minutes.items.append(walk.item)
        self.item = walk.item
        walk.state, walk.resolving, walk.last_entry = "items", False, None
        self.take(line)
        return True

    def _after_minutes(self, minutes: Minutes) -> None:
        """What each minute's whole text says: a Part 2 paragraph, the minutes it approves, outcomes, apologies;
        numbering that skips, repeats or goes backwards."""
        self.problems += numbering_problems([(minute.number, minute.line) for minute in minutes.items], "minute")
        for minute in minutes.items:
            text = " ".join(minute.paragraphs)
            if minute.part == 2 and minute.exempt_paragraph is None:
                exempt = EXEMPT.search(" ".join([minute.title or "", text]))
                if exempt:
                    minute.exempt_paragraph = int(exempt.group("n"))
            if minute.title and minute.title.lower().startswith("minutes"):
                minute.minutes_of_date = minutes_of_date(text)
            minute.outcomes = outcomes(text + " " + " ".join(r[1] for r in minute.resolutions), minute.recommendations)
            if minute.title and "apolog" in minute.title.lower() and not minutes.apologies:
                self._apologies_from(text, minute.line, minutes)

    def _minute_heading(self, text: str, items: list[MinuteItem], state: str) -> Optional[tuple[int, str]]:
        match = NUMBERED.match(text)
        if not match:
            return None
        number, title = int(match.group("n")), match.group("title").strip()
        if not re.search(r"[A-Za-z]", title) or title[0].islower():
            return None
        three = len(match.group("n")) == 3
        caps = is_caps(title)
        last = items[-1].number if items else None
        if number < 1 or number > 999:
            return None
        if last is None:
            if three or caps or (len(title) <= 100 and not title.endswith(".") and state == "attendance"):
                return number, title
            return None
        if three and caps and number != last:
            return number, title  # "045. TITLE" after minute 047: a minute all the same; its numbering is reported
        if number == last + 1 and (three or caps or (len(title) <= 100 and not ends_sentence(title))):
            return number, title
        return None

    def _attendance_line(self, line: Line, minutes: Minutes, mode: Optional[list[Person]], roles: dict[str, list[Person]]) -> Optional[list[Person]]:
        text = line.text
        for pattern, target in ((ALSO_PRESENT, minutes.also_present), (PRESENT, minutes.present),
                                (APOLOGIES, minutes.apologies), (OBSERVERS, minutes.observers),
                                (MINUTE_TAKER, minutes.minute_takers)):
            match = pattern.match(text)
            if match:
                rest = match.group("rest").strip()
                if rest:
                    self._attendee_list(rest, line, target, roles if target in (minutes.present, minutes.also_present) else None)
                else:
                    self.take(line)
                return target
        if ITEMS.match(text):
            self.take(line)
            return mode
        if mode is not None:
            if ";" in text.rstrip(" ;") or (text.count(",") >= 2 and "(" not in text):
                self._attendee_list(text, line, mode, roles if mode in (minutes.present, minutes.also_present) else None)
            else:
                self._attendee_line(line, mode, roles if mode in (minutes.present, minutes.also_present) else None)
        return mode

    def _apologies_from(self, text: str, line: int, minutes: Minutes) -> None:
        match = APOLOGIES_SENTENCE.search(text)
        if not match:
            return
        listed = re.split(r"(?<=[.;])\s+(?=[A-Z][a-z]+\s+(?:was|were|had|has)\b)", match.group("list"))[0]
        listed = listed.rstrip(" .;")
        for piece in split_list(listed):
            found = self._attendee(piece, line)
            if found:
                minutes.apologies.append(found[0])
