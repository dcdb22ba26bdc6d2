"""Measuring a command as a whole: wall time, CPU time of it and its descendants, peak memory (psutil)."""

from __future__ import annotations

import os
import platform
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil


def tree_rss(process: psutil.Process) -> int:
    """Resident memory of a process and all its descendants, in bytes (0 for those that ended meanwhile)."""
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            pass
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


def run_measured(command: list[str], cwd: Path, env: dict[str, str], interval: float = 0.05) -> Run:
    """Run a command to its end; its wall time, CPU time of it and its descendants, and peak memory of its process tree."""
    start = time.perf_counter()
    out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=err)
    watched = psutil.Process(process.pid)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(watched))
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    # wait4 gives the CPU time and largest RSS of the process and every descendant it waited for.
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    err.seek(0)
    return Run(wall, usage.ru_utime + usage.ru_stime, peak[0], usage.ru_maxrss * 1024,
               out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"), process.returncode)


def machine() -> dict:
    """The processor, memory and load of this machine, as psutil sees them."""
    return {"cpus": psutil.cpu_count(), "memory": psutil.virtual_memory().total,
            "cpu_model": platform.processor() or platform.machine(),
            "load": psutil.getloadavg()[0]}
