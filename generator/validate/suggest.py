"""'Did you mean ...?': the one known name a misspelt one was most likely meant to be.

A suggestion is only made for a slip of the keyboard: a few letters left out, doubled, swapped or
wrong (edit distance, counting a swap of two neighbours as one slip). Names that carry different
numbers are different things (another meeting's date, another plan's years), so they are never
suggested for one another, however alike the rest of the name is.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from rapidfuzz import process
from rapidfuzz.distance import OSA

_NUMBERS = re.compile(r"\d+")


def _numbers(name: str) -> list[int]:
    return [int(n) for n in _NUMBERS.findall(name)]


def slips_allowed(name: str) -> int:
    """How many slips a name of this length may have and still be recognised: one in five letters, 1 to 3."""
    return max(1, min(3, len(name) // 5))


def closest(name: str, known: Iterable[str]) -> Optional[str]:
    """The known name nearest to ``name`` within the slips allowed, or None (ties go to the first in order)."""
    numbers = _numbers(name)
    candidates = sorted({k for k in known if k != name and _numbers(k) == numbers})
    found = process.extract(name, candidates, scorer=OSA.distance, score_cutoff=slips_allowed(name), limit=None)
    if not found:
        return None
    best = min(distance for _, distance, _ in found)
    return next(choice for choice, distance, _ in found if distance == best)


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """``"; did you mean 'x'?"`` when a close name is known, otherwise nothing."""
    match = closest(name, known)
    return f"; did you mean '{match}'?" if match else ""
