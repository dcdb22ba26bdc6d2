"""Every field of every JSON Schema says what it means: the content schemas that editors see as they type
(schema/, from the models) and the open data schemas published with the data (generator/render/schemas/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILES = sorted((ROOT / "schema").glob("*.schema.json")) + sorted((ROOT / "generator" / "render" / "schemas").glob("*.schema.json"))


def undescribed(node, where: str = "#") -> list[str]:
    """The JSON pointer of each property, anywhere in a schema, that has no description."""
    found = []
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            found += [f"{where}/properties/{name}" for name, spec in properties.items()
                      if not (isinstance(spec, dict) and str(spec.get("description", "")).strip())]
        for key, value in node.items():
            found += undescribed(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += undescribed(value, f"{where}/{index}")
    return found


def test_there_are_schemas_to_walk():
    names = {path.name for path in SCHEMA_FILES}
    assert {"meeting.schema.json", "people.schema.json", "decision-notices.schema.json"} <= names


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_property_has_a_description(path):
    missing = undescribed(json.loads(path.read_text(encoding="utf-8")))
    assert missing == [], f"{path.relative_to(ROOT)}: properties without a description: {', '.join(missing)}"


def test_the_walk_names_an_undescribed_property_wherever_it_is():
    schema = {
        "properties": {"title": {"type": "string", "description": "The title."}, "date": {"type": "string"}},
        "$defs": {"Item": {"properties": {"number": {"type": "integer", "description": " "},
                                          "text": {"anyOf": [{"properties": {"body": {}}}]}}}},
    }
    assert undescribed(schema) == [
        "#/properties/date",
        "#/$defs/Item/properties/number",
        "#/$defs/Item/properties/text",
        "#/$defs/Item/properties/text/anyOf/0/properties/body",
    ]
