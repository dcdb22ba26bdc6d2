"""Slips of the keyboard in ids: each one found, with the id meant where it is close, but never
another meeting's date."""

ARGS = ["content/meetings/2021/2021-11-03-public-accountability-conference.yaml"]
BLAMED = ["content/meetings/2021/2021-11-03-public-accountability-conference.yaml"]
