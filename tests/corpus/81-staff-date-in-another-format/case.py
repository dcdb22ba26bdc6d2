"""Dates written as in a letter (03/11/2021, 12th July 2021): each told how to write it, and no
message that the date does not match the file name."""

ARGS = ["content/meetings/2021/2021-11-03-public-accountability-conference.yaml"]
BLAMED = ["content/meetings/2021/2021-11-03-public-accountability-conference.yaml"]
