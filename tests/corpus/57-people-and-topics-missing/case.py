"""Neither people.yaml nor topics.yaml: both reported, and every reference to them too."""

BASE = False
