"""Derive: cross-links, indexes and series computed from the validated content."""
