"""The YAML reader: positions, the small schema, and what it refuses."""

import pytest

from generator.load.source import SourceError, parse_yaml


def parsed(text):
    return parse_yaml(text, "x.yaml")


def refused(text) -> str:
    with pytest.raises(SourceError) as caught:
        parse_yaml(text, "x.yaml")
    return str(caught.value.problem)


def test_positions_of_values_and_keys_are_one_based():
    source = parsed("title: A\nagenda:\n  - number: 1\n    title: Apologies\n")
    assert source.position(("agenda", 0, "title")) == (source.values[("agenda", 0, "title")])
    assert (source.position(("agenda", 0, "title")).line, source.position(("agenda", 0, "title")).column) == (4, 12)
    assert (source.position(("agenda", 0, "title"), key=True).line, source.position(("agenda", 0, "title"), key=True).column) == (4, 5)


def test_missing_location_falls_back_to_the_nearest_parent():
    source = parsed("a:\n  b: 1\n")
    assert source.position(("a", "zzz")).line == 2


def test_times_and_dates_stay_text_and_yes_is_not_true():
    data = parsed('t: 10:00\nd: 2021-02-30\nanswer: yes\nflag: true\nn: 12\nf: 1.5\nnothing: null\n').data
    assert data == {"t": "10:00", "d": "2021-02-30", "answer": "yes", "flag": True, "n": 12, "f": 1.5, "nothing": None}


def test_duplicate_key_is_an_error_at_the_second_key():
    assert refused("title: A\nkind: finance\ntitle: B\n") == (
        "x.yaml:3:1: error: duplicate key 'title' (first given on line 1); remove one of them"
    )


def test_aliases_and_anchors_are_refused():
    assert refused("a: &x 1\nb: *x\n") == (
        "x.yaml:1:4: error: anchors (&x) are not allowed in content; write each value out in full"
    )


def test_alias_bomb_is_refused_quickly():
    bomb = "a: &a [x, x]\n" + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(20))
    assert "anchors (&a)" in refused(bomb)


def test_python_tags_are_never_executed():
    message = refused("a: !!python/object/apply:os.system ['echo hacked']\n")
    assert message.startswith("x.yaml:1:4: error: the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed")


def test_tab_indentation_gets_a_hint():
    message = refused("a:\n\tb: 1\n")
    assert message.startswith("x.yaml:2:1: error: YAML syntax error:")
    assert "indent with spaces, not tabs" in message


def test_unquoted_colon_gets_a_hint():
    message = refused("title: Minutes: approved\n")
    assert message == (
        "x.yaml:1:15: error: YAML syntax error: mapping values are not allowed here "
        "(a value that contains ': ' must be put in quotes)"
    )


def test_empty_document_has_no_data():
    assert parsed("# only a comment\n").data is None


def test_libyaml_and_python_readers_agree_on_every_content_file():
    from pathlib import Path

    from generator.load import source as reader

    root = Path(__file__).resolve().parents[2] / "content"
    files = sorted(root.rglob("*.yaml"))
    assert files
    for path in files:
        text = reader.read_text(path, path.name)
        fast = reader._parse_fast(text, path.name, 0)
        slow = reader.SourceFile(path.name, None)
        loader = reader._ContentLoader(text)
        slow.data = reader._to_data(loader.get_single_node(), (), slow, 0)
        assert fast is not None, path
        assert (fast.data, fast.values, fast.keys) == (slow.data, slow.values, slow.keys), path
