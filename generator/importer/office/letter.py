"""The letter that calls the meeting: contact, reference, date, the meeting sentence, signature, attendees."""

from __future__ import annotations

import re
from typing import Optional

from generator.importer.office.found import ATTENDEES, CHAIR, EMAIL, EMAIL_LINE, ENQUIRIES, LETTER_DATE, Notice, Person, REFERENCE, REMOTE, ROLE, TAKE_PLACE, TELEPHONE, Unplaced, body_of, is_caps, paragraph_break, split_list
from generator.importer.text import Line, clean, find_date, find_time, join_wrapped, looks_like_sentence, unbullet

CLOSING = re.compile(r"^yours\s+(?:sincerely|faithfully|truly)[,.]?$", re.IGNORECASE)


class LetterReading:
    """Reads the letter; part of ``Parser``."""

    # ------------------------------------------------------------ the letter

    def _notice(self, start: int, end: int) -> Notice:
        notice = Notice()
        lines = self._range(start, end)
        blocks: list[list[Line]] = []
        current: list[Line] = []
        inviting = False
        title_seen = False
        for line in lines:
            self.where[line.no] = "meeting"
            text = line.text
            if line.blank:
                if current:
                    blocks.append(current)
                    current = []
                continue
            field_match = None
            for pattern, name in ((ENQUIRIES, "contact_name"), (TELEPHONE, "telephone"), (EMAIL_LINE, "email"), (REFERENCE, "reference")):
                match = pattern.match(text)
                if match and not getattr(notice, name):
                    field_match = (name, match.group("v").strip())
                    break
            if field_match:
                name, value = field_match
                setattr(notice, name, value)
                if name == "contact_name":
                    found = self.people.person(value, line.no)
                    notice.contact_person = found.id if found else None
                notice.found = True
                self.take(line)
                continue
            date_match = LETTER_DATE.match(text)
            if date_match and notice.letter_date is None:
                found_date = find_date(date_match.group("v"))
                if found_date and found_date.start == 0:
                    notice.letter_date = found_date.value
                    notice.found = True
                    self.take(line)
                    continue
            if ATTENDEES.match(text):
                inviting = True
                if current:
                    blocks.append(current)
                    current = []
                self.take(line)
                continue
            if inviting:
                if self._attendee_line(line, notice.invited):
                    continue
                inviting = False
            if not title_seen and is_caps(text) and re.search(r"conference|committee|panel|board|meeting", text, re.IGNORECASE):
                title_seen = True
                notice.body = body_of(text)
                notice.found = True
                self.take(line)
                continue
            if current and paragraph_break(current[-1].text, text):
                blocks.append(current)
                current = []
            current.append(line)
        if current:
            blocks.append(current)
        self._letter_blocks(notice, blocks)
        return notice

    def _letter_blocks(self, notice: Notice, blocks: list[list[Line]]) -> None:
        started = False
        for index, block in enumerate(blocks):
            if notice.signed_by and notice.signed_by.post is None and notice.signed_by.note is None and len(block) == 1 \
                    and index and notice.signed_by.line == blocks[index - 1][0].no:
                post = self.people.post(block[0].text, notice.signed_by.person, record=False)
                if post:  # the signature's post, on a paragraph of its own
                    notice.signed_by.post = post
                    self.take(*block)
                    continue
                if self._looks_post(block[0].text) and len(block[0].text.split()) <= 6:
                    notice.signed_by.note = block[0].text  # a post people.yaml does not name for this person: kept as written
                    self.take(*block)
                    continue
            text = join_wrapped([l.text for l in block])
            if TAKE_PLACE.search(text) and find_date(text):
                self._meeting_sentence(notice, text)
                notice.paragraphs.append(text)
                notice.found = started = True
                self.take(*block)
                continue
            if re.match(r"^the\s+purpose\s+of\b", text, re.IGNORECASE):
                notice.purpose = text
                started = True
                self.take(*block)
                continue
            if started and len(block) == 1 and CLOSING.match(block[0].text):
                self.take(*block)  # "Yours sincerely": the letter's closing, which says nothing of the meeting
                continue
            if started and notice.signed_by is None and self._signature(notice, block):
                continue
            if started and looks_like_sentence(text):
                notice.paragraphs.append(text)
                self.take(*block)
                if notice.email is None:
                    email = EMAIL.search(text)
                    if email and notice.contact_name and self._email_fits(email.group(0), notice.contact_name):
                        notice.email = email.group(0).rstrip(".")
                continue

    def _email_fits(self, email: str, name: str) -> bool:
        """The address is the contact's own: its local part spells the name as written ("Mrs P Zutic": paula.zutic@...)."""
        local = re.sub(r"[^a-z]", "", email.split("@")[0].lower())
        words = [re.sub(r"[^a-z]", "", w.lower()) for w in self.people.split(name).name.split()]
        words = [w for w in words if w]
        return bool(local and len(words) >= 2 and local.startswith(words[0][0]) and local.endswith(words[-1]))

    def _meeting_sentence(self, notice: Notice, text: str) -> None:
        date = find_date(text)
        if date is None:
            return
        notice.meeting_date = date.value
        if notice.body is None and re.search(r"\b(?:conference|committee|panel|board)\b", text[: date.start], re.IGNORECASE):
            notice.body = body_of(text[: date.start])  # "The ... Public Accountability Conference will take place on ..."
        notice.remote = bool(REMOTE.search(text))
        after = text[date.end:]
        time = find_time(after)
        if time:
            notice.start_time = time.value
        before_time = after[: time.start] if time else after
        venue = re.sub(r"^[\s,]*(?:in|at)\s+(?:the\s+)?", "", before_time, flags=re.IGNORECASE)
        venue = re.sub(r"[\s,]*(?:\bat|\bfrom|\bcommencing)?[\s,]*$", "", venue, flags=re.IGNORECASE).strip(" ,.")
        if venue and re.match(r"^[\s,]*(?:in|at)\s", before_time, re.IGNORECASE):
            notice.venue = venue
        else:
            between = text[: date.start]
            where = re.search(r"\b(?:in|at)\s+(?:the\s+)?(?P<v>[A-Z].+?)[\s,]*(?:\bon\b)?\s*$", between)
            if where and not REMOTE.search(where.group("v")):
                notice.venue = where.group("v").strip(" ,")

    def _signature(self, notice: Notice, block: list[Line]) -> bool:
        texts = [l.text for l in block]
        if len(texts) > 2 or any(len(t.split()) > 7 for t in texts):
            return False
        options: list[tuple[str, str]] = []
        if len(texts) == 2:
            options.append((texts[0], texts[1]))
        words = texts[0].split()
        if len(texts) == 1:
            for k in (2, 3):
                if len(words) > k:
                    options.append((" ".join(words[:k]), " ".join(words[k:])))
            options.append((texts[0], ""))
        for name, post in options:
            parts = self.people.split(name)
            if not self.people.plausible(parts):
                continue
            known = self.people.find(parts)
            if known is None and not (post and self._looks_post(post)):
                continue
            match = self.people.person(name, block[0].no)
            post_id = self.people.post(post, match.id, block[-1].no) if post else None
            notice.signed_by = Person(match.id, post_id, None if post_id or not post else post, line=block[0].no)
            self.take(*block)
            return True
        return False

    # ------------------------------------------------------------ people in lists

    def _attendee(self, text: str, line: int) -> Optional[tuple[Person, Optional[str]]]:
        """One attendee as written ("Chief Constable - Mrs Michelle Skeer", "Chief Finance Officer (Roger Marshall)")."""
        cells = [clean(c).strip(" -–—") for c in text.split("\t")]
        cells = [c for c in cells if c]
        text = " - ".join(cells)
        text = re.sub(r"^(?:and|&)\s+", "", text, flags=re.IGNORECASE)
        text = re.sub(r"[\s;,.]+(?:and|&)?\s*$", "", text, flags=re.IGNORECASE).strip()
        text, _ = unbullet(text)
        role = None
        role_match = ROLE.search(text)
        if role_match:
            word = role_match.group("role").lower()
            role = "observer" if word.startswith("observ") else "minutes"
            text = text[: role_match.start()].strip(" ,;-–")
        chair = bool(CHAIR.search(text))
        text = CHAIR.sub("", text).strip(" ,;")
        pairs: list[tuple[str, str]] = []  # (post, name)
        pieces = [p.strip() for p in re.split(r"\t+|\s+[-–—]\s+|\s*[-–—]\s+(?=(?:mr|mrs|ms|miss|dr|cllr|councillor)\b)", text, flags=re.IGNORECASE) if p.strip(" -–—")]
        pieces = [p.strip(" -–—") for p in pieces]
        bracket = re.match(r"^(?P<a>[^()]+?)\s*\((?P<b>[^()]+)\)$", text)
        if len(pieces) == 2:
            pairs += [(pieces[0], pieces[1]), (pieces[1], pieces[0])]
        elif bracket:
            a, b = bracket.group("a").strip(), bracket.group("b").strip()
            if self._looks_post(a) and not self.people.find(self.people.split(a)):
                pairs += [(a, b), (b, a)]
            else:
                pairs += [(b, a), (a, b)]
        else:
            comma = text.split(",", 1)
            if len(comma) == 2:
                pairs.append((comma[1].strip(), comma[0].strip()))
            pairs.append(("", text))
        for post_text, name_text in pairs:
            parts = self.people.split(name_text)
            if not self.people.plausible(parts):
                continue
            if post_text and not self._looks_post(post_text) and not self.people.find(parts):
                continue
            match = self.people.person(name_text, line)
            if match is None:
                continue
            post_id = self.people.post(post_text, match.id, line) if post_text else None
            note = post_text if post_text and not post_id else None
            return Person(match.id, post_id, note, chair, line), role
        return None

    def _attendee_line(self, line: Line, into: list[Person], role_lists: Optional[dict[str, list[Person]]] = None) -> bool:
        found = self._attendee(line.raw, line.no)
        if found is None:
            return False
        person, role = found
        if role and role_lists is not None and role in role_lists:
            role_lists[role].append(person)
        else:
            into.append(person)
        self.take(line)
        return True

    def _attendee_list(self, text: str, line: Line, into: list[Person], role_lists: Optional[dict[str, list[Person]]] = None, where: str = "minutes") -> bool:
        """A list of attendees on one line, split at semicolons or commas; pieces that are not people are reported."""
        pieces = split_list(text)
        any_found = False
        for piece in pieces:
            found = self._attendee(piece, line.no)
            if found is None:
                self.fragments.append(Unplaced(line.no, piece, where, "not read as a person"))
                continue
            person, role = found
            if role and role_lists is not None and role in role_lists:
                role_lists[role].append(person)
            else:
                into.append(person)
            any_found = True
        self.take(line)
        return any_found
