"""The Data page: each download the site offers, its columns or its fields (read from the published JSON
Schemas), and the data file of each meeting."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Optional

from generator.derive import paths
from generator.derive.site import Site
from generator.render.opendata import FIGURE_COLUMNS, FIGURES_CSV, PEOPLE_JSON, SCHEMA_FILES, SCHEMA_FOLDER
from generator.render.register import CSV_COLUMNS as DECISION_COLUMNS
from generator.render.register import CSV_FILE as DECISIONS_CSV


def schemas() -> dict[str, dict]:
    """Kind ('meeting', 'people') -> its JSON Schema."""
    return {kind: json.loads((SCHEMA_FOLDER / name).read_text(encoding="utf-8")) for kind, name in SCHEMA_FILES.items()}


@dataclass(frozen=True)
class Field:
    """A column or field of a data file, as the Data page lists it."""

    name: str
    type: str
    description: str


def _type(schema: dict, defs: dict) -> str:
    if "$ref" in schema:
        return _type(defs[schema["$ref"].rsplit("/", 1)[-1]], defs)
    if "const" in schema:
        return f"always {schema['const']}"
    if "enum" in schema:
        return "one of " + ", ".join("null" if v is None else str(v) for v in schema["enum"])
    if "anyOf" in schema or "oneOf" in schema:
        options = schema.get("anyOf", schema.get("oneOf", []))
        inherited = {"type": schema["type"]} if "type" in schema else {}
        return " or ".join(_type({**inherited, **s} if "$ref" not in s else s, defs) for s in options)
    kind = schema.get("type", "any")
    if isinstance(kind, list):
        kind = " or ".join(kind)
    if schema.get("format"):
        kind += f" ({schema['format']})"
    return kind


def schema_fields(schema: dict, defs: Optional[dict] = None, prefix: str = "") -> list[Field]:
    """Every field a JSON Schema describes, nested ones as 'agenda[].minutes[].url'."""
    defs = defs if defs is not None else schema.get("$defs", {})
    if "$ref" in schema:
        schema = defs[schema["$ref"].rsplit("/", 1)[-1]]
    fields = []
    for name, sub in schema.get("properties", {}).items():
        target = defs[sub["$ref"].rsplit("/", 1)[-1]] if "$ref" in sub else sub
        full = f"{prefix}{name}"
        fields.append(Field(full, _type(sub, defs), sub.get("description", target.get("description", ""))))
        if "properties" in target:
            fields += schema_fields(target, defs, full + ".")
        items = target.get("items")
        if isinstance(items, dict):
            item = defs[items["$ref"].rsplit("/", 1)[-1]] if "$ref" in items else items
            if "properties" in item:
                fields += schema_fields(item, defs, full + "[].")
        for option in target.get("anyOf", []):
            if "$ref" in option or "properties" in option:
                fields += schema_fields(option, defs, full + ".")
    return fields


def data_catalogue(site: Site) -> dict:
    """What the Data page lists: each download, its columns or fields, and the files of each meeting."""
    kinds = schemas()
    schema_files = {kind: f"data/schemas/{name}" for kind, name in SCHEMA_FILES.items()}
    return {
        "decisions_csv": DECISIONS_CSV,
        "decision_columns": [Field(name, "", text) for name, text in DECISION_COLUMNS],
        "figures_csv": FIGURES_CSV,
        "figure_columns": [Field(name, "", text) for name, text in FIGURE_COLUMNS],
        "people_json": PEOPLE_JSON,
        "people_fields": schema_fields(kinds["people"]),
        "meeting_fields": schema_fields(kinds["meeting"]),
        "meetings": [(view, paths.meeting_json(view.id)) for view in site.meetings],
        "schemas": schema_files,
        "record": [
            ("bodies", paths.BODIES_JSON, "Bodies and committees: each body, its kind, members with their terms, and its meetings.",
             schema_files["body"], schema_fields(kinds["body"])),
            ("decision-notices", paths.NOTICES_JSON, "Formal decisions: each decision notice (also as CSV, one row a notice). "
             "A restricted part is never included, only the paragraph that exempts it.", schema_files["decision-notice"],
             schema_fields(kinds["decision-notice"])),
            ("interests", paths.INTERESTS_JSON, "Registers of interests: each person's dated entries.", schema_files["interests"],
             schema_fields(kinds["interests"])),
        ],
        "notices_csv": paths.NOTICES_CSV,
        "tables": len(site.tables),
    }
