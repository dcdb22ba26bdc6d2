"""Shaping draft data for the content model: unplaced lines kept as sections, keys in the model's order.

Shared by the readers' drafts (``output.py``) and the office pack's (``office/drafts.py``).
"""

from __future__ import annotations

from typing import Any, Protocol

UNPLACED_ID = "unplaced-text"
UNPLACED_TITLE = "Text the importer could not place (sort it out, then remove this presentation)"


class ImportProblem(Exception):
    """The document was read but no valid draft can be made from it; the message says why."""


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


def lines_label(run: list[LineLike]) -> str:
    first, last = run[0].line, run[-1].line
    return f"Unplaced text, line {first}" if first == last else f"Unplaced text, lines {first}-{last}"


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
