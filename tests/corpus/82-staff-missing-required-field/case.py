"""A required line deleted (the meeting's kind, a resolution's text): each named, and the rest of the
file still checked."""

ARGS = ["content/meetings/2021/2021-11-03-public-accountability-conference.yaml"]
BLAMED = ["content/meetings/2021/2021-11-03-public-accountability-conference.yaml"]
