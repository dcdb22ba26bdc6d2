"""Import one document as staff would (``run_import`` into a folder) and reduce the drafts to what a person checks."""

from __future__ import annotations

import io
import re
from pathlib import Path

import yaml

from generator.importer import run_import
from generator.load.source import load_yaml_file


def summary(source: Path, root: Path, out: Path) -> dict:
    """What the import of ``source`` gave, in the form of the files under tests/importer/expected/."""
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run_import(source, root, out, stdout=stdout, stderr=stderr)
    printed = stdout.getvalue()
    result: dict = {}
    layout = re.search(r": layout (\S+) \(", printed)
    if code != 0:
        error = stderr.getvalue().strip()
        assert error.startswith("papers import: ") and "\n" not in error and "Traceback" not in error, error
        result["refused"] = error.split(": ", 2)[-1]
        return result
    result["layout"] = layout.group(1) if layout else None
    meetings = []
    for path in sorted(out.rglob("*.yaml"), key=lambda p: (p.parent.name, _order(p))):
        data = load_yaml_file(path, path.name).data
        if "reference" in data:  # a decision
            result.setdefault("decisions", []).append({str(data["reference"]): data.get("title")})
            if result["layout"] == "decision-notice":
                result["notice"] = {k: str(data[k]) for k in ("date", "signed_on", "decision") if k in data}
                result["notice"]["part_2"] = data.get("missing", {}).get("restricted", "")[:40]
            continue
        meeting: dict = {"date": str(data["date"]), "body": data["body"]}
        if data.get("start_time"):
            meeting["start_time"] = data["start_time"]
        if data.get("agenda"):
            meeting["items"] = [f"{a['number']} {a.get('title')}" for a in data["agenda"]]
        if data.get("minutes"):
            items = data["minutes"]["items"]
            meeting["minutes"] = [f"{m['number']} {m.get('title')}" for m in items]
            resolutions = [f"{m['number']} {r['text']}" for m in items for r in m.get("resolutions", [])]
            if resolutions:
                meeting["resolutions"] = resolutions
        attendance = data.get("attendance") or {}
        for group in ("present", "also_present", "apologies"):
            if attendance.get(group):
                meeting[group] = [a["person"] for a in attendance[group]]
        if attendance.get("minute_taker"):
            meeting["minute_taker"] = attendance["minute_taker"]["person"]
        chairs = [a["person"] for g in ("present", "also_present") for a in attendance.get(g, []) if a.get("chair")]
        if chairs:
            meeting["chair"] = chairs[0]
        meetings.append(meeting)
    if meetings:
        result["meetings"] = sorted(meetings, key=lambda m: m["date"], reverse=True)
    result["unplaced"] = sorted({int(m.group(1)) for m in re.finditer(r"^line (\d+): ", printed, re.MULTILINE)})
    return result


def _order(path: Path) -> tuple:
    """Decisions in the order of their source: newest reference first, as offices list them."""
    parts = path.stem.split("-")
    return tuple(-int(p) if p.isdigit() else 0 for p in reversed(parts))


def expected(path: Path) -> dict:
    """An expectation file, with dates as text as ``summary`` gives them."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.pop("document", None)
    data.pop("notes", None)
    for meeting in data.get("meetings", []):
        meeting["date"] = str(meeting["date"])
    data["meetings"] = sorted(data.get("meetings", []), key=lambda m: m["date"], reverse=True)
    if not data["meetings"]:
        del data["meetings"]
    if "decisions" in data:
        data["decisions"] = [{str(k): v for k, v in entry.items()} for entry in data["decisions"]]
    if "refused" in data:
        return {"refused": data["refused"]}
    data.setdefault("unplaced", [])
    return data
