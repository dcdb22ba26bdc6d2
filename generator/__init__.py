"""Commissioner's Papers: builds the public website of a Police and Crime Commissioner's meeting papers."""

__version__ = "0.1.0"
