"""The last guard against folding: an item number the draft lacks, found inside another item's text.

Every reader splits run-on items as it goes; this check does not trust them. It looks
at the finished draft of a meeting, whatever layout it came from: where the text of an
agenda item or minute (its title, description or text) holds something that reads as
the heading of a numbered item ("3. QUESTIONS FROM THE PUBLIC", "4) Fleet", "Item 5:
Estates") whose number the draft has no item for, it is reported as a problem with the
line of the source it comes from, so that no item can disappear into its neighbour
unseen.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from generator.importer.text import Line

# A numbered heading inside running text: a number (not part of a decimal, a date, a sum or a time)
# with "." or ")" and a word in capitals; or "Item N" followed by a colon or dash.
HEADING_IN_TEXT = re.compile(
    r"(?:^|(?<=[\s.;:]))(?<![\d£$.,/])(?P<n>\d{1,3})\s*[.)]\s+(?P<title>[A-Z][A-Za-z'’&-]+(?:\s+[A-Za-z'’&-]+){0,6})"
    r"|\bItem\s+(?P<item>\d{1,3})\s*[:–—-]\s*(?P<item_title>[A-Z][^.;]{2,60})"
)
# Words after which a number is a reference, not a heading ("paragraph 3. The", "minute 12) was").
REFERENCE_WORDS = re.compile(
    r"\b(?:paragraphs?|para|sections?|pages?|minutes?|items?|appendix|appendices|annex|recommendations?|points?|options?|"
    r"stages?|phases?|parts?|schedule|no|number|version|level|tier|table|figure|chapter|clause|article|rule|step|year|quarter|q)\s*$",
    re.IGNORECASE,
)


def _headings(text: str) -> Iterator[tuple[int, str]]:
    for match in HEADING_IN_TEXT.finditer(text):
        if match.group("item"):
            yield int(match.group("item")), match.group(0)
            continue
        if REFERENCE_WORDS.search(text[: match.start()]):
            continue
        yield int(match.group("n")), match.group(0)


def _texts(entry: dict[str, Any], fields: tuple[str, ...]) -> Iterator[str]:
    for name in fields:
        value = entry.get(name)
        if isinstance(value, str):
            yield value
    for resolution in entry.get("resolutions") or []:
        if isinstance(resolution, dict) and isinstance(resolution.get("text"), str):
            yield resolution["text"]


def _source_line(snippet: str, lines: list[Line]) -> str:
    """The line the heading comes from: the first holding its words (all of them, or its first three or two:
    a paragraph of the draft may join lines of the source)."""
    words = snippet.split()
    for key in (" ".join(words)[:40], " ".join(words[:3]), " ".join(words[:2])):
        for line in lines:
            if key and key in " ".join(line.text.split()):
                return f"line {line.no}"
    return "a line"


def folded_items(data: dict[str, Any], lines: list[Line]) -> list[str]:
    """Problems: numbered headings inside an item's text whose number the draft has no item for."""
    problems = []
    groups = (
        ("agenda item", data.get("agenda") or [], ("title", "description")),
        ("minute", (data.get("minutes") or {}).get("items") or [], ("title", "text")),
    )
    # The ranges of both numberings count: a committee page numbers its agenda 1-5 and its minutes 12-16.
    ranges = [{entry.get("number") for entry in entries if isinstance(entry.get("number"), int)} for _, entries, _ in groups]
    near = {n for numbers in ranges if numbers for n in range(max(min(numbers) - 1, 1), max(numbers) + 4)}
    for (what, entries, fields), numbers in zip(groups, ranges):
        for entry in entries:
            for text in _texts(entry, fields):
                for number, heading in _headings(text):
                    if number in numbers or number not in near or any(number in other for other in ranges):
                        continue
                    problems.append(
                        f"{_source_line(heading, lines)}: '{' '.join(heading.split())[:60]}' inside the text of {what} "
                        f"{entry.get('number')} reads as the heading of an item {number}, which the draft does not have: "
                        f"check whether it is an item of its own"
                    )
    return problems
