"""A file's data seen through its model one field at a time, so one bad field never hides another.

pydantic builds a model only when every field of it is valid. The checks that look across fields
and files (numbering, duplicates, the date in a file name) must still run on a file with a
mistake in it, so they read the data through a ``View``: each field's value as the model would
have it when that field is valid on its own, or None when it is absent-and-required or has an
error of its own (already reported where it is). A file that validated is read from its model.
"""

from __future__ import annotations

import functools
import types
import typing
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from generator.load.source import Loc

_CONFIG = ConfigDict(str_strip_whitespace=True)  # as the content models have it


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _models_in(typing.get_args(annotation)[0])
    if origin in (list, dict, typing.Union, types.UnionType):
        return [m for arg in typing.get_args(annotation) for m in _models_in(arg)]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return []


@functools.cache
def _adapter(model: type[BaseModel], name: str) -> TypeAdapter:
    field = model.model_fields[name]
    annotation = typing.Annotated[(field.annotation, *field.metadata)] if field.metadata else field.annotation
    if _models_in(field.annotation):
        return TypeAdapter(annotation)
    return TypeAdapter(annotation, config=_CONFIG)


def item_model(model: type[BaseModel], name: str) -> type[BaseModel]:
    """The model of the entries of a list field (or of a field holding one object)."""
    found = _models_in(model.model_fields[name].annotation)
    if not found:
        raise TypeError(f"{model.__name__}.{name} holds no content objects")
    return found[-1]


class View:
    """One object of a file's data, read field by field (``get``) or list by list (``each``)."""

    def __init__(self, model: type[BaseModel], data: Any, loc: Loc = (), instance: Optional[BaseModel] = None):
        self.model = model
        self.data = data
        self.loc = tuple(loc)
        self.instance = instance

    def __repr__(self) -> str:
        return f"View({self.model.__name__} at {self.loc})"

    def get(self, name: str) -> Any:
        """The field's value (its default when left out), or None when it is not valid on its own."""
        if self.instance is not None:
            return getattr(self.instance, name)
        field = self.model.model_fields[name]
        if not isinstance(self.data, dict):
            return None
        if name not in self.data:
            return None if field.is_required() else field.get_default(call_default_factory=True)
        try:
            return _adapter(self.model, name).validate_python(self.data[name])
        except ValidationError:
            return None

    def one(self, name: str) -> Optional["View"]:
        """The object held by a field, or None when there is none."""
        child = item_model(self.model, name)
        if self.instance is not None:
            value = getattr(self.instance, name)
            return View(child, None, self.loc + (name,), value) if isinstance(value, BaseModel) else None
        if not isinstance(self.data, dict) or not isinstance(self.data.get(name), dict):
            return None
        return View(child, self.data[name], self.loc + (name,))

    def each(self, name: str) -> list["View"]:
        """A view of each entry of a list field, in order, at its own place in the file."""
        child = item_model(self.model, name)
        if self.instance is not None:
            values = getattr(self.instance, name)
            return [View(child, None, self.loc + (name, i), value) for i, value in enumerate(values)]
        values = self.data.get(name) if isinstance(self.data, dict) else None
        if not isinstance(values, list):
            return []
        return [View(child, value, self.loc + (name, i)) for i, value in enumerate(values)]

    def complete(self, name: str, field: str) -> bool:
        """Whether every entry of the list field ``name`` has a valid ``field`` (so a lookup can be trusted)."""
        if self.instance is not None:
            return True
        values = self.data.get(name) if isinstance(self.data, dict) else None
        if values is None and not self.model.model_fields[name].is_required():
            return True
        return isinstance(values, list) and all(entry.get(field) is not None for entry in self.each(name))
