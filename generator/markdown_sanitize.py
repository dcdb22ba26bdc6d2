"""A Python-Markdown extension that passes each page's finished HTML through the allow-list, and
keeps an abbreviation's expansion on its first use on the page only.

Named under ``markdown_extensions:`` in mkdocs.yml, it runs inside the Markdown conversion of every
page, so any engine that reads that file (MkDocs, ProperDocs, Zensical) applies it: the site's
safety does not depend on an engine running MkDocs hooks.
"""

from __future__ import annotations

from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor

from generator.derive.glossary import first_uses_only
from generator.sanitize import sanitize_html

# Markdown puts raw HTML back at priority 30 and entities at 20: the allow-list comes after both.
PRIORITY = 0


class _Sanitize(Postprocessor):
    def run(self, text: str) -> str:
        return first_uses_only(sanitize_html(text))


class SanitizeExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.postprocessors.register(_Sanitize(md), "papers-sanitize", PRIORITY)


def makeExtension(**kwargs) -> SanitizeExtension:
    return SanitizeExtension(**kwargs)
