"""Write the rendered pages into the docs folder MkDocs reads, and swap in a finished site.

Only files whose bytes change are written, so an unchanged page keeps its
timestamp; files that no longer belong are removed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def write_files(files: dict[str, bytes], target: Path) -> dict[str, bytes | None]:
    """Write those of ``files`` whose bytes differ from what ``target`` holds; leave every other file be.

    Returns what each written file held before (None: it was not there), so that it can be put back.
    """
    before: dict[str, bytes | None] = {}
    for relative, data in sorted(files.items()):
        path = target / relative
        old = path.read_bytes() if path.is_file() else None
        if old == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)
        before[relative] = old
    return before


def put_back(before: dict[str, bytes | None], target: Path) -> None:
    """Undo ``write_files``: each file as it was, and the ones it added gone."""
    for relative, data in sorted(before.items()):
        path = target / relative
        if data is None:
            path.unlink(missing_ok=True)
        else:
            write_files({relative: data}, target)


def write_tree(files: dict[str, bytes], target: Path) -> tuple[int, int]:
    """Make ``target`` hold exactly ``files``; return (files written, files removed)."""
    removed = 0
    target.mkdir(parents=True, exist_ok=True)
    written = len(write_files(files, target))
    wanted = {target / relative for relative in files}
    for path in sorted(target.rglob("*"), reverse=True):
        if path.is_file() and path not in wanted:
            path.unlink()
            removed += 1
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return written, removed


def asset_files(assets: Path, prefix: str = "assets") -> dict[str, bytes]:
    """The static files (stylesheet, script) to copy beside the pages."""
    return {f"{prefix}/{p.relative_to(assets).as_posix()}": p.read_bytes() for p in sorted(assets.rglob("*")) if p.is_file()}


def replace_directory(new: Path, target: Path) -> None:
    """Put the finished ``new`` folder in place of ``target`` with as short a gap as the file system allows."""
    old = target.with_name(target.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    if old.exists():
        shutil.rmtree(old)
