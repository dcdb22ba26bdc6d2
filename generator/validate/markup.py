"""Refuse markup that could run code or pull in other pages, wherever text appears in content.

Text fields and Markdown bodies may use Markdown and harmless inline HTML; anything below is
refused with its location, so the author learns of it before the page's HTML allow-list
silently removes it.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from generator.load.source import Loc, SourceFile
from generator.problems import Problem

DANGEROUS = [
    (re.compile(r"<\s*(script|iframe|object|embed|style|form|input|button|textarea|select|link|meta|base|svg|math)\b", re.I),
     "the HTML element <{0}> is not allowed in content; write plain text or Markdown"),
    (re.compile(r"<[^<>]*[\s/\"']on[a-z]+\s*=", re.I), "HTML event handlers (on...=) are not allowed in content; remove the attribute"),
    (re.compile(r"(?:\]\(|\]:|(?:href|src)\s*=)[\s<\"']*(javascript|vbscript|data)\s*:", re.I),
     "'{0}:' addresses are not allowed in content; link to a web page (https://...) or a page of this site"),
]


def _strings(data: Any, loc: Loc = ()) -> Iterable[tuple[Loc, str]]:
    if isinstance(data, str):
        yield loc, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, loc + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, loc + (index,))


def _findings(text: str) -> Iterable[tuple[int, str]]:
    """(line within the text, message) for each dangerous construct."""
    for pattern, message in DANGEROUS:
        for match in pattern.finditer(text):
            found = match.group(1) if match.groups() else ""
            yield text.count("\n", 0, match.start()), message.format(found.lower())


def check_markup(source: SourceFile) -> list[Problem]:
    problems = []
    for loc, text in _strings(source.data):
        for _, message in _findings(text):
            problems.append(source.problem(loc, message))
    if source.body:
        for line, message in _findings(source.body):
            problems.append(Problem(source.path, source.body_line + line, 1, "error", message))
    return problems
