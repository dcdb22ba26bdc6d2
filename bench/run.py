"""Benchmark of the site build and the preview at archive sizes of 10, 100 and 1000 meetings.

For each size, in a temporary project folder holding a synthetic archive (bench/synthetic.py), the
templates, mkdocs.yml and a link to generator/, this measures what staff and visitors wait for: a cold
build, a build with nothing changed, a full rebuild with the charts cached, a build after editing one
meeting and after adding one, whether the incremental build gives the same files as a clean one, the
preview (`papers serve`: first page, and a saved edit seen through the served page), page sizes, and
the first search in Chromium. bench/report.py turns the figures into the table appended to
bench/results.md; bench/processes.py measures processes, bench/site_figures.py the built site.

    make bench                                   # 10, 100 and 1000 meetings
    .venv/bin/python bench/run.py --sizes 10 100
    .venv/bin/python bench/run.py --sizes 1000 --runs-large 1 --profile
"""

from __future__ import annotations

import argparse
import cProfile
import filecmp
import io
import json
import os
import pstats
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import synthetic  # noqa: E402
from bench.processes import Run, run_measured  # noqa: E402
from bench.report import LARGE, SizeResult, append_run, machine, report, spread_notes  # noqa: E402
from bench.site_figures import SEARCH_UI, launch_browser, measure_search, search_phrase, serve, site_figures  # noqa: E402

RESULTS = ROOT / "bench" / "results.md"
EPOCH = "1767225600"  # 2026-01-01: every synthetic meeting lies before it
DEFAULT_SIZES = (10, 100, 1000)
SERVE_TIMEOUT_S = 900
EDIT_MARKER = "Edited while the preview ran"


def child_env() -> dict[str, str]:
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, NO_MKDOCS_2_WARNING="1")
    env.pop("PAPERS_CACHE_DIR", None)  # a shared chart cache would make a cold build warm
    return env


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# ---------------------------------------------------------------- builds


def child_build(root: Path, force: bool) -> None:
    """Inside the measured process: build_site() with generate(), MkDocs and Pagefind timed separately."""
    import generator.build as build

    found: dict[str, Any] = {"generate_s": 0.0, "mkdocs_s": 0.0, "index_s": 0.0, "policy_s": 0.0, "skipped": False,
                             "pages": 0, "written": 0, "charts_drawn": 0, "charts_reused": 0, "warnings": 0}

    def timed(name, original, record=None):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            result = original(*args, **kwargs)
            found[name] += time.perf_counter() - start
            if record:
                record(result)
            return result
        return wrapper

    def generated(result):
        found.update(pages=result.pages, written=result.written, charts_drawn=result.charts_drawn,
                     charts_reused=result.charts_reused, warnings=len(result.warnings))

    build.generate = timed("generate_s", build.generate, generated)
    build.run_mkdocs = timed("mkdocs_s", build.run_mkdocs)
    build.run_pagefind = timed("index_s", build.run_pagefind)
    build.apply_to_site = timed("policy_s", build.apply_to_site)
    start = time.perf_counter()
    result = build.build_site(root, force=force)
    found["build_site_s"] = time.perf_counter() - start
    found["skipped"] = result is None
    print("BENCH " + json.dumps(found))


def measured_build(root: Path, force: bool = False) -> tuple[Run, dict]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child-build", str(root)] + (["--force"] if force else [])
    run = run_measured(command, root, child_env())
    if run.returncode != 0:
        raise SystemExit(f"build failed in {root}:\n{run.stdout[-4000:]}\n{run.stderr[-4000:]}")
    line = next(l for l in run.stdout.splitlines() if l.startswith("BENCH "))
    return run, json.loads(line[6:])


def record(result: SizeResult, name: str, run: Run, inside: dict) -> None:
    result.add(name, run.wall)
    result.add(f"{name}_cpu", run.cpu)
    result.add("peak_rss", run.peak_tree)
    result.add(f"gen_{name}", inside["generate_s"])
    result.add(f"mkdocs_{name}", inside["mkdocs_s"])
    result.add(f"index_{name}", inside["index_s"])
    log(f"  {name}: {run.wall:.1f} s (generate {inside['generate_s']:.1f} s, {inside['charts_drawn']} charts drawn, "
        f"{inside['written']} files written; MkDocs {inside['mkdocs_s']:.1f} s; search index {inside['index_s']:.1f} s; "
        f"CPU {run.cpu:.1f} s; peak {run.peak_tree / 2**20:.0f} MB)")


# ---------------------------------------------------------------- the project folder


def make_project(meetings: int, parent: Optional[Path]) -> Path:
    root = Path(tempfile.mkdtemp(prefix=f"papers-bench-{meetings}-", dir=parent))
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copy2(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "generator").symlink_to(ROOT / "generator", target_is_directory=True)
    synthetic.write_archive(root, meetings)
    return root


def clean_build(root: Path) -> None:
    for name in ("build", "site"):
        shutil.rmtree(root / name, ignore_errors=True)
    for stale in root.glob(".site-*"):
        shutil.rmtree(stale, ignore_errors=True)


def newest_meeting(root: Path) -> Path:
    return max((root / "content" / "meetings").glob("*/*.yaml"))


def meeting_address(meeting: Path) -> str:
    return f"meetings/{meeting.parent.name}/{meeting.stem}/"


def edit_meeting(meeting: Path, marker: str) -> bytes:
    """Put ``marker`` at the start of the meeting's last minute; return the file's bytes before."""
    from generator.load.source import load_yaml_file

    before = meeting.read_bytes()
    data = load_yaml_file(meeting, meeting.name).data
    item = data["minutes"]["items"][-1]
    item["text"] = f"{marker}. " + item.get("text", "")
    meeting.write_text(synthetic.dump(data), encoding="utf-8")
    return before


def differing_files(a: Path, b: Path) -> list[str]:
    """Files present in one site and not the other, or with different bytes (Pagefind's unstable files aside)."""
    def files(root: Path) -> set[str]:
        return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}

    left, right = files(a), files(b)
    names = set(left ^ right)
    for name in sorted(left & right):
        if not filecmp.cmp(a / name, b / name, shallow=False):
            names.add(name)
    return sorted(names)


def clean_copy_differences(root: Path, parent: Optional[Path]) -> list[str]:
    """Build the same content in a fresh folder (charts from the cache, nothing else) and compare the sites."""
    copy = Path(tempfile.mkdtemp(prefix="papers-bench-clean-", dir=parent))
    try:
        shutil.copytree(root / "content", copy / "content")
        shutil.copytree(root / "templates", copy / "templates")
        shutil.copy2(root / "mkdocs.yml", copy / "mkdocs.yml")
        (copy / "generator").symlink_to(ROOT / "generator", target_is_directory=True)
        shutil.copytree(root / "build" / "cache", copy / "build" / "cache")
        measured_build(copy)
        return differing_files(root / "site", copy / "site")
    finally:
        shutil.rmtree(copy, ignore_errors=True)


# ---------------------------------------------------------------- the preview


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _fetch(url: str) -> Optional[str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _until(condition, process: subprocess.Popen, what: str) -> float:
    """Seconds until ``condition()`` holds, polling; SystemExit if the preview ends or it never does."""
    start = time.perf_counter()
    while time.perf_counter() - start < SERVE_TIMEOUT_S:
        if condition():
            return time.perf_counter() - start
        if process.poll() is not None:
            raise SystemExit(f"papers serve ended while the benchmark waited for {what}")
        time.sleep(0.05)  # polling interval
    raise SystemExit(f"{what} did not happen within {SERVE_TIMEOUT_S} s")


def measure_serve(root: Path) -> dict:
    """`papers serve` as staff use it: time to the first page, then from saving an edit to seeing it served."""
    port = _free_port()
    meeting = newest_meeting(root)
    url = f"http://127.0.0.1:{port}/papers/{meeting_address(meeting)}"
    process = subprocess.Popen([sys.executable, "-m", "generator.cli", "--root", str(root), "serve", "--address", f"127.0.0.1:{port}"],
                               cwd=root, env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        first = _until(lambda: _fetch(url) is not None, process, "the first page")
        marker = f"{EDIT_MARKER} {time.time_ns()}"
        before = edit_meeting(meeting, marker)
        try:
            edit = _until(lambda: marker in (_fetch(url) or ""), process, "the edit on the served page")
        finally:
            meeting.write_bytes(before)
    finally:
        process.terminate()
        process.wait(60)
    return {"serve_first": first, "serve_edit": edit}


# ---------------------------------------------------------------- one size


def bench_size(meetings: int, runs: int, browser, parent: Optional[Path], keep: bool) -> SizeResult:
    result = SizeResult(meetings, runs)
    started = time.perf_counter()
    root = make_project(meetings, parent)
    result.info["synthetic_s"] = time.perf_counter() - started
    result.info["load_before"] = os.getloadavg()[0]
    log(f"{meetings} meetings: archive written in {result.info['synthetic_s']:.1f} s at {root}")
    try:
        for run in range(runs):
            log(f" run {run + 1} of {runs}")
            clean_build(root)
            cold, inside = measured_build(root)
            record(result, "cold", cold, inside)
            result.info.update(pages=inside["pages"], charts_drawn=inside["charts_drawn"], warnings=inside["warnings"])

            warm, inside = measured_build(root)
            result.add("warm", warm.wall)
            log(f"  nothing changed: {warm.wall:.1f} s")

            shutil.rmtree(root / "build" / "page-cache", ignore_errors=True)
            forced, inside = measured_build(root, force=True)
            record(result, "forced", forced, inside)

            meeting = newest_meeting(root)
            before = edit_meeting(meeting, f"{EDIT_MARKER} in run {run + 1}")
            edited, inside = measured_build(root)
            record(result, "edit", edited, inside)
            if run == 0:
                differing = clean_copy_differences(root, parent)
                result.add("differing", len(differing))
                result.info["differing"] = differing[:10]
                log(f"  incremental against clean build: {len(differing)} file(s) differ {differing[:5]}")
            meeting.write_bytes(before)

            added_path = synthetic.add_meeting(root, meetings)
            added, inside = measured_build(root)
            record(result, "add", added, inside)
            added_path.unlink()
            if not any(added_path.parent.iterdir()):
                added_path.parent.rmdir()
            measured_build(root)  # back to the archive as it was, for the preview and the figures

            if run == 0:
                found = measure_serve(root)
                for key, value in found.items():
                    result.add(key, value)
                log(f"  papers serve: first page {found['serve_first']:.1f} s, edit visible {found['serve_edit']:.1f} s")
                result.site = site_figures(root)
                phrase = search_phrase(root)
                result.info["phrase"] = phrase
                kind = result.site["search_kind"]
                if browser is not None and kind in SEARCH_UI:
                    server = serve(root / "site")
                    try:
                        for attempt in range(max(runs, 3)):
                            found = measure_search(browser, server, phrase, kind)
                            for key, value in found.items():
                                result.add(key, value)
                            log(f"  search for '{phrase}': {found['search_after_last_key']:.2f} s after the last key; "
                                f"{found['search_bytes'] / 1024:.0f} KB ({found['search_bytes_gzip'] / 1024:.0f} KB gzipped)")
                    finally:
                        server.shutdown()
                        server.server_close()
    finally:
        result.info["load_after"] = os.getloadavg()[0]
        if keep:
            log(f"  kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return result


# ---------------------------------------------------------------- profile


def profile_generate(meetings: int, parent: Optional[Path], top: int = 12) -> str:
    """cProfile of a warm generate() (charts already drawn), in this process: the generator's own cost."""
    os.environ.update(SOURCE_DATE_EPOCH=EPOCH, NO_MKDOCS_2_WARNING="1")
    os.environ.pop("PAPERS_CACHE_DIR", None)
    from generator.build import generate
    from generator.settings import load_settings

    root = make_project(meetings, parent)
    out = []
    try:
        log(f"profile: drawing the charts of {meetings} meetings first")
        settings = load_settings(root)
        generate(settings)
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        generate(settings)
        profiler.disable()
        wall = time.perf_counter() - started
        out.append(f"Warm generate() at {meetings:,} meetings under cProfile: {wall:.1f} s (the profiler slows "
                   "pure-Python code more than the rest).\n")
        for order, label in (("cumulative", "by cumulative time"), ("tottime", "by own time")):
            text = io.StringIO()
            pstats.Stats(profiler, stream=text).sort_stats(order).print_stats(top)
            lines = [l for l in text.getvalue().splitlines() if l.strip()]
            first = next(i for i, l in enumerate(lines) if l.lstrip().startswith("ncalls"))
            shown = [l.replace(str(root) + "/", "").replace(str(ROOT) + "/", "") for l in lines[first:first + top + 1]]
            out.append(f"Top {top} {label}:\n\n```\n" + "\n".join(shown) + "\n```\n")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return "\n".join(out)


# ---------------------------------------------------------------- main


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the site build and the preview on synthetic archives.")
    parser.add_argument("--sizes", type=int, nargs="+", help="numbers of meetings (default: 10 100 1000)")
    parser.add_argument("--runs", type=int, default=2, help="runs per size below 1000 meetings (default 2)")
    parser.add_argument("--runs-large", type=int, default=1, help="runs per size of 1000 meetings or more (default 1)")
    parser.add_argument("--no-browser", action="store_true", help="leave out the search measurement in Chromium")
    parser.add_argument("--profile", action="store_true", help="also profile generate() at the largest size")
    parser.add_argument("--tmp", type=Path, help="folder for the temporary projects (default: the system's)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary projects")
    parser.add_argument("--out", type=Path, default=RESULTS, help="the Markdown file each run is appended to")
    parser.add_argument("--child-build", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--force", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_build:
        child_build(args.child_build, args.force)
        return 0

    sizes = sorted(set(args.sizes or DEFAULT_SIZES))
    info = machine()
    info["argv"] = ["bench/run.py", *(argv if argv is not None else sys.argv[1:])]
    notes = []
    manager = browser = None
    if not args.no_browser:
        manager, browser = launch_browser()
        info["chromium"] = browser.version
    results = []
    started = time.perf_counter()
    try:
        for meetings in sizes:
            runs = args.runs if meetings < LARGE else args.runs_large
            results.append(bench_size(meetings, runs, browser, args.tmp, args.keep))
            log(f"{meetings} meetings done; {time.perf_counter() - started:.0f} s so far")
    finally:
        if browser is not None:
            browser.close()
            manager.stop()
    for r in results:
        notes += spread_notes(r)
        if r.info.get("differing"):
            notes.append(f"{r.meetings:,} meetings: files that differed between the incremental and the clean build: "
                         + ", ".join(f"`{n}`" for n in r.info["differing"]))
    profile = profile_generate(max(sizes), args.tmp) if args.profile else ""
    finished = machine()["commit"]
    if finished != info["commit"]:
        notes.append(f"The project changed while the benchmark ran: it started at {info['commit']} and ended at {finished}.")
    notes.append(f"The whole benchmark took {(time.perf_counter() - started) / 60:.1f} minutes.")
    section = report(results, info, profile, notes)
    append_run(args.out, section)
    print()
    print(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
