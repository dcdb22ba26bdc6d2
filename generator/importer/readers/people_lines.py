"""Attendance entries as offices write them, to ``Attendee`` models matched to ``people.yaml``.

The forms met in minutes and agendas:

- "John Campion (JC) Chair – Police & Crime Commissioner", "Sarah Davies – Executive Assistant, OPFCC (minutes)";
- "Chief Constable Dave Jones (DJ)": a post, then the name, then its initials, which say how long the name is;
- "Mrs A Harrison Director, Office of the ..." and "N AshtonSuperintendent, Head of ..." (the post glued on);
- "A Stansfeld (Chair and Police & Crime Commissioner) (OPCC)";
- "Police & Crime Commissioner - Mr Peter McCall (Chair)" (post first);
- lists: "Ms M Bellis, Ms G Dinsdale and Mr A Kirkbride", "Jason Kenny, Luke Stubbs, Tim Metcalfe".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from generator import models
from generator.importer.people import Directory
from generator.importer.text import clean

DASH = r"\s+[–—-]\s+|\s*[–—]\s*"
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Sir|Dame|Prof)\.?"
_WORD = r"[A-Z][^\W\d_]*(?:['’\-][A-Z]?[^\W\d_]+)*"
_INITIALS = re.compile(r"\(([A-Z][A-Za-z]{0,3})\)")
_CHAIR = re.compile(r"^\s*\(?\s*(?:co-?|vice[- ]?)?chair(?:man|woman|person)?\b\s*\)?", re.IGNORECASE)
_MINUTES = re.compile(r"\((?:minutes|minute taker|notetaker|note taker)\)|\bnotetaker\b|\(minutes\)", re.IGNORECASE)
_GLUED = re.compile(rf"^(?P<hon>{_HONORIFIC}\s+)?(?P<first>[A-Z]\.?\s*|{_WORD}\s+)(?P<sur>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?P<rest>(?=[A-Z\s,(]|$).*)$")


@dataclass
class Entry:
    attendee: models.Attendee
    minute_taker: bool = False
    vice_chair: bool = False


def _glued(word: str) -> bool:
    """ "MilesGrant", "AshtonSuperintendent": a name with the next word stuck to it (not "McCall", "MacDonald")."""
    return bool(re.match(r"^[A-Z][a-z]+[A-Z]", word)) and not word.startswith(("Mc", "Mac", "De", "Di", "La", "Le", "Van", "Von", "Fitz"))


def _initials_of(words: list[str]) -> str:
    return "".join(ch for word in words for ch in word if ch.isupper())


def _name_before_initials(before: str, initials: str) -> Optional[tuple[str, str]]:
    """The words just before "(JM)" whose capitals spell the initials; (name, what comes before it)."""
    words = before.split()
    for count in range(1, min(5, len(words)) + 1):
        name_words = words[-count:]
        got = _initials_of(name_words)
        if got.upper() == re.sub(r"[^A-Z]", "", initials.upper()) or got.upper() == initials.upper():
            if count < len(words) and re.fullmatch(_HONORIFIC, words[-count - 1]):
                count += 1  # "Mrs V Stafford (VS)": the honorific belongs to the name, not to the post
            return " ".join(words[-count:]), " ".join(words[:-count])
        if len(got) > len(initials):
            break
    # "MCh" for Maeve Chappell: the capitals of the name begin the initials
    for count in (2, 3):
        if len(words) >= count and initials.upper().startswith(_initials_of(words[-count:]).upper()) and all(
            re.match(_WORD + "$", w) for w in words[-count:]
        ):
            return " ".join(words[-count:]), " ".join(words[:-count])
    return None


def parse_entry(text: str, line: int, people: Directory) -> Optional[Entry]:
    """One attendance entry; None when no name can be found in it."""
    text = clean(text).strip(" ;,•·")
    if not text:
        return None
    minute_taker = bool(_MINUTES.search(text))
    text = _MINUTES.sub("", text).strip(" ,")
    chair = vice = False
    role = ""
    name = None
    found = _INITIALS.search(text)
    if found:
        picked = _name_before_initials(text[: found.start()], found.group(1))
        if picked:
            name, before = picked
            after = text[found.end():].strip()
            role = " ".join(filter(None, [before, re.sub(rf"^(?:{DASH})", "", after).strip()]))
    if name is None:
        parts = re.split(DASH, text, maxsplit=1)
        if len(parts) == 2 and people.plausible(people.split(parts[1].split("(")[0])) and not people.plausible(people.split(parts[0])):
            role, name = parts[0], parts[1]  # "Police & Crime Commissioner - Mr Peter McCall (Chair)"
        elif len(parts) == 2:
            name, role = parts[0], parts[1]
        else:
            name, role = text, ""
        bracket = re.match(r"^(?P<n>[^()]+?)\s*\((?P<r>[^()]*)\)\s*(?P<rest>.*)$", name)
        if bracket and people.plausible(people.split(bracket.group("n"))):
            name = bracket.group("n")
            extra = bracket.group("r")
            role = " ".join(filter(None, [extra, bracket.group("rest"), role]))
        if not people.plausible(people.split(name)) or any(_glued(word) for word in name.split()):
            glued = _GLUED.match(name)
            if not glued:
                return None
            name = f"{glued.group('hon') or ''}{glued.group('first').strip()} {glued.group('sur')}".strip()
            role = " ".join(filter(None, [glued.group("rest").strip(" ,"), role]))
    role = re.sub(r"^and\s+", "", role.strip(" ,.–-")).strip(" ,.–-")
    for piece in (role,):
        lead = _CHAIR.match(piece)
        if lead:
            word = lead.group(0).lower()
            if "vice" in word:
                vice = True
            else:
                chair = True
            role = re.sub(r"^and\s+", "", piece[lead.end():].strip(" ,–-"))
    chair_in = re.search(r"(?:^|[\s(–-])(?:co-?)?chair\)?\s*$", role, re.IGNORECASE) or re.match(r"^chair\s+and\s+", role, re.IGNORECASE)
    if chair_in and not vice:
        chair = True
        role = re.sub(r"^chair\s+and\s+|[\s–-]*\(?(?:co-?)?chair\)?\s*$", "", role, flags=re.IGNORECASE).strip(" ,–-")
    match = people.person(name, line)
    if match is None:
        return None
    post = people.post(role, match.id, line, record=False) if role else None
    if role and post is None:
        people.post(role, match.id, line)
    attendee = models.Attendee(person=match.id, post=post, note=None if post else (role or None), chair=chair)
    return Entry(attendee, minute_taker, vice)


def split_names(text: str) -> list[str]:
    """A run of names: "Ms M Bellis, Ms G Dinsdale and Mr A Kirkbride" -> the three names."""
    text = re.sub(r"\.$", "", clean(text))
    parts = re.split(r",\s*|\s+and\s+|;\s*", text)
    return [p.strip() for p in parts if p.strip()]


def name_list(text: str, line: int, people: Directory) -> tuple[list[models.Attendee], list[str]]:
    """Attendees from a run of names; the pieces that are not names come back as the second list."""
    found, rest = [], []
    for piece in split_names(text):
        entry = parse_entry(piece, line, people)
        if entry is None:
            rest.append(piece)
        else:
            found.append(entry.attendee)
    return found, rest


APOLOGY_SENTENCE = re.compile(
    r"^(?:an\s+)?apolog(?:y|ies)(?:\s+for\s+absence)?\s+(?:was|were|had\s+been|have\s+been)\s+"
    r"(?:received|submitted|given|tendered|noted|made)\s+(?:from|by|on\s+behalf\s+of)\s+(?P<names>.+?)\.?$", re.IGNORECASE
)
NO_APOLOGIES = re.compile(r"^(?:no|there\s+were\s+no)\s+apolog", re.IGNORECASE)
