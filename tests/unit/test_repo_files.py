"""The files around the content: CI workflow, pre-commit hook, editor schemas and the staff guide."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from generator.load.tree import classify
from generator.schema import schema_texts

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
SCHEMA = ROOT / "schema"
WORKFLOW = ROOT / ".github" / "workflows" / "papers.yml"
PRE_COMMIT = ROOT / ".pre-commit-config.yaml"
GUIDE = ROOT / "docs" / "publishing-guide.md"
SCHEMA_LINE = re.compile(r"^# yaml-language-server: \$schema=(?P<path>\S+)$")
NO_SCHEMA_YET: set[str] = set()  # every content file kind has its JSON Schema


def _steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_workflow_runs_on_pull_requests_and_pushes_to_main(workflow):
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "pull_request" in triggers
    assert triggers["push"]["branches"] == ["main"]


def test_workflow_checks_builds_and_tests(workflow):
    commands = [step.get("run", "") for step in _steps(workflow)]
    for target in ("make check", "make site", "make test"):
        assert any(re.search(rf"^\s*{target}\b", command, re.M) for command in commands), target


def test_workflow_deploys_main_to_pages(workflow):
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"]["pages"] == "write"
    assert deploy["permissions"]["id-token"] == "write"
    assert "refs/heads/main" in deploy["if"]
    assert any(step.get("uses", "").startswith("actions/deploy-pages@") for step in deploy["steps"])


def test_workflow_actions_are_pinned_to_major_tags(workflow):
    used = [step["uses"] for step in _steps(workflow) if "uses" in step]
    assert used
    for action in used:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+", action), action


def test_pre_commit_hook_runs_papers_check_on_content():
    config = yaml.safe_load(PRE_COMMIT.read_text(encoding="utf-8"))
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    check = [hook for hook in hooks if "papers check" in hook["entry"]]
    assert len(check) == 1
    assert check[0]["language"] == "system"
    assert check[0]["files"] == "^content/"
    assert check[0].get("pass_filenames") is False


def _content_yaml() -> list[Path]:
    return sorted(p for p in CONTENT.rglob("*.yaml") if p.relative_to(CONTENT).as_posix() not in NO_SCHEMA_YET)


@pytest.mark.parametrize("path", _content_yaml(), ids=lambda p: p.relative_to(CONTENT).as_posix())
def test_content_file_names_its_schema_on_the_first_line(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = SCHEMA_LINE.match(first)
    assert match, f"{path.relative_to(ROOT)}: the first line must be '# yaml-language-server: $schema=<path to schema>'"
    schema = (path.parent / match["path"]).resolve()
    assert schema.is_file(), f"{path.relative_to(ROOT)} names {match['path']}, which does not exist"
    found = classify(path.relative_to(CONTENT).as_posix())
    assert found, f"{path.relative_to(ROOT)} is not a kind of content"
    assert schema == (SCHEMA / f"{found[0]}.schema.json").resolve()


def test_vscode_maps_every_schema_it_names_to_content():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    assert mapping
    for schema, globs in mapping.items():
        assert (ROOT / schema).is_file(), schema
        assert all(glob.startswith("content/") for glob in globs), globs


def test_committed_schemas_are_up_to_date():
    expected = schema_texts()
    committed = {p.name: p.read_text(encoding="utf-8") for p in SCHEMA.glob("*.json")}
    stale = sorted(name for name in expected if committed.get(name) != expected[name])
    extra = sorted(set(committed) - set(expected))
    assert not stale and not extra, (
        f"schema/ is out of date (stale: {stale}, not generated: {extra}); run `.venv/bin/papers schema`"
    )


def test_publishing_guide_exists_and_is_linked():
    guide = GUIDE.read_text(encoding="utf-8")
    assert "papers check" in guide
    assert "docs/publishing-guide.md" in (ROOT / "README.md").read_text(encoding="utf-8")
