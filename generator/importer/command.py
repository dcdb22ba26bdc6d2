"""``papers import FILE``: make draft meeting files from a meeting pack, and say what needs a person's eye."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional, TextIO

from generator import models
from generator.importer.drafts import UNPLACED_ID, Draft, ImportProblem, build_drafts
from generator.importer.emit import dump
from generator.importer.extract import InputError, read_document
from generator.importer.parse import parse
from generator.importer.people import Directory, PeopleFileError
from generator.importer.text import long_date, split_lines
from generator.load.source import SourceError, parse_yaml

SCHEMA_COMMENT = "yaml-language-server: $schema=../../../schema/meeting.schema.json"


def run_import(file: Path, root: Path, out: Optional[Path] = None, stdout: Optional[TextIO] = None,
               stderr: Optional[TextIO] = None) -> int:
    """Import ``file`` into draft meeting files; 0 when they were written, 1 (with a one-line reason) when not.

    The drafts go to ``<root>/content/meetings/<year>/<id>.yaml``, or straight into
    the folder ``out`` when it is given. Nothing is written if any draft's file
    already exists. Progress, new people and every unplaced line go to
    ``stdout``; the reason for a failure goes to ``stderr``.
    """
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    file, root = Path(file), Path(root)

    def fail(message: str) -> int:
        print(f"papers import: {' '.join(message.split())}", file=stderr)
        return 1

    if out is None and not (root / "content").is_dir():
        return fail(f"no content/ folder in {root}; run this from the project folder, pass --root, or give --out DIR")
    if out is not None and Path(out).exists() and not Path(out).is_dir():
        return fail(f"{out} is not a folder; give a folder for the drafts")
    try:
        extracted = read_document(file)
        people = Directory.load(root)
        lines = split_lines(extracted.text)
        document = parse(lines, people)
        drafts = build_drafts(document, people, file.name, root, {line.no: line.raw for line in lines})
    except InputError as exc:
        return fail(str(exc))
    except ImportProblem as exc:
        return fail(f"{file}: {exc}")
    except PeopleFileError as exc:
        return fail(str(exc))
    except Exception as exc:  # a document laid out in a way nobody foresaw must not end in a traceback
        return fail(f"{file}: could not be imported ({type(exc).__name__}: {exc}); nothing was written. "
                    "Please report this together with the document")

    targets = []
    for draft in drafts:
        if out is None:
            target = root / "content" / "meetings" / f"{draft.date.year:04d}" / draft.file_name
        else:
            target = Path(out) / draft.file_name
        targets.append(target)
    if len(set(targets)) != len(targets):
        return fail(f"{file}: two drafts would have the same file name ({targets[0].name}); nothing was written")
    for target in targets:
        if target.exists():
            return fail(f"{_shown(target, root)} already exists; nothing was written (move it away first, or write the drafts elsewhere with --out DIR)")

    texts = []
    for draft, target in zip(drafts, targets):
        text = dump(draft.data, header=_header(draft, file, in_content=out is None), comments={("kind",): f"guessed: {draft.kind_reason}; check it"})
        problem = _check_round_trip(text, target)
        if problem:
            return fail(f"{file}: internal error: the draft for {draft.date.isoformat()} did not read back ({problem}); nothing was written")
        texts.append(text)
    written = []
    try:
        for target, text in zip(targets, texts):
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "x", encoding="utf-8") as handle:
                handle.write(text)
            written.append(target)
    except FileExistsError as exc:
        for done in written:
            done.unlink(missing_ok=True)
        return fail(f"{_shown(Path(exc.filename), root)} already exists; nothing was written")
    except OSError as exc:
        for done in written:
            done.unlink(missing_ok=True)
        return fail(f"cannot write {exc.filename}: {exc.strerror}; nothing was written")

    _report(stdout, file, extracted.kind, len(lines), drafts, targets, root, document.notes)
    return 0


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _check_round_trip(text: str, target: Path) -> Optional[str]:
    try:
        data = parse_yaml(text, target.name).data
        models.Meeting.model_validate(data)
    except SourceError as exc:
        return str(exc.problem)
    except Exception as exc:  # a pydantic ValidationError: say what, not how
        return str(exc).splitlines()[0]
    return None


def _header(draft: Draft, file: Path, in_content: bool) -> list[str]:
    lines = [SCHEMA_COMMENT, ""] if in_content else []
    lines += [
        f"DRAFT made by `papers import` from {file.name}. Check every value against the source document;",
        "when it is right, change `status: draft` to `status: published`.",
        f"kind: '{draft.meeting.kind}' is a guess ({draft.kind_reason}); correct it if it is wrong.",
    ]
    if draft.people:
        lines += ["", "New people, NOT in content/people.yaml (nothing was added there). Add each one there first,",
                  "with the post they hold, or change the id in this file to the right person:"]
        for person in draft.people:
            written = "; ".join(f'"{w}"' for w in person.written)
            at = ", ".join(str(n) for n in person.lines)
            lines.append(f"  {person.id}: {written} (line {at})")
    if draft.posts:
        lines += ["", "Posts not in content/people.yaml (written as a note on the attendee instead of a post):"]
        for label, at in draft.posts.items():
            lines.append(f'  "{label}" (line {", ".join(str(n) for n in at)})')
    if draft.unplaced_count:
        lines += ["", f"Unplaced text: {draft.unplaced_count} line(s) of the source could not be placed in a field. They are",
                  "kept under `presentations`, in sections titled 'Unplaced text, line(s) ...': in the slides of",
                  f"the presentation they came from, or in the presentation '{UNPLACED_ID}'. Move each into",
                  "the right field (or delete it if the page does not need it), then remove those sections."]
    return lines


def _report(stdout: TextIO, file: Path, kind: str, count: int, drafts: list[Draft], targets: list[Path], root: Path,
            notes: list[str]) -> None:
    say = lambda text="": print(text, file=stdout)  # noqa: E731
    say(f"Read {file} ({kind}, {count} lines).")
    for draft, target in zip(drafts, targets):
        what = "the meeting of" if draft.role == "meeting" else "the minutes of the meeting of"
        say(f"Wrote {_shown(target, root)}: draft of {what} {long_date(draft.date)} ({draft.summary}).")
    for draft in drafts:
        say(f"Guessed kind '{draft.meeting.kind}' for {draft.id}: {draft.kind_reason}. Check it.")
    for note in notes:
        say(f"Note: {note}.")
    people = {}
    for draft in drafts:
        for person in draft.people:
            people[person.id] = person
    if people:
        say("New people, not in content/people.yaml (nothing was added there; add them, or correct the ids in the drafts):")
        for person in people.values():
            written = "; ".join(f'"{w}"' for w in person.written)
            say(f"  {person.id}: {written} (line {', '.join(str(n) for n in person.lines)})")
    posts = {}
    for draft in drafts:
        posts.update(draft.posts)
    if posts:
        say("Posts not in content/people.yaml (written as a note on the attendee):")
        for label, at in posts.items():
            say(f'  "{label}" (line {", ".join(str(n) for n in at)})')
    total = sum(d.unplaced_count for d in drafts)
    if total:
        where = " of the text extracted from the document" if kind != "text" else ""
        say(f"Unplaced text: {total} line(s){where} could not be placed; each is kept in a draft, in a section titled "
            "'Unplaced text, line(s) ...':")
        for draft in drafts:
            for place, entries in draft.unplaced:
                say(f"  in {draft.file_name}, {place}:")
                for entry in entries:
                    reason = f"  [{entry.reason}]" if entry.reason else ""
                    say(f"line {entry.line}: {entry.text}{reason}")
    else:
        say("Every line of the document was placed.")
    say("Next: check the drafts against the document, then run `papers check`.")
