"""The README tells the truth about the `papers` command and the content files: every command and
option it shows exists, and every field the content uses is described by the JSON Schemas."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import yaml

from generator.cli import parser
from generator.schema import schema_texts

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
# `papers <command> [<subcommand>] ...` inside a code span or a line of a shell block; its options are
# every --word after it on that line.
COMMAND = re.compile(r"\bpapers ([a-z]+(?: [a-z]+)?)(.*)")


def _commands(p: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> dict[tuple[str, ...], set[str]]:
    """Every command path of the parser with the options it takes."""
    found: dict[tuple[str, ...], set[str]] = {}
    options = {o for action in p._actions for o in action.option_strings}
    found[prefix] = options
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.update(_commands(sub, prefix + (name,)))
    return found


def readme_commands(text: str) -> list[tuple[tuple[str, ...], list[str]]]:
    found = []
    for span in re.findall(r"`([^`\n]+)`", text) + re.findall(r"```sh\n(.*?)```", text, re.DOTALL):
        for line in span.splitlines():
            match = COMMAND.search(line)
            if match:
                words = tuple(match.group(1).split())
                options = re.findall(r"--[a-z-]+", match.group(2).split("papers ")[0])
                found.append((words, options))
    return found


def test_the_readme_shows_papers_commands():
    assert len(readme_commands(README.read_text(encoding="utf-8"))) >= 6


def test_every_papers_command_and_option_in_the_readme_exists():
    known = _commands(parser())
    wrong = []
    for words, options in readme_commands(README.read_text(encoding="utf-8")):
        path = words if words in known else words[:1]
        if path not in known:
            wrong.append(f"papers {' '.join(words)}: no such command")
            continue
        wrong += [f"papers {' '.join(path)} {o}: no such option" for o in options
                  if o not in known[path] and o not in known[()]]
    assert wrong == []


def test_every_command_of_papers_is_in_the_readme():
    shown = {words[0] for words, _ in readme_commands(README.read_text(encoding="utf-8"))}
    assert {path[0] for path in _commands(parser()) if path} <= shown


def test_the_check_catches_a_command_that_does_not_exist():
    assert readme_commands("run `papers publish --now`") == [(("publish",), ["--now"])]
    assert ("publish",) not in _commands(parser())


# ---------------------------------------------------------------- the layout section

def layout_block(text: str) -> str:
    section = text.split("## What is where", 1)[1]
    return section.split("```", 2)[1]


def test_the_layout_section_names_every_part_of_the_generator():
    block = layout_block(README.read_text(encoding="utf-8"))
    package = ROOT / "generator"
    parts = sorted(p.name + ("/" if p.is_dir() else "") for p in package.iterdir()
                   if (p.suffix == ".py" and p.name != "__init__.py") or (p.is_dir() and (p / "__init__.py").is_file()))
    assert [part for part in parts if part not in block] == []
    render = sorted(p.name for p in (package / "render").glob("*.py") if p.name != "__init__.py")
    derive = sorted(p.name for p in (package / "derive").glob("*.py") if p.name != "__init__.py")
    models = sorted(p.name for p in (package / "models").glob("*.py") if p.name != "__init__.py")
    assert [name for name in render + derive + models if name not in block] == []


def test_every_file_the_layout_section_names_exists():
    block = layout_block(README.read_text(encoding="utf-8"))
    named = set(re.findall(r"\b([a-z_]+\.py)\b", block))
    everywhere = {p.name for p in (ROOT / "generator").rglob("*.py")}
    assert sorted(named - everywhere) == []


def test_the_architecture_page_names_only_modules_that_exist():
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`?((?:generator/)?[a-z_]+(?:/[a-z_]+)*\.py)`?", page))
    missing = [n for n in named if not any(p.as_posix().endswith(n) for p in (ROOT / "generator").rglob("*.py"))
               and not (ROOT / n).is_file()]
    assert missing == []
    assert "```mermaid" in page


def test_every_class_of_the_content_model_has_a_short_description():
    """The README sends editors to generator/models/ and promises that every class says what it is."""
    import ast

    assert "(every class has a short description)" in README.read_text(encoding="utf-8")
    missing = []
    for path in sorted((ROOT / "generator" / "models").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        missing += [f"{path.name}: {node.name}" for node in tree.body
                    if isinstance(node, ast.ClassDef) and not ast.get_docstring(node)]
    assert missing == []
