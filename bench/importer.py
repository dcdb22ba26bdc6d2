"""Benchmark of `papers import` on the real papers: every document in ../shared/papers/ (and the seed packs).

Each run imports the whole folder into a new temporary folder, in this process, as
`papers import DIR --out TMP` does, and the time of the run is measured; the figure is the
median of the runs (--runs, default 5). Printed as a table, and written to bench/importer-results.md.

    make bench                          # after the build benchmark
    .venv/bin/python bench/importer.py --runs 10
"""

from __future__ import annotations

import argparse
import io
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.importer import run_import  # noqa: E402

SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "importer-results.md"


def measure(folder: Path, runs: int) -> tuple[float, int, int]:
    """Median seconds to import every document of ``folder``; the number of documents and of drafts written."""
    times, drafts = [], 0
    documents = sum(1 for p in folder.rglob("*") if p.suffix.lower() in (".txt", ".docx", ".pdf", ".html", ".htm"))
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            run_import(folder, ROOT, Path(out), stdout=io.StringIO(), stderr=io.StringIO())
            times.append(time.perf_counter() - started)
            drafts = sum(1 for _ in Path(out).rglob("*.yaml"))
    return statistics.median(times), documents, drafts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark papers import on the real papers.")
    parser.add_argument("--runs", type=int, default=5, help="runs per folder (default 5)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the Markdown results")
    args = parser.parse_args(argv)
    folders = [("papers in other layouts", SHARED / "papers"), ("seed packs", SHARED / "seeds")]
    missing = [str(path) for _, path in folders if not path.is_dir()]
    if missing:
        print(f"bench/importer.py: the real papers are expected in {', '.join(missing)}; nothing was measured", file=sys.stderr)
        return 1
    rows = []
    for label, folder in folders:
        seconds, documents, drafts = measure(folder, args.runs)
        rows.append((label, folder.relative_to(SHARED.parent).as_posix(), documents, drafts, seconds))
    lines = [
        "# `papers import`: time to import whole folders",
        "",
        f"Median of {args.runs} runs, in one process, on {platform.machine()} with Python {platform.python_version()}.",
        "",
        "| folder | documents | drafts written | all documents (s) | per document (ms) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for label, path, documents, drafts, seconds in rows:
        lines.append(f"| {label} (`{path}`) | {documents} | {drafts} | {seconds:.2f} | {seconds / max(documents, 1) * 1000:.0f} |")
    text = "\n".join(lines) + "\n"
    print(text)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
