"""Figures of a built site: sizes of its pages and search index, and the first search in Chromium.

Search: site/ is served over HTTP on 127.0.0.1 by a small server that counts what it sends; a new
Chromium context (empty cache) opens the page where a visitor searches and types a phrase.
"""

from __future__ import annotations

import functools
import gzip
import html
import http.server
import re
import statistics
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Optional

CHROMIUM = "/usr/lib/chromium/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SEARCH_TIMEOUT_S = 240




def site_figures(root: Path) -> dict:
    site = root / "site"
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = [(p.stat().st_size, p) for p in files if p.suffix == ".html"]
    meetings = [(s, p) for s, p in pages if re.search(r"meetings/\d{4}/\d{4}-\d\d-\d\d-[^/]+/index\.html$", p.as_posix())]
    largest = max(pages)
    largest_meeting = max(meetings)
    kind = search_kind(site)
    index_files = ([site / "search" / "search_index.json"] if kind == "material"
                   else [p for p in (site / "pagefind").rglob("*") if p.is_file()] if kind == "pagefind" else [])
    words = [page_words(p) for _, p in meetings]
    charts = list((root / "build" / "docs" / "charts").glob("meetings--*.svg"))
    return {
        "site_bytes": sum(p.stat().st_size for p in files),
        "site_files": len(files),
        "html_pages": len(pages),
        "largest_page": largest[0],
        "largest_page_path": largest[1].relative_to(site).as_posix(),
        "meeting_page_max": largest_meeting[0],
        "meeting_page_max_path": largest_meeting[1].relative_to(site).as_posix(),
        "meeting_page_median": statistics.median(s for s, _ in meetings),
        "search_kind": kind or "none",
        "search_index_bytes": sum(p.stat().st_size for p in index_files),
        "search_index_files": len(index_files),
        "words_per_meeting": statistics.mean(words) if words else 0,
        "charts_per_meeting": len(charts) / max(1, len(meetings)),
    }


def page_words(page: Path) -> int:
    """Words a reader sees in the page's article: tags, scripts, styles and drawings left out."""
    text = page.read_text(encoding="utf-8")
    match = re.search(r"<article\b.*?</article>", text, re.S)
    body = match.group(0) if match else text
    body = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", body, flags=re.S)
    body = html.unescape(re.sub(r"<[^>]+>", " ", body))
    return len(body.split())


def search_kind(site: Path) -> Optional[str]:
    """Which search the site has: Pagefind's index, or the theme's own search_index.json."""
    if (site / "pagefind").is_dir():
        return "pagefind"
    if (site / "search" / "search_index.json").is_file():
        return "material"
    return None


COMMON = {"were", "have", "that", "with", "this", "from", "been", "which", "there", "their", "will", "would", "over",
          "into", "also", "they", "them", "than", "then", "what", "when", "where", "some", "more", "such", "being"}


def search_phrase(root: Path) -> str:
    """Three words in a row from the minuted discussion of the newest meeting: a phrase a visitor might remember."""
    from generator.load.source import load_yaml_file

    newest = max((root / "content" / "meetings").glob("*/*.yaml"))
    data = load_yaml_file(newest, newest.name).data
    for item in data["minutes"]["items"]:
        paragraphs = item.get("text", "").split("\n\n")
        if item["number"] <= 5 or len(paragraphs) < 3:
            continue
        words = paragraphs[1].replace(",", " ").split()
        for i in range(len(words) - 2):
            window = words[i:i + 3]
            if all(w.isalpha() and len(w) >= 4 and w.lower() not in COMMON for w in window):
                return " ".join(w.lower() for w in window)
    return "treasury management"


# ---------------------------------------------------------------- search in Chromium


class _CountingHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_head(self):
        self.began = time.perf_counter()
        return super().send_head()

    def copyfile(self, source, outputfile):
        sent = 0
        while True:
            chunk = source.read(64 * 1024)
            if not chunk:
                break
            outputfile.write(chunk)
            sent += len(chunk)
        with self.server.lock:
            self.server.sent.append((self.began, self.path, sent))


def serve(site: Path) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_CountingHandler, directory=str(site)))
    server.lock = threading.Lock()
    server.sent = []
    server.directory = str(site)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# Where a visitor searches, what they type into, and what a result is, for each kind of search.
SEARCH_UI = {
    "material": ("", "input.md-search__input", ".md-search-result__item"),
    "pagefind": ("search/", "input#search-query", ".papers-search__result"),
}


def is_search_asset(path: str) -> bool:
    return "/search/search_index" in path or "/workers/search" in path or "lunr" in path or "/pagefind/" in path


COMPRESSIBLE = {".html", ".js", ".css", ".json", ".svg", ".xml", ".txt", ".csv"}


@functools.lru_cache(maxsize=None)
def compressed_size(file: Path) -> int:
    """Bytes a server that gzips text would send for a file; files Pagefind already gzipped go as they are."""
    data = file.read_bytes()
    if data[:2] == b"\x1f\x8b" or file.suffix not in COMPRESSIBLE:
        return len(data)
    return len(gzip.compress(data, compresslevel=6))


def served_file(site: Path, path: str) -> Optional[Path]:
    relative = urllib.parse.unquote(path.split("?", 1)[0].split("#", 1)[0]).lstrip("/")
    candidate = site / relative
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def measure_search(browser, server, phrase: str, kind: str) -> dict:
    start_page, box_selector, result_selector = SEARCH_UI[kind]
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    context = browser.new_context()
    try:
        page = context.new_page()
        with server.lock:
            server.sent.clear()
        page.goto(base + start_page, wait_until="load")
        box = page.locator(box_selector)
        box.wait_for(state="visible", timeout=60_000)
        started = time.perf_counter()
        box.click()
        box.press_sequentially(phrase)
        typed = time.perf_counter()
        page.wait_for_selector(result_selector, timeout=SEARCH_TIMEOUT_S * 1000)
        shown = time.perf_counter()
        first, after_last_key = shown - started, shown - typed
        time.sleep(0.5)
        with server.lock:
            sent = list(server.sent)
    finally:
        context.close()
    counted = [(p, n) for t, p, n in sent if t >= started or is_search_asset(p)]
    after = sum(n for t, _, n in sent if t >= started)
    site = Path(server.directory)
    gzipped = 0
    for path, sent_bytes in counted:
        file = served_file(site, path)
        gzipped += compressed_size(file) if file else sent_bytes
    return {"search_first": first, "search_after_last_key": after_last_key, "search_bytes": sum(n for _, n in counted),
            "search_bytes_gzip": gzipped, "search_bytes_after_typing": after,
            "search_requests": len(counted)}


def launch_browser():
    from playwright.sync_api import sync_playwright

    manager = sync_playwright().start()
    browser = manager.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    return manager, browser


