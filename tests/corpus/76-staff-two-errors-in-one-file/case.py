"""Mistakes in one file, one of them behind another: a time written '3.30pm', a post written by its
name instead of its id, and a second chair marked on that attendee (a rule about the whole
attendance, which pydantic checks only when every attendee is valid). All in the same run."""

ARGS = ["content/meetings/2021/2021-11-03-public-accountability-conference.yaml"]
BLAMED = ["content/meetings/2021/2021-11-03-public-accountability-conference.yaml"]
