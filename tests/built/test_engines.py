"""The site does not depend on MkDocs itself: ProperDocs (its maintained fork) builds the same pages.

Material for MkDocs and MkDocs 1.x are near their end; moving to ProperDocs must be a change of the
command only. The generated pages are built again with ProperDocs from the same mkdocs.yml and every
page's article (what the generator and the Markdown extensions made) must be the same.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import lxml.html


def article(page: Path) -> bytes:
    tree = lxml.html.fromstring(page.read_bytes())
    return b"".join(lxml.html.tostring(node) for node in tree.xpath("//article"))


def test_properdocs_builds_the_same_page_bodies(built_site, tmp_path):
    target = tmp_path / "properdocs-site"
    result = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict", "--config-file", str(built_site / "mkdocs.yml"),
         "--site-dir", str(target)],
        cwd=built_site, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    ours = {p.relative_to(built_site / "site").as_posix() for p in (built_site / "site").rglob("*.html")}
    theirs = {p.relative_to(target).as_posix() for p in target.rglob("*.html")}
    assert ours == theirs
    assert len(ours) > 50
    differ = [name for name in sorted(ours) if article(built_site / "site" / name) != article(target / name)]
    assert differ == []
    assert all(article(target / name) for name in ours if name != "404.html"), "a page has no article to compare"
