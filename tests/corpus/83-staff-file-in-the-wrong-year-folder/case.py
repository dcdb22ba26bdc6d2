"""A meeting saved in the folder of another year: one message saying where it belongs; it is still
checked, and the meeting that approves its minutes does not call it unknown."""

MOVED = "content/meetings/2020/2021-11-03-public-accountability-conference.yaml"
ARGS = [MOVED]
BLAMED = [MOVED]


def prepare(root):
    (root / "content/meetings/2021/2021-11-03-public-accountability-conference.yaml").unlink()  # moved, not copied
