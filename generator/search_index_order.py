"""Put Pagefind's filter files in a fixed order, so that the same site gives the same index, byte for byte.

Pagefind lists each filter's values, and the filters in its meta file, in the order of an
unordered map: two builds of one site may name and fill those files differently. Here each
filter file's values are sorted, the filters in the meta file are sorted by name, and the
files whose content changed are named again from it, as Pagefind names them (language, then a
hash of the content), with the meta file's new name written into the entry file.

Each of these files is gzip of the 12-byte signature below followed by CBOR; the page numbers
inside are left as Pagefind wrote them.
"""

from __future__ import annotations

import gzip
import hashlib
import json

import cbor2

SIGNATURE = b"pagefind_dcd"
FILTER_HASH = 7  # hex digits in the name of a filter file, as Pagefind writes it
META_HASH = 10  # and in the name of a meta file
META_FILTERS = 3  # the meta file's list of (filter name, filter file hash)


class UnexpectedIndex(Exception):
    """A file of the index is not in the form this module knows (another Pagefind version?)."""


def _decode(name: str, data: bytes) -> list:
    try:
        plain = gzip.decompress(data)
    except (OSError, EOFError) as exc:
        raise UnexpectedIndex(f"{name} is not gzip: {exc}") from None
    if not plain.startswith(SIGNATURE):
        raise UnexpectedIndex(f"{name} does not start with Pagefind's signature")
    value = cbor2.loads(plain[len(SIGNATURE):])
    if not isinstance(value, list):
        raise UnexpectedIndex(f"{name} does not hold a list")
    return value


def _encode(value: list) -> bytes:
    return gzip.compress(SIGNATURE + cbor2.dumps(value), compresslevel=9, mtime=0)


def _hash(language: str, data: bytes, digits: int) -> str:
    return f"{language}_{hashlib.sha256(data).hexdigest()[:digits]}"


def in_fixed_order(files: dict[str, bytes]) -> dict[str, bytes]:
    """The same index with its filters sorted and the files that changed named again."""
    out = dict(files)
    entry = json.loads(files["pagefind-entry.json"])
    for language, about in entry["languages"].items():
        meta_name = f"pagefind.{about['hash']}.pf_meta"
        meta = _decode(meta_name, out.pop(meta_name))
        filters = []
        for filter_name, old_hash in meta[META_FILTERS]:
            path = f"filter/{old_hash}.pf_filter"
            content = _decode(path, out.pop(path))
            if len(content) != 2 or not isinstance(content[1], list):
                raise UnexpectedIndex(f"{path} is not a filter's name and values")
            content[1] = sorted(content[1], key=lambda value: value[0])
            data = _encode(content)
            new_hash = _hash(language, data, FILTER_HASH)
            out[f"filter/{new_hash}.pf_filter"] = data
            filters.append([filter_name, new_hash])
        meta[META_FILTERS] = sorted(filters)
        data = _encode(meta)
        about["hash"] = _hash(language, data, META_HASH)
        out[f"pagefind.{about['hash']}.pf_meta"] = data
    out["pagefind-entry.json"] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return out
