"""The office's own meeting pack (letter, agenda, minutes, presentations), read by ``Parser``."""

from generator.importer.office.parser import Parser, parse

__all__ = ["Parser", "parse"]
