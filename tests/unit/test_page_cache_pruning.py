"""The page cache drops entries no page used after a whole build, but keeps them after a dirty rebuild of a few pages."""

from generator import mkdocs_hooks
from generator.page_cache import PageCache


def cache_with_one_unused_entry(tmp_path, monkeypatch):
    cache = PageCache(tmp_path / "page-cache", "settings")
    cache.store("unused", {"content": "<p>kept for later</p>"})
    monkeypatch.setattr(mkdocs_hooks, "_cache", cache)
    monkeypatch.setattr(mkdocs_hooks, "_partial", False)
    return tmp_path / "page-cache" / "unused.json"


def test_a_dirty_rebuild_keeps_the_entries_it_did_not_use(tmp_path, monkeypatch):
    entry = cache_with_one_unused_entry(tmp_path, monkeypatch)
    mkdocs_hooks.on_startup(command="serve", dirty=True)
    mkdocs_hooks.on_post_build(config=None)
    assert entry.is_file()


def test_a_whole_build_removes_the_entries_no_page_used(tmp_path, monkeypatch):
    entry = cache_with_one_unused_entry(tmp_path, monkeypatch)
    mkdocs_hooks.on_startup(command="build", dirty=False)
    mkdocs_hooks.on_post_build(config=None)
    assert not entry.exists()
