"""A billion laughs: refused at its first anchor, without expanding anything."""

from generator.load.source import SourceError, load_yaml_file

M = "content/meetings/2021/2021-11-03-public-accountability-conference.yaml"


def after(root):
    first_anchor = next(n for n, line in enumerate((root / M).read_text(encoding="utf-8").splitlines(), 1) if "&" in line)
    try:
        load_yaml_file(root / M, M)
    except SourceError as refused:
        assert "anchors (&a) are not allowed" in refused.problem.message
        # Refused where the first anchor is, before any alias could be expanded.
        assert refused.problem.line == first_anchor
    else:
        raise AssertionError("the alias bomb was read")
