"""Every kind of page works under its own Content-Security-Policy: nothing is blocked, nothing breaks."""

from __future__ import annotations

import pytest

from support.browsing import KINDS, visit

LISTEN = """() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', e =>
        window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile || 'page'}`));
}"""


@pytest.fixture
def guarded(desktop):
    desktop.add_init_script(script=f"({LISTEN})()")
    return desktop


@pytest.mark.browser
@pytest.mark.parametrize("kind", [k for k in KINDS if k != "other"])
def test_page_kind_runs_under_its_policy(guarded, base_url, visits, kind):
    page = visit(guarded, base_url, visits, kind)
    policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    assert policy and "default-src 'none'" in policy and "'unsafe-inline'" not in policy
    page.wait_for_load_state("networkidle")  # every script and style the page asks for has been fetched and run
    violations = page.evaluate("window.__cspViolations")
    assert violations == [], f"{kind}: {violations}"
    assert page.script_errors == []


@pytest.mark.browser
def test_the_check_sees_a_script_the_policy_does_not_allow(guarded, base_url):
    from generator.csp import with_policy

    allowed = f"<script>({LISTEN})(); window.allowed = 1</script>"
    html = with_policy(f"<!doctype html><html><head><title>t</title></head><body>{allowed}</body></html>")
    guarded.goto("about:blank")
    guarded.set_content(html.replace("</body>", "<script>window.injected = 1</script></body>"))
    guarded.wait_for_function("window.__cspViolations.some(v => v.startsWith('script-src'))")
    assert guarded.evaluate("window.allowed") == 1
    assert guarded.evaluate("window.injected") is None
    assert any("script-src" in v for v in guarded.evaluate("window.__cspViolations"))
