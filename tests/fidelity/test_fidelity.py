"""The content against its sources: the five source documents in ``../shared/seeds/``.

- every number in the record (tables, key figures, text) appears in the document it was taken from,
  or is the reading of a correction whose source text that document prints;
- every correction quotes the source's own words exactly as that document prints them;
- every post a person holds, and every organisation a post is placed in, quotes a source that says so.

The source documents sit beside the repository, not in it. Where they are absent this test fails
and says where it looked: a record whose fidelity cannot be checked is not reported as checked.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import frontmatter
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"

# Which source document each content file was taken from (by the document's number in SEEDS).
SOURCES = {
    "content/meetings/2019/": "001",
    "content/meetings/2021/": "000",
    "content/assessments/2019/": "002",
    "content/plan/2021-2025.yaml": "003",
    "content/plan/previous-plan.yaml": "004",
    "content/plan/reports/": "004",
}
# Files of the office's own making: no part of them is quoted from a source.
OFFICE_FILES = ("content/pages/", "content/topics.yaml", "content/metrics.yaml", "content/people.yaml")
RECORD_FOLDERS = ("content/meetings/", "content/plan/", "content/assessments/")

# Fields whose numbers are not figures of the record: identifiers, dates and times in their own
# formats, and the office's own words (notes about the source, chart text, tags).
NOT_FIGURES = {
    "id", "number", "date", "start_time", "concluded_at", "period_end", "exempt_paragraph", "agenda_item",
    "year", "start_year", "end_year", "publish_from", "minutes_of", "minutes_of_date", "metric", "presentation",
    "notes", "note", "missing", "alt", "sources", "objectives", "objective", "topics", "corrections", "chart",
    "derived", "metrics", "published_with", "summary",
}
NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|(?<![\w.])\d+(?:\.\d+)?")


def _seeds_folder() -> Path:
    if not SEEDS.is_dir() or not any(SEEDS.glob("00*_*.txt")):
        pytest.fail(
            f"the source documents are not at {SEEDS}: the fidelity of content/ to its sources cannot be "
            "checked. Put the seed documents there (see the README's 'Sources' note) and run the tests again.",
            pytrace=False,
        )
    return SEEDS


def _flat(text: str) -> str:
    """Text with every run of whitespace as one space, and typographic quotes as plain ones."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split())


def _value(token: str) -> float:
    return abs(float(re.sub(r"[,\s]", "", token)))


def _numbers(text: str) -> set[float]:
    return {_value(m.group()) for m in NUMBER.finditer(text)}


class Seed:
    def __init__(self, path: Path):
        self.name = path.name
        self.text = path.read_text(encoding="utf-8")
        self.flat = _flat(self.text)
        self.numbers = _numbers(self.text)

    def says(self, words: str) -> bool:
        return _flat(words) in self.flat


@pytest.fixture(scope="module")
def seeds() -> dict[str, Seed]:
    folder = _seeds_folder()
    return {path.name[:3]: Seed(path) for path in sorted(folder.glob("00*_*.txt"))}


def _content_files() -> list[Path]:
    return sorted(p for p in (ROOT / "content").rglob("*") if p.is_file() and p.suffix in (".yaml", ".md"))


def _data(path: Path):
    if path.suffix == ".md":
        post = frontmatter.load(path)
        return {**post.metadata, "body": post.content}
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _seed_of(relative: str) -> str | None:
    return next((code for prefix, code in SOURCES.items() if relative.startswith(prefix)), None)


def _walk(value, path: tuple, figures: list, corrections: list) -> None:
    if isinstance(value, dict):
        corrections.extend((path, c) for c in value.get("corrections") or [])
        for key, child in value.items():
            if key not in NOT_FIGURES:
                _walk(child, path + (key,), figures, corrections)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            _walk(child, path + (index,), figures, corrections)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, (int, float)):
        figures.append((path, abs(float(value)), str(value)))
    elif isinstance(value, str):
        figures.extend((path, number, value) for number in _numbers(value))


def _record_files() -> list[tuple[str, Path]]:
    files = []
    for path in _content_files():
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(OFFICE_FILES):
            continue
        files.append((relative, path))
    return files


def test_every_record_file_names_its_source_document():
    unmapped = [rel for rel, _ in _record_files() if rel.startswith(RECORD_FOLDERS) and _seed_of(rel) is None]
    assert not unmapped, (
        "content files with no known source document (add them to SOURCES in this test): " + ", ".join(unmapped))


def _walked_record_files():
    """(file, seed code, figures, corrections) for each record file whose source document is known."""
    for relative, path in _record_files():
        code = _seed_of(relative)
        if code is None:
            continue
        figures, corrections = [], []
        _walk(_data(path), (), figures, corrections)
        yield relative, code, figures, corrections


def test_every_number_appears_in_its_source(seeds):
    wrong = []
    checked = 0
    for relative, code, figures, corrections in _walked_record_files():
        seed = seeds[code]
        read = set()
        for _, correction in corrections:
            if correction.get("source_text") and seed.says(correction["source_text"]):
                read |= _numbers(str(correction.get("text") or ""))
        for where, number, shown in figures:
            checked += 1
            if number not in seed.numbers and number not in read:
                wrong.append(f"{relative} (source {seed.name}): {'/'.join(map(str, where))}: {number:g} "
                             f"(in {shown[:80]!r})")
    assert checked > 2000, f"only {checked} figures found in content/; the walk over the content is broken"
    assert not wrong, f"{len(wrong)} number(s) not in their source document:\n" + "\n".join(wrong)


def test_every_correction_quotes_its_source_exactly(seeds):
    wrong = []
    quoted = 0
    for relative, code, _figures, corrections in _walked_record_files():
        for where, correction in corrections:
            words = correction.get("source_text")
            if words is None:
                continue
            quoted += 1
            if not seeds[code].says(words):
                wrong.append(f"{relative}: {'/'.join(map(str, where))}: {words!r} is not in {seeds[code].name}")
    assert quoted >= 15, f"only {quoted} corrections quote their source; the content's corrections were not found"
    assert not wrong, "\n".join(wrong)


def test_every_post_and_organisation_has_a_source_that_says_so(seeds):
    people = yaml.safe_load((ROOT / "content" / "people.yaml").read_text(encoding="utf-8"))
    wrong = []
    sourced = 0

    def check(where: str, source) -> None:
        nonlocal sourced
        if not source or not source.get("quote") or not source.get("document"):
            wrong.append(f"{where}: no source (document and quote)")
            return
        sourced += 1
        if not any(seed.says(source["quote"]) for seed in seeds.values()):
            wrong.append(f"{where}: the quote {source['quote']!r} is in none of the source documents")

    for post in people["posts"]:
        if post.get("organisation"):
            check(f"post {post['id']} in {post['organisation']}", post.get("source"))
    for person in people["people"]:
        for membership in person.get("memberships") or []:
            check(f"{person['id']} as {membership['post']}", membership.get("source"))
            quote = (membership.get("source") or {}).get("quote", "")
            surname = person["name"].split()[-1]
            if quote and surname not in quote:
                wrong.append(f"{person['id']} as {membership['post']}: the quote does not name {person['name']}")
    assert sourced >= len(people["people"]), "fewer sourced posts than people: the people file was not read"
    assert not wrong, "\n".join(wrong)


def test_without_the_source_documents_the_check_fails_and_says_where_it_looked(monkeypatch, tmp_path):
    monkeypatch.setattr(sys.modules[__name__], "SEEDS", tmp_path / "no-seeds-here")
    with pytest.raises(pytest.fail.Exception) as failure:
        _seeds_folder()
    assert "no-seeds-here" in str(failure.value) and "cannot be checked" in str(failure.value)


QUALIFIER = re.compile(r"(?:over|more than|approximately|around|almost|nearly|about|under|less than|up to)\s*£?$", re.I)


def _only_qualified(number: float, text: str) -> bool:
    """True if the source prints this number, and every time with a word such as 'over' before it."""
    forms = {f"{number:g}", f"{number:,.0f}"} if number == int(number) else {f"{number:g}"}
    places = [m.start() for form in forms for m in re.finditer(rf"(?<![\d,.]){re.escape(form)}(?!\d)", text)]
    return bool(places) and all(QUALIFIER.search(text[max(0, start - 16):start]) for start in places)


def test_numbers_keep_the_words_the_source_qualifies_them_with(seeds):
    wrong = []
    for relative, code, figures, _corrections in _walked_record_files():
        for where, number, shown in figures:
            bare = re.fullmatch(r"-?\d+(?:\.\d+)?", shown.strip()) is not None
            if bare and ("rows" in where or "key_figures" in where) and _only_qualified(number, seeds[code].text):
                wrong.append(f"{relative}: {'/'.join(map(str, where))}: {shown} is qualified in the source "
                             "(write it as the source does, e.g. \"Over 470\")")
    assert not wrong, "\n".join(wrong)


def test_the_qualifier_check_sees_a_dropped_over():
    assert _only_qualified(470, "Dedicate resource has delivered: Over 470 arrests")
    assert not _only_qualified(470, "470 arrests, and later over 470 more")
    assert not _only_qualified(550, "550 searches")
