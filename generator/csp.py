"""A Content-Security-Policy for every page, written into the page itself.

The theme puts two small scripts inline in each page; their text depends on how deep the page
is, so each page gets a policy allowing exactly its own inline scripts (by SHA-256 hash) and
nothing else but files from the site itself. Search runs WebAssembly, hence 'wasm-unsafe-eval'.
A <meta> policy works on any host, GitHub Pages included; a host that can send headers can
send the site-wide policy from build/content-security-policy.txt as well.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?:\s+[^>]*)?)>(?P<body>.*?)</script>", re.S | re.I)
NOT_RUN = re.compile(r"""\btype\s*=\s*["']?application/(?:ld\+)?json""", re.I)

DIRECTIVES = [
    ("default-src", "'none'"),
    ("script-src", "'self' {hashes} 'wasm-unsafe-eval'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("manifest-src", "'self'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
    ("object-src", "'none'"),
]


def inline_script_hashes(html: str) -> list[str]:
    """The CSP hash source of every inline script that a browser would run, in page order."""
    found = []
    for match in INLINE_SCRIPT.finditer(html):
        if "src=" in match.group("attrs") or NOT_RUN.search(match.group("attrs")):
            continue
        digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
        source = f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
        if source not in found:
            found.append(source)
    return found


def policy(hashes: list[str]) -> str:
    return "; ".join(f"{name} {value.format(hashes=' '.join(sorted(hashes)))}".replace("  ", " ") for name, value in DIRECTIVES)


def with_policy(html: str) -> str:
    """The page with its own policy as the first element of <head>."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(inline_script_hashes(html))}">'
    return re.sub(r"<head>", "<head>\n    " + meta, html, count=1, flags=re.I)


def apply_to_site(site: Path) -> str:
    """Write each page's policy into it; return the site-wide policy (every page's hashes)."""
    every: set[str] = set()
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        every.update(inline_script_hashes(html))
        page.write_text(with_policy(html), encoding="utf-8")
    return policy(sorted(every)) + "; frame-ancestors 'none'"
