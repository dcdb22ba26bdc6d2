"""Write draft data as YAML that people read and edit: block scalars for long text, keys in model order.

A small writer of our own rather than ``yaml.dump``: it keeps the key order it
is given, writes multi-line text as ``|-`` blocks and long lines as folded
``>-`` blocks, puts rows of tables on one line each, and can put a comment
after a value (``kind: finance  # guessed ...``). Every string that the
content loader would read as something else (a number, true, null) or that
YAML syntax would trip over is quoted.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Optional

WIDTH = 100

_RESOLVED_AS_OTHER = re.compile(
    r"^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?\.?\d[\d_.:,eE+-]*|\.(?:inf|nan)|[-+]?\.inf)$", re.IGNORECASE
)
# What the content loader reads as it is; anything else (controls, and the line breaks U+0085, U+2028 and
# U+2029 that it refuses) is written as an escape inside double quotes.
_PRINTABLE = re.compile("^[\t\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*$")


def _plain_ok(text: str, flow: bool = False) -> bool:
    if not text or text != text.strip() or "\n" in text or "\t" in text:
        return False
    if not _PRINTABLE.match(text):
        return False
    if _RESOLVED_AS_OTHER.match(text):
        return False
    if text[0] in "-?:,[]{}#&*!|>'\"%@`" and not (text[0] in "-?:" and len(text) > 1 and text[1] not in " \t"):
        return False
    if text[0] in "-?:" and len(text) > 1 and text[1] in " \t":
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    if flow and re.search(r"[,\[\]{}]", text):
        return False
    return True


def _quoted(text: str) -> str:
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif not _PRINTABLE.match(ch):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def scalar(value: Any, flow: bool = False) -> str:
    """One value on one line."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    text = str(value)
    return text if _plain_ok(text, flow) else _quoted(text)


def _fold(text: str, width: int) -> Optional[list[str]]:
    """Text broken at single spaces into lines of about ``width``, for a ``>-`` block; None if it cannot be."""
    if not _PRINTABLE.match(text) or "\t" in text or "\n" in text or text != text.strip() or "  " in text:
        return None
    words = text.split(" ")
    lines, current = [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return lines


def _block(text: str) -> Optional[list[str]]:
    """Multi-line text as the lines of a ``|-`` block; None if a block cannot hold it exactly."""
    if not _PRINTABLE.match(text) or text != text.strip("\n") or text[:1] in (" ", "\t"):
        return None
    lines = text.split("\n")
    if any(line != line.rstrip(" \t") for line in lines):
        return None
    return lines


class Writer:
    def __init__(self, comments: Optional[dict[tuple, str]] = None):
        self.out: list[str] = []
        self.comments = comments or {}

    def _comment(self, path: tuple) -> str:
        note = self.comments.get(path)
        return f"  # {note}" if note else ""

    def value(self, head: str, value: Any, indent: int, path: tuple) -> None:
        """``head`` is what comes before the value on its line ("key:" or "-")."""
        comment = self._comment(path)
        if isinstance(value, dict):
            if not value:
                self.out.append(f"{head} {{}}{comment}")
                return
            self.out.append(f"{head}{comment}")
            self.mapping(value, indent, path)
            return
        if isinstance(value, list):
            if not value:
                self.out.append(f"{head} []{comment}")
                return
            self.out.append(f"{head}{comment}")
            self.sequence(value, indent, path)
            return
        if isinstance(value, str) and "\n" in value:
            lines = _block(value)
            if lines is not None:
                self.out.append(f"{head} |-{comment}")
                self.out.extend((" " * indent + line) if line else "" for line in lines)
                return
        if isinstance(value, str) and len(head) + 1 + len(value) > WIDTH and " " in value:
            lines = _fold(value, max(40, WIDTH - indent))
            if lines is not None and len(lines) > 1:
                self.out.append(f"{head} >-{comment}")
                self.out.extend(" " * indent + line for line in lines)
                return
        self.out.append(f"{head} {scalar(value)}{comment}")

    def mapping(self, data: dict, indent: int, path: tuple, first: Optional[str] = None) -> None:
        for index, (key, value) in enumerate(data.items()):
            lead = first if (first is not None and index == 0) else " " * indent
            self.value(f"{lead}{key}:", value, indent + 2, path + (key,))

    def sequence(self, items: list, indent: int, path: tuple) -> None:
        dash = " " * indent + "- "
        for index, item in enumerate(items):
            at = path + (index,)
            if isinstance(item, dict) and item:
                self.mapping(item, indent + 2, at, first=dash)
            elif isinstance(item, list):
                self.out.append(dash + "[" + ", ".join(scalar(cell, flow=True) for cell in item) + "]" + self._comment(at))
            else:
                self.value(dash.rstrip(), item, indent + 2, at)


def dump(data: dict[str, Any], *, header: Optional[list[str]] = None, comments: Optional[dict[tuple, str]] = None) -> str:
    """The data as YAML text, with ``header`` lines as comments at the top and ``comments`` after values."""
    writer = Writer(comments)
    for line in header or []:
        writer.out.append(f"# {line}".rstrip() if line else "#")
    previous_top = None
    for key, value in data.items():
        if previous_top is not None and isinstance(value, (dict, list)) and value:
            writer.out.append("")
        writer.value(f"{key}:", value, 2, (key,))
        previous_top = key
    return "\n".join(writer.out) + "\n"
