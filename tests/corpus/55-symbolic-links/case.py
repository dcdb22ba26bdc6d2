"""Symbolic links made at run time: one to a file outside the project, one to a folder."""

import os


def prepare(root):
    outside = root / "outside"
    outside.mkdir()
    (outside / "2021-2025.yaml").write_text("title: Borrowed plan\n", encoding="utf-8")
    os.symlink("/etc/passwd", root / "content" / "meetings" / "2021" / "2021-12-01-public-accountability-conference.yaml")
    os.symlink(outside, root / "content" / "plan")
