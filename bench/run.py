"""Benchmark of the site build at archive sizes of 10, 100 and 1000 meetings (3000 with --with-3000).

For each size, in a temporary project folder holding a synthetic archive (bench/synthetic.py), the
templates, mkdocs.yml and a link to generator/:

- cold build: `papers build` as a fresh process with empty build/ and chart cache (charts included);
- warm build: the same again with nothing changed, and (when `build_site` skips unchanged work) a
  forced warm build that regenerates and rebuilds everything with the charts already cached;
- MkDocs alone: `python -m mkdocs build --strict` on the pages already in build/docs;
- rebuild after adding one meeting file;
- the generator's own time (generate(): load, check, derive, charts, render, write) inside those
  builds, cold and warm, against the time of MkDocs alone;
- peak memory of the build's process tree (RSS of the process and all its descendants, sampled);
- site size, largest page, largest meeting page;
- in Chromium, the first search: time from typing a phrase into the site's search box (Pagefind's
  on the Search page, or Material's own in the header, whichever the site has) to the first result,
  and the bytes downloaded for it (everything fetched after typing began, plus the search files the
  page had fetched before).

Each figure is the median of several runs (--runs, default 3; --runs-large, default 3, for 1000
meetings; --runs-huge, default 1, above that). The table is printed and written to bench/results.md.

    make bench                                   # 10, 100 and 1000 meetings
    .venv/bin/python bench/run.py --sizes 10 100
    .venv/bin/python bench/run.py --with-3000 --profile
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import functools
import gzip
import html
import http.server
import importlib.metadata
import inspect
import io
import json
import os
import platform
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import synthetic  # noqa: E402

RESULTS = ROOT / "bench" / "results.md"
CHROMIUM = "/usr/lib/chromium/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
EPOCH = "1767225600"  # 2026-01-01: every synthetic meeting lies before it
DEFAULT_SIZES = (10, 100, 1000)
LARGE = 1000
SEARCH_TIMEOUT_S = 240

TARGETS = {  # for 1000 meetings
    "cold": ("< 90 s", lambda v: v < 90),
    "warm": ("< 30 s", lambda v: v < 30),
    "add": ("< 30 s", lambda v: v < 30),
    "meeting_page_max": ("< 150 KB", lambda v: v < 150 * 1024),
    "peak_rss": ("< 2 GB", lambda v: v < 2 * 1024 ** 3),
    "search_first": ("< 1 s", lambda v: v < 1),
    "search_bytes": ("< 300 KB", lambda v: v < 300 * 1024),
    "gen_ratio": ("< 30 %", lambda v: v < 0.30),
}


def child_env() -> dict[str, str]:
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, NO_MKDOCS_2_WARNING="1")
    env.pop("PAPERS_CACHE_DIR", None)  # a shared chart cache would make a cold build warm
    return env


# ---------------------------------------------------------------- processes: time, CPU, memory


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{task}/children") as handle:
                    found += [int(p) for p in handle.read().split()]
            except OSError:
                pass
    except OSError:
        pass
    return found


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_rss(pid: int) -> int:
    total, stack, seen = 0, [pid], set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        total += _rss(current)
        stack += _children(current)
    return total


@dataclass
class Run:
    wall: float
    cpu: float
    peak_tree: int
    peak_single: int
    stdout: str
    stderr: str
    returncode: int


def run_measured(command: list[str], cwd: Path, interval: float = 0.05) -> Run:
    """Run a command; its wall time, CPU time of it and its descendants, and peak memory of its process tree."""
    start = time.perf_counter()
    out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    process = subprocess.Popen(command, cwd=cwd, env=child_env(), stdout=out, stderr=err)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(process.pid))
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    err.seek(0)
    return Run(wall, usage.ru_utime + usage.ru_stime, peak[0], usage.ru_maxrss * 1024,
               out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"), process.returncode)


def child_build(root: Path, force: bool) -> None:
    """Inside the measured process: build_site() with generate(), MkDocs and the steps after it timed separately."""
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
    for name, key in (("run_pagefind", "index_s"), ("apply_to_site", "policy_s")):
        if hasattr(build, name):
            setattr(build, name, timed(key, getattr(build, name)))
    forcing = force and "force" in inspect.signature(build.build_site).parameters
    start = time.perf_counter()
    result = build.build_site(root, force=True) if forcing else build.build_site(root)
    found["build_site_s"] = time.perf_counter() - start
    found["skipped"] = result is None
    print("BENCH " + json.dumps(found))


def measured_build(root: Path, force: bool = False) -> tuple[Run, dict]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child-build", str(root)] + (["--force"] if force else [])
    run = run_measured(command, root)
    if run.returncode != 0:
        raise SystemExit(f"build failed in {root}:\n{run.stdout[-4000:]}\n{run.stderr[-4000:]}")
    line = next(l for l in run.stdout.splitlines() if l.startswith("BENCH "))
    return run, json.loads(line[6:])


def measured_mkdocs(root: Path) -> Run:
    target = root / ".bench-site"
    shutil.rmtree(target, ignore_errors=True)
    run = run_measured([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
                        "--config-file", str(root / "mkdocs.yml"), "--site-dir", str(target)], root)
    shutil.rmtree(target, ignore_errors=True)
    if run.returncode != 0:
        raise SystemExit(f"mkdocs failed in {root}:\n{run.stderr[-4000:]}")
    return run


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


# ---------------------------------------------------------------- the built site


def site_figures(root: Path) -> dict:
    site = root / "site"
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = [(p.stat().st_size, p) for p in files if p.suffix == ".html"]
    meetings = [(s, p) for s, p in pages if re.search(r"meetings/\d{4}/\d{4}-\d\d-\d\d-[^/]+/index\.html$", p.as_posix())]
    largest = max(pages)
    largest_meeting = max(meetings)
    kind = search_kind(site)
    index_files = ([site / "search" / "search_index.json"] if kind == "material"
                   else [p for p in (site / "pagefind").rglob("*") if p.is_file()] if kind == "pagefind" else [])
    words = [page_words(p) for _, p in meetings]
    charts = list((root / "build" / "docs" / "charts").glob("meetings--*.svg"))
    return {
        "site_bytes": sum(p.stat().st_size for p in files),
        "site_files": len(files),
        "html_pages": len(pages),
        "largest_page": largest[0],
        "largest_page_path": largest[1].relative_to(site).as_posix(),
        "meeting_page_max": largest_meeting[0],
        "meeting_page_max_path": largest_meeting[1].relative_to(site).as_posix(),
        "meeting_page_median": statistics.median(s for s, _ in meetings),
        "search_kind": kind or "none",
        "search_index_bytes": sum(p.stat().st_size for p in index_files),
        "search_index_files": len(index_files),
        "words_per_meeting": statistics.mean(words) if words else 0,
        "charts_per_meeting": len(charts) / max(1, len(meetings)),
    }


def page_words(page: Path) -> int:
    """Words a reader sees in the page's article: tags, scripts, styles and drawings left out."""
    text = page.read_text(encoding="utf-8")
    match = re.search(r"<article\b.*?</article>", text, re.S)
    body = match.group(0) if match else text
    body = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", body, flags=re.S)
    body = html.unescape(re.sub(r"<[^>]+>", " ", body))
    return len(body.split())


def search_kind(site: Path) -> Optional[str]:
    """Which search the site has: Pagefind's index, or the theme's own search_index.json."""
    if (site / "pagefind").is_dir():
        return "pagefind"
    if (site / "search" / "search_index.json").is_file():
        return "material"
    return None


COMMON = {"were", "have", "that", "with", "this", "from", "been", "which", "there", "their", "will", "would", "over",
          "into", "also", "they", "them", "than", "then", "what", "when", "where", "some", "more", "such", "being"}


def search_phrase(root: Path) -> str:
    """Three words in a row from the minuted discussion of the newest meeting: a phrase a visitor might remember."""
    from generator.load.source import load_yaml_file

    newest = max((root / "content" / "meetings").glob("*/*.yaml"))
    data = load_yaml_file(newest, newest.name).data
    for item in data["minutes"]["items"]:
        paragraphs = item.get("text", "").split("\n\n")
        if item["number"] <= 5 or len(paragraphs) < 3:
            continue
        words = paragraphs[1].replace(",", " ").split()
        for i in range(len(words) - 2):
            window = words[i:i + 3]
            if all(w.isalpha() and len(w) >= 4 and w.lower() not in COMMON for w in window):
                return " ".join(w.lower() for w in window)
    return "treasury management"


# ---------------------------------------------------------------- search in Chromium


class _CountingHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_head(self):
        self.began = time.perf_counter()
        return super().send_head()

    def copyfile(self, source, outputfile):
        sent = 0
        while True:
            chunk = source.read(64 * 1024)
            if not chunk:
                break
            outputfile.write(chunk)
            sent += len(chunk)
        with self.server.lock:
            self.server.sent.append((self.began, self.path, sent))


def serve(site: Path) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_CountingHandler, directory=str(site)))
    server.lock = threading.Lock()
    server.sent = []
    server.directory = str(site)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# Where a visitor searches, what they type into, and what a result is, for each kind of search.
SEARCH_UI = {
    "material": ("", "input.md-search__input", ".md-search-result__item"),
    "pagefind": ("search/", "input#search-query", ".papers-search__result"),
}


def is_search_asset(path: str) -> bool:
    return "/search/search_index" in path or "/workers/search" in path or "lunr" in path or "/pagefind/" in path


COMPRESSIBLE = {".html", ".js", ".css", ".json", ".svg", ".xml", ".txt", ".csv"}


@functools.lru_cache(maxsize=None)
def compressed_size(file: Path) -> int:
    """Bytes a server that gzips text would send for a file; files Pagefind already gzipped go as they are."""
    data = file.read_bytes()
    if data[:2] == b"\x1f\x8b" or file.suffix not in COMPRESSIBLE:
        return len(data)
    return len(gzip.compress(data, compresslevel=6))


def served_file(site: Path, path: str) -> Optional[Path]:
    relative = urllib.parse.unquote(path.split("?", 1)[0].split("#", 1)[0]).lstrip("/")
    candidate = site / relative
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def measure_search(browser, server, phrase: str, kind: str) -> dict:
    start_page, box_selector, result_selector = SEARCH_UI[kind]
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    context = browser.new_context()
    try:
        page = context.new_page()
        with server.lock:
            server.sent.clear()
        page.goto(base + start_page, wait_until="load")
        box = page.locator(box_selector)
        box.wait_for(state="visible", timeout=60_000)
        started = time.perf_counter()
        box.click()
        box.press_sequentially(phrase)
        typed = time.perf_counter()
        page.wait_for_selector(result_selector, timeout=SEARCH_TIMEOUT_S * 1000)
        shown = time.perf_counter()
        first, after_last_key = shown - started, shown - typed
        time.sleep(0.5)
        with server.lock:
            sent = list(server.sent)
    finally:
        context.close()
    counted = [(p, n) for t, p, n in sent if t >= started or is_search_asset(p)]
    after = sum(n for t, _, n in sent if t >= started)
    site = Path(server.directory)
    gzipped = 0
    for path, sent_bytes in counted:
        file = served_file(site, path)
        gzipped += compressed_size(file) if file else sent_bytes
    return {"search_first": first, "search_after_last_key": after_last_key, "search_bytes": sum(n for _, n in counted),
            "search_bytes_gzip": gzipped, "search_bytes_after_typing": after,
            "search_requests": len(counted)}


def launch_browser():
    from playwright.sync_api import sync_playwright

    manager = sync_playwright().start()
    browser = manager.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    return manager, browser


# ---------------------------------------------------------------- one size


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


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def bench_size(meetings: int, runs: int, browser, parent: Optional[Path], keep: bool) -> SizeResult:
    result = SizeResult(meetings, runs)
    started = time.perf_counter()
    root = make_project(meetings, parent)
    result.info["synthetic_s"] = time.perf_counter() - started
    result.info["load_before"] = os.getloadavg()[0]
    log(f"{meetings} meetings: archive written in {result.info['synthetic_s']:.1f} s at {root}")
    added_path = None
    try:
        for run in range(runs):
            clean_build(root)
            cold, inside = measured_build(root)
            result.add("cold", cold.wall)
            result.add("cold_cpu", cold.cpu)
            result.add("gen_cold", inside["generate_s"])
            result.add("peak_rss", cold.peak_tree)
            result.add("peak_single", cold.peak_single)
            result.info.update(pages=inside["pages"], charts_drawn=inside["charts_drawn"], warnings=inside["warnings"])
            result.add("index_cold", inside["index_s"])
            result.add("mkdocs_cold", inside.get("mkdocs_s", 0.0))
            log(f"  run {run + 1}: cold {cold.wall:.1f} s (generate {inside['generate_s']:.1f} s, "
                f"{inside['charts_drawn']} charts drawn; MkDocs {inside['mkdocs_s']:.1f} s; search index {inside['index_s']:.1f} s), "
                f"peak {cold.peak_tree / 2**20:.0f} MB")

            warm, inside = measured_build(root)
            result.add("warm", warm.wall)
            result.add("warm_cpu", warm.cpu)
            result.add("peak_rss", warm.peak_tree)
            if inside["skipped"]:
                result.info["warm_skips"] = True
                log(f"  run {run + 1}: warm {warm.wall:.1f} s (nothing had changed: the build did nothing)")
                forced, inside = measured_build(root, force=True)
            else:
                forced = warm
            result.add("forced", forced.wall)
            result.add("forced_cpu", forced.cpu)
            result.add("gen_warm", inside["generate_s"])
            result.add("mkdocs_in_build", inside["mkdocs_s"])
            result.add("index_warm", inside["index_s"])
            result.add("peak_rss", forced.peak_tree)
            log(f"  run {run + 1}: warm, everything regenerated {forced.wall:.1f} s (generate {inside['generate_s']:.1f} s, "
                f"{inside['charts_reused']} charts reused, {inside['written']} files written; MkDocs {inside['mkdocs_s']:.1f} s)")

            alone = measured_mkdocs(root)
            result.add("mkdocs", alone.wall)
            result.add("mkdocs_cpu", alone.cpu)
            result.add("peak_rss", alone.peak_tree)
            log(f"  run {run + 1}: MkDocs alone {alone.wall:.1f} s")

            if run == 0:
                result.site = site_figures(root)
                phrase = search_phrase(root)
                result.info["phrase"] = phrase
                kind = result.site["search_kind"]
                if browser is not None and kind in SEARCH_UI:
                    server = serve(root / "site")
                    try:
                        for attempt in range(runs):
                            found = measure_search(browser, server, phrase, kind)
                            for key, value in found.items():
                                result.add(key, value)
                            log(f"  search {attempt + 1} for '{phrase}': first result {found['search_first']:.2f} s after the "
                                f"first key, {found['search_after_last_key']:.2f} s after the last; {found['search_bytes'] / 1024:.0f} KB "
                                f"({found['search_bytes_gzip'] / 1024:.0f} KB gzipped)")
                    finally:
                        server.shutdown()
                        server.server_close()

            added_path = synthetic.add_meeting(root, meetings)
            added, inside = measured_build(root)
            result.add("add", added.wall)
            result.add("gen_add", inside["generate_s"])
            result.add("add_cpu", added.cpu)
            result.add("peak_rss", added.peak_tree)
            log(f"  run {run + 1}: one meeting added {added.wall:.1f} s (generate {inside['generate_s']:.1f} s, "
                f"{inside['charts_drawn']} charts drawn, {inside['written']} files written)")
            added_path.unlink()
            if not any(added_path.parent.iterdir()):
                added_path.parent.rmdir()
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

    root = make_project(meetings, parent)
    out = []
    try:
        log(f"profile: drawing the charts of {meetings} meetings first")
        generate(root)
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        generate(root)
        profiler.disable()
        wall = time.perf_counter() - started
        out.append(f"Warm generate() at {meetings:,} meetings under cProfile: {wall:.1f} s (the profiler slows "
                   "pure-Python code such as the YAML scanner more than the rest).\n")
        for order, label in (("cumulative", "by cumulative time"), ("tottime", "by own time")):
            text = io.StringIO()
            pstats.Stats(profiler, stream=text).sort_stats(order).print_stats(top)
            lines = [l for l in text.getvalue().splitlines() if l.strip()]
            first = next(i for i, l in enumerate(lines) if l.lstrip().startswith("ncalls"))
            shown = [l.replace(str(root) + "/", "").replace(str(ROOT) + "/", "") for l in lines[first:first + top + 1]]
            out.append(f"Top {top} {label}:\n\n```\n" + "\n".join(shown) + "\n```\n")
        log(f"profile: warm generate() {wall:.1f} s under cProfile")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return "\n".join(out)


# ---------------------------------------------------------------- report


def machine() -> dict:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = int(line.split()[1]) * 1024
    except OSError:
        pass
    versions = {}
    for name in ("mkdocs", "mkdocs-material", "pymdown-extensions", "matplotlib", "Jinja2", "pydantic", "PyYAML", "playwright"):
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "not installed"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "generator", "templates", "mkdocs.yml"],
                           cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return {
        "cpus": os.cpu_count(), "memory": memory, "cpu_model": model, "python": platform.python_version(),
        "versions": versions, "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"), "kernel": platform.release(),
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


def rows(results: list[SizeResult]) -> list[tuple[str, str, list[str], Optional[bool]]]:
    """(label, target key, a cell per size, whether the largest size of 1000+ met the target)."""

    def ratio(r: SizeResult) -> Optional[float]:
        gen, mk = r.median("gen_warm"), r.median("mkdocs")
        return gen / mk if gen is not None and mk else None

    def share(r: SizeResult) -> Optional[float]:
        gen, total = r.median("gen_cold"), r.median("cold")
        return gen / total if gen is not None and total else None

    table = [
        ("Cold build (`papers build`, empty build/ and chart cache)", "cold", lambda r: r.median("cold"), seconds),
        ("- of which generate() (load, check, derive, charts, render, write)", None, lambda r: r.median("gen_cold"), seconds),
        ("- of which MkDocs", None, lambda r: r.median("mkdocs_cold"), seconds),
        ("- of which the search indexer (Pagefind), when the build runs one", None, lambda r: r.median("index_cold"), seconds),
        ("- CPU time of the build's processes", None, lambda r: r.median("cold_cpu"), seconds),
        ("Warm build, nothing changed (`papers build` as it is)", "warm", lambda r: r.median("warm"), seconds),
        ("Warm build forced: every page regenerated and rebuilt, charts from the cache", None, lambda r: r.median("forced"), seconds),
        ("- of which generate()", None, lambda r: r.median("gen_warm"), seconds),
        ("- of which MkDocs", None, lambda r: r.median("mkdocs_in_build"), seconds),
        ("- of which the search indexer", None, lambda r: r.median("index_warm"), seconds),
        ("- CPU time", None, lambda r: r.median("forced_cpu"), seconds),
        ("Rebuild after adding one meeting", "add", lambda r: r.median("add"), seconds),
        ("- of which generate()", None, lambda r: r.median("gen_add"), seconds),
        ("- CPU time", None, lambda r: r.median("add_cpu"), seconds),
        ("MkDocs alone on the generated pages (`mkdocs build --strict`)", None, lambda r: r.median("mkdocs"), seconds),
        ("- CPU time", None, lambda r: r.median("mkdocs_cpu"), seconds),
        ("Generator (generate() in the forced warm build) / MkDocs alone", "gen_ratio", ratio, percent),
        ("Generator (cold generate(), charts drawn) / cold build", None, share, percent),
        ("Peak memory, build process tree (sum of RSS)", "peak_rss", lambda r: max(r.values.get("peak_rss", [0])), size),
        ("Peak memory, largest single process", None, lambda r: max(r.values.get("peak_single", [0])), size),
        ("Pages (generated Markdown pages)", None, lambda r: r.info.get("pages"), lambda v: f"{v:,}"),
        ("Charts drawn on a cold build", None, lambda r: r.info.get("charts_drawn"), lambda v: f"{v:,}"),
        ("Site size (files)", None, lambda r: r.site.get("site_bytes"), lambda v: size(v)),
        ("Files in the site", None, lambda r: r.site.get("site_files"), lambda v: f"{v:,}"),
        ("Largest page (HTML)", None, lambda r: r.site.get("largest_page"), size),
        ("Largest meeting page (HTML)", "meeting_page_max", lambda r: r.site.get("meeting_page_max"), size),
        ("Median meeting page (HTML)", None, lambda r: r.site.get("meeting_page_median"), size),
        ("Search index on disk (search_index.json, or all of site/pagefind)", None, lambda r: r.site.get("search_index_bytes"), size),
        ("Search index files", None, lambda r: r.site.get("search_index_files"), lambda v: f"{v:,}"),
        ("Search used by the site", None, lambda r: r.site.get("search_kind"), str),
        ("Search: first result, from the first key press (Chromium)", "search_first", lambda r: r.median("search_first"), seconds),
        ("- from the last key press", None, lambda r: r.median("search_after_last_key"), seconds),
        ("Search: bytes downloaded for the first query", "search_bytes", lambda r: r.median("search_bytes"), size),
        ("- the same from a server that gzips text (estimate)", None, lambda r: r.median("search_bytes_gzip"), size),
        ("Words per meeting page (article text)", None, lambda r: r.site.get("words_per_meeting"), lambda v: f"{v:,.0f}"),
        ("Charts per meeting", None, lambda r: r.site.get("charts_per_meeting"), lambda v: f"{v:.1f}"),
    ]
    out = []
    for label, key, get, fmt in table:
        cells = []
        for r in results:
            value = get(r)
            cells.append("-" if value is None else fmt(value))
        verdict = None
        large = [r for r in results if r.meetings == LARGE]
        if key and large and get(large[0]) is not None:
            verdict = TARGETS[key][1](get(large[0]))
        out.append((label, key, cells, verdict))
    return out


def report(results: list[SizeResult], info: dict, profile: str, notes: list[str]) -> str:
    lines = [
        "# Build benchmark",
        "",
        f"Run {info['date']} with `{' '.join(info['argv'])}` on {info['cpus']} CPU(s) ({info['cpu_model']}), "
        f"{info['memory'] / 2 ** 30:.1f} GiB of memory, Linux {info['kernel']}; Python {info['python']}, "
        + ", ".join(f"{k} {v}" for k, v in info["versions"].items())
        + f", Chromium {info.get('chromium', 'not run')}; project at {info['commit']}.",
        "",
        "Synthetic archives from `bench/synthetic.py` (seeded, 11 meetings a year, every meeting passing "
        "`papers check`), with the real plans, progress report, assessment, people, topics and metrics. "
        "Each figure is the median of the runs shown under the size; peak memory is the largest of all runs.",
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
    lines += ["", "## How each figure is taken", "",
              "- Builds run as fresh processes (`bench/run.py --child-build`, which calls `generator.build.build_site`) "
              "with `SOURCE_DATE_EPOCH` set; times are wall-clock and include Python's start-up. A cold build starts "
              "with no build/ (so no chart cache) and no site/.",
              "- The warm build is the same build again with nothing changed. When `build_site` recognises that nothing "
              "changed and does nothing, the forced warm build (`build_site(root, force=True)`) measures a full rebuild "
              "with every chart already in the cache, which is what a change to a template or to the generator costs; "
              "without that short cut both rows are the same build.",
              "- generate() is timed inside the build process; MkDocs alone is `python -m mkdocs build --strict` on "
              "the pages the warm build left in build/docs. The generator's share compares generate() in the forced "
              "warm build with MkDocs alone.",
              "- Adding a meeting writes the next synthetic meeting file (the one after the newest) and builds; the file "
              "is removed afterwards.",
              "- Peak memory samples the RSS of the build process and all its descendants (chart workers, MkDocs) every "
              "50 ms and keeps the largest sum; the largest single process comes from `wait4`.",
              "- Search: site/ served over HTTP on 127.0.0.1 by a small counting server; a new Chromium context "
              "(empty cache) opens the page where a visitor searches (with Pagefind, the Search page and its "
              "`input#search-query`; with the theme's own search, the home page and "
              "`input.md-search__input`) and the phrase is typed; the time runs from the first key press to the first "
              "result (`.papers-search__result` or `.md-search-result__item`), and also from the last key press (typing the "
              "phrase takes Playwright a few hundred milliseconds). Bytes are everything the server sent for "
              "requests made after typing began, plus the search files (index, worker, Pagefind's scripts and "
              "WebAssembly) the page had already fetched before. The test server does not compress; the gzip "
              "estimate is what a server that gzips text files would send for the same requests (Pagefind's index "
              "chunks and WebAssembly are gzipped already and count as they are).",
              "- Words per meeting page count the text of the page's article in the HTML (tables and chart "
              "descriptions included); charts per meeting count the meeting charts drawn.",
              ""]
    per_size = []
    for r in results:
        per_size.append(f"- {r.meetings:,} meetings: search phrase '{r.info.get('phrase', '-')}'; largest page "
                        f"`{r.site.get('largest_page_path', '-')}`; largest meeting page `{r.site.get('meeting_page_max_path', '-')}`; "
                        f"{r.info.get('warnings', 0):,} warnings from the checker; synthetic archive written in "
                        f"{r.info.get('synthetic_s', 0):.1f} s; load average {r.info.get('load_before', 0):.1f} before, "
                        f"{r.info.get('load_after', 0):.1f} after.")
    lines += ["## Details", "", *per_size, ""]
    lines += ["### Every run", "", "| meetings | figure | runs |", "| --- | --- | --- |"]
    for r in results:
        for key, values in r.values.items():
            shown = ", ".join(size(v) if key.startswith(("peak", "search_bytes")) else f"{v:g}" if key.endswith("requests") else f"{v:.2f}" for v in values)
            lines.append(f"| {r.meetings:,} | {key} | {shown} |")
    if notes:
        lines += ["", "## Notes", "", *[f"- {n}" for n in notes]]
    if profile:
        lines += ["", "## Where generate() spends its time", "", profile]
    return "\n".join(lines) + "\n"


SPREAD = {"cold": ("cold builds", "cold_cpu"), "forced": ("forced warm builds", "forced_cpu"),
          "add": ("builds after adding a meeting", "add_cpu"), "mkdocs": ("MkDocs-alone builds", "mkdocs_cpu")}


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


# ---------------------------------------------------------------- main


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the site build on synthetic archives.")
    parser.add_argument("--sizes", type=int, nargs="+", help="numbers of meetings (default: 10 100 1000)")
    parser.add_argument("--with-3000", action="store_true", help="add 3000 meetings to the sizes")
    parser.add_argument("--runs", type=int, default=3, help="runs per size below 1000 meetings (default 3)")
    parser.add_argument("--runs-large", type=int, default=3, help="runs per size of 1000 meetings (default 3)")
    parser.add_argument("--runs-huge", type=int, default=1, help="runs per size above 1000 meetings (default 1)")
    parser.add_argument("--no-browser", action="store_true", help="skip the search measurement in Chromium")
    parser.add_argument("--profile", action="store_true", help="also profile generate() at the largest size")
    parser.add_argument("--tmp", type=Path, help="folder for the temporary projects (default: the system's)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary projects")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the Markdown results")
    parser.add_argument("--child-build", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--force", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_build:
        child_build(args.child_build, args.force)
        return 0

    sizes = sorted(set(args.sizes or DEFAULT_SIZES) | ({3000} if args.with_3000 else set()))
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
            runs = args.runs if meetings < LARGE else args.runs_large if meetings == LARGE else args.runs_huge
            results.append(bench_size(meetings, runs, browser, args.tmp, args.keep))
            log(f"{meetings} meetings done; {time.perf_counter() - started:.0f} s so far")
    finally:
        if browser is not None:
            browser.close()
            manager.stop()
    for r in results:
        notes += spread_notes(r)
    for r in results:
        if r.meetings >= LARGE and r.runs < args.runs:
            notes.append(f"{r.meetings:,} meetings: {r.runs} run(s) rather than {args.runs}, to keep the benchmark's time down.")
    profile = profile_generate(max(sizes), args.tmp) if args.profile else ""
    finished = machine()["commit"]
    if finished != info["commit"]:
        notes.append(f"The project changed while the benchmark ran: it started at {info['commit']} and ended at {finished}.")
    notes.append(f"The whole benchmark took {(time.perf_counter() - started) / 60:.1f} minutes.")
    text = report(results, info, profile, notes)
    args.out.write_text(text, encoding="utf-8")
    print()
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
