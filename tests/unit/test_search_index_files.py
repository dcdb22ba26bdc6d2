"""A search index missing one of Pagefind's own files is noticed, so that the build stops."""

from __future__ import annotations

import json

from generator.search_index import PROGRAM_FILES, missing_files


def index_files(leave_out=()):
    names = list(PROGRAM_FILES) + ["pagefind.en_0123456789.pf_meta", "wasm.en.pagefind"]
    files = {name: b"x" for name in names if name not in leave_out}
    if "pagefind-entry.json" not in leave_out:
        files["pagefind-entry.json"] = json.dumps(
            {"version": "1.5.2", "languages": {"en": {"hash": "en_0123456789", "wasm": "en", "page_count": 3}}}).encode()
    return files


def test_a_complete_index_lacks_nothing():
    assert missing_files(index_files()) == []


def test_each_missing_file_is_named():
    files = index_files(leave_out=("pagefind-component-ui.js", "wasm.en.pagefind", "pagefind.en_0123456789.pf_meta"))
    assert sorted(missing_files(files)) == ["pagefind-component-ui.js", "pagefind.en_0123456789.pf_meta", "wasm.en.pagefind"]


def test_an_empty_file_counts_as_missing():
    files = index_files()
    files["pagefind-ui.css"] = b""
    assert missing_files(files) == ["pagefind-ui.css"]


def test_an_index_without_its_entry_file_is_incomplete():
    assert missing_files(index_files(leave_out=("pagefind-entry.json",))) == ["pagefind-entry.json"]
