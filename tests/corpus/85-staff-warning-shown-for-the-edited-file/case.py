"""A gap noted under 'missing:' in the file being edited is shown in full; the gap known before in
the same file is shown too, since warnings are shown by file."""

ARGS = ["content/meetings/2021/2021-12-08-public-accountability-conference.yaml"]
BLAMED = ["content/meetings/2021/2021-12-08-public-accountability-conference.yaml"]
