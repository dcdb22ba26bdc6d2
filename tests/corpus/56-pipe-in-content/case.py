"""A named pipe where a content file should be: refused, not read (reading one would wait for ever)."""

import os


def prepare(root):
    os.mkfifo(root / "content" / "meetings" / "2021" / "2021-12-01-public-accountability-conference.yaml")
