"""Properties of the reader and the checker: whatever they are given, they answer with data or with
located problems, never with an unexpected exception."""

from __future__ import annotations

import copy
import re
import tempfile
import typing
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from support.project import MEETING, PEOPLE, TOPICS

from generator.load.source import SourceError, SourceFile, load_markdown_file, load_yaml_file, parse_yaml
from generator.pipeline import check
from generator.problems import Problem
from generator.load.tree import Entry
from generator.validate.content import MODELS, Content, ContentFile, Document
from generator.validate.documents import check_documents
from generator.validate.record import check_record
from generator.validate.whole import check_across
from generator.validate.schema import validate

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
WHOLE_CHECK = settings(SETTINGS, max_examples=100)  # each example writes a small tree and checks it
PER_KIND = settings(SETTINGS, max_examples=60)  # once for each of the nine kinds of file

M = "meetings/2021/2021-11-03-public-accountability-conference.yaml"
SECTION = "---\ntitle: Roads\ntopics: [finance]\n---\n\nSafe text about [roads](https://example.org).\n"


# ---------------------------------------------------------------- strategies

# Pieces that YAML gives meaning to, so that made-up text often gets past the first character.
PIECES = [
    "\n", "\n  ", "\n    ", "\t", " ", ": ", ":", "- ", "-", "---", "...", "#", "[", "]", "{", "}", ",", "'", '"',
    "\\", "&a ", "*a", "!", "!!python/object/apply:os.system ", "!!str ", "%YAML 1.1", "? ", "|", ">", "@", "`",
    "title", "kind", "date", "number", "topics", "2021-02-30", "25:00", "1" * 30, "1e400", "true", "null", "~",
    "\ufeff", "\u2028", "\x85", "\x07", "\x00", "\r\n", "\r", "é", "<script>", "javascript:",
]
yamlish = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=40).map("".join)
any_text = st.one_of(st.text(), yamlish)


@st.composite
def mutated(draw, original: str) -> str:
    """A valid file with a few characters inserted, deleted or replaced: realistic mistakes."""
    text = original
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)))
        if action == "insert":
            text = text[:at] + piece + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 8)):]
        else:
            text = text[:at] + piece + text[at + len(piece):]
    return text


def _all_field_names() -> list[str]:
    names: set[str] = set()

    def visit(model, seen):
        if model in seen:
            return
        seen.add(model)
        for name, info in model.model_fields.items():
            names.add(name)
            for inner in _models_in(info.annotation):
                visit(inner, seen)

    seen: set = set()
    for model in MODELS.values():
        visit(model, seen)
    return sorted(names)


def _models_in(annotation) -> list:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in typing.get_args(annotation) for model in _models_in(arg)]


FIELD_NAMES = st.sampled_from(_all_field_names())
KEYS = st.one_of(FIELD_NAMES, st.text(max_size=6))
WORDS = st.sampled_from([
    "ann-example", "commissioner", "opcc", "finance", "drugs", "2021-11-03", "2021-02-30", "15:30", "25:00",
    "i", "ii", "iv", "R1", "performance", "budget-setting", "2021-2025/crime-and-its-causes", "difference",
    "percentage", "percent-change", "<script>alert(1)</script>", "[x](javascript:alert(1))", "Area", "2021",
    "2021-11-03-public-accountability-conference", "9999-12-31", "0001-01-01", "2", "", "   ",
])
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-10, 1000), st.integers(-(10 ** 400), 10 ** 400),
    st.floats(allow_nan=False), WORDS, st.text(max_size=12),
)
NESTED = st.recursive(
    SCALARS,
    lambda children: st.one_of(st.lists(children, max_size=5), st.dictionaries(KEYS, children, max_size=6)),
    max_leaves=40,
)
FILE_DATA = st.dictionaries(KEYS, NESTED, max_size=8)


# ---------------------------------------------------------------- checks of an answer


def assert_located(problem: Problem, path: str, text: str | None = None) -> None:
    assert isinstance(problem, Problem)
    assert problem.path == path
    assert problem.severity in ("error", "warning")
    assert problem.message and "Traceback" not in problem.message
    assert problem.line >= 1 and problem.column >= 1
    if text is not None:
        assert problem.line <= text.count("\n") + text.count("\r") + 2


def read_or_refuse(reader, *args) -> SourceFile | Problem:
    try:
        return reader(*args)
    except SourceError as refused:
        return refused.problem


# ---------------------------------------------------------------- the YAML and Markdown readers


@SETTINGS
@given(any_text)
def test_yaml_reader_gives_data_or_a_located_problem(text):
    answer = read_or_refuse(parse_yaml, text, "x.yaml")
    if isinstance(answer, Problem):
        assert_located(answer, "x.yaml", text)
    else:
        assert answer.data is None or isinstance(answer.data, (dict, list, str, int, float, bool))


@SETTINGS
@given(st.binary(max_size=300) | any_text.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_file_readers_take_any_bytes(raw):
    with tempfile.TemporaryDirectory() as folder:
        for name, reader in (("x.yaml", load_yaml_file), ("01-x.md", load_markdown_file)):
            path = Path(folder) / name
            path.write_bytes(raw)
            answer = read_or_refuse(reader, path, name)
            if isinstance(answer, Problem):
                assert_located(answer, name)
                assert answer.line <= raw.count(b"\n") + raw.count(b"\r") + 2


@SETTINGS
@given(any_text, any_text)
def test_markdown_reader_gives_data_or_a_located_problem(front, body):
    text = f"---\n{front}\n---\n{body}"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "01-x.md"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        answer = read_or_refuse(load_markdown_file, path, "01-x.md")
    if isinstance(answer, Problem):
        assert_located(answer, "01-x.md", text)
    else:
        assert answer.body_line >= 1


@SETTINGS
@given(NESTED)
def test_dumped_data_reads_back_or_is_refused(data):
    text = yaml.safe_dump(data, allow_unicode=True)
    answer = read_or_refuse(parse_yaml, text, "x.yaml")
    if isinstance(answer, Problem):
        assert_located(answer, "x.yaml", text)


# ---------------------------------------------------------------- the whole check


def check_tree(files: dict[str, str | bytes]) -> list[Problem]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        contents = {"people.yaml": PEOPLE, "topics.yaml": TOPICS, **files}
        for relative, data in contents.items():
            path = root / "content" / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
        _, problems = check(root)
    for problem in problems:
        assert isinstance(problem, Problem) and problem.message
        assert problem.path.startswith("content/")
        assert (problem.line, problem.column) == (0, 0) or (problem.line >= 1 and problem.column >= 1)
    return problems


@WHOLE_CHECK
@given(st.one_of(any_text, mutated(MEETING)))
def test_check_takes_any_meeting_text(text):
    for problem in check_tree({M: text}):
        if problem.path == "content/" + M:
            assert problem.line <= text.count("\n") + text.count("\r") + 2


@WHOLE_CHECK
@given(st.binary(max_size=200))
def test_check_takes_any_meeting_bytes(raw):
    check_tree({M: raw})


@WHOLE_CHECK
@given(st.one_of(any_text, mutated(SECTION)), st.one_of(any_text, mutated(PEOPLE)))
def test_check_takes_any_section_and_people_file(section, people):
    check_tree({
        "assessments/2019/assessment.yaml": "title: Strategic Assessment 2019\nyear: 2019\n",
        "assessments/2019/01-roads.md": section,
        "people.yaml": people,
        M: MEETING,
    })


# ---------------------------------------------------------------- validation of each model

# A valid file of each kind, as data: perturbed, it reaches the checks that only valid models get.
SEEDS_TEXT = {
    "people": PEOPLE,
    "topics": TOPICS,
    "metrics": "metrics:\n  - id: spend\n    label: Spend\n    definition: Money spent.\n",
    "glossary": "terms:\n  - abbreviation: ASB\n    expansion: antisocial behaviour\n    synonyms: [anti-social behaviour]\n",
    "meeting": MEETING + """\
publish_from: 2021-10-20
agenda:
  - number: 1
    title: Apologies
    minutes_of: 2021-11-03-public-accountability-conference
    minutes_of_date: 2021-11-03
presentations:
  - id: budget
    title: Budget
    agenda_item: 1
    sections:
      - tables:
          - id: spending
            columns: [Area, "2020", "2021", Change, Share]
            rows:
              - [Policing, 100, 110, 10, 91.0]
            chart:
              columns: ["2021"]
            derived:
              - column: Change
                formula: difference
                of: ["2021", "2020"]
              - column: Share
                formula: percentage
                of: ["2020", "2021"]
            metrics:
              - metric: spend
                row: Policing
                column: "2021"
                period: a year
                period_end: 2021-03-31
""",
    "body": "name: Joint Audit Committee\nkind: joint-committee\nmeeting_kinds: [finance]\nmembers:\n  - person: ann-example\n    role: Chair\n    start_date: 2020-01-01\n",
    "decision": ("reference: 018-2020\ntitle: Petals\ndate: 2020-05-01\nsigned_on: 2020-05-02\nmeetings: [2021-11-03-public-accountability-conference]\n"
                 "restricted:\n  exempt_paragraph: 3\n  text: Private.\n"),
    "interests": "declared_on: 2021-05-13\nentries:\n  - category: Employment\n    description: None.\n    registered_on: 2021-05-13\n",
    "plan": "title: Plan\nobjectives:\n  - id: crime\n    title: Crime\n    topics: [finance]\n",
    "report": "title: Report\nplan: 2021-2025\nprogress:\n  - objective: 2021-2025/crime\n    summary: Going well.\n",
    "assessment": "title: Strategic Assessment 2019\nyear: 2019\n",
    "section": "title: Roads\ntopics: [finance]\nkey_figures:\n  - label: Deaths\n    value: 12\n",
    "page": "title: Accessibility\nfooter_link: true\n",
}
SEEDS = {kind: parse_yaml(text, kind).data for kind, text in SEEDS_TEXT.items()}


def _places(data, loc=()):
    """Every place in the data that a value can be put: existing keys and items, and new keys."""
    yield loc
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _places(value, loc + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _places(value, loc + (index,))


def _at(data, loc):
    for part in loc:
        data = data[part]
    return data


def _like(value):
    """Values of the same kind as ``value``, which keep the file valid more often and so reach further."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, (int, float)):
        return st.one_of(st.integers(-5, 200), st.sampled_from([10 ** 400, -(10 ** 309), 0, 0.0, 1e308]),
                         st.floats(allow_nan=False))
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return st.one_of(st.dates().map(str), st.sampled_from(["0001-01-01", "9999-12-31", "2021-02-29"]))
    if isinstance(value, str):
        return st.one_of(WORDS, st.text(max_size=12))
    return SCALARS


@st.composite
def perturbed(draw, seed):
    data = copy.deepcopy(seed)
    for _ in range(draw(st.integers(1, 3))):
        places = [loc for loc in _places(data) if loc]
        if not places:
            break
        leaves = [loc for loc in places if not isinstance(_at(data, loc), (dict, list))]
        loc = draw(st.sampled_from(leaves if leaves and draw(st.integers(0, 4)) else places))
        parent = data
        for part in loc[:-1]:
            parent = parent[part]
        value = draw(st.one_of(_like(_at(data, loc)), NESTED))
        if isinstance(parent, dict) and draw(st.integers(0, 3)) == 0:
            parent[draw(FIELD_NAMES)] = value
        else:
            parent[loc[-1]] = value
    return data


def _file(kind: str, ident: str, source: SourceFile, model) -> ContentFile:
    return ContentFile(Entry(kind, ident, Path(source.path), source.path), source, model)


def _base_files() -> list[ContentFile]:
    files = []
    for kind in ("people", "topics", "metrics"):
        source = parse_yaml(SEEDS_TEXT[kind], f"content/{kind}.yaml")
        model, problems = validate(source, MODELS[kind])
        assert model is not None and not problems
        files.append(_file(kind, kind, source, model))
    return files


BASE_FILES = _base_files()
IDS = {"meeting": "2021-11-03-public-accountability-conference", "section": "2019/01-roads", "plan": "2021-2025",
       "report": "progress", "assessment": "2019", "page": "accessibility", "body": "joint-audit-committee",
       "decision": "2020/018-2020", "interests": "ann-example"}


def test_every_seed_is_valid():
    for kind, data in SEEDS.items():
        model, problems = validate(SourceFile(path=kind, data=data), MODELS[kind])
        assert model is not None, problems


@pytest.mark.parametrize("kind", sorted(MODELS))
@PER_KIND
@given(data=st.data())
def test_validation_gives_a_model_or_problems(kind, data):
    value = data.draw(st.one_of(FILE_DATA, NESTED), label="file data")
    validate_and_check(kind, value, data)


@pytest.mark.parametrize("kind", sorted(MODELS))
@settings(PER_KIND, max_examples=150)
@given(data=st.data())
def test_validation_of_a_changed_valid_file_gives_a_model_or_problems(kind, data):
    value = data.draw(perturbed(SEEDS[kind]), label="file data")
    validate_and_check(kind, value, data)


def validate_and_check(kind, value, data):
    path = f"content/{kind}.yaml"
    if data.draw(st.booleans(), label="read back from YAML"):
        answer = read_or_refuse(parse_yaml, yaml.safe_dump(value, allow_unicode=True), path)
        if isinstance(answer, Problem):
            assert_located(answer, path)
            return
        source = answer
    else:
        source = SourceFile(path=path, data=value)
    model, problems = validate(source, MODELS[kind])
    for problem in problems:
        assert_located(problem, path)
    if model is None:
        assert [p for p in problems if p.severity == "error"]
    # The checks across files run on a file with errors too (one bad field hides no other problem).
    files = [*BASE_FILES, _file(kind, IDS.get(kind, kind), source, model)]
    found = check_across(files)
    if model is not None:
        content = Content([Document(f.kind, f.id, f.model, f.source) for f in files])
        found += check_record(content) + check_documents(content)
    for problem in found:
        assert_located(problem, path if problem.path == path else problem.path)
