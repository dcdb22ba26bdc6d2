"""Read one content file into plain data, remembering where every value came from.

YAML is read with a deliberately small schema: mappings, lists, strings,
whole and decimal numbers, true/false and null. Dates and times stay strings
(the models parse them, so an impossible date gets a located message rather
than a crash), and ``10:00`` is never read as the number 600. Anchors,
aliases and tags are refused: content has no need of them, and they are how
alias bombs and object-construction attacks arrive. Duplicate keys, which
PyYAML would silently accept, are errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, Optional

import frontmatter
import yaml
from yaml.composer import Composer
from yaml.cyaml import CParser
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from generator.problems import Problem

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40  # lists and mappings inside one another; content needs about ten

# YAML 1.1 counts these as line breaks, so a pasted one would split a value and shift every line
# number after it; editors show them as nothing at all.
_HIDDEN_BREAKS = re.compile("[\x85\u2028\u2029]")
_BREAK_NAMES = {"\x85": "next line", "\u2028": "line separator", "\u2029": "paragraph separator"}

Loc = tuple  # a path into the data: keys and list indexes


class Position(NamedTuple):
    """Where a value or key starts in its file (1-based); a plain pair, so that a checked file is small to keep."""

    line: int
    column: int


@dataclass
class SourceFile:
    """A file's data and the positions of its values and keys (1-based)."""

    path: str
    data: Any
    values: dict[Loc, Position] = field(default_factory=dict)
    keys: dict[Loc, Position] = field(default_factory=dict)
    body: Optional[str] = None
    body_line: int = 0  # the line of the file on which the Markdown body starts

    def position(self, loc: Loc, *, key: bool = False) -> Position:
        """Where the value (or, with ``key``, the key) at ``loc`` is; the nearest enclosing one if absent."""
        loc = tuple(loc)
        if key and loc in self.keys:
            return self.keys[loc]
        while loc:
            if loc in self.values:
                return self.values[loc]
            loc = loc[:-1]
        return self.values.get((), Position(1, 1))

    def problem(self, loc: Loc, message: str, *, severity: str = "error", key: bool = False) -> Problem:
        where = self.position(loc, key=key)
        return Problem(self.path, where.line, where.column, severity, message)


class SourceError(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


# ---------------------------------------------------------------- the YAML schema


class _ContentResolver(BaseResolver):
    """YAML 1.2 core schema, less the surprises of YAML 1.1 (yes/no, sexagesimals, timestamps)."""


_ContentResolver.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_ContentResolver.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
_ContentResolver.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789"))
_ContentResolver.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
    list("-+.0123456789"),
)

_SCALARS = {
    "tag:yaml.org,2002:str": str,
    "tag:yaml.org,2002:int": int,
    "tag:yaml.org,2002:float": float,
    "tag:yaml.org,2002:bool": lambda v: v.lower() == "true",
    "tag:yaml.org,2002:null": lambda v: None,
}


_COLLECTIONS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


class _Refused(yaml.MarkedYAMLError):
    """Valid YAML that content does not allow; its message is shown as it is."""


class _NoAliasComposer(Composer):
    _depth = 0

    def compose_node(self, parent, index):
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise _Refused(
                problem=f"aliases (*{event.anchor}) are not allowed in content; write the value out in full",
                problem_mark=event.start_mark,
            )
        event = self.peek_event()
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise _Refused(
                problem=f"anchors (&{anchor}) are not allowed in content; write each value out in full",
                problem_mark=event.start_mark,
            )
        if self._depth >= MAX_DEPTH:
            raise _Refused(
                problem=f"lists and fields are nested more than {MAX_DEPTH} levels deep here; "
                "content never needs so many: check the brackets and the indentation",
                problem_mark=event.start_mark,
            )
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _ContentLoader(Reader, Scanner, Parser, _NoAliasComposer, _ContentResolver):
    def __init__(self, stream):
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        _NoAliasComposer.__init__(self)
        _ContentResolver.__init__(self)


class _FastContentLoader(_NoAliasComposer, CParser, _ContentResolver):
    """The same reading, with libyaml scanning and parsing: several times faster on large archives.

    Only well-formed files are read this way; any problem is read again by the loader above, so
    that every message is the same whichever parser found it first.
    """

    def __init__(self, stream):
        CParser.__init__(self, stream)
        _NoAliasComposer.__init__(self)
        _ContentResolver.__init__(self)


_SYNTAX_HINTS = [
    ("'\\t'", "indent with spaces, not tabs"),
    ("expected a single document", "a content file holds one set of fields: remove the second '---' line"),
    ("unknown escape character", "inside double quotes a backslash starts an escape: use single quotes, or write \\\\"),
    ("found character '@'", "a value that starts with @ or ` must be put in quotes"),
    ("found character '`'", "a value that starts with @ or ` must be put in quotes"),
    ("mapping values are not allowed", "a value that contains ': ' must be put in quotes"),
    ("could not find expected ':'", "check the indentation of this line and the line before it"),
    ("expected <block end>", "check the indentation: items of one list or mapping must line up"),
    ("while scanning a quoted scalar", "the quote opened {opened} is not closed"),
    ("while parsing a flow", "the bracket opened {opened} is not closed, or an entry in it needs quotes"),
    ("<stream end>", "the bracket opened {opened} is not closed"),
    ("found unexpected end of stream", "a quote or bracket is not closed"),
]


def _syntax_problem(path: str, exc: yaml.MarkedYAMLError, line_offset: int) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line = (mark.line + 1 + line_offset) if mark else 1
    column = (mark.column + 1) if mark else 1
    problem = exc.problem or "not valid YAML"
    if isinstance(exc, _Refused):
        return Problem(path, line, column, "error", problem)
    if problem.startswith("but ") and exc.context:
        problem = f"{exc.context}, {problem}"
    text = f"{exc.context} {exc.problem}" if exc.context else problem
    opened = exc.context_mark
    where = f"on line {opened.line + 1 + line_offset}, column {opened.column + 1}" if opened else ""
    hint = next((h for needle, h in _SYNTAX_HINTS if needle in text and (where or "{opened}" not in h)),
                "check the line for a stray character or bad indentation")
    return Problem(path, line, column, "error", f"YAML syntax error: {problem} ({hint.format(opened=where)})")


def _unreadable_character(path: str, text: str, index: int, line_offset: int) -> Problem:
    line = text.count("\n", 0, index) + 1 + line_offset
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    char = text[index]
    name = _BREAK_NAMES.get(char)
    if name:
        what = f"the invisible character U+{ord(char):04X} ({name}) is not allowed in content"
        fix = "replace it with a space or an ordinary line break"
    else:
        what = f"the invisible control character U+{ord(char):04X} is not allowed in content"
        fix = "delete it (it was probably pasted in with the text)"
    return Problem(path, line, column, "error", f"{what}; {fix}")


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _to_data(node: Node, loc: Loc, source: SourceFile, offset: int) -> Any:
    source.values[loc] = Position(node.start_mark.line + 1 + offset, node.start_mark.column + 1)
    if not isinstance(node, ScalarNode) and node.tag not in _COLLECTIONS:
        raise _located(source.path, node, offset, f"the tag '{node.tag}' is not allowed in content; remove it")
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _SCALARS:
                raise _located(source.path, key_node, offset, "a key must be a plain word, such as 'title'")
            key = str(key_node.value)
            key_line = key_node.start_mark.line + 1 + offset
            if key in first_seen:
                raise _located(
                    source.path, key_node, offset,
                    f"duplicate key '{key}' (first given on line {first_seen[key]}); remove one of them",
                )
            first_seen[key] = key_line
            source.keys[loc + (key,)] = Position(key_line, key_node.start_mark.column + 1)
            result[key] = _to_data(value_node, loc + (key,), source, offset)
        return result
    if isinstance(node, SequenceNode):
        return [_to_data(item, loc + (i,), source, offset) for i, item in enumerate(node.value)]
    convert = _SCALARS.get(node.tag)
    if convert is None:
        raise _located(source.path, node, offset, f"the tag '{node.tag}' is not allowed in content; remove it")
    try:
        return convert(node.value)
    except ValueError:
        raise _located(
            source.path, node, offset,
            f"the number '{_short(node.value)}' has {len(node.value)} digits, too many to read; check it against the source",
        ) from None


def _located(path: str, node: Node, offset: int, message: str) -> SourceError:
    return SourceError(Problem(path, node.start_mark.line + 1 + offset, node.start_mark.column + 1, "error", message))


def _parse_fast(text: str, path: str, line_offset: int) -> SourceFile | None:
    """The file read with libyaml, or None when libyaml is missing or the file has any problem."""
    if not getattr(yaml, "__with_libyaml__", False):
        return None
    source = SourceFile(path=path, data=None)
    try:
        loader = _FastContentLoader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
        if node is None:
            source.values[()] = Position(1 + line_offset, 1)
            return source
        source.data = _to_data(node, (), source, line_offset)
    except (yaml.YAMLError, SourceError, RecursionError, ValueError):
        return None
    return source


def parse_yaml(text: str, path: str, line_offset: int = 0) -> SourceFile:
    """Parse one YAML document; raise SourceError with the position of the first problem."""
    source = SourceFile(path=path, data=None)
    hidden = _HIDDEN_BREAKS.search(text)
    if hidden:
        raise SourceError(_unreadable_character(path, text, hidden.start(), line_offset))
    fast = _parse_fast(text, path, line_offset)
    if fast is not None:
        return fast
    loader = None
    try:
        loader = _ContentLoader(text)
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise SourceError(_syntax_problem(path, exc, line_offset)) from None
    except yaml.reader.ReaderError as exc:
        raise SourceError(_unreadable_character(path, text, exc.position, line_offset)) from None
    except yaml.YAMLError as exc:
        raise SourceError(Problem(path, 1 + line_offset, 1, "error", f"YAML syntax error: {exc}")) from None
    finally:
        if loader is not None:
            loader.dispose()
    if node is None:
        source.values[()] = Position(1 + line_offset, 1)
        return source
    source.data = _to_data(node, (), source, line_offset)
    return source


# ---------------------------------------------------------------- files


def read_text(file: Path, path: str) -> str:
    """The file as text: UTF-8, BOM removed, line endings made '\\n'; SourceError if it is not text."""
    try:
        size = file.stat().st_size
        raw = file.read_bytes() if size <= MAX_FILE_BYTES else b""
    except OSError as exc:
        raise SourceError(Problem(
            path, 1, 1, "error", f"the file cannot be read ({exc.strerror or exc}); check that it is an ordinary file",
        )) from None
    if size > MAX_FILE_BYTES:
        raise SourceError(Problem(
            path, 1, 1, "error",
            f"file is {size / 1048576:.1f} MB; content files must be under {MAX_FILE_BYTES // 1048576} MB "
            "(put large documents elsewhere and link to them)",
        ))
    if b"\x00" in raw:
        at = raw.index(b"\x00")
        line = raw[:at].count(b"\n") + 1
        raise SourceError(Problem(
            path, line, 1, "error",
            "this is a binary file, not text; content files must be UTF-8 text (YAML or Markdown)",
        ))
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise SourceError(Problem(
            path, line, column, "error",
            f"byte 0x{raw[exc.start]:02x} is not UTF-8; save the file with the UTF-8 encoding",
        )) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_yaml_file(file: Path, path: str) -> SourceFile:
    return parse_yaml(read_text(file, path), path)


_BOUNDARY = frontmatter.YAMLHandler.FM_BOUNDARY


def load_markdown_file(file: Path, path: str) -> SourceFile:
    """A Markdown file whose YAML front matter sits between two '---' lines at the top."""
    text = read_text(file, path)
    if not frontmatter.YAMLHandler().detect(text):
        raise SourceError(Problem(
            path, 1, 1, "error",
            "missing front matter: start the file with a line '---', the fields, then another '---'",
        ))
    opening = _BOUNDARY.search(text)
    closing = _BOUNDARY.search(text, opening.end())
    if closing is None:
        raise SourceError(Problem(path, 1, 1, "error", "front matter is not closed: add a line '---' after the fields"))
    front, body = frontmatter.YAMLHandler().split(text)
    offset = text[: opening.end()].count("\n")
    source = parse_yaml(front, path, line_offset=offset)
    rest = text[closing.end():]
    leading = rest[: len(rest) - len(rest.lstrip("\n"))]
    source.body = body.strip("\n")
    source.body_line = text[: closing.end()].count("\n") + 1 + leading.count("\n")
    return source
