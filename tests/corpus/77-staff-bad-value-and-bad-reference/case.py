"""A misspelt kind and a misspelt person in one file: both in one run, and the meeting that
approves these minutes (2021-12-08) is not blamed."""

ARGS = ["content/meetings/2021/2021-11-03-public-accountability-conference.yaml"]
BLAMED = ["content/meetings/2021/2021-11-03-public-accountability-conference.yaml"]
