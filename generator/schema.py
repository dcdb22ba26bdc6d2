"""JSON Schemas of the content files, for editors that autocomplete fields and flag mistakes as staff type.

Each content file can name its schema on its first line, for example
``# yaml-language-server: $schema=../../../schema/meeting.schema.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

from generator import models

SCHEMAS = {
    "meeting": models.Meeting,
    "people": models.PeopleFile,
    "topics": models.TopicsFile,
    "glossary": models.GlossaryFile,
    "metrics": models.MetricsFile,
    "plan": models.Plan,
    "report": models.ProgressReport,
    "assessment": models.Assessment,
    "assessment-section": models.AssessmentSection,
    "page": models.Page,
    "body": models.Body,
    "decision": models.DecisionNotice,
    "interests": models.InterestsRegister,
}


def schema_texts() -> dict[str, str]:
    """File name -> JSON Schema text, stable from run to run."""
    texts = {}
    for name, model in SCHEMAS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        texts[f"{name}.schema.json"] = json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return texts


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written
