"""Check one file's data against its model and say what is wrong in words staff can act on."""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import re
import types
import typing
from dataclasses import replace
from typing import Any, Optional

from pydantic import BaseModel, ValidationError

from generator.load.source import Loc, SourceFile
from generator.problems import Problem
from generator.validate.suggest import closest


def validate(source: SourceFile, model: type[BaseModel]) -> tuple[Optional[BaseModel], list[Problem]]:
    """The model built from ``source.data``, or None and the located problems."""
    if not isinstance(source.data, dict):
        what = "empty" if source.data is None else "not a set of fields"
        return None, [source.problem((), f"the file is {what}; it must start with fields such as '{_first_required(model)}: ...'")]
    try:
        instance = model.model_validate(source.data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        return None, _problems(source, model, errors) + _behind_bad_values(source, model, errors) + missing_warnings(source)
    return instance, missing_warnings(source)


def _behind_bad_values(source: SourceFile, model: type[BaseModel], errors: list[dict]) -> list[Problem]:
    """The problems pydantic leaves unchecked behind a bad value, found by taking the bad values out.

    An object's own rules (one chair, a part 2 item's paragraph) run only when all its fields are
    valid. With every bad value taken out, they run; what they find about an object that lost a
    field of its own is not reported, since it may only be about the value taken out.
    """
    data = copy.deepcopy(source.data)
    removed: set[Loc] = set()
    for error in errors:
        loc = _data_loc(data, error["loc"])
        if error["type"] == "missing" or not loc or not isinstance(_lookup(data, loc[:-1]), dict):
            continue
        if any(loc[:i] in removed for i in range(1, len(loc) + 1)):
            continue
        del _lookup(data, loc[:-1])[loc[-1]]
        removed.add(loc)
    if not removed:
        return []
    try:
        model.model_validate(data)
        return []
    except ValidationError as exc:
        touched = {loc[:-1] for loc in removed}
        later = [e for e in exc.errors(include_url=False)
                 if e["type"] != "missing" and _data_loc(data, e["loc"]) not in touched]
    return _problems(replace(source, data=data), model, later) if later else []


def _first_required(model: type[BaseModel]) -> str:
    for name, info in model.model_fields.items():
        if info.is_required():
            return name
    return next(iter(model.model_fields))


def _data_loc(data: Any, loc: tuple) -> Loc:
    """The part of pydantic's ``loc`` that indexes into the data (union branch names are dropped)."""
    found = []
    for part in loc:
        if isinstance(data, dict) and part in data:
            data = data[part]
            found.append(part)
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
            found.append(part)
    return tuple(found)


def _unwrap(annotation: Any) -> list[type[BaseModel]]:
    """The model classes an annotation can hold (through Optional, list, Union, Annotated)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (list, typing.Union, types.UnionType, dict):
        return [m for arg in typing.get_args(annotation) for m in _unwrap(arg)]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return []


def _model_at(model: type[BaseModel], loc: tuple, data: Any) -> Optional[type[BaseModel]]:
    """The model class that describes the mapping at ``loc``."""
    current = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        if field is None:
            return None
        candidates = _unwrap(field.annotation)
        if not candidates:
            return None
        current = candidates[-1]
    return current


def _field_list(model: Optional[type[BaseModel]]) -> list[str]:
    return list(model.model_fields) if model else []


_KINDS = {
    "int_type": "a whole number", "int_parsing": "a whole number", "int_from_float": "a whole number",
    "float_type": "a number", "float_parsing": "a number",
    "string_type": "text",
    "bool_type": "true or false", "bool_parsing": "true or false",
    "list_type": "a list",
    "model_type": "a set of fields", "dict_type": "a set of fields", "model_attributes_type": "a set of fields",
    "none_required": "empty",
}


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _shown(value: Any) -> str:
    """A value as staff wrote it: text quoted, numbers as they are, lists and mappings by kind."""
    if isinstance(value, str):
        return f"'{_short(value)}'"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "empty"
    if isinstance(value, (int, float)):
        return _short(repr(value))
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a set of fields"
    return _short(repr(value))


def _subject(loc: Loc, fallback: str) -> str:
    """What the message is about: a field, or the entries of a list field."""
    names = [part for part in loc if isinstance(part, str)]
    name = names[-1] if names else fallback
    trailing = len(loc) - max((i + 1 for i, part in enumerate(loc) if isinstance(part, str)), default=0)
    if trailing == 0:
        return f"'{name}'"
    return f"each entry of '{name}'" if trailing == 1 else f"each cell of '{name}'"


def _alternatives(kinds: list[str]) -> str:
    names = list(dict.fromkeys(_KINDS[k] for k in kinds))
    if "a number" in names and "a whole number" in names:
        names.remove("a whole number")
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def _message(error: dict, model: Optional[type[BaseModel]], source_value: Any, data_loc: Loc = ()) -> str:
    kind = error["type"]
    loc = error["loc"]
    name = next((p for p in reversed(loc) if isinstance(p, str)), "value")
    if kind != "missing":
        name = next((p for p in reversed(data_loc) if isinstance(p, str)), name)
    subject = _subject(data_loc, name) if kind != "missing" else f"'{name}'"
    value = error.get("input")
    ctx = error.get("ctx") or {}
    shown = _shown(value)
    if kind == "missing":
        return f"'{name}' is required here; add a line '{name}: ...'"
    if kind == "extra_forbidden":
        allowed = _field_list(model)
        # field names: a longer name that starts alike is a fair guess too, so not edit distance alone
        close = difflib.get_close_matches(name, allowed, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        return f"unknown field '{name}'; {hint}the fields allowed here are: {', '.join(allowed)}"
    if value is None and source_value is None and kind != "value_error":
        if data_loc and isinstance(data_loc[-1], int):
            return f"{subject} is empty; write a value after the '-', or remove the entry"
        return f"{subject} is empty; write a value after the colon, or remove the line if there is none"
    if kind == "string_pattern_mismatch":
        if "/" in ctx.get("pattern", ""):
            return f"{shown} is not an objective reference; write '<plan id>/<objective id>', e.g. '2021-2025/crime-and-its-causes'"
        return f"{shown} is not a valid id; use lower-case words joined by hyphens, e.g. 'peter-mccall'"
    if kind.startswith("date") or kind.startswith("datetime"):
        meant = _day_first_date(value)
        if meant:
            return (f"{shown} is not written as YYYY-MM-DD; if it means {meant.day} {meant:%B %Y}, "
                    f"write {meant.isoformat()}")
        return f"{shown} is not a real date; write dates as YYYY-MM-DD, e.g. 2021-11-03"
    if kind == "literal_error":
        close = closest(str(value), re.findall(r"'([^']*)'", ctx.get("expected", ""))) if isinstance(value, str) else None
        hint = f"did you mean '{close}'? " if close else "use one of: "
        return f"{shown} is not allowed for '{name}'; {hint}{'the choices are: ' if close else ''}{ctx.get('expected', '')}"
    if kind == "string_type":
        quote = "; put it in quotes to keep it as text" if isinstance(value, (int, float)) else ""
        return f"{subject} must be text, not {shown}{quote}"
    if kind == "list_type":
        return f"{subject} must be a list: put each entry on its own line starting with '- '"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"{subject} must be a set of fields (lines of 'field: value'), not {shown}"
    if kind in _KINDS:
        return f"{subject} must be {_KINDS[kind]}, not {shown}"
    if kind in ("too_short", "string_too_short"):
        if isinstance(source_value, str):
            return f"{subject} is empty; write the text or leave the field out"
        return f"{subject} needs at least {ctx.get('min_length', 1)} entry"
    if kind == "too_long":
        return f"{subject} has too many entries: at most {ctx.get('max_length')}"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        return f"{subject} is {shown}; it must be {error['msg'].removeprefix('Input should be ')}"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"])).removeprefix("Value error, ")
    return f"{subject}: {error['msg'][0].lower()}{error['msg'][1:]}"


_DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y", "%A %d %B %Y")


def _day_first_date(value: Any) -> Optional[dt.date]:
    """The date a British way of writing one gives (day first: 03/11/2021, 3rd November 2021), if any."""
    if not isinstance(value, str):
        return None
    text = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", " ".join(value.replace(",", " ").split()))
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _lookup(data: Any, loc: Loc) -> Any:
    for part in loc:
        data = data[part]
    return data


def _problems(source: SourceFile, model: type[BaseModel], errors: list[dict]) -> list[Problem]:
    found = []
    for error in errors:
        loc = _data_loc(source.data, error["loc"])
        kind = error["type"]
        if kind == "extra_forbidden":
            parent = _model_at(model, loc[:-1], source.data)
            found.append((loc, kind, source.problem(loc, _message(error, parent, None, loc), key=True)))
            continue
        if kind == "missing":
            found.append((loc, kind, source.problem(loc, _message(error, None, None, loc))))
            continue
        found.append((loc, kind, source.problem(loc, _message(error, None, _lookup(source.data, loc), loc))))
    # A value that fails every branch of a union gives one error per branch: keep the telling ones,
    # or, when every branch failed on the kind of value, say once which kinds are allowed.
    kept = []
    combined: set[Loc] = set()
    for loc, kind, problem in found:
        if kind not in _KINDS:
            kept.append(problem)
            continue
        others = [(other, k) for other, k, _ in found if (other, k) != (loc, kind) and other[:len(loc)] == loc]
        if any(other != loc or k not in _KINDS for other, k in others):
            continue
        if others and loc not in combined:
            combined.add(loc)
            value = _lookup(source.data, loc)
            subject = _subject(loc, "value")
            described = "empty" if value is None else _shown(value)
            problem = source.problem(loc, f"{subject} must be {_alternatives([kind] + [k for _, k in others])}, not {described}")
        elif others:
            continue
        kept.append(problem)
    if not kept:
        kept = [problem for _, _, problem in found[:1]]
    seen: dict[tuple, Problem] = {}
    for problem in kept:
        seen.setdefault((problem.line, problem.column), problem)
    return list(seen.values())


def missing_warnings(source: SourceFile) -> list[Problem]:
    """A warning for every field the source lost (``missing:`` entries) and every empty table cell."""
    warnings = []

    def walk(value: Any, loc: Loc) -> None:
        if isinstance(value, dict):
            notes = value.get("missing")  # a file with errors may have anything here
            for field, note in (notes.items() if isinstance(notes, dict) else ()):
                warnings.append(source.problem(
                    loc + ("missing", field),
                    f"'{field}' is missing from the source document: {note} (fill it in, then remove it from 'missing')",
                    severity="warning", key=True,
                ))
            rows = value.get("rows")
            if isinstance(rows, list) and "columns" in value:
                empty = sum(1 for row in rows if isinstance(row, list) for cell in row if cell is None)
                if empty:
                    warnings.append(source.problem(
                        loc + ("rows",),
                        f"table '{value.get('id')}' has {empty} empty cell(s), values the source lost; fill them in when known",
                        severity="warning", key=True,
                    ))
            for key, child in value.items():
                walk(child, loc + (key,))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                walk(child, loc + (index,))

    walk(source.data, ())
    return warnings
