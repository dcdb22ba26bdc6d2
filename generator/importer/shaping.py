"""Shaping draft data for the content model: unplaced lines kept as sections, keys in the model's order.

Shared by the readers' drafts (``output.py``) and the office pack's (``office/drafts.py``), as are the
notes on the people of a draft who are not (or not certainly) in ``people.yaml``.
"""

from __future__ import annotations

from typing import Any, Iterator, Protocol

from pydantic import ValidationError

from generator.importer.people import Directory, NewPerson
from generator.importer.readers.draft import MeetingDraft
from generator.importer.text import slug

UNPLACED_ID = "unplaced-text"
UNPLACED_TITLE = "Text the importer could not place (sort it out, then remove this presentation)"


class ImportProblem(Exception):
    """The document was read but no valid draft can be made from it; the message says why."""


def meeting_fields(draft: MeetingDraft) -> dict[str, Any]:
    """The parts of a draft meeting every reader gives, as data: body, kind, date and time, place, purpose,
    notice, agenda, attendance and minutes (each part dumped from its content model, defaults left out)."""
    data: dict[str, Any] = {"body": slug(draft.body or "") or "meeting", "kind": draft.kind or "other", "date": draft.date}
    if draft.start_time:
        data["start_time"] = draft.start_time
    data["status"] = "draft"
    for name in ("location", "purpose", "notice"):
        value = getattr(draft, name)
        if value:
            data[name] = value.model_dump(exclude_defaults=True) if hasattr(value, "model_dump") else value
    if draft.agenda:
        data["agenda"] = [item.model_dump(exclude_defaults=True) for item in draft.agenda]
    if draft.attendance:
        data["attendance"] = draft.attendance.model_dump(exclude_defaults=True)
    if draft.minutes:
        minutes: dict[str, Any] = {}
        if draft.published_with:
            minutes["published_with"] = draft.published_with
        minutes["items"] = [item.model_dump(exclude_defaults=True) for item in draft.minutes]
        if draft.concluded_at:
            minutes["concluded_at"] = draft.concluded_at
        data["minutes"] = minutes
    return data


def missing_place_and_time(draft: MeetingDraft, source: str = "The source document does") -> dict[str, str]:
    """The notes under ``missing`` for a meeting whose source gives no place or no starting time."""
    missing = {}
    if not draft.location:
        missing["location"] = f"{source} not say where the meeting was held."
    if not draft.start_time:
        missing["start_time"] = f"{source} not give the time the meeting started."
    return missing


def validated(data: dict[str, Any], model: Any, what: str) -> tuple[dict[str, Any], Any]:
    """The data in the model's field order, and the model it makes; ImportProblem (saying where) if it makes none."""
    ordered = in_model_order(data, model)
    try:
        return ordered, model.model_validate(ordered)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ImportProblem(f"{what} does not pass the content model ({where}: {first['msg']}); nothing was written") from None


class LineLike(Protocol):
    line: int
    text: str


# ---------------------------------------------------------------- unplaced text


def runs(lines: list[LineLike], placed: set[int]) -> list[list[LineLike]]:
    """Unplaced lines grouped into runs that no placed line interrupts."""
    runs: list[list[LineLike]] = []
    for entry in lines:
        if runs:
            previous = runs[-1][-1]
            between = range(previous.line + 1, entry.line)
            if entry.line == previous.line or not any(n in placed for n in between):
                runs[-1].append(entry)
                continue
        runs.append([entry])
    return runs


def run_text(run: list[LineLike]) -> str:
    out: list[str] = []
    previous = None
    for entry in run:
        if previous is not None and entry.line > previous + 1 and out and out[-1] != "":
            out.append("")
        out.append(entry.text.strip())
        previous = entry.line
    return "\n".join(out).strip()


# The section title of a presentation's own text, which the importer keeps as extracted for a person to arrange.
PRESENTATION_TEXT = "Presentation text as extracted (arrange it)"


def lines_label(run: list[LineLike], label: str = "Unplaced text") -> str:
    first, last = run[0].line, run[-1].line
    return f"{label}, line {first}" if first == last else f"{label}, lines {first}-{last}"


def unplaced_sections(lines: list[LineLike], placed: set[int]) -> list[dict[str, Any]]:
    sections = []
    for run in runs(lines, placed):
        text = run_text(run)
        if text:
            sections.append({"title": lines_label(run), "text": text})
    return sections


def field_order(model: Any) -> list[str]:
    """The model's fields in the order it declares them, but ``missing`` (declared first, by the base
    class every object with notes shares) last, after the fields it is about, as hand-written files have it."""
    names = list(model.model_fields)
    if "missing" in names:
        names.remove("missing")
        names.append("missing")
    return names


def in_model_order(data: Any, model: Any) -> Any:
    """The data with the keys of each mapping in the order of ``field_order``."""
    if isinstance(data, list):
        return [in_model_order(item, model) for item in data]
    if not isinstance(data, dict) or model is None:
        return data
    fields = model.model_fields
    ordered = {}
    for name in field_order(model):
        if name in data:
            ordered[name] = in_model_order(data[name], model_of(fields[name].annotation))
    for name, value in data.items():
        if name not in ordered:
            ordered[name] = value
    return ordered


def model_of(annotation: Any) -> Any:
    import typing

    from pydantic import BaseModel

    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return model_of(typing.get_args(annotation)[0])
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if origin is not None:
        candidates = [m for m in (model_of(arg) for arg in typing.get_args(annotation)) if m is not None]
        return candidates[-1] if candidates else None
    return None


# ---------------------------------------------------------------- people of a draft

PERSON_KEYS = {"person", "presenter_people"}


def person_values(data: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every person id in the draft data, with its path (the key of its comment in ``emit.dump``)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in PERSON_KEYS and isinstance(value, str):
                yield path + (key,), value
            elif key in PERSON_KEYS and isinstance(value, list):
                yield from ((path + (key,), v) for v in value if isinstance(v, str))
            else:
                yield from person_values(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from person_values(value, path + (index,))


def new_people_in(data: dict[str, Any], people: Directory) -> list[NewPerson]:
    ids = {value for _, value in person_values(data)}
    return [person for ident, person in people.new.items() if ident in ids]


def people_header(new: list[NewPerson], people: Directory) -> list[str]:
    """The draft's note on its new people, each with the name as written, its lines and any possible match."""
    if not new:
        return []
    return (["", "New people, NOT in content/people.yaml (nothing was added there). Add each one there first,",
             "with the post they hold, or change the id in this file to the right person:"]
            + [f"  {person.described(people)}" for person in new])


def possible_match_comments(data: dict[str, Any], people: Directory) -> dict[tuple, str]:
    """A comment beside each person written under the name as given because people.yaml fits only by initial or rank."""
    comments = {}
    for path, value in person_values(data):
        person = people.new.get(value)
        if person is not None and person.possible and path not in comments:
            written = "; ".join(f'"{w}"' for w in person.written)
            comments[path] = f"{written}: possibly {person.possible} (not certain; staff decide)"
    return comments
