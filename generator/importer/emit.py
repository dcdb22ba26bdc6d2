"""Write draft data as YAML that people read and edit, with ruamel.yaml.

ruamel.yaml keeps the key order it is given, writes comments (the notes at the
top of a draft, and ``kind: other  # not stated ...`` after a value), and
quotes every string the content loader would read as something else (a
number, a date, true, null). Multi-line text becomes a ``|-`` block and long
one-line text a folded ``>-`` block where a block gives back exactly the same
text; rows of tables stay on one line each.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any, Optional

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, FoldedScalarString, LiteralScalarString

WIDTH = 100
# What a block scalar can hold exactly: printable text, no tabs, no trailing or doubled spaces.
_BLOCK_SAFE = re.compile("^[\t\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*$")


def _block(text: str) -> Optional[LiteralScalarString]:
    if "\n" not in text or not _BLOCK_SAFE.match(text) or text != text.strip() or text[:1] in " #":
        return None
    lines = text.split("\n")
    if any(line != line.rstrip(" \t") or line.startswith((" ", "\t")) for line in lines):
        return None
    return LiteralScalarString(text)


def _folded(text: str, room: int) -> Optional[FoldedScalarString]:
    if len(text) <= room or "\n" in text or not _BLOCK_SAFE.match(text) or text != text.strip() or "  " in text:
        return None
    if " " not in text or text[:1] in "#":
        return None
    return FoldedScalarString(text)


def _convert(value: Any, indent: int, comments: dict[tuple, str], path: tuple) -> Any:
    if isinstance(value, dict):
        out = CommentedMap()
        for key, item in value.items():
            out[key] = _convert(item, indent + 2, comments, path + (key,))
            note = comments.get(path + (key,))
            if note:
                out.yaml_add_eol_comment(note, key)
        return out
    if isinstance(value, list):
        out = CommentedSeq()
        for index, item in enumerate(value):
            if isinstance(item, list):  # a row of a table: one line
                row = CommentedSeq(_cell(cell) for cell in item)
                row.fa.set_flow_style()
                out.append(row)
            else:
                out.append(_convert(item, indent + 2, comments, path + (index,)))
        return out
    if isinstance(value, str):
        if not _BLOCK_SAFE.match(value):
            return DoubleQuotedScalarString(value)  # control characters and odd line breaks, as escapes
        return _block(value) or _folded(value, WIDTH - indent - 12) or value
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    return value


_PLAIN_CELL = re.compile(r"^[A-Za-z][\w .%()/'’-]*$")


def _cell(value: Any) -> Any:
    """A cell of a table row; text other than plain words is double-quoted, as flow style is strict."""
    if isinstance(value, str) and not _PLAIN_CELL.match(value):
        return DoubleQuotedScalarString(value)
    return value


def _yaml() -> YAML:
    yaml = YAML()
    yaml.width = WIDTH - 6  # the emitter may run a word past its width
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    return yaml


def dump(data: dict[str, Any], *, header: Optional[list[str]] = None, comments: Optional[dict[tuple, str]] = None) -> str:
    """The data as YAML text, with ``header`` lines as comments at the top and ``comments`` after values."""
    document = _convert(data, 0, comments or {}, ())
    buffer = io.StringIO()
    _yaml().dump(document, buffer)
    text = buffer.getvalue()
    # A blank line before each top-level block (agenda, minutes ...), as hand-written files have it.
    text = re.sub(r"\n(?=[a-z_]+:\n)", "\n\n", text)
    lines = [f"# {line}".rstrip() if line else "#" for line in header or []]
    return ("\n".join(lines) + "\n" if lines else "") + text
