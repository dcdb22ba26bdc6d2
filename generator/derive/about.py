"""What a page's "About this record" section says: what its source document lost, and where the page
differs from the source's own words.

Staff see each loss as a warning from ``papers check``; readers see them here, gathered once at the
end of the page, instead of beside every value. Each note names the place it is about in words a
reader can find on the page ("Minute 006", "the table 'Force area and population'").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional

from pydantic import BaseModel

from generator import models

# How a field the source lost is named in a sentence.
FIELD_NAMES = {
    "title": "heading", "text": "text", "key_points": "points", "tables": "figures", "period": "period",
    "comparison_period": "period compared with", "number": "number", "presenter": "presenter",
    "previous_period": "status in the previous reporting period", "current_period": "status in the current reporting period",
    "start_year": "first year", "end_year": "last year", "author": "author", "date": "date",
}
CORRECTION_LEADS = {
    "spelling": "The source prints", "punctuation": "The source prints", "word-restored": "The source reads",
    "heading-restored": "Heading taken from the contents page, which lists", "date": "The source gives the date as",
    "qualifier": "The source gives", "reading": "The source's text is garbled here:",
    "computed": "The source gives", "lost-in-source": "The source reads",
    "arrangement": "The source reads", "title-supplied": "",
}


@dataclass(frozen=True)
class RecordNote:
    """One line of "About this record": where on the page, and what the reader should know."""

    where: str
    kind: str  # "lost", "empty-cells", or the kind of correction
    text: str
    source_text: Optional[str] = None
    shown_as: Optional[str] = None

    @property
    def is_correction(self) -> bool:
        return self.kind not in ("lost", "empty-cells", "lost-in-source")


def untitled_objective_label(objective: models.Objective) -> str:
    """A readable name for an objective whose heading the source lost: its first action's first words."""
    words = (objective.actions[0].text if objective.actions else objective.introduction or "").rstrip(";:.").split()
    start = " ".join(words[:7])
    return f"Objective beginning “{start}…”" if start else "Untitled objective"


def _place(obj: BaseModel, parent: str) -> str:
    if isinstance(obj, models.AgendaItem):
        return f"Agenda item {obj.number}"
    if isinstance(obj, models.MinuteItem):
        return f"Minute {obj.number:03d}"
    if isinstance(obj, models.Presentation):
        return f"“{obj.title}”"
    if isinstance(obj, models.Objective):
        label = f"{obj.number}. {obj.title}" if obj.number and obj.title else obj.title or untitled_objective_label(obj)
        return f"Objective “{label}”" if obj.title else label
    if isinstance(obj, models.Notice):
        return "Notice of meeting"
    if isinstance(obj, models.ObjectiveProgress):
        return f"Progress on {obj.objective.split('/')[-1].replace('-', ' ')}"
    if isinstance(obj, models.DataTable):
        table = f"table “{obj.title}”" if obj.title else "an untitled table"
        return f"{parent}, {table}" if parent else table[0].upper() + table[1:]
    if isinstance(obj, models.Section):
        section = f"“{obj.title}”" if obj.title else "an untitled part"
        return f"{parent}, {section}" if parent else section[0].upper() + section[1:]
    return parent


def _lost(field: str, note: str) -> str:
    name = FIELD_NAMES.get(field, field.replace("_", " "))
    return f"No {name} in the source. {note}"


def _correction(c: models.Correction) -> str:
    lead = CORRECTION_LEADS.get(c.kind, "The source reads")
    if c.kind in ("spelling", "punctuation", "reading") and c.source_text:
        return f"{lead} “{c.source_text}” [sic]. {c.note}"
    if c.source_text and lead:
        return f"{lead} “{c.source_text}”. {c.note}"
    return c.note


def _notes(obj: BaseModel, parent: str) -> Iterator[RecordNote]:
    where = _place(obj, parent)
    if isinstance(obj, models.WithMissing):
        for field, note in obj.missing.items():
            yield RecordNote(where or "This paper", "lost", _lost(field, note))
        for c in obj.corrections:
            yield RecordNote(where or "This paper", c.kind, _correction(c), c.source_text, c.text)
    if isinstance(obj, models.DataTable):
        empty = sum(1 for row in obj.rows for cell in row if cell is None)
        if empty:
            values = "value is" if empty == 1 else "values are"
            yield RecordNote(where, "empty-cells", f"{empty} {values} not given in the source (marked “–” in the table).")
    for name in type(obj).model_fields:
        value = getattr(obj, name)
        children = value if isinstance(value, list) else [value]
        for child in children:
            if isinstance(child, BaseModel) and not isinstance(child, models.Correction):
                yield from _notes(child, where)


@dataclass(frozen=True)
class AboutRecord:
    """The "About this record" section of one page."""

    sources: tuple[str, ...]
    lost: tuple[RecordNote, ...]
    corrections: tuple[RecordNote, ...]


def about(obj: BaseModel, sources: list[str] | tuple[str, ...] = ()) -> AboutRecord:
    """Every loss and correction in ``obj`` and all it contains, in the order of the page."""
    notes: list[RecordNote] = []
    for note in _notes(obj, ""):
        if note not in notes:
            notes.append(note)
    return AboutRecord(tuple(sources), tuple(n for n in notes if not n.is_correction),
                       tuple(n for n in notes if n.is_correction))
