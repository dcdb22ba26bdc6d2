"""scripts/audit.py: fail on a vulnerability with a fix, print the rest, never pass what was not audited."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "audit.py"


@pytest.fixture(scope="module")
def audit():
    spec = importlib.util.spec_from_file_location("audit_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


def dep(name: str, version: str, *vulns: dict) -> dict:
    return {"name": name, "version": version, "vulns": list(vulns)}


FIXABLE = {
    "id": "GHSA-aaaa-bbbb-cccc",
    "fix_versions": ["3.1.7", "3.2.1"],
    "aliases": ["CVE-2099-0001"],
    "description": "A crafted template can run code.",
}
UNFIXED = {"id": "PYSEC-2099-2", "fix_versions": [], "aliases": [], "description": "No release fixes this yet."}


def report(*deps: dict) -> dict:
    return {"dependencies": list(deps), "fixes": []}


def run_on(audit, tmp_path, data, capsys) -> tuple[int, str]:
    path = tmp_path / "audit.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    status = audit.main(["--report", str(path)])
    return status, capsys.readouterr().out


def test_a_vulnerability_with_a_fix_fails_the_audit(audit, tmp_path, capsys):
    data = report(dep("jinja2", "3.1.6", FIXABLE), dep("pyyaml", "6.0.3"))
    verdict = audit.decide(data)
    assert (verdict.status, verdict.fixable, verdict.unfixed, verdict.audited) == (audit.FIXABLE, 1, 0, 2)

    status, out = run_on(audit, tmp_path, data, capsys)
    assert status == 1
    assert "VULNERABLE, fix available: jinja2 3.1.6: GHSA-aaaa-bbbb-cccc (CVE-2099-0001); fixed in 3.1.7, 3.2.1" in out
    assert "A crafted template can run code." in out
    assert "audit FAILED" in out


def test_a_vulnerability_without_a_fix_passes_but_is_printed(audit, tmp_path, capsys):
    data = report(dep("nh3", "0.3.7", UNFIXED), dep("pyyaml", "6.0.3"))
    verdict = audit.decide(data)
    assert (verdict.status, verdict.fixable, verdict.unfixed) == (audit.PASSED, 0, 1)

    status, out = run_on(audit, tmp_path, data, capsys)
    assert status == 0
    assert "vulnerable, no fix yet: nh3 0.3.7: PYSEC-2099-2" in out
    assert "No release fixes this yet." in out
    assert "audit passed" in out and "1 without a fix yet" in out


def test_no_vulnerabilities_pass(audit, tmp_path, capsys):
    data = report(dep("jinja2", "3.1.6"), dep("pyyaml", "6.0.3"))
    verdict = audit.decide(data)
    assert (verdict.status, verdict.lines) == (audit.PASSED, [])

    status, out = run_on(audit, tmp_path, data, capsys)
    assert status == 0
    assert "audit passed (2 dependencies audited, 0 vulnerabilities with a fix" in out


def test_a_fixable_vulnerability_fails_even_beside_unfixed_ones(audit):
    verdict = audit.decide(report(dep("jinja2", "3.1.6", UNFIXED, FIXABLE)))
    assert (verdict.status, verdict.fixable, verdict.unfixed, len(verdict.lines)) == (audit.FIXABLE, 1, 1, 2)


def test_a_dependency_that_could_not_be_audited_is_not_a_pass(audit, tmp_path, capsys):
    skipped = {"name": "babel", "skip_reason": "Dependency not found on PyPI and could not be audited: babel (2.18.0)"}
    data = report(dep("jinja2", "3.1.6"), skipped)
    assert audit.decide(data).status == audit.INCOMPLETE

    status, out = run_on(audit, tmp_path, data, capsys)
    assert status == 2
    assert "not audited: babel: Dependency not found on PyPI" in out


def test_when_nothing_could_be_audited_one_line_says_so(audit):
    data = report(*({"name": f"p{i}", "skip_reason": f"not found: p{i}"} for i in range(40)))
    verdict = audit.decide(data)
    assert verdict.status == audit.INCOMPLETE
    assert verdict.lines == ["not audited: all 40 dependencies, the first: p0: not found: p0"]


@pytest.mark.parametrize("data", [[], {}, {"dependencies": "x"}, {"dependencies": []}, {"dependencies": ["jinja2"]}])
def test_what_is_not_a_usable_report_fails(audit, data):
    verdict = audit.decide(data)
    assert verdict.status == audit.INCOMPLETE
    assert verdict.summary.startswith("audit FAILED: ")


def test_an_unreadable_report_fails_with_a_message(audit, tmp_path, capsys):
    path = tmp_path / "audit.json"
    path.write_text("not json", encoding="utf-8")
    assert audit.main(["--report", str(path)]) == 2
    assert capsys.readouterr().out.startswith(f"audit FAILED: cannot read the report {path}")


def test_pip_audit_giving_no_report_fails_with_its_last_words(audit, monkeypatch, capsys):
    said = ("Traceback (most recent call last):\n  File \"x\", line 1\n"
            "requests.exceptions.ConnectionError: Failed to resolve 'api.osv.dev'\n")
    seen = []

    def fake_run(command, **kwargs):
        seen.append(command)
        return subprocess.CompletedProcess(command, 1, stdout="", stderr=said)

    monkeypatch.setattr(audit.subprocess, "run", fake_run)
    assert audit.main(["--service", "osv"]) == 2
    out = capsys.readouterr().out
    assert "gave no report" in out and "ConnectionError: Failed to resolve 'api.osv.dev'" in out
    assert "Traceback" not in out
    command = seen[0]
    for flag in ("--no-deps", "--disable-pip"):
        assert flag in command
    assert command[command.index("--vulnerability-service") + 1] == "osv"
    assert command[command.index("--format") + 1] == "json"


def test_pip_audit_exiting_1_with_a_report_is_decided_on_the_report(audit, monkeypatch, capsys):
    data = report(dep("nh3", "0.3.7", UNFIXED))
    monkeypatch.setattr(audit.subprocess, "run",
                        lambda command, **kwargs: subprocess.CompletedProcess(command, 1, stdout=json.dumps(data), stderr=""))
    assert audit.main([]) == 0
    assert "vulnerable, no fix yet: nh3 0.3.7" in capsys.readouterr().out
