"""Import: turn the documents staff already have (text, .docx, .pdf, saved .html pages) into draft files.

``run_import`` is the whole of it; the parts are:

- ``extract``: read a file into lines of plain text;
- ``readers``: detect the layout and read the lines with that layout's reader (``office``: the
  office's own pack), giving drafts built from the content models;
- ``people``: match names and posts to ``content/people.yaml``, propose ids for new people
  (and for names that fit someone only by initial or rank, reported as possible matches);
- ``output`` and ``shaping``: shape the drafts into ``Meeting`` and ``DecisionNotice`` data and
  check it with the content model;
- ``folding``: report any item number found inside another item's text;
- ``emit``: write that data as readable YAML;
- ``command``: the entry point that ties them together and reports what happened.
"""

from generator.importer.command import run_import

__all__ = ["run_import"]
