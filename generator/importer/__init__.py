"""Import: turn the documents staff already have (text, .docx, .pdf) into draft meeting files.

``run_import`` is the whole of it; the parts are:

- ``extract``: read a file into lines of plain text;
- ``people``: match names and posts to ``content/people.yaml``, propose ids for new people;
- ``parse``: find the letter, agenda, minutes and presentations in the lines;
- ``drafts``: shape what was found into ``Meeting`` data and check it with the content model;
- ``emit``: write that data as readable YAML;
- ``command``: the entry point that ties them together and reports what happened.
"""

from generator.importer.command import run_import

__all__ = ["run_import"]
