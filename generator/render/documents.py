"""The original documents the public view links to, copied byte for byte to their addresses under documents/.

Only documents attached to something the public may read are here: one attached to exempt business,
to a draft or to nothing at all is never copied (see ``generator.derive.record.Documents``).
"""

from __future__ import annotations

from generator.derive.site import Site


def document_files(site: Site) -> dict[str, bytes]:
    return {link.page: link.file.read_bytes() for link in site.documents.values()}
