"""Each page's policy allows exactly its own inline scripts."""

import base64
import hashlib

from generator.csp import inline_script_hashes, policy, with_policy


def test_hashes_cover_inline_scripts_only():
    body = "var x = 1;"
    expected = "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
    html = (f'<head></head><script>{body}</script><script src="a.js"></script>'
            '<script id="__config" type="application/json">{"a": 1}</script>')
    assert inline_script_hashes(html) == [expected]


def test_policy_is_strict_and_goes_first_in_head():
    page = with_policy("<html><head><title>x</title></head><body><script>go()</script></body></html>")
    assert page.startswith('<html><head>\n    <meta http-equiv="Content-Security-Policy" content="default-src \'none\'; script-src \'self\' \'sha256-')
    text = policy([])
    assert "'unsafe-inline'" not in text and "object-src 'none'" in text and "style-src 'self'" in text
