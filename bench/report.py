"""The benchmark's report: the table of figures against the targets, how each is taken, every run.

bench/run.py measures; this module only turns its figures into Markdown. Each run of `make bench`
is appended to bench/results.md, so earlier runs stay beside the newest.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import platform
import statistics
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from bench.processes import machine as machine_figures

ROOT = Path(__file__).resolve().parents[1]
LARGE = 1000
KB = 1024

TARGETS = {  # at 1,000 meetings
    "cold": ("< 90 s", lambda v: v < 90),
    "forced": ("< 30 s", lambda v: v < 30),
    "edit": ("< 10 s", lambda v: v < 10),
    "add": ("< 15 s", lambda v: v < 15),
    "serve_first": ("< 30 s", lambda v: v < 30),
    "serve_edit": ("< 5 s", lambda v: v < 5),
    "largest_page": ("< 500 KB", lambda v: v < 500 * KB),
    "meeting_page_max": ("< 150 KB", lambda v: v < 150 * KB),
    "peak_rss": ("< 2 GB", lambda v: v < 2 * 1024 ** 3),
    "search_after_last_key": ("< 1 s", lambda v: v < 1),
    "search_bytes_gzip": ("< 300 KB", lambda v: v < 300 * KB),
    "identical": ("identical", lambda v: v == 0),
}


@dataclass
class SizeResult:
    meetings: int
    runs: int
    values: dict[str, list[float]] = field(default_factory=dict)
    site: dict = field(default_factory=dict)
    info: dict = field(default_factory=dict)

    def add(self, key: str, value: float) -> None:
        self.values.setdefault(key, []).append(value)

    def median(self, key: str) -> Optional[float]:
        values = self.values.get(key)
        return statistics.median(values) if values else None


def machine() -> dict:
    versions = {}
    for name in ("mkdocs", "mkdocs-material", "pymdown-extensions", "matplotlib", "Jinja2", "pydantic", "PyYAML", "playwright", "pagefind"):
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "not installed"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "generator", "templates", "mkdocs.yml"],
                           cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return {
        **machine_figures(), "python": platform.python_version(),
        "versions": versions, "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "kernel": platform.release(),
        "commit": commit + (" with uncommitted changes to generator/, templates/ or mkdocs.yml" if dirty else ""),
    }


def seconds(value: Optional[float]) -> str:
    if value is None:
        return "-"
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"


def size(value: Optional[float]) -> str:
    if value is None:
        return "-"
    if value >= 2 ** 30:
        return f"{value / 2 ** 30:.2f} GB"
    if value >= 2 ** 20:
        return f"{value / 2 ** 20:.1f} MB"
    return f"{value / 1024:.0f} KB"


def percent(value: Optional[float]) -> str:
    return "-" if value is None else f"{value * 100:.0f} %"


def rows(results: list[SizeResult]) -> list[tuple[str, Optional[str], list[str], Optional[bool]]]:
    """(label, target key, a cell per size, whether 1,000 meetings met the target)."""
    m = lambda key: (lambda r: r.median(key))  # noqa: E731
    biggest = lambda key: (lambda r: max(r.values[key]) if r.values.get(key) else None)  # noqa: E731
    table = [
        ("Cold build (`papers build`, empty build/: every chart drawn, every page converted)", "cold", m("cold"), seconds),
        ("- of which generate() (load, check, derive, charts, render, write)", None, m("gen_cold"), seconds),
        ("- of which MkDocs", None, m("mkdocs_cold"), seconds),
        ("- of which the search index (Pagefind)", None, m("index_cold"), seconds),
        ("- CPU time of the build's processes", None, m("cold_cpu"), seconds),
        ("Build with nothing changed", None, m("warm"), seconds),
        ("Full rebuild, charts cached, no page cached (what a change to a template costs)", "forced", m("forced"), seconds),
        ("- of which generate()", None, m("gen_forced"), seconds),
        ("- of which MkDocs", None, m("mkdocs_forced"), seconds),
        ("- CPU time", None, m("forced_cpu"), seconds),
        ("Build after editing one meeting", "edit", m("edit"), seconds),
        ("- of which generate()", None, m("gen_edit"), seconds),
        ("- of which MkDocs", None, m("mkdocs_edit"), seconds),
        ("- of which the search index (Pagefind)", None, m("index_edit"), seconds),
        ("- CPU time", None, m("edit_cpu"), seconds),
        ("Build after adding one meeting", "add", m("add"), seconds),
        ("- of which generate()", None, m("gen_add"), seconds),
        ("- of which MkDocs", None, m("mkdocs_add"), seconds),
        ("- CPU time", None, m("add_cpu"), seconds),
        ("Incremental and clean builds of the same content: files that differ", "identical", biggest("differing"), lambda v: f"{v:.0f}"),
        ("`papers serve`: first page served, warm caches", "serve_first", m("serve_first"), seconds),
        ("`papers serve`: a saved edit to one meeting visible on the served page", "serve_edit", m("serve_edit"), seconds),
        ("Peak memory, build process tree (sum of RSS)", "peak_rss", biggest("peak_rss"), size),
        ("Pages (generated Markdown pages)", None, lambda r: r.info.get("pages"), lambda v: f"{v:,}"),
        ("Charts drawn on a cold build", None, lambda r: r.info.get("charts_drawn"), lambda v: f"{v:,}"),
        ("Site size", None, lambda r: r.site.get("site_bytes"), size),
        ("Files in the site", None, lambda r: r.site.get("site_files"), lambda v: f"{v:,}"),
        ("Largest page (HTML)", "largest_page", lambda r: r.site.get("largest_page"), size),
        ("Largest meeting page (HTML)", "meeting_page_max", lambda r: r.site.get("meeting_page_max"), size),
        ("Median meeting page (HTML)", None, lambda r: r.site.get("meeting_page_median"), size),
        ("Search index on disk (all of site/pagefind)", None, lambda r: r.site.get("search_index_bytes"), size),
        ("Search: first result, from the last key press (Chromium)", "search_after_last_key", m("search_after_last_key"), seconds),
        ("- from the first key press", None, m("search_first"), seconds),
        ("Search: bytes for the first query from a server that gzips text", "search_bytes_gzip", m("search_bytes_gzip"), size),
        ("- the same uncompressed", None, m("search_bytes"), size),
        ("Words per meeting page (article text)", None, lambda r: r.site.get("words_per_meeting"), lambda v: f"{v:,.0f}"),
        ("Charts per meeting", None, lambda r: r.site.get("charts_per_meeting"), lambda v: f"{v:.1f}"),
    ]
    out = []
    for label, key, get, fmt in table:
        cells = ["-" if get(r) is None else fmt(get(r)) for r in results]
        verdict = None
        large = [r for r in results if r.meetings == LARGE]
        if key and large and get(large[0]) is not None:
            verdict = TARGETS[key][1](get(large[0]))
        out.append((label, key, cells, verdict))
    return out


TITLE = "# Build benchmark"

HOW = """Every run of `make bench` (`bench/run.py`) is appended below, newest last; the README's performance
table comes from the newest run at 1,000 meetings. The machine is shared, so the load average is
given for each size, with CPU times, which other work disturbs less than wall-clock times.

## How each figure is taken

- Archives: `bench/synthetic.py`, seeded, 11 meetings a year, every meeting passing `papers check`, with
  the real plans, progress report, assessment, people, topics and metrics.
- Builds run as fresh processes (`bench/run.py --child-build`, which calls `generator.build.build_site`)
  with `SOURCE_DATE_EPOCH` set; times are wall-clock and include Python's start-up; generate(), MkDocs
  and Pagefind are timed inside the build. CPU time and peak memory cover the build and every process
  it starts (psutil samples the tree's resident memory every 50 ms).
- Cold: no build/ and no site/, so every chart is drawn and every page converted. Nothing changed: the
  same build again. Full rebuild: `--force` with the chart cache kept and the page cache removed, which
  is what a change to a template or to the generator costs.
- Editing one meeting changes the text of one minute of the newest meeting; adding one writes the next
  synthetic meeting. Each is built, then undone.
- Incremental against clean: the site built after the edit, through the caches, is compared file by file
  with a clean build of the same content in another folder (Pagefind's filter and metadata files,
  which Pagefind writes in a varying order, are left out).
- `papers serve`: started as staff start it, on a free port, with build/ warm from the builds before;
  the first page is the time until the newest meeting's page is served. Then one minute of that meeting
  is edited on disk and the page is fetched over HTTP until the edit is in it.
- Search: site/ is served on 127.0.0.1 by a small counting server; a new Chromium context (empty cache)
  opens the Search page and types a phrase from the newest meeting; the time runs to the first result,
  from the last and from the first key press. Bytes are everything sent for requests made after typing
  began, plus the search files the page fetched before; the gzip figure is what a server that gzips text
  would send (Pagefind's index chunks and WebAssembly are gzipped already).
"""


def report(results: list[SizeResult], info: dict, profile: str, notes: list[str]) -> str:
    """One run, as a section of bench/results.md."""
    lines = [
        f"## Run of {info['date']}",
        "",
        f"`{' '.join(info['argv'])}` on {info['cpus']} CPU(s) ({info['cpu_model']}), "
        f"{info['memory'] / 2 ** 30:.1f} GiB of memory, Linux {info['kernel']}; Python {info['python']}, "
        + ", ".join(f"{k} {v}" for k, v in info["versions"].items())
        + f", Chromium {info.get('chromium', 'not run')}; project at {info['commit']}. Each figure is the "
        "median of the runs shown under the size; peak memory and differing files are the largest of all runs.",
        "",
    ]
    header = ["", *[f"{r.meetings:,} meetings ({r.runs} run{'s' if r.runs != 1 else ''})" for r in results]]
    has_large = any(r.meetings == LARGE for r in results)
    if has_large:
        header += ["target at 1,000", "met?"]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + " --- |" * len(header))
    for label, key, cells, verdict in rows(results):
        row = [label, *cells]
        if has_large:
            row += [TARGETS[key][0] if key else "", "" if verdict is None else ("yes" if verdict else "**no**")]
        lines.append("| " + " | ".join(row) + " |")
    per_size = []
    for r in results:
        per_size.append(f"- {r.meetings:,} meetings: search phrase '{r.info.get('phrase', '-')}'; largest page "
                        f"`{r.site.get('largest_page_path', '-')}`; largest meeting page `{r.site.get('meeting_page_max_path', '-')}`; "
                        f"{r.info.get('warnings', 0):,} warnings from the checker; synthetic archive written in "
                        f"{r.info.get('synthetic_s', 0):.1f} s; load average {r.info.get('load_before', 0):.1f} before, "
                        f"{r.info.get('load_after', 0):.1f} after.")
    lines += ["", "### Details", "", *per_size, ""]
    lines += ["#### Every run", "", "| meetings | figure | runs |", "| --- | --- | --- |"]
    for r in results:
        for key, values in r.values.items():
            shown = ", ".join(size(v) if key.startswith(("peak", "search_bytes")) else f"{v:g}" if key.endswith(("requests", "differing")) else f"{v:.2f}" for v in values)
            lines.append(f"| {r.meetings:,} | {key} | {shown} |")
    if notes:
        lines += ["", "### Notes", "", *[f"- {n}" for n in notes]]
    if profile:
        lines += ["", "### Where generate() spends its time", "", profile]
    return "\n".join(lines) + "\n"


def append_run(path: Path, section: str) -> None:
    """Add one run's section to the results file; a file without this method's preamble keeps its old text under it."""
    before = path.read_text(encoding="utf-8") if path.is_file() else ""
    if HOW not in before:
        earlier = before.removeprefix(TITLE).strip("\n")
        earlier = "\n".join("#" + line if line.startswith("#") else line for line in earlier.splitlines())
        before = f"{TITLE}\n\n{HOW}" + (f"\n## Earlier runs, measured by the previous benchmark\n\n{earlier}\n" if earlier else "")
    path.write_text(before.rstrip("\n") + "\n\n" + section, encoding="utf-8")


SPREAD = {"cold": ("cold builds", "cold_cpu"), "forced": ("full rebuilds", "forced_cpu"),
          "edit": ("builds after editing a meeting", "edit_cpu"), "add": ("builds after adding a meeting", "add_cpu")}


def spread_notes(result: SizeResult) -> list[str]:
    """A note wherever wall-clock times of the same step varied much more than their CPU times did."""
    notes = []
    for key, (label, cpu_key) in SPREAD.items():
        walls, cpus = result.values.get(key, []), result.values.get(cpu_key, [])
        if len(walls) < 2 or not cpus or min(walls) <= 0:
            continue
        if max(walls) / min(walls) > 1.25 and max(cpus) / max(min(cpus), 1e-9) < 1.15:
            notes.append(f"{result.meetings:,} meetings: the {label} took {min(walls):.1f} s to {max(walls):.1f} s while "
                         f"their CPU time stayed between {min(cpus):.1f} s and {max(cpus):.1f} s: other work on the "
                         "machine slowed the slower runs; the fastest run and the CPU time are the steadier figures.")
    return notes


