"""``papers import FILE|DIR``: draft files from the documents staff have, and a report of what needs a person.

For each document: read its text, detect its layout (or take ``--layout``), read it with
that layout's reader, plan the draft files, and write them only where no file exists yet.
A folder is read document by document with progress, and ends with a table.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, TextIO

from generator import models
from generator.importer import readers
from generator.importer.office.drafts import build_drafts
from generator.importer.shaping import PRESENTATION_TEXT, UNPLACED_ID, ImportProblem, people_header, possible_match_comments
from generator.importer.emit import dump
from generator.importer.extract import InputError, read_document
from generator.importer.folding import folded_items
from generator.importer.output import Planned, plan
from generator.importer.office import parse
from generator.importer.people import Directory, PeopleFileError
from generator.importer.readers.common import stated_kind, without_furniture
from generator.importer.readers.not_papers import not_papers
from generator.importer.readers.office import unfold
from generator.importer.text import split_lines
from generator.load.source import SourceError, parse_yaml

SUFFIXES = {".txt", ".docx", ".pdf", ".html", ".htm"}


@dataclass
class Outcome:
    """What happened to one document, for its report and the folder's table."""

    file: Path
    layout: str = ""
    reason: str = ""
    dates: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    items: list[int] = field(default_factory=list)  # one count a meeting, in the order of ``dates``
    minutes: int = 0
    resolutions: int = 0
    decisions: int = 0
    matched: list[str] = field(default_factory=list)
    new_people: list[str] = field(default_factory=list)
    new_written: list[str] = field(default_factory=list)
    new_bodies: list[str] = field(default_factory=list)  # body ids with no content/bodies/<id>.yaml  # 'id: "as written" (line N)'
    posts: list[str] = field(default_factory=list)  # '"label" (line N)': posts not in people.yaml
    unplaced: list[str] = field(default_factory=list)
    presentation_text: list[str] = field(default_factory=list)  # per presentation: its slides' lines, kept in it as text
    problems: list[str] = field(default_factory=list)
    guesses: list[str] = field(default_factory=list)
    planned: list[Planned] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    error: Optional[str] = None
    kind: str = "text"  # what the file was: text, docx, pdf or html
    existing: list[str] = field(default_factory=list)


def run_import(file: Path, root: Path, out: Optional[Path] = None, stdout: Optional[TextIO] = None,
               stderr: Optional[TextIO] = None, layout: Optional[str] = None) -> int:
    """Import a document or every document in a folder; 0 when all went well, 1 (with a reason) when not."""
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
    if layout is not None and layout not in readers.LAYOUTS:
        return fail(f"--layout {layout}: not a layout the importer knows; use one of {', '.join(readers.LAYOUTS)}")
    try:
        Directory.load(root)
    except PeopleFileError as exc:
        return fail(str(exc))
    if file.is_dir():
        return _folder(file, root, out, stdout, stderr, layout)
    outcome = import_one(file, root, out, layout)
    if outcome.error:
        return fail(outcome.error)
    if outcome.existing:
        return fail(f"{outcome.existing[0]} already exists; nothing was written (move it away first, or write the drafts elsewhere with --out DIR)")
    error = _write(outcome, root, out)
    if error:
        return fail(error)
    _report(outcome, stdout)
    return 0


def import_one(file: Path, root: Path, out: Optional[Path], layout: Optional[str], known: Optional[Directory] = None) -> Outcome:
    """One document read and planned (nothing written); ``known``: people.yaml already read, for a folder."""
    outcome = Outcome(file)
    try:
        extracted = read_document(file)
        outcome.kind = extracted.kind
        people = Directory(known.people, known.posts) if known is not None else Directory.load(root)
        lines, address, _ = readers.saved_excerpt_header(split_lines(extracted.text))
        lines, left_out = without_furniture(lines)
        found, reason = readers.detect(lines)
        if layout:
            found, reason = layout, "chosen with --layout"
        outcome.layout, outcome.reason = found, reason
        document = readers.read(lines, people, found, reason)
        if document is None:
            outcome.planned = _office(file, lines, people, root, out, outcome)
        else:
            outcome.planned = plan(document, file, address, people, in_content=out is None)
            _summarise(outcome, document, people)
        outcome.guesses += left_out
        for planned in outcome.planned:
            planned.header += [f"Guessed: {note}" for note in left_out]
    except InputError as exc:
        outcome.error = str(exc)
        return outcome
    except ImportProblem as exc:
        other = not_papers(lines) if str(exc).startswith("found neither") else None
        outcome.error = f"{file}: {other.message() if other else exc}"
        return outcome
    except PeopleFileError as exc:
        outcome.error = str(exc)
        return outcome
    except Exception as exc:  # a layout nobody foresaw must not end in a traceback
        outcome.error = (f"{file}: could not be imported ({type(exc).__name__}: {exc}); nothing was written. "
                         "Please report this together with the document")
        return outcome
    if not outcome.planned:
        if document is not None and document.decisions:
            outcome.error = (f"{file}: its {len(document.decisions)} decision(s) give neither a date nor a year in their reference, "
                             "so they have no place in content/decisions/<year>/; nothing was written (import it with --out DIR)")
        elif not_papers(lines):
            outcome.error = f"{file}: {not_papers(lines).message()}"
        else:
            outcome.error = f"{file}: read as {outcome.layout}, but no meeting or decision was found in it; nothing was written"
        return outcome
    for planned in outcome.planned:
        folded = folded_items(planned.data, lines) if planned.model is models.Meeting else []
        outcome.problems += [p for p in folded if p not in outcome.problems]
        planned.header += [f"Problem: {p}" for p in folded]
    for planned in outcome.planned:
        body = planned.data.get("body") if planned.model is models.Meeting else None
        if body and not (root / "content" / "bodies" / f"{body}.yaml").is_file() and body not in outcome.new_bodies:
            outcome.new_bodies.append(body)
            planned.header += ["", f"New body: '{body}' has no file content/bodies/{body}.yaml yet. Add it (its name as the",
                               "document writes it, and its kind) before publishing, or change `body` to the right id."]
    for planned in outcome.planned:
        target = _target(planned, root, out)
        if target.exists():
            outcome.existing.append(_shown(target, root))
    return outcome


def _summarise(outcome: Outcome, document, people: Directory) -> None:
    for draft in document.meetings:
        outcome.dates.append(draft.date.isoformat() if draft.date else "?")
        outcome.bodies.append(draft.body or "?")
        outcome.items.append(len(draft.agenda) or len(draft.minutes))
        outcome.minutes += len(draft.minutes)
        outcome.resolutions += sum(len(m.resolutions) for m in draft.minutes)
    if document.decisions:
        dated = sorted({d.date.isoformat() for d in document.decisions if d.date})
        outcome.dates += dated or ["-"]
        outcome.bodies.append("decisions")
        outcome.decisions = len(document.decisions)
    ids = {a.person for d in document.meetings if d.attendance for group in ("present", "also_present", "apologies", "observers")
           for a in getattr(d.attendance, group)}
    ids |= {d.attendance.minute_taker.person for d in document.meetings if d.attendance and d.attendance.minute_taker}
    outcome.new_people = sorted(i for i in ids if i in people.new)
    outcome.matched = sorted(i for i in ids if i not in people.new)
    outcome.unplaced = [f"line {u.line}: {u.text}  [{u.reason}]" for u in document.unplaced]
    outcome.problems = list(document.problems)
    outcome.guesses = list(document.guesses)
    _people_notes(outcome, people)


def _people_notes(outcome: Outcome, people: Directory) -> None:
    for ident in outcome.new_people:
        outcome.new_written.append(people.new[ident].described(people))
    outcome.posts = [f'"{label}" (line {", ".join(str(n) for n in at)})' for label, at in people.unknown_posts.items()]


def _office(file: Path, lines, people: Directory, root: Path, out: Optional[Path], outcome: Outcome) -> list[Planned]:
    lines, notes = unfold(lines)
    document = parse(lines, people)
    drafts = build_drafts(document, people, file.name, root, {line.no: line.raw for line in lines})
    kind = stated_kind(" ".join(line.text for line in lines))
    planned = []
    for draft in drafts:
        data = dict(draft.data)
        data["kind"] = kind or "other"
        comment = None if kind else "not stated in the document: set performance, finance, budget-setting or thematic if it is one"
        header = [f"DRAFT made by `papers import` from {file.name} (layout: office-pack). Check every value against the",
                  "source document; when it is right, change `status: draft` to `status: published`."]
        mine = lambda message: document.part_of(message) in (None, draft.role) or len(drafts) == 1  # noqa: E731
        header += [f"Problem: {p}" for p in document.problems if mine(p)]
        header += people_header(draft.people, people)
        if draft.posts:
            header += ["", "Posts not in content/people.yaml (written as a note on the attendee instead of a post):"]
            header += [f'  "{label}" (line {", ".join(str(n) for n in at)})' for label, at in draft.posts.items()]
        for ident, entries in draft.presentation_text:
            header += ["", f"Presentation text: presentation '{ident}' keeps {len(entries)} line(s) of its slides or report "
                       f"(lines {entries[0].line}-{entries[-1].line})", "as extracted, in sections titled "
                       f"'{PRESENTATION_TEXT}, lines ...'. Arrange them into sections, key points",
                       "and tables as the published slides have them, or delete what the page does not need."]
        if draft.unplaced_count:
            header += ["", f"Unplaced text: {draft.unplaced_count} line(s) of the source could not be placed in a field. They are",
                       "kept under `presentations`, in sections titled 'Unplaced text, line(s) ...'. Move each into",
                       "the right field (or delete it if the page does not need it), then remove those sections."]
        relative = f"content/meetings/{draft.date.year:04d}/{draft.file_name}" if out is None else draft.file_name
        comments = possible_match_comments(data, people) | ({("kind",): comment} if comment else {})
        planned.append(Planned(relative, data, header, comments, models.Meeting, draft.summary))
        meeting = draft.meeting
        outcome.dates.append(draft.date.isoformat())
        outcome.bodies.append(meeting.body)
        outcome.items.append(len(meeting.agenda) or (len(meeting.minutes.items) if meeting.minutes else 0))
        outcome.minutes += len(meeting.minutes.items) if meeting.minutes else 0
        outcome.resolutions += sum(len(m.resolutions) for m in meeting.minutes.items) if meeting.minutes else 0
        outcome.new_people += [p.id for p in draft.people if p.id not in outcome.new_people]
        for place, entries in draft.unplaced:
            if place == f"presentation '{UNPLACED_ID}'":
                outcome.unplaced += [f"line {e.line}: {e.text}" + (f"  [{e.reason}]" if e.reason else "") for e in entries]
        outcome.presentation_text += [f"presentation '{ident}' ({draft.date.isoformat()}): {len(entries)} line(s), lines "
                                      f"{entries[0].line}-{entries[-1].line}, kept in it as extracted for a person to arrange"
                                      for ident, entries in draft.presentation_text]
        attendance = meeting.attendance
        if attendance:
            for group in (attendance.present, attendance.also_present, attendance.apologies):
                outcome.matched += [a.person for a in group if a.person not in people.new and a.person not in outcome.matched]
        if meeting.notice:
            outcome.matched += [a.person for a in meeting.notice.invited if a.person not in people.new and a.person not in outcome.matched]
    outcome.guesses = notes + ([] if kind else ["the kind of meeting is not stated: written as 'other'"]) + list(document.notes)
    outcome.problems = list(document.problems)
    _people_notes(outcome, people)
    return planned


def _target(planned: Planned, root: Path, out: Optional[Path]) -> Path:
    return (root / planned.relative) if out is None else Path(out) / planned.relative


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _write(outcome: Outcome, root: Path, out: Optional[Path]) -> Optional[str]:
    texts = []
    targets = [_target(p, root, out) for p in outcome.planned]
    twice = sorted({t.name for t in targets if targets.count(t) > 1})
    if twice:
        return f"{outcome.file}: two drafts would have the same file name ({twice[0]}); nothing was written"
    for planned, target in zip(outcome.planned, targets):
        header = ([f"yaml-language-server: $schema={planned.schema}", ""] if out is None else []) + planned.header
        text = dump(planned.data, header=header, comments=planned.comments)
        if planned.model is not None:
            try:
                planned.model.model_validate(parse_yaml(text, target.name).data)
            except SourceError as exc:
                return f"{outcome.file}: internal error: a draft did not read back ({exc.problem}); nothing was written"
            except ValueError as exc:
                return f"{outcome.file}: internal error: a draft did not read back ({str(exc).splitlines()[0]}); nothing was written"
        texts.append(text)
    written: list[Path] = []
    try:
        for target, text in zip(targets, texts):
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "x", encoding="utf-8") as handle:
                handle.write(text)
            written.append(target)
    except FileExistsError as exc:
        for done in written:
            done.unlink(missing_ok=True)
        return f"{_shown(Path(exc.filename), root)} already exists; nothing was written"
    except OSError as exc:
        for done in written:
            done.unlink(missing_ok=True)
        return f"cannot write {exc.filename}: {exc.strerror}; nothing was written"
    outcome.written = [_shown(t, root) for t in written]
    return None


def _counts(outcome: Outcome) -> str:
    """Items a meeting ("7, 5" for a pack's own meeting and the one whose minutes it carries), or the decisions."""
    counts = [str(n) for n in outcome.items] + ([str(outcome.decisions)] if outcome.decisions else [])
    return ", ".join(counts) or "0"


def _report(outcome: Outcome, stdout: TextIO) -> None:
    say = lambda text="": print(text, file=stdout)  # noqa: E731
    say(f"{outcome.file}: layout {outcome.layout} ({outcome.reason})")
    say(f"  date {', '.join(outcome.dates) or '-'}; body {', '.join(outcome.bodies) or '-'}")
    counts = f"  items {', '.join(str(n) for n in outcome.items) or 0}, minutes {outcome.minutes}, resolutions {outcome.resolutions}"
    say(counts + (f", decisions {outcome.decisions}" if outcome.decisions else ""))
    say(f"  people: {len(outcome.matched)} matched to people.yaml, {len(outcome.new_people)} new"
        + (" (nothing was added to people.yaml; add them there, or correct the ids in the draft):" if outcome.new_people else ""))
    for entry in outcome.new_written:
        say(f"    {entry}")
    for body in outcome.new_bodies:
        say(f"  new body: {body} (no content/bodies/{body}.yaml yet; add it before publishing)")
    if outcome.posts:
        say("  posts not in people.yaml (written as a note on the attendee):")
        for entry in outcome.posts:
            say(f"    {entry}")
    for guess in outcome.guesses:
        say(f"  guessed: {guess}")
    for problem in outcome.problems:
        say(f"  problem: {problem}")
    for entry in outcome.presentation_text:
        say(f"  presentation text: {entry}")
    where = "" if outcome.kind == "text" else f" (line numbers count lines of the text extracted from the document, a {outcome.kind} file)"
    say(f"  unplaced: {len(outcome.unplaced)} line(s){where}" + (", each kept in the draft:" if outcome.unplaced else ""))
    for line in outcome.unplaced:
        say(line)
    for path in outcome.written:
        say(f"Wrote {path}")


def _folder(folder: Path, root: Path, out: Optional[Path], stdout: TextIO, stderr: TextIO, layout: Optional[str]) -> int:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES and p.name.lower() != "readme.md")
    if not files:
        print(f"papers import: {folder} holds no .txt, .docx, .pdf or .html documents", file=stderr)
        return 1
    rows, failed = [], 0
    known = Directory.load(root)
    for number, file in enumerate(files, start=1):
        print(f"[{number}/{len(files)}] {_shown(file, folder)}", file=stdout)
        outcome = import_one(file, root, out, layout, known)
        problems = len(outcome.problems)
        if outcome.error:
            failed += 1
            print(f"  not imported: {' '.join(outcome.error.split())}", file=stdout)
            status = "not imported"
        elif outcome.existing:
            print(f"  {outcome.existing[0]} already exists; nothing was written for this document", file=stdout)
            status = "exists"
        else:
            error = _write(outcome, root, out)
            if error:
                failed += 1
                print(f"  not imported: {error}", file=stdout)
                status = "not imported"
            else:
                status = "written"
            _report(outcome, stdout)
        rows.append((_shown(file, folder), outcome.layout or "-", ", ".join(outcome.dates) or "-", ", ".join(outcome.bodies) or "-",
                     _counts(outcome), str(len(outcome.unplaced)), str(problems), status))
    print(file=stdout)
    heads = ("file", "layout", "date", "body", "items", "unplaced", "problems", "result")
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(heads)]
    for row in [heads] + rows:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip(), file=stdout)
    written = sum(1 for r in rows if r[-1] == "written")
    print(f"\n{len(files)} document(s): {written} imported, {sum(1 for r in rows if r[-1] == 'exists')} already there, {failed} not imported.",
          file=stdout)
    return 1 if failed else 0
