"""The minutes of an earlier meeting carried in the pack: attendance, numbered minutes, RESOLVED and R1) lines."""

from __future__ import annotations

import re
from typing import Optional

from generator.importer.office.found import ALSO_PRESENT, APOLOGIES, APOLOGIES_SENTENCE, CONCLUDED, EXEMPT, FURNITURE, ITEMS, MINUTES_HEADER, MINUTES_MARK, MINUTE_TAKER, MinuteItem, Minutes, NUMBERED, OBSERVERS, PAC, PART, PRESENT, Person, RECOMMENDATION, REMOTE, RESOLVED, RESOLVED_PREAMBLE, ROMAN, ROMAN_ITEM, body_of, ends_sentence, is_caps, looks_numbered_heading, markdown_table, minutes_of_date, outcomes, split_list
from generator.importer.text import Line, find_date, find_time, join_wrapped, tidy_title, unbullet


class MinutesReading:
    """Reads the minutes; part of ``Parser``."""

    # ------------------------------------------------------------ the minutes

    def _minutes(self, top: int, at: int, n: int) -> tuple[Minutes, int]:
        for line in self._range(top, at):
            if not line.blank:
                self.take(line)
        header, block = self._header_block(at)
        self.take(*block)
        match = MINUTES_HEADER.match(header)
        body = body_of(match.group("body")) if match else PAC
        minutes = Minutes(line=self.lines[at].no, body=body, header=header)
        if match:
            rest = match.group("rest")
            date = find_date(rest)
            if date:
                minutes.date = date.value
                after = rest[date.end:]
                minutes.remote = bool(REMOTE.search(match.group("how")) or REMOTE.search(after))
                time = find_time(after)
                if time:
                    minutes.start_time = time.value
                place = after
                if time:
                    place = after[: time.start] + " " + after[time.end:]
                place = re.sub(r"\b(?:at|in|from|commencing)\b(?=\s*(?:,|$|\bat\b|\bin\b))", " ", place, flags=re.IGNORECASE)
                place = re.sub(r"^[\s,.]*(?:(?:at|in)\s+)?(?:the\s+)?", "", place, flags=re.IGNORECASE)
                place = re.sub(r"\s+", " ", place).strip(" ,.")
                place = re.sub(r"^(?:at|in)\s+", "", place, flags=re.IGNORECASE)
                if place and not REMOTE.fullmatch(place):
                    minutes.place = place
                elif REMOTE.search(place or ""):
                    minutes.remote = True

        roles = {"minutes": minutes.minute_takers, "observer": minutes.observers}
        state = "attendance"
        mode: Optional[list[Person]] = None
        part, part_paragraph = 1, None
        item: Optional[MinuteItem] = None
        paragraph: list[str] = []
        kind = "prose"
        resolving = False
        last_entry: Optional[list[str]] = None  # the resolution or recommendation that may run on
        last_line_blank = True
        end = n - 1
        index = at + len(block)

        def close() -> None:
            nonlocal kind
            if item is not None and paragraph:
                if kind == "list":
                    item.paragraphs.append("\n".join(f"- {p}" for p in paragraph))
                else:
                    item.paragraphs.append(join_wrapped(paragraph))
            paragraph.clear()
            kind = "prose"

        while index < n:
            line = self.lines[index]
            text = line.text
            index += 1
            if line.blank:
                close()
                last_line_blank = True
                if last_entry is not None and last_entry[1]:
                    last_entry = None
                continue
            was_blank, last_line_blank = last_line_blank, False
            if state == "end":
                if CONCLUDED.match(text) or FURNITURE.match(text):
                    end = index - 1
                    continue
                end = index - 2
                break
            if FURNITURE.match(text):
                close()
                last_entry = None
                continue
            concluded = CONCLUDED.match(text)
            if concluded:
                close()
                self.item = None
                time = find_time(concluded.group("v"))
                if time:
                    minutes.concluded_at = time.value
                    self.take(line)
                state = "end"
                end = index - 1
                continue
            part_match = PART.match(text)
            if part_match:
                close()
                part = 2 if part_match.group("n").lower() in ("2", "ii", "two") else 1
                exempt = EXEMPT.search(text)
                part_paragraph = int(exempt.group("n")) if exempt else None
                self.take(line)
                resolving = False
                continue
            heading = self._minute_heading(text, minutes.items, state)
            if heading is None and minutes.items and looks_numbered_heading(text):
                self.notes.append(f"line {line.no}: '{text[:50]}' looks like a numbered minute but does not follow minute "
                                  f"{minutes.items[-1].number}; it is kept in the text of minute {minutes.items[-1].number}: check it")
            if heading:
                close()
                number, title = heading
                item = MinuteItem(number, line.no, tidy_title(title) or None, part=part,
                                  exempt_paragraph=part_paragraph if part == 2 else None)
                minutes.items.append(item)
                self.item = item
                state = "items"
                resolving = False
                last_entry = None
                self.take(line)
                continue
            if state == "attendance":
                mode = self._attendance_line(line, minutes, mode, roles)
                continue
            # ---- inside a minute
            assert item is not None
            bare, bulleted = unbullet(text)
            if MINUTES_MARK.match(text):
                self.take(line)
                continue
            resolved = RESOLVED.match(bare)
            if resolved:
                close()
                rest = resolved.group("rest").strip()
                resolving = True
                last_entry = None
                if rest and not RESOLVED_PREAMBLE.match(rest):
                    parts = re.split(r"\(\s*([ivx]{1,5})\s*\)", rest)
                    if len(parts) > 1 and [p.lower() for p in parts[1::2]] == ROMAN[: len(parts[1::2])]:
                        preamble = parts[0].strip()
                        if preamble and not RESOLVED_PREAMBLE.match(preamble):
                            item.paragraphs.append(f"RESOLVED, {preamble}")
                        for number, body in zip(parts[1::2], parts[2::2]):
                            entry = [number.lower(), body.strip()]
                            item.resolutions.append(entry)
                            last_entry = entry
                    elif len(item.resolutions) < len(ROMAN):
                        entry = [ROMAN[len(item.resolutions)], rest]
                        item.resolutions.append(entry)
                        last_entry = entry
                    else:
                        resolving = False
                        paragraph.append(text)
                self.take(line)
                continue
            roman = ROMAN_ITEM.match(bare)
            expected = ROMAN[len(item.resolutions)] if len(item.resolutions) < len(ROMAN) else None
            if roman and resolving and roman.group("n").lower() == expected:
                close()
                entry = [roman.group("n").lower(), roman.group("text").strip()]
                item.resolutions.append(entry)
                last_entry = entry
                self.take(line)
                continue
            recommendation = RECOMMENDATION.match(bare)
            if recommendation:
                close()
                ident = f"R{int(recommendation.group('n'))}"
                if any(r[0] == ident for r in item.recommendations):
                    paragraph.append(text)
                    self.take(line)
                    continue
                entry = [ident, recommendation.group("text").strip()]
                item.recommendations.append(entry)
                last_entry = entry
                resolving = False
                self.take(line)
                continue
            if last_entry is not None and (not was_blank or not last_entry[1]) and not ends_sentence(last_entry[1]) and not bulleted:
                last_entry[1] = f"{last_entry[1]} {text}".strip()
                self.take(line)
                continue
            # a table of tab-separated cells
            if line.has_tab and index < n and self.lines[index].has_tab:
                close()
                rows = [line]
                while index < n and self.lines[index].has_tab:
                    rows.append(self.lines[index])
                    index += 1
                item.paragraphs.append(markdown_table(rows))
                self.take(*rows)
                resolving = False
                last_entry = None
                continue
            resolving = False
            last_entry = None
            if bulleted:
                if kind != "list":
                    close()
                    kind = "list"
                paragraph.append(bare)
            elif kind == "list" and paragraph and not was_blank:
                paragraph[-1] = f"{paragraph[-1]} {text}"
            else:
                if kind == "list" or (paragraph and paragraph[-1].rstrip().endswith((".", "!", "?", ":"))):
                    close()  # without blank lines (as from a PDF) a paragraph ends where a sentence ends a line
                paragraph.append(text.replace("\t", " "))
            self.take(line)
        close()
        self.item = None
        if state != "end":
            end = n - 1

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
        for line in self.lines[at: end + 1]:
            self.where.setdefault(line.no, "minutes")
        return minutes, self.lines[min(end, n - 1)].no

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
        if three and caps and number > last:
            return number, title
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
