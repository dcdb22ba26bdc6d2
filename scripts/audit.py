"""Audit the pinned Python dependencies for known vulnerabilities: `make audit`.

Runs pip-audit on requirements.txt (exact pins, so --no-deps and --disable-pip: nothing is
installed or resolved) and reads its JSON report. Every finding is printed; the audit fails when

- a vulnerability has a fixed release (``fix_versions`` is not empty): upgrade the pin;
- a dependency could not be audited (pip-audit's ``skip_reason``), or pip-audit gave no report
  at all: then nothing can be said about it, so it must not pass as "no known vulnerabilities".
  This is what happens when the vulnerability service cannot be reached or answers "not found"
  for every release.

A vulnerability with no fixed release yet is printed but does not fail the audit: there is
nothing to upgrade to. Read its description and decide whether the site is affected.

    python scripts/audit.py                      # run pip-audit (service pypi) on requirements.txt
    python scripts/audit.py --service osv        # ask OSV instead
    python scripts/audit.py --report audit.json  # decide on a report pip-audit already wrote (-f json)

Exit status: 0 passed, 1 a vulnerability with a fix, 2 the audit was incomplete or could not run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSED, FIXABLE, INCOMPLETE = 0, 1, 2
DESCRIPTION_CHARS = 160


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


@dataclass
class Verdict:
    """What a pip-audit report says, as lines to print and counts to decide on."""

    lines: list[str] = field(default_factory=list)
    audited: int = 0
    fixable: int = 0
    unfixed: int = 0
    unaudited: int = 0
    problem: str = ""  # the report itself could not be read

    @property
    def status(self) -> int:
        if self.fixable:
            return FIXABLE
        if self.unaudited or self.problem:
            return INCOMPLETE
        return PASSED

    @property
    def summary(self) -> str:
        if self.problem:
            return f"audit FAILED: {self.problem}"
        counts = (f"{_count(self.audited, 'dependency', 'dependencies')} audited, "
                  f"{_count(self.fixable, 'vulnerability', 'vulnerabilities')} with a fix, "
                  f"{self.unfixed} without a fix yet, {self.unaudited} not audited")
        if self.fixable:
            return f"audit FAILED ({counts}): upgrade the pins in requirements.txt to a fixed release"
        if self.unaudited:
            return (f"audit FAILED ({counts}): what could not be audited cannot be called safe; "
                    "check that the vulnerability service is reachable")
        if self.unfixed:
            return f"audit passed ({counts}); read the vulnerabilities without a fix and decide whether the site is affected"
        return f"audit passed ({counts})"


def _vulnerability_line(name: str, version: str, vuln: dict) -> tuple[str, bool]:
    ident = str(vuln.get("id") or "(no id)")
    aliases = [str(a) for a in vuln.get("aliases") or [] if a != ident]
    fixes = [str(v) for v in vuln.get("fix_versions") or []]
    label = ident + (f" ({', '.join(aliases)})" if aliases else "")
    if fixes:
        line = f"VULNERABLE, fix available: {name} {version}: {label}; fixed in {', '.join(fixes)}"
    else:
        line = f"vulnerable, no fix yet: {name} {version}: {label}"
    description = " ".join(str(vuln.get("description") or "").split())
    if description:
        if len(description) > DESCRIPTION_CHARS:
            description = description[:DESCRIPTION_CHARS - 3].rstrip() + "..."
        line += f"\n    {description}"
    return line, bool(fixes)


def decide(report: object) -> Verdict:
    """The verdict on a pip-audit JSON report (``{"dependencies": [...], "fixes": [...]}``)."""
    verdict = Verdict()
    if not isinstance(report, dict) or not isinstance(report.get("dependencies"), list):
        verdict.problem = "the report is not pip-audit's JSON (no list of dependencies)"
        return verdict
    skipped = []
    for dep in report["dependencies"]:
        if not isinstance(dep, dict):
            verdict.problem = f"the report lists a dependency that is not an object: {dep!r}"
            return verdict
        name = str(dep.get("name", "?"))
        if "skip_reason" in dep:
            verdict.unaudited += 1
            skipped.append(f"{name}: {dep['skip_reason']}")
            continue
        verdict.audited += 1
        version = str(dep.get("version", "?"))
        for vuln in dep.get("vulns") or []:
            line, fixable = _vulnerability_line(name, version, vuln)
            verdict.lines.append(line)
            if fixable:
                verdict.fixable += 1
            else:
                verdict.unfixed += 1
    if skipped and not verdict.audited:
        # Every dependency skipped: the service is almost certainly unreachable; one line says it.
        verdict.lines.append(f"not audited: all {len(skipped)} dependencies, the first: {skipped[0]}")
    else:
        verdict.lines.extend(f"not audited: {line}" for line in skipped)
    if not report["dependencies"]:
        verdict.problem = "the report lists no dependencies at all"
    return verdict


def run_pip_audit(service: str, requirements: Path, timeout: int) -> tuple[object, str]:
    """pip-audit's parsed JSON report (None if it gave none) and what it said on stderr."""
    command = [
        sys.executable, "-m", "pip_audit",
        "--requirement", str(requirements), "--no-deps", "--disable-pip",
        "--vulnerability-service", service, "--format", "json",
        "--aliases", "on", "--desc", "on", "--progress-spinner", "off", "--timeout", str(timeout),
    ]
    try:
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    except OSError as error:
        return None, f"could not start pip-audit: {error}"
    try:
        return json.loads(result.stdout), result.stderr
    except json.JSONDecodeError:
        return None, result.stderr or result.stdout or f"pip-audit exited with status {result.returncode} and said nothing"


def _last_line(text: str) -> str:
    """The last thing pip-audit said (after a traceback, the error itself)."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "(nothing)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--service", choices=("pypi", "osv"), default="pypi", help="the vulnerability service pip-audit asks (default: pypi)")
    parser.add_argument("-r", "--requirement", type=Path, default=ROOT / "requirements.txt", help="the pinned requirements (default: requirements.txt)")
    parser.add_argument("--timeout", type=int, default=30, help="seconds pip-audit waits for the service")
    parser.add_argument("--report", help="decide on this pip-audit JSON report instead of running pip-audit ('-' reads standard input)")
    args = parser.parse_args(argv)

    if args.report:
        source = f"report {args.report}"
        try:
            text = sys.stdin.read() if args.report == "-" else Path(args.report).read_text(encoding="utf-8")
            report = json.loads(text)
        except (OSError, json.JSONDecodeError) as error:
            print(f"audit FAILED: cannot read the report {args.report}: {error}")
            return INCOMPLETE
    else:
        source = f"pip-audit --vulnerability-service {args.service} on {args.requirement.name}"
        report, said = run_pip_audit(args.service, args.requirement, args.timeout)
        if report is None:
            print(f"audit FAILED: {source} gave no report; it said:\n    {_last_line(said)}")
            return INCOMPLETE

    verdict = decide(report)
    print(f"{source}:")
    for line in verdict.lines:
        print("  " + line)
    print(verdict.summary)
    return verdict.status


if __name__ == "__main__":
    sys.exit(main())
