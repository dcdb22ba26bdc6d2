"""A tab typed for indentation: one message at the tab; the meeting that approves these minutes is
not blamed, though this file cannot be read."""

ARGS = ["content/meetings/2021/2021-11-03-public-accountability-conference.yaml"]
BLAMED = ["content/meetings/2021/2021-11-03-public-accountability-conference.yaml"]
