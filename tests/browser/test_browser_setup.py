"""The browser tests' own tools are installed; if not, they fail and say how to install them."""

from __future__ import annotations

import pytest

from support.browsing import AXE, SETUP_HINT, chromium_path

pytestmark = pytest.mark.browser


def test_chromium_and_axe_are_installed():
    chromium_path()
    assert AXE.is_file(), f"axe-core is not installed ({AXE} is missing): {SETUP_HINT}."


def test_a_missing_chromium_fails_the_tests_with_directions(tmp_path):
    with pytest.raises(pytest.fail.Exception, match=r"make browser-setup.*apt-get install chromium"):
        chromium_path((tmp_path / "chromium",))
