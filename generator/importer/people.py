"""Names and posts as the papers write them, matched to ``content/people.yaml``.

A person is found by name with honorifics and ranks set aside ("Mrs Michelle
Skeer QPM" and "Michelle Skeer" are the same). A name that fits someone only by
initial and surname ("Mrs P Coulter") or by rank and surname ("ACC Slattery") is
not certain ("Ms D Holden" is not Dean Holden): it is written as a new person
under an id made from the name as the document gives it, and the possible match
is recorded for the report, so that a person decides. Anyone else gets a
proposed id and is recorded as new: the importer never adds people to
``people.yaml`` itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from generator.importer.text import norm, slug
from generator.load.source import SourceError, load_yaml_file

# Titles and ranks written before a name, longest first so that "Chief Superintendent" wins over "Chief".
PREFIXES = sorted(
    [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "revd",
        "cllr", "councillor", "county councillor", "the rt hon", "rt hon",
        "chief constable", "deputy chief constable", "assistant chief constable", "t/assistant chief constable",
        "temporary assistant chief constable", "acc", "dcc", "t/acc", "t/dcc", "aco",
        "detective chief superintendent", "chief superintendent", "detective superintendent", "superintendent",
        "t/chief superintendent", "t/superintendent", "ch supt", "det supt", "supt", "dcs", "d/supt", "d/ch supt",
        "detective chief inspector", "chief inspector", "detective inspector", "inspector", "dci", "insp",
        "detective sergeant", "sergeant", "sgt", "ds", "detective constable", "police constable", "pc", "dc", "pcso",
    ],
    key=lambda p: -len(p),
)
RANKS = {p for p in PREFIXES if p not in {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady"}}
SUFFIXES = {"qpm", "obe", "mbe", "cbe", "kpm", "qfsm", "jp", "mp", "dl", "frsa", "cpfa", "fcca", "aca", "fca"}
_POST_WORDS = {
    "officer", "executive", "commissioner", "director", "manager", "secretary", "treasurer", "auditor", "accountant",
    "adviser", "advisor", "coordinator", "co-ordinator", "superintendent", "inspector", "representative", "administrator",
    "analyst", "controller", "assistant",
}
_NOT_NAME_WORDS = {  # words of the headings of minutes, which no name is made of
    "report", "reports", "business", "minutes", "meeting", "update", "updates", "apologies", "welcome", "matters", "arising",
    "agenda", "item", "items", "declarations", "declaration", "interests", "actions", "register", "strategy", "budget",
    "summary", "presentation", "performance", "programme", "policy", "introduction", "introductions", "questions",
}
_PARTICLES = {"de", "van", "von", "der", "le", "la", "du", "da", "di", "mac", "st"}
_NAME_WORD = re.compile(r"^(?:[A-Z][^\W\d_]*(?:['’\-][A-Za-z]?[^\W\d_]*)*\.?|[A-Z]\.|O'[A-Z][a-z]+|Mc[A-Z][a-z]+)$")


_FEMALE = {"mrs", "ms", "miss", "dame", "lady"}
_MALE = {"mr", "sir", "lord"}


def _same_form(written: str, known: Optional[str]) -> bool:
    """False when the honorifics contradict each other ("Ms D Holden" is not a "Mr" in people.yaml)."""
    a, b = (written or "").lower().strip(". "), (known or "").lower().strip(". ")
    return not ((a in _FEMALE and b in _MALE) or (a in _MALE and b in _FEMALE))


class PeopleFileError(Exception):
    """content/people.yaml cannot be read; the message says where and why."""


@dataclass
class Person:
    id: str
    name: str
    honorific: Optional[str]
    posts: list[str]


@dataclass
class NameParts:
    prefix: str  # titles and ranks as written ("Mrs", "Chief Superintendent")
    name: str  # the name itself ("Peter McCall", "P Coulter", "Slattery")
    suffix: str

    @property
    def ranked(self) -> bool:
        return bool(self.prefix)


@dataclass
class NewPerson:
    id: str
    name: str
    prefix: str
    lines: list[int] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    possible: Optional[str] = None  # the id in people.yaml this may be (found by initial or rank and surname only)

    def described(self, known: "Directory") -> str:
        """The entry of the report and the draft's header: the id, the name as written, its lines, a possible match."""
        text = f"{self.id}: " + "; ".join(f'"{w}"' for w in self.written) + f" (line {', '.join(str(n) for n in self.lines)})"
        if self.possible:
            text += (f"; possibly {self.possible} ({known.name_of(self.possible)}) of people.yaml, by initial or rank and"
                     " surname only, so not written as that person: use that id if it is the same person")
        return text


@dataclass
class Match:
    id: str
    new: bool


class Directory:
    """The people and posts of ``content/people.yaml``, and the new people met on the way."""

    def __init__(self, people: list[Person], posts: dict[str, str]):
        self.people = people
        self.posts = posts  # id -> label
        self.by_name = {norm(p.name): p for p in people}
        self.ids = {p.id: p for p in people}
        self.new: dict[str, NewPerson] = {}
        self.unknown_posts: dict[str, list[int]] = {}
        self.possible: dict[str, tuple[str, int]] = {}  # written -> (id in people.yaml, line): fits by initial or rank and surname only

    # ------------------------------------------------------------ loading

    @classmethod
    def load(cls, root: Path) -> "Directory":
        """Read ``content/people.yaml`` leniently: whatever has an id and a name is used."""
        file = root / "content" / "people.yaml"
        if not file.is_file():
            return cls([], {})
        try:
            data: Any = load_yaml_file(file, "content/people.yaml").data
        except SourceError as exc:
            raise PeopleFileError(f"content/people.yaml cannot be read: {exc.problem}") from None
        if not isinstance(data, dict):
            return cls([], {})
        posts = {
            str(p["id"]): str(p.get("label") or p["id"])
            for p in data.get("posts") or [] if isinstance(p, dict) and p.get("id")
        }
        people = []
        for p in data.get("people") or []:
            if not (isinstance(p, dict) and p.get("id") and p.get("name")):
                continue
            held = [str(m["post"]) for m in p.get("memberships") or [] if isinstance(m, dict) and m.get("post")]
            people.append(Person(str(p["id"]), str(p["name"]), p.get("honorific_prefix"), held))
        return cls(people, posts)

    # ------------------------------------------------------------ names

    @staticmethod
    def split(text: str) -> NameParts:
        text = re.sub(r"\s+", " ", text.strip().strip(",;.").strip())
        prefix_words: list[str] = []
        rest = text
        while True:
            lowered = rest.lower()
            hit = next((p for p in PREFIXES if lowered == p or lowered.startswith(p + " ") or lowered.startswith(p + ". ")), None)
            if hit is None:
                break
            taken = len(hit)
            if rest[taken: taken + 1] == ".":
                taken += 1
            prefix_words.append(rest[:taken])
            rest = rest[taken:].strip()
        words = rest.split(" ") if rest else []
        suffix_words = []
        while words and words[-1].lower().strip(",.") in SUFFIXES:
            suffix_words.insert(0, words.pop())
        return NameParts(" ".join(prefix_words), " ".join(words).strip(" ,"), " ".join(suffix_words))

    @staticmethod
    def plausible(parts: NameParts) -> bool:
        """Whether this reads as a person's name (and not, say, a sentence or a heading)."""
        words = parts.name.split()
        if not words or len(words) > 4:
            return False
        if len(words) == 1 and not parts.ranked:
            return False
        for word in words:
            if word.lower() in _PARTICLES:
                continue
            if not _NAME_WORD.match(word):
                return False
        if all(w.isupper() and len(w) > 2 for w in words):
            return False  # a heading in capitals, not a name
        if words[-1].lower().strip(".,") in _POST_WORDS:
            return False  # "OPCC Chief Executive", "Chief Finance Officer": a post, not a name
        if any(w.lower().strip(".,:") in _NOT_NAME_WORDS for w in words):
            return False  # "Performance Report", "Any Other Business": a heading, not a name
        return any(len(w.strip(".")) > 1 for w in words)

    def find(self, parts: NameParts) -> Optional[Person]:
        key = norm(parts.name)
        if key in self.by_name:
            return self.by_name[key]
        words = key.split()
        if not words:
            return None
        surname = words[-1]
        candidates = [p for p in self.people if norm(p.name).split()[-1:] == [surname]]
        if len(words) >= 2 and all(len(w) == 1 for w in words[:-1]):
            fits = [p for p in candidates if norm(p.name).startswith(words[0]) and _same_form(parts.prefix, p.honorific)]
            return fits[0] if len(fits) == 1 else None
        if len(words) == 1 and parts.ranked:
            return candidates[0] if len(candidates) == 1 else None
        return None

    def person(self, text: str, line: int) -> Optional[Match]:
        """The id of the person written as ``text``: known, or proposed and recorded as new; None if not a name."""
        parts = self.split(text)
        if not self.plausible(parts):
            return None
        known = self.find(parts)
        if known and norm(parts.name) == norm(known.name):
            return Match(known.id, False)
        proposed = slug(parts.name if len(parts.name.split()) > 1 else f"{parts.prefix} {parts.name}") or "person"
        if known and proposed in self.ids:
            proposed = slug(f"{parts.prefix} {parts.name}") or "person"
        entry = self.new.setdefault(proposed, NewPerson(proposed, parts.name, parts.prefix))
        if known:  # not certain: the name as written, and the possible match for a person to decide
            entry.possible = entry.possible or known.id
            self.possible.setdefault(text.strip(), (known.id, line))
        if line not in entry.lines:
            entry.lines.append(line)
        written = text.strip()
        if written not in entry.written:
            entry.written.append(written)
        if not entry.prefix and parts.prefix:
            entry.prefix = parts.prefix
        return Match(proposed, True)

    def name_of(self, ident: str) -> str:
        known = self.ids.get(ident)
        return known.name if known else ident

    # ------------------------------------------------------------ posts

    def post(self, label: str, person: Optional[str] = None, line: int = 0, record: bool = True) -> Optional[str]:
        """The id of the post written as ``label`` ("Chief Constable", "The Deputy Chief Constable")."""
        key = norm(label)
        key = re.sub(r"^the ", "", key)
        if not key:
            return None
        exact = [pid for pid, plabel in self.posts.items() if norm(plabel) == key or pid == slug(label)]
        if len(exact) == 1:
            return exact[0]
        held = next((p.posts for p in self.people if p.id == person), [])
        partial = [pid for pid in held if pid in self.posts and (norm(self.posts[pid]).endswith(key) or key.endswith(norm(self.posts[pid])))]
        if len(partial) == 1:
            return partial[0]
        if record:
            self.unknown_posts.setdefault(label.strip(), [])
            if line and line not in self.unknown_posts[label.strip()]:
                self.unknown_posts[label.strip()].append(line)
        return None

    def is_post(self, label: str) -> bool:
        return self.post(label, record=False) is not None

    def label_of(self, post_id: str) -> str:
        return self.posts.get(post_id, post_id)
