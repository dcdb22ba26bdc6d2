"""Two indexes that differ only in the order Pagefind listed filter values come out byte-identical."""

from __future__ import annotations

import gzip
import json

import cbor2
import pytest

from generator.search_index_order import SIGNATURE, UnexpectedIndex, in_fixed_order


def packed(value) -> bytes:
    return gzip.compress(SIGNATURE + cbor2.dumps(value), mtime=0)


def unpacked(data: bytes):
    return cbor2.loads(gzip.decompress(data)[len(SIGNATURE):])


def index(year_values, filter_order, names=("en_aaaaaaa", "en_bbbbbbb")):
    filters = {"Year": [["Year", year_values], names[0]], "Topic": [["Topic", [["Drugs", [1, 4]], ["Rural crime", [2]]]], names[1]]}
    files = {}
    meta_filters = []
    for name in filter_order:
        content, file_hash = filters[name]
        files[f"filter/{file_hash}.pf_filter"] = packed(content)
        meta_filters.append([name, file_hash])
    files["pagefind.en_0123456789.pf_meta"] = packed(["1.5.2", [["en_p1", 10]], [["a", "z", "en_i1"]], meta_filters, [], ["date"]])
    files["pagefind-entry.json"] = json.dumps({"version": "1.5.2", "languages": {"en": {"hash": "en_0123456789", "wasm": "en", "page_count": 2}}}).encode()
    files["pagefind.js"] = b"program"
    return files


def test_the_order_pagefind_chose_does_not_reach_the_files():
    one = in_fixed_order(index([["2019", [1]], ["2021", [2, 4]]], ["Year", "Topic"]))
    two = in_fixed_order(index([["2021", [2, 4]], ["2019", [1]]], ["Topic", "Year"], names=("en_ccccccc", "en_ddddddd")))
    assert one == two


def test_values_are_sorted_and_the_meta_file_names_the_new_files():
    out = in_fixed_order(index([["2021", [2, 4]], ["2019", [1]]], ["Year", "Topic"]))
    entry = json.loads(out["pagefind-entry.json"])
    meta = unpacked(out[f"pagefind.{entry['languages']['en']['hash']}.pf_meta"])
    assert [name for name, _ in meta[3]] == ["Topic", "Year"]
    year = unpacked(out[f"filter/{dict(meta[3])['Year']}.pf_filter"])
    assert year == ["Year", [["2019", [1]], ["2021", [2, 4]]]]
    assert sorted(out) == sorted(["filter/" + h + ".pf_filter" for _, h in meta[3]]
                                 + [f"pagefind.{entry['languages']['en']['hash']}.pf_meta", "pagefind-entry.json", "pagefind.js"])
    assert out["pagefind.js"] == b"program"


def test_a_file_in_another_form_is_refused_by_name():
    files = index([["2019", [1]]], ["Year", "Topic"])
    files["filter/en_aaaaaaa.pf_filter"] = b"not gzip"
    with pytest.raises(UnexpectedIndex, match="filter/en_aaaaaaa.pf_filter"):
        in_fixed_order(files)
