"""A meeting with errors of its own (an impossible date, a line out of place) is named by another
meeting: only its own errors are reported, never an 'unknown meeting' or a date mismatch elsewhere."""

ARGS = ["content/meetings/2021/2021-11-03-public-accountability-conference.yaml"]
BLAMED = ["content/meetings/2021/2021-11-03-public-accountability-conference.yaml"]
