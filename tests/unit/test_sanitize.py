"""The page-body allow-list: what the papers use survives, anything that could run code does not."""

from generator.sanitize import sanitize_html

PAYLOADS = [
    '<script>alert(1)</script>',
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<iframe src="https://example.org"></iframe>',
    '<object data="x.swf"></object>',
    '<style>body{display:none}</style>',
    '<form action="https://example.org"><input name="q"></form>',
    '<svg onload="alert(1)"></svg>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<body onload="alert(1)">',
]


def test_every_payload_is_neutralised():
    for payload in PAYLOADS:
        cleaned = sanitize_html(payload).lower()
        for bad in ("<script", "onerror", "onload", "javascript:", "data:", "<iframe", "<object", "<style", "<form", "<input", "style="):
            assert bad not in cleaned, f"{payload!r} -> {cleaned!r}"
    print(f"\n{len(PAYLOADS)} injection payloads neutralised")


def test_the_markup_the_papers_use_survives():
    html = (
        '<h4 id="minute-008">008. Capital <a class="headerlink" href="#minute-008" title="Link">¶</a></h4>'
        '<ol class="resolutions" type="i"><li id="minute-008-resolution-i">Noted</li></ol>'
        '<div class="data-table" role="region" aria-labelledby="t-caption" tabindex="0"><table id="t">'
        '<caption id="t-caption">T</caption><thead><tr><th scope="col">A</th></tr></thead>'
        '<tbody><tr><th scope="row">x</th><td>1</td></tr></tbody></table></div>'
        '<img alt="Chart" src="../charts/a.svg" class="chart" aria-describedby="d" loading="lazy">'
        '<a href="../../people/peter-mccall/">Peter McCall</a>'
    )
    assert sanitize_html(html) == html
