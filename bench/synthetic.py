"""A synthetic archive of meeting papers, shaped like the real content under content/.

Every meeting is built from the structures of the real meeting files: the standing agenda items,
attendance with the real people in their real posts, minutes with resolutions and
recommendations, and presentations whose sections and data tables are taken from the real
presentations (figures varied, derived columns recomputed so that the checker still agrees).
Minute text is made of sentences from the real papers, picked and shuffled with a seeded random
generator, so the same arguments always give the same files. The real plans, progress reports,
assessment, pages, people, topics and metrics are copied as they are.

    python bench/synthetic.py --meetings 100 --out /tmp/archive     # writes /tmp/archive/content
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Optional

import yaml

from generator.load.source import load_yaml_file

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "content"
BODY = "public-accountability-conference"
BODY_SLUG = "public-accountability-conference"
DEFAULT_SEED = 20261123

# Eleven meetings a year (none in August); the meeting after the last one of an archive
# (the one a benchmark adds) always falls in December 2025.
MONTHS = (1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12)
LAST_SLOT = (2025, 12)
KIND_BY_MONTH = {1: "finance", 2: "budget-setting", 5: "finance", 9: "finance", 11: "thematic"}
WORD_TARGET = (700, 950)  # words of text in the file; the rendered page adds headings, names and labels

TABLE_WEIGHT = 8.0
COPIED = ("people.yaml", "topics.yaml", "metrics.yaml", "bodies", "plan", "assessments", "pages")

# Who sits where: (person, post) pairs as content/people.yaml has them.
CHAIR = ("peter-mccall", "police-and-crime-commissioner")
OFFICERS = [
    ("vivian-stafford", "opcc-chief-executive"),
    ("gill-shearer", "opcc-deputy-chief-executive"),
    ("roger-marshall", "joint-chief-finance-officer"),
    ("michelle-bellis", "deputy-chief-finance-officer"),
    ("michelle-skeer", "chief-constable"),
    ("mark-webster", "deputy-chief-constable"),
    ("andy-slattery", "assistant-chief-constable"),
    ("jonny-blackwell", "temporary-assistant-chief-constable"),
    ("dean-holden", "detective-chief-superintendent"),
    ("rob-oconnor", "chief-superintendent"),
]
MINUTE_TAKERS = [("paula-zutic", "opcc-executive-support-officer"), ("paula-coulter", "opcc-executive-support-officer")]
OBSERVER = ("bronwyn-musgrave", "opcc-administration-assistant")
INVITED = [CHAIR, ("vivian-stafford", "opcc-chief-executive"), ("roger-marshall", "joint-chief-finance-officer"),
           ("michelle-skeer", "chief-constable")]
CONTACTS = {
    "paula-zutic": {"name": "Mrs P Zutic", "person": "paula-zutic", "telephone": "01768 217734 (op2)",
                    "email": "paula.zutic@cumbria.police.uk"},
    "paula-coulter": {"name": "Mrs P Coulter", "person": "paula-coulter", "telephone": "01768 217734"},
}
LOCATIONS = [
    {"venue": "Carleton Hall, Penrith"},
    {"venue": "OPCC Conference Room", "address": "Police Headquarters, Carleton Hall, Penrith"},
    {"remote": True},
]
START_TIMES = ("09:30", "10:00", "14:00", "15:30")
OUTCOMES = ("approved", "approved", "approved", "noted", "deferred")


# ---------------------------------------------------------------- the shapes of the real content


@dataclass
class RealPresentation:
    data: dict
    agenda_item: dict
    thematic: bool


@dataclass
class Shapes:
    """What the real meeting files are made of, collected once."""

    standing_agenda: list[dict] = field(default_factory=list)
    standing_minutes: dict[str, str] = field(default_factory=dict)
    minutes_item_text: str = ""
    purpose: str = ""
    business: list[dict] = field(default_factory=list)
    recommendations: list[str] = field(default_factory=list)
    presentations: list[RealPresentation] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    post_labels: dict[str, str] = field(default_factory=dict)


def _real_meetings() -> list[dict]:
    files = sorted((REAL / "meetings").glob("*/*.yaml"))
    return [load_yaml_file(f, f.relative_to(ROOT).as_posix()).data for f in files]


def split_sentences(text: str) -> list[str]:
    """Plain sentences of a Markdown text: no list items, headings, tables or lines ending with a colon."""
    found = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = " ".join(paragraph.split())
        if not paragraph or paragraph[0] in "-*#|>0123456789" or "**" in paragraph or "](" in paragraph:
            continue
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraph):
            sentence = sentence.strip()
            if len(sentence.split()) >= 6 and sentence[-1] in ".!?" and not sentence.endswith((":-", ":")):
                found.append(sentence)
    return found


@lru_cache(maxsize=1)
def shapes() -> Shapes:
    found = Shapes()
    people = load_yaml_file(REAL / "people.yaml", "content/people.yaml").data
    found.names = {p["id"]: p["name"] for p in people["people"]}
    found.post_labels = {p["id"]: p["label"] for p in people["posts"]}
    seen_sentences: set[str] = set()

    def add_sentences(text: Optional[str]) -> None:
        for sentence in split_sentences(text or ""):
            if sentence not in seen_sentences and not sentence.startswith("Following a discussion"):
                seen_sentences.add(sentence)
                found.sentences.append(sentence)

    for meeting in _real_meetings():
        agenda = meeting.get("agenda", [])
        if agenda and not found.standing_agenda:
            found.standing_agenda = [copy.deepcopy(item) for item in agenda if item["number"] <= 4]
        if meeting.get("purpose") and not found.purpose:
            found.purpose = " ".join(meeting["purpose"].split())
        for item in (meeting.get("minutes") or {}).get("items", []):
            title = item.get("title", "")
            if item["number"] <= 4:
                found.standing_minutes.setdefault(title, " ".join(item.get("text", "").split()))
            elif title == "Minutes":
                found.minutes_item_text = found.minutes_item_text or item["text"].split("\n\n")[0]
            else:
                found.business.append({"title": title, "topics": item.get("topics", []), "objectives": item.get("objectives", [])})
                found.recommendations += [" ".join(r["text"].split()) for r in item.get("recommendations", [])]
            add_sentences(item.get("text"))
        by_number = {item["number"]: item for item in agenda}
        for presentation in meeting.get("presentations", []):
            item = by_number.get(presentation.get("agenda_item"), {})
            found.presentations.append(RealPresentation(presentation, item, thematic=presentation["id"] != "performance"))
            for section in presentation.get("sections", []):
                add_sentences(section.get("text"))
    for section_file in sorted((REAL / "assessments").glob("*/*.md")):
        add_sentences(section_file.read_text(encoding="utf-8").split("---", 2)[-1])
    return found


# ---------------------------------------------------------------- dates


def slot_date(index: int, total: int) -> dt.date:
    """The date of meeting ``index`` of an archive whose slot ``total`` is the last slot (December 2025)."""
    back = total - index
    year, month_index = LAST_SLOT[0], MONTHS.index(LAST_SLOT[1]) - back
    year += month_index // len(MONTHS)
    month = MONTHS[month_index % len(MONTHS)]
    first = dt.date(year, month, 1)
    weekday = (2, 1, 3)[index % 3]  # a Wednesday, Tuesday or Thursday
    offset = (weekday - first.weekday()) % 7 + 7  # the second one of the month
    return first + dt.timedelta(days=offset)


def meeting_id(day: dt.date) -> str:
    return f"{day.isoformat()}-{BODY_SLUG}"


def meeting_path(day: dt.date) -> str:
    return f"meetings/{day.year}/{meeting_id(day)}.yaml"


def ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def spoken_date(day: dt.date) -> str:
    return f"{ordinal(day.day)} {day:%B %Y}"


def clock(value: str) -> str:
    hours, minutes = (int(part) for part in value.split(":"))
    suffix = "am" if hours < 12 else "pm"
    return f"{(hours - 1) % 12 + 1}{'.' + f'{minutes:02d}' if minutes else ''}{suffix}"


# ---------------------------------------------------------------- varying text and figures

_MONEY_OR_SHARE = re.compile(r"(£)(\d+(?:\.\d+)?)(k|m)?|(\d+(?:\.\d+)?)(%)")
_YEAR = re.compile(r"\b(20(?:1\d|2[0-2]))(/\d\d)?\b")


def restamp(text: str, year: int) -> str:
    """Years of the source (2010-2022) moved to ``year``, financial years as well."""

    def move(match: re.Match) -> str:
        if match.group(2):
            return f"{year}/{(year + 1) % 100:02d}"
        return str(year)

    return _YEAR.sub(move, text)


def vary_figures(text: str, rng: random.Random) -> str:
    """Sums of money and percentages changed by up to a quarter, written as the source writes them."""

    def scaled(number: str) -> str:
        value = float(number) * rng.uniform(0.75, 1.25)
        places = len(number.split(".")[1]) if "." in number else 0
        return f"{value:.{places}f}"

    def change(match: re.Match) -> str:
        if match.group(1):
            return f"£{scaled(match.group(2))}{match.group(3) or ''}"
        return f"{scaled(match.group(4))}%"

    return _MONEY_OR_SHARE.sub(change, text)


def decimals(value: float) -> int:
    text = repr(float(value))
    return len(text.split(".")[1].rstrip("0")) if "." in text and "e" not in text else 0


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _formula(name: str, a: float, b: float) -> Optional[float]:
    if name == "difference":
        return a - b
    if b == 0:
        return None
    return (a - b) / b * 100 if name == "percent-change" else a / b * 100


def vary_table(table: dict, rng: random.Random) -> dict:
    """The table's figures scaled by one factor; derived columns computed again from the new figures."""
    table = copy.deepcopy(table)
    labels = [c if isinstance(c, str) else c["label"] for c in table["columns"]]
    index = {label: i for i, label in enumerate(labels)}
    derived = {index[rule["column"]] for rule in table.get("derived", []) if rule["column"] in index}
    factor = rng.uniform(0.8, 1.2)
    for row in table["rows"]:
        for i in range(1, len(row)):
            cell = row[i]
            if i in derived or not _is_number(cell) or cell == 0:
                continue
            if isinstance(cell, int):
                row[i] = int(round(cell * factor)) or cell
            else:
                row[i] = round(cell * factor, max(decimals(cell), 1))
    for rule in table.get("derived", []):
        names = [rule["column"], *rule["of"]]
        if any(name not in index for name in names):
            continue
        target, a_at, b_at = (index[name] for name in names)
        for row in table["rows"]:
            stated, a, b = row[target], row[a_at], row[b_at]
            if not all(_is_number(v) for v in (stated, a, b)):
                continue
            value = _formula(rule["formula"], a, b)
            if value is None:
                continue
            places = decimals(stated)
            row[target] = int(round(value)) if isinstance(stated, int) else round(value, max(places, 1))
    return table


def restamp_metrics(table: dict, day: dt.date) -> dict:
    """One observation per metric, for the year to the month before the meeting."""
    cells = table.get("metrics")
    if not cells:
        return table
    last = {}
    for cell in cells:
        last[cell["metric"]] = cell
    end = dt.date(day.year, day.month, 1)
    table["metrics"] = [
        dict(cell, period=f"Year to {end:%B %Y}, reported on {day.day} {day:%B %Y}", period_end=end.isoformat())
        for cell in last.values()
    ]
    return table


def shuffled_text(text: str, rng: random.Random) -> str:
    """Plain paragraphs with their sentences in a new order; lists, tables and emphasis kept as they are."""
    paragraphs = []
    for paragraph in text.split("\n\n"):
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraph)
        plain = paragraph and paragraph[0] not in "-*#|>0123456789" and "\n" not in paragraph.strip() and len(sentences) > 1
        if plain:
            rng.shuffle(sentences)
            paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


# ---------------------------------------------------------------- one meeting


def _attendee(pair: tuple[str, str], **extra) -> dict:
    return {"person": pair[0], "post": pair[1], **extra}


def _words(data: Any) -> int:
    if isinstance(data, str):
        return len(data.split())
    if isinstance(data, dict):
        return sum(_words(v) for k, v in data.items() if k not in ("id", "person", "post", "topics", "objectives", "missing"))
    if isinstance(data, list):
        return sum(_words(v) for v in data)
    return 1 if data is not None else 0


class MeetingBuilder:
    def __init__(self, day: dt.date, previous: Optional[dt.date], following: Optional[dt.date], seed: int):
        self.day = day
        self.previous = previous
        self.following = following
        self.rng = random.Random(f"{seed}:{day.isoformat()}")
        self.shapes = shapes()
        self.kind = KIND_BY_MONTH.get(day.month, "performance")
        self.table_ids: set[str] = set()

    def sentences(self, count: int) -> list[str]:
        picked = self.rng.sample(self.shapes.sentences, min(count, len(self.shapes.sentences)))
        return [vary_figures(restamp(s, self.day.year), self.rng) for s in picked]

    def paragraphs(self, count: int) -> str:
        sentences = self.sentences(count)
        out, i = [], 0
        while i < len(sentences):
            size = self.rng.randint(1, 3)
            out.append(" ".join(sentences[i:i + size]))
            i += size
        return "\n\n".join(out)

    # -------------------------------------------------- people

    def attendance(self) -> dict:
        officers = OFFICERS[:]
        self.rng.shuffle(officers)
        present = self.rng.randint(3, 6)
        absent = self.rng.randint(1, 3)
        self.apologies = officers[present:present + absent]
        taker = MINUTE_TAKERS[0] if self.day.year >= 2021 else MINUTE_TAKERS[self.rng.randint(0, 1)]
        self.minute_taker = taker
        attendance = {
            "present": [_attendee(CHAIR, chair=True)],
            "also_present": [_attendee(pair) for pair in officers[:present]],
            "minute_taker": _attendee(taker),
            "apologies": [_attendee(pair) for pair in self.apologies],
        }
        if self.rng.random() < 0.3:
            attendance["observers"] = [_attendee(OBSERVER)]
        return attendance

    def notice(self, location: dict, start: str) -> dict:
        issued = self.day - dt.timedelta(days=self.rng.randint(10, 16))
        where = "remotely" if location.get("remote") else f"in the **{location['venue']}**"
        text = (
            f"The Police and Crime Commissioner's Public Accountability Conference will take place {where} on "
            f"**{self.day:%A} {spoken_date(self.day)}**, at **{clock(start)}**.\n\n{self.shapes.purpose}\n\n"
            "Following the meeting papers will be uploaded on to the Commissioner's website."
        )
        contact = CONTACTS[self.minute_taker[0]]
        return {
            "date": issued.isoformat(),
            "reference": "PZ" if contact["person"] == "paula-zutic" else "PC",
            "contact": dict(contact),
            "text": text,
            "signed_by": _attendee(("vivian-stafford", "opcc-chief-executive")),
            "invited": [_attendee(pair, **({"chair": True} if pair == CHAIR else {})) for pair in INVITED],
        }

    # -------------------------------------------------- presentations

    def presentation(self, real: RealPresentation, number: int, ident: str) -> dict:
        data = real.data
        sections = data.get("sections", [])
        count = min(len(sections), self.rng.randint(2, 3))
        # Slides with figures are picked more often, so that charts come as often per word as in the real papers.
        weights = [TABLE_WEIGHT if s.get("tables") else 1.0 for s in sections]
        keys = sorted(range(len(sections)), key=lambda i: -(self.rng.random() ** (1.0 / weights[i])))
        chosen = sorted(keys[:count])
        out_sections = [self.section(sections[i]) for i in chosen]
        presentation = {
            "id": ident,
            "title": data["title"],
            "agenda_item": number,
        }
        for key in ("presenter", "presenter_people"):
            if key in data:
                presentation[key] = copy.deepcopy(data[key])
        presentation["summary"] = (
            f"Constabulary {'thematic' if real.thematic else 'performance'} presentation to the Public "
            f"Accountability Conference of {spoken_date(self.day)}: {data['title'].lower()}."
        )
        for key in ("topics", "objectives", "missing"):
            if data.get(key):
                presentation[key] = copy.deepcopy(data[key])
        presentation["sections"] = out_sections
        return presentation

    def section(self, real: dict) -> dict:
        section = copy.deepcopy(real)
        section.pop("tables", None)
        if section.get("text"):
            section["text"] = restamp(shuffled_text(section["text"], self.rng), self.day.year)
        if section.get("key_points"):
            points = section["key_points"][:]
            self.rng.shuffle(points)
            keep = max(1, len(points) - self.rng.randint(0, max(0, len(points) // 3)))
            section["key_points"] = [vary_figures(p, self.rng) for p in points[:keep]]
        tables = []
        for table in real.get("tables", []):
            table = restamp_metrics(vary_table(table, self.rng), self.day)
            base, n = table["id"], 2
            while table["id"] in self.table_ids:
                table["id"], n = f"{base}-{n}", n + 1
            self.table_ids.add(table["id"])
            if table.get("source"):
                table["source"] = f"{table['source'].split(',')[0]}, Public Accountability Conference {self.day.day} {self.day:%B %Y}"
            tables.append(table)
        if tables:
            section["tables"] = tables
        return section

    # -------------------------------------------------- the whole meeting

    def build(self) -> dict:
        rng = self.rng
        location = copy.deepcopy(LOCATIONS[rng.randrange(len(LOCATIONS))])
        start = self.start = START_TIMES[rng.randrange(len(START_TIMES))]
        meeting: dict[str, Any] = {"body": BODY, "kind": self.kind, "date": self.day.isoformat(), "start_time": start,
                                   "location": location}
        if self.kind in ("performance", "thematic"):
            meeting["purpose"] = self.shapes.purpose
        meeting["sources"] = [f"Papers of the Public Accountability Conference of {spoken_date(self.day)} (synthetic benchmark archive)."]
        attendance = self.attendance()
        meeting["notice"] = self.notice(location, start)

        agenda = [copy.deepcopy(item) for item in self.shapes.standing_agenda]
        minutes = self.standing_minutes()
        if self.previous:
            agenda.append({
                "number": len(agenda) + 1, "part": 1, "title": "Minutes of meeting",
                "description": f"To receive and approve the minutes of the Public Accountability Conference held on the {spoken_date(self.previous)}",
                "minutes_of": meeting_id(self.previous), "minutes_of_date": self.previous.isoformat(), "topics": ["governance"],
            })
        presentations = []
        for real in self.chosen_presentations():
            number = len(agenda) + 1
            ident = real.data["id"]
            while ident in {p["id"] for p in presentations}:
                ident += "-2"
            item = {"number": number, "part": 1, "title": real.agenda_item.get("title", real.data["title"])}
            if real.agenda_item.get("description"):
                item["description"] = " ".join(real.agenda_item["description"].split())
            item["presentation"] = ident
            for key in ("topics", "objectives"):
                if real.agenda_item.get(key):
                    item[key] = copy.deepcopy(real.agenda_item[key])
            agenda.append(item)
            presentations.append(self.presentation(real, number, ident))
        for business in self.chosen_business():
            item = {"number": len(agenda) + 1, "part": 1, "title": restamp(business["title"], self.day.year)}
            for key in ("topics", "objectives"):
                if business.get(key):
                    item[key] = copy.deepcopy(business[key])
            agenda.append(item)
        meeting["agenda"] = agenda
        meeting["attendance"] = attendance
        meeting["minutes"] = self.minutes(agenda, minutes, presentations)
        if presentations:
            meeting["presentations"] = presentations
        self.fill(meeting)
        return meeting

    def chosen_presentations(self) -> list[RealPresentation]:
        pool = self.shapes.presentations
        performance = [p for p in pool if not p.thematic]
        thematic = [p for p in pool if p.thematic]
        if self.kind == "performance":
            chosen = [self.rng.choice(performance)]
            return chosen + [self.rng.choice(thematic)] if self.rng.random() < 0.5 else chosen
        if self.kind == "thematic":
            return self.rng.sample(thematic, 1)
        return []

    def chosen_business(self) -> list[dict]:
        count = {"finance": 3, "budget-setting": 3, "thematic": 1}.get(self.kind, 1)
        return self.rng.sample(self.shapes.business, min(count, len(self.shapes.business)))

    def standing_minutes(self) -> list[dict]:
        names, labels = self.shapes.names, self.shapes.post_labels
        apologies = "; ".join(f"the {labels[post]} ({names[person]})" for person, post in self.apologies)
        items = [{"number": 1, "title": "Apologies for absence",
                  "text": f"Apologies for absence were received from {apologies}."}]
        for title in ("Questions from members of the public", "Urgent business and exclusion of the press and public",
                      "Disclosure of personal interests"):
            items.append({"number": len(items) + 1, "title": title, "text": self.shapes.standing_minutes[title]})
        return items

    def minutes(self, agenda: list[dict], items: list[dict], presentations: list[dict]) -> dict:
        by_item = {p["agenda_item"]: p for p in presentations}
        for number, item in enumerate(items, start=1):
            item["agenda_item"] = number
        for agenda_item in agenda[len(items):]:
            number = len(items) + 1
            minute: dict[str, Any] = {"number": number, "title": agenda_item["title"], "agenda_item": agenda_item["number"]}
            if agenda_item.get("minutes_of"):
                minute["title"] = "Minutes"
                minute["minutes_of"] = agenda_item["minutes_of"]
                minute["minutes_of_date"] = agenda_item["minutes_of_date"]
                minute["topics"] = ["governance"]
                held = spoken_date(dt.date.fromisoformat(agenda_item["minutes_of_date"]))
                minute["text"] = re.sub(r"held on the [^,]+,", f"held on the {held},", self.shapes.minutes_item_text)
                minute["resolutions"] = [{"number": "i", "text": f"Minutes of the Public Accountability Conference held on the {held} be confirmed as a correct record and signed by the Chair;"}]
                items.append(minute)
                continue
            for key in ("topics", "objectives"):
                if agenda_item.get(key):
                    minute[key] = copy.deepcopy(agenda_item[key])
            presentation = by_item.get(agenda_item["number"])
            if presentation:
                presenter = presentation.get("presenter", "the Constabulary")
                opener = f"The presentation was delivered by {presenter}."
                closing = "Following a discussion, the presentation was noted."
                minute["resolutions"] = [{"number": "i", "text": "The presentation be noted;"}]
            else:
                opener = f"The {'Joint ' if self.day.year >= 2021 else ''}Chief Finance Officer presented the {agenda_item['title']} report."
                closing = "Following a discussion, the report was noted."
                minute["resolutions"] = [{"number": "i", "text": f"{agenda_item['title']} report was noted;"}]
                if self.kind in ("finance", "budget-setting") and self.rng.random() < 0.6:
                    count = self.rng.randint(1, 2)
                    texts = self.rng.sample(self.shapes.recommendations, min(count, len(self.shapes.recommendations)))
                    minute["recommendations"] = [
                        {"id": f"R{i}", "outcome": OUTCOMES[self.rng.randrange(len(OUTCOMES))], "text": vary_figures(t, self.rng)}
                        for i, t in enumerate(texts, start=1)
                    ]
                    ids = " & ".join(r["id"] for r in minute["recommendations"])
                    minute["resolutions"].append({"number": "ii", "text": f"Recommendations {ids} were considered in accordance with the detail set out within the report;"})
            minute["text"] = opener + "\n\n" + self.paragraphs(self.rng.randint(1, 3)) + "\n\n" + closing
            items.append(minute)
        minutes: dict[str, Any] = {}
        if self.following:
            minutes["published_with"] = meeting_id(self.following)
        started = int(self.start[:2])
        minutes["concluded_at"] = f"{started + self.rng.randint(1, 2):02d}:{self.rng.choice((5, 15, 25, 40, 55)):02d}"
        minutes["items"] = items
        return minutes

    def fill(self, meeting: dict) -> None:
        """More minuted discussion, a paragraph at a time, until the meeting reaches its length."""
        target = self.rng.randint(*WORD_TARGET)
        business = [m for m in meeting["minutes"]["items"] if m["number"] > 4 and "minutes_of" not in m]
        if not business:
            return
        turn = 0
        while _words(meeting) < target:
            item = business[turn % len(business)]
            head, _, tail = item["text"].rpartition("\n\n")
            item["text"] = f"{head}\n\n{self.paragraphs(self.rng.randint(1, 3))}\n\n{tail}"
            turn += 1


def meeting_document(index: int, total: int, seed: int = DEFAULT_SEED) -> tuple[str, dict]:
    """(path under content/, data) of meeting ``index`` of an archive of ``total`` meetings."""
    day = slot_date(index, total)
    previous = slot_date(index - 1, total) if index > 0 else None
    # The last slot is left for the meeting a benchmark adds, so the one before it names no carrier yet.
    following = slot_date(index + 1, total) if index + 2 < total else None
    return meeting_path(day), MeetingBuilder(day, previous, following, seed).build()


# ---------------------------------------------------------------- writing


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def _literal(dumper: yaml.SafeDumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _literal)


def dump(data: dict) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110)


def write_meeting(content: Path, index: int, total: int, seed: int = DEFAULT_SEED) -> Path:
    relative, data = meeting_document(index, total, seed)
    path = content / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump(data), encoding="utf-8")
    return path


def copy_fixed(content: Path) -> None:
    """The real people, topics, metrics, plans, reports, assessments and pages, as they are."""
    content.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        source = REAL / name
        if source.is_dir():
            shutil.copytree(source, content / name, dirs_exist_ok=True)
        elif source.exists():
            shutil.copy2(source, content / name)


# Written beside every content/ folder this module makes: only such a folder may be replaced.
MARKER = ".synthetic-archive"


class NotOurs(Exception):
    """The folder holds a content/ that this module did not write (real papers, perhaps)."""


def write_archive(root: Path, meetings: int, seed: int = DEFAULT_SEED) -> list[Path]:
    """A content/ folder under ``root`` with ``meetings`` meetings; the next one is left for ``add_meeting``.

    An existing content/ is replaced only if an earlier synthetic archive wrote it (its marker is
    beside it); any other content/ raises NotOurs and is left untouched.
    """
    content = root / "content"
    marker = root / MARKER
    if content.exists() or content.is_symlink():
        if not marker.is_file():
            raise NotOurs(f"{content} already exists and was not written by bench/synthetic.py; "
                          "nothing was changed. Choose an empty folder for --out")
        shutil.rmtree(content)
    root.mkdir(parents=True, exist_ok=True)
    marker.write_text("content/ beside this file is a synthetic archive written by bench/synthetic.py\n", encoding="utf-8")
    copy_fixed(content)
    total = meetings + 1
    return [write_meeting(content, i, total, seed) for i in range(meetings)]


def add_meeting(root: Path, meetings: int, seed: int = DEFAULT_SEED) -> Path:
    """The meeting that follows an archive of ``meetings`` meetings written by ``write_archive``."""
    return write_meeting(root / "content", meetings, meetings + 1, seed)


def main(argv: Optional[Iterable[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic archive of meeting papers shaped like the real content.")
    parser.add_argument("--meetings", type=int, default=100)
    parser.add_argument("--out", type=Path, required=True, help="folder to write content/ into")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        written = write_archive(args.out, args.meetings, args.seed)
    except NotOurs as exc:
        print(f"synthetic: {exc}", file=sys.stderr)
        return 2
    print(f"{len(written)} meetings written under {args.out / 'content' / 'meetings'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
