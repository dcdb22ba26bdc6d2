"""A billion laughs: refused at its first anchor, quickly, without expanding anything."""

import time

from generator.load.source import SourceError, load_yaml_file

M = "content/meetings/2021/2021-11-03-public-accountability-conference.yaml"
MAX_SECONDS = 5.0


def after(root):
    started = time.perf_counter()
    try:
        load_yaml_file(root / M, M)
    except SourceError as refused:
        assert "anchors (&a) are not allowed" in refused.problem.message
    else:
        raise AssertionError("the alias bomb was read")
    assert time.perf_counter() - started < 1.0
