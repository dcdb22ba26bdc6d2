"""Abbreviations on pages and in search, from content/glossary.yaml.

A page's Markdown gets an abbreviation definition (``*[ASB]: antisocial behaviour``) for every
glossary term it uses; Markdown's ``abbr`` extension turns those into ``<abbr title=...>`` and
``first_uses_only`` then keeps the mark-up on the first use on the page. Search gets, for each
page or record, the words of every term it uses in either form, so that a query for one form
finds the papers that print the other.
"""

from __future__ import annotations

import html as html_lib
import re
from functools import lru_cache

from generator.models import GlossaryTerm


@lru_cache(maxsize=None)
def _abbreviation(term: str) -> re.Pattern:
    return re.compile(rf"(?<![\w&-]){re.escape(term)}(?![\w&-])")


@lru_cache(maxsize=None)
def _phrase(text: str) -> re.Pattern:
    words = [re.escape(w) for w in text.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def abbreviation_used(text: str, term: GlossaryTerm) -> bool:
    return bool(_abbreviation(term.abbreviation).search(text))


def term_used(text: str, term: GlossaryTerm) -> bool:
    """Whether the text uses the term in any of its forms (the abbreviation as printed, the words in any case)."""
    if abbreviation_used(text, term):
        return True
    return any(_phrase(form).search(text) for form in [term.expansion, *term.synonyms])


def terms_used(text: str, glossary: list[GlossaryTerm]) -> list[GlossaryTerm]:
    return [term for term in glossary if term_used(text, term)]


def search_words(terms: list[GlossaryTerm]) -> str:
    """Every form of these terms, as words for a search index."""
    return " ".join(form for term in terms for form in [term.abbreviation, term.expansion, *term.synonyms])


def definitions(text: str, glossary: list[GlossaryTerm]) -> str:
    """Markdown abbreviation definitions for the terms whose abbreviation the text uses."""
    used = [term for term in glossary if abbreviation_used(text, term)]
    return "".join(f"\n*[{term.abbreviation}]: {term.expansion}" for term in used)


ABBR = re.compile(r"<abbr title=\"(?P<title>[^\"]*)\">(?P<text>[^<]*)</abbr>")


def first_uses_only(html: str) -> str:
    """The page with only the first ``<abbr>`` of each abbreviation kept; later uses become plain text."""
    seen: set[str] = set()

    def keep_first(match: re.Match) -> str:
        key = html_lib.unescape(match.group("text"))
        if key in seen:
            return match.group("text")
        seen.add(key)
        return match.group(0)

    return ABBR.sub(keep_first, html)
