"""Reading files: encodings, line endings, binary and oversized files, front matter."""

from generator.load.source import MAX_FILE_BYTES, SourceError, load_markdown_file, load_yaml_file

import pytest


def problem(reader, path):
    with pytest.raises(SourceError) as caught:
        reader(path, "content/" + path.name)
    return str(caught.value.problem)


def test_windows_line_endings_and_bom_are_accepted(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_bytes(b"\xef\xbb\xbftitle: A\r\nkind: finance\r\n")
    source = load_yaml_file(path, "a.yaml")
    assert source.data == {"title": "A", "kind": "finance"}
    assert source.position(("kind",)).line == 2


def test_non_utf8_bytes_are_located(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_bytes(b"title: A\nvenue: Caf\xe9\n")
    assert problem(load_yaml_file, path) == (
        "content/a.yaml:2:11: error: byte 0xe9 is not UTF-8; save the file with the UTF-8 encoding"
    )


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert "this is a binary file, not text" in problem(load_yaml_file, path)


def test_oversized_file_is_refused_without_parsing(tmp_path):
    path = tmp_path / "a.yaml"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    assert "content files must be under 2 MB" in problem(load_yaml_file, path)


def test_front_matter_lines_count_from_the_top_of_the_file(tmp_path):
    path = tmp_path / "01-x.md"
    path.write_text("---\ntitle: X\ntopics: [a]\n---\n\nBody text.\n", encoding="utf-8")
    source = load_markdown_file(path, "01-x.md")
    assert source.data == {"title": "X", "topics": ["a"]}
    assert source.position(("topics",)).line == 3
    assert source.body == "Body text."


def test_markdown_without_front_matter_is_refused(tmp_path):
    path = tmp_path / "01-x.md"
    path.write_text("# Just a heading\n", encoding="utf-8")
    assert "missing front matter" in problem(load_markdown_file, path)


def test_body_line_is_where_the_markdown_starts(tmp_path):
    path = tmp_path / "01-x.md"
    path.write_text("---\ntitle: X\n---\n\n\nFirst line.\n", encoding="utf-8")
    assert load_markdown_file(path, "01-x.md").body_line == 6
