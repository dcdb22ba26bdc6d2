"""References between files: every field the models mark with ``RefTo`` must name a target that exists.

The fields are found by walking the model classes alongside a file's data, so a reference is
checked wherever the model puts one (and nowhere else), and it is checked even when some other
field of the same file has an error.
"""

from __future__ import annotations

import functools
import re
import types
import typing
from typing import Any, Iterator

from pydantic import BaseModel, StringConstraints

from generator.load.source import Loc
from generator.models import RefTo
from generator.problems import Problem
from generator.validate.content import MODELS, ContentFile
from generator.validate.suggest import did_you_mean
from generator.validate.targets import Targets


def _split(annotation: Any, metadata: tuple = ()) -> tuple[Any, tuple]:
    """An annotation without its ``Annotated`` layers, and all the metadata they carried."""
    while typing.get_origin(annotation) is typing.Annotated:
        base, *extra = typing.get_args(annotation)
        annotation, metadata = base, metadata + tuple(extra)
    return annotation, metadata


def _holds_references(annotation: Any) -> bool:
    annotation, metadata = _split(annotation)
    if any(isinstance(m, RefTo) for m in metadata):
        return True
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return bool(_reference_fields(annotation))
    return any(_holds_references(arg) for arg in typing.get_args(annotation))


@functools.cache
def _reference_fields(model: type[BaseModel]) -> tuple[tuple[str, Any], ...]:
    """The fields of a model that hold references, directly or in the objects they hold."""
    found = []
    for name, field in model.model_fields.items():
        annotation = typing.Annotated[(field.annotation, *field.metadata)] if field.metadata else field.annotation
        if _holds_references(annotation):
            found.append((name, annotation))
    return tuple(found)


def _well_formed(value: str, metadata: tuple) -> bool:
    """Whether the id is written as its type requires (a badly written one is reported as such, once)."""
    patterns = [m.pattern for m in metadata if isinstance(m, StringConstraints) and m.pattern]
    return all(re.fullmatch(p, value.strip()) for p in patterns)


def references_in(annotation: Any, data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, RefTo, str]]:
    """(where, what it refers to, the id) for every reference in ``data`` read as ``annotation``."""
    annotation, metadata = _split(annotation)
    ref = next((m for m in metadata if isinstance(m, RefTo)), None)
    if ref is not None:
        if isinstance(data, str) and _well_formed(data, metadata):
            yield loc, ref, data.strip()
        return
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        seen: set[Loc] = set()
        for branch in typing.get_args(annotation):
            for found in references_in(branch, data, loc):
                if found[0] not in seen:
                    seen.add(found[0])
                    yield found
    elif origin is list and isinstance(data, list):
        (item,) = typing.get_args(annotation)
        for index, value in enumerate(data):
            yield from references_in(item, value, loc + (index,))
    elif isinstance(annotation, type) and issubclass(annotation, BaseModel) and isinstance(data, dict):
        for name, field_type in _reference_fields(annotation):
            if name in data:
                yield from references_in(field_type, data[name], loc + (name,))


def check_references(files: list[ContentFile], targets: dict[str, Targets]) -> list[Problem]:
    """An error for each reference to an id that no file defines (with a close match, if there is one)."""
    problems = []
    for file in files:
        if file.source is None:
            continue
        for loc, ref, ident in references_in(MODELS[file.kind], file.source.data):
            known = targets[ref.target]
            if ident in known.ids or not known.can_tell(ident):
                continue
            problems.append(file.source.problem(
                loc, f"unknown {known.what} '{ident}'{did_you_mean(ident, known.ids)} (add it to {known.where} first)"))
    return problems
