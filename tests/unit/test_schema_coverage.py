"""The JSON Schemas in schema/ document the content: every kind of content file has one, every field any
content file uses is in it, and every kind of object in it says what it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from generator.load.tree import RULES, classify

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "schema"
CONTENT_TREES = [ROOT / "content", ROOT / "tests" / "fixture" / "content"]
SCHEMA_OF = {"section": "assessment-section"}  # content kind -> schema name, where they differ
NOT_DATA = {"document"}  # original documents (PDF, Word ...), kept as the office published them


def schema_for(kind: str) -> dict:
    return json.loads((SCHEMA / f"{SCHEMA_OF.get(kind, kind)}.schema.json").read_text(encoding="utf-8"))


def _resolve(node: dict, defs: dict) -> list[dict]:
    """The object schemas a value at ``node`` may be (following $ref, anyOf and array items)."""
    if "$ref" in node:
        return _resolve(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
    found = []
    for option in node.get("anyOf", []) + node.get("oneOf", []):
        found += _resolve(option, defs)
    if node.get("type") == "object" or "properties" in node:
        found.append(node)
    return found


def undocumented(value, node: dict, defs: dict, where: str) -> list[str]:
    """Every key of ``value`` (at any depth) that the schema at ``node`` does not declare."""
    wrong = []
    if isinstance(value, dict):
        objects = _resolve(node, defs)
        properties = {k: v for o in objects for k, v in o.get("properties", {}).items()}
        free = any(o.get("additionalProperties") not in (None, False) and not o.get("properties") for o in objects)
        for key, sub in value.items():
            if key in properties:
                wrong += undocumented(sub, properties[key], defs, f"{where}.{key}")
            elif not free:
                wrong.append(f"{where}.{key}")
    elif isinstance(value, list):
        items = [o.get("items", {}) for o in [node] + [d for d in _resolve_lists(node, defs)]]
        for i, sub in enumerate(value):
            for item in items:
                if item:
                    wrong += undocumented(sub, item, defs, f"{where}[{i}]")
                    break
    return wrong


def _resolve_lists(node: dict, defs: dict) -> list[dict]:
    if "$ref" in node:
        return _resolve_lists(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
    found = [o for o in node.get("anyOf", []) if o.get("type") == "array"]
    return found


def _data(path: Path):
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".md":
        text = text.split("---", 2)[1]
    return yaml.safe_load(text)


def content_files() -> list[tuple[Path, str]]:
    found = []
    for tree in CONTENT_TREES:
        for path in sorted(tree.rglob("*")):
            kind = classify(path.relative_to(tree).as_posix()) if path.is_file() else None
            if kind and kind[0] not in NOT_DATA:
                found.append((path, kind[0]))
    return found


def test_every_kind_of_content_file_has_a_schema():
    kinds = {rule.kind for rule in RULES} - NOT_DATA
    assert sorted(k for k in kinds if not (SCHEMA / f"{SCHEMA_OF.get(k, k)}.schema.json").is_file()) == []


@pytest.mark.parametrize("path,kind", content_files(), ids=lambda v: v.relative_to(ROOT).as_posix() if isinstance(v, Path) else v)
def test_every_field_the_content_uses_is_in_its_schema(path, kind):
    schema = schema_for(kind)
    assert undocumented(_data(path), schema, schema.get("$defs", {}), path.name) == []


def test_every_kind_of_object_in_the_schemas_says_what_it_is():
    wrong = []
    for path in sorted(SCHEMA.glob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        objects = {"(the file)": schema, **schema.get("$defs", {})}
        wrong += [f"{path.name}: {name}" for name, node in objects.items()
                  if (node.get("type") == "object" or "properties" in node) and not node.get("description")]
    assert wrong == []


def test_the_coverage_check_finds_a_field_the_schema_does_not_declare():
    schema = schema_for("meeting")
    assert undocumented({"kind": "finance", "date": "2021-01-01", "venue_notes": "x"}, schema, schema["$defs"], "m") == ["m.venue_notes"]
    nested = {"agenda": [{"number": 1, "speaker": "x"}]}
    assert undocumented(nested, schema, schema["$defs"], "m") == ["m.agenda[0].speaker"]
