"""content/people.yaml has a mistake of its own (a field it does not know): the register of interests of a
person it lists is not blamed as belonging to an unknown person; only people.yaml's own error is reported."""

ARGS = ["content/interests/peter-mccall.yaml"]
BLAMED = ["content/people.yaml"]
