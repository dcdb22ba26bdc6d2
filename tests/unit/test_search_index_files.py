"""A search index missing one of Pagefind's files is noticed (the build writes it again, or stops)."""

from __future__ import annotations

import json

from generator.search_index import PROGRAM_FILES, missing_files


def index_folder(tmp_path, leave_out=()):
    folder = tmp_path / "pagefind"
    folder.mkdir()
    names = list(PROGRAM_FILES) + ["pagefind.en_0123456789.pf_meta", "wasm.en.pagefind"]
    for name in names:
        if name not in leave_out:
            (folder / name).write_bytes(b"x")
    if "pagefind-entry.json" not in leave_out:
        (folder / "pagefind-entry.json").write_text(json.dumps(
            {"version": "1.5.2", "languages": {"en": {"hash": "en_0123456789", "wasm": "en", "page_count": 3}}}), encoding="utf-8")
    return folder


def test_a_complete_index_lacks_nothing(tmp_path):
    assert missing_files(index_folder(tmp_path)) == []


def test_each_missing_file_is_named(tmp_path):
    folder = index_folder(tmp_path, leave_out=("pagefind-component-ui.js", "wasm.en.pagefind", "pagefind.en_0123456789.pf_meta"))
    assert sorted(missing_files(folder)) == ["pagefind-component-ui.js", "pagefind.en_0123456789.pf_meta", "wasm.en.pagefind"]


def test_an_index_without_its_entry_file_is_incomplete(tmp_path):
    assert missing_files(index_folder(tmp_path, leave_out=("pagefind-entry.json",))) == ["pagefind-entry.json"]
