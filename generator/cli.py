"""The `papers` command. Thin: it parses arguments, calls the pipeline and prints what happened."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import datetime as dt

from typing import Callable

from generator.archive import ArchiveFailed, write_archive
from generator.build import BuildFailed, build_site
from generator.changes import ChangesError, warnings_shown_for
from generator.importer import run_import
from generator.pipeline import check, validated
from generator.preview import PreviewError, serve
from generator.problems import ContentError, errors, report
from generator.scaffold import ScaffoldError, new_meeting
from generator.schema import write_schemas
from generator.settings import SettingsError, is_placeholder, load_settings, placeholder_message


def _root(args) -> Path:
    root = Path(args.root).resolve()
    if not (root / "content").is_dir():
        raise SystemExit(f"papers: no content/ folder in {root}; run this from the project folder or pass --root")
    return root


def _warnings_of(root: Path, args) -> Callable[[str], bool] | None:
    """Which files' warnings to show: all (--all), the files named, or the files changed on this branch."""
    if getattr(args, "all", False):
        return None
    try:
        return warnings_shown_for(root, getattr(args, "files", None) or [], getattr(args, "base", None))
    except ChangesError as exc:
        raise SystemExit(f"papers: {exc}") from None


def cmd_check(args) -> int:
    root = _root(args)
    warnings_of = _warnings_of(root, args)
    _, problems = check(root)
    print(report(problems, warnings_of))
    return 1 if errors(problems) else 0


def cmd_build(args) -> int:
    root = _root(args)
    try:
        result = build_site(root, force=args.force, publish=args.publish, address=args.site_url)
    except ContentError as exc:
        print(report(exc.problems, _warnings_of(root, args)))
        print("papers: nothing was built; fix the errors above and run it again", file=sys.stderr)
        return 1
    except BuildFailed as exc:
        print(f"papers: {exc}", file=sys.stderr)
        return 1
    if result is None:
        print("Nothing has changed since the last build: site/ is up to date (papers build --force builds it again).")
        return 0
    if result.warnings:
        print(report(result.warnings, _warnings_of(root, args)))
    if is_placeholder(result.site_url):
        print(placeholder_message(result.site_url, publishing=False))
    print(f"Built {result.pages} pages into site/ ({result.written} changed, {result.removed} removed). "
          "Preview it with: make serve")
    return 0


def cmd_serve(args) -> int:
    root = _root(args)
    try:
        return serve(load_settings(root, preview=args.drafts), args.address)
    except ContentError as exc:
        print(report(exc.problems, _warnings_of(root, args)))
        print("papers: fix the errors above, then start the preview again", file=sys.stderr)
        return 1
    except (PreviewError, SettingsError) as exc:
        print(f"papers: {exc}", file=sys.stderr)
        return 1


def cmd_new_meeting(args) -> int:
    root = _root(args)
    try:
        day = dt.date.fromisoformat(args.date)
    except ValueError:
        print(f"papers: '{args.date}' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-09", file=sys.stderr)
        return 2
    try:
        content, _ = validated(root)
        path = new_meeting(root, content, day, args.kind, args.body)
    except ContentError as exc:
        print(report(exc.problems, _warnings_of(root, args)))
        print("papers: fix the errors above before adding a meeting", file=sys.stderr)
        return 1
    except ScaffoldError as exc:
        print(f"papers: {exc}", file=sys.stderr)
        return 1
    print(f"Wrote {path.relative_to(root)}: fill in the agenda, then run `make check`.")
    return 0


def cmd_import(args) -> int:
    return run_import(Path(args.file), Path(args.root).resolve(), Path(args.out) if args.out else None, layout=args.layout)


def cmd_schema(args) -> int:
    root = _root(args)
    written = write_schemas(root / args.out)
    print(f"JSON Schemas in {args.out}/ ({len(written)} updated).")
    return 0


def cmd_archive(args) -> int:
    root = _root(args)
    try:
        result = write_archive(root, root / args.out)
    except ContentError as exc:
        print(report(exc.problems))
        print("papers: no archive was written; fix the errors above and run it again", file=sys.stderr)
        return 1
    except ArchiveFailed as exc:
        print(f"papers: {exc}", file=sys.stderr)
        return 1
    print(f"Wrote the archive {result.path} ({result.files} files: the site, the content, the open data and a "
          f"manifest; {result.meetings} meetings, {result.decisions} decisions), checksummed as a BagIt bag.")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="papers", description="Check and build the Commissioner's meeting papers website.")
    p.add_argument("--root", default=".", help="the project folder (default: the current folder)")
    sub = p.add_subparsers(dest="command", required=True)
    checking = sub.add_parser(
        "check", help="validate the content and report every problem with file and line",
        description="Every error is shown. Warnings are shown for the files named, or else for the files "
                    "changed on this branch; the others are counted in one line.")
    checking.add_argument("files", nargs="*", metavar="FILE",
                          help="show the warnings of these files or folders (default: the files changed on this branch)")
    checking.add_argument("--all", action="store_true", help="show every warning of every file")
    checking.add_argument("--base", help="the branch that changes are counted from (default: main, or else origin/main)")
    checking.set_defaults(func=cmd_check)
    build = sub.add_parser("build", help="validate, generate the pages and build the website into site/")
    build.add_argument("--force", action="store_true", help="build even if nothing has changed since the last build")
    build.add_argument("--publish", action="store_true",
                       help="a build to put online: refuses a placeholder site address such as example.org")
    build.add_argument("--site-url", help="the site's public address for this build, in place of mkdocs.yml's site_url")
    build.set_defaults(func=cmd_build)
    serve = sub.add_parser("serve", help="build the pages and serve the site with live reload")
    serve.add_argument("--address", default="127.0.0.1:8000", help="where to serve (default 127.0.0.1:8000)")
    serve.add_argument("--drafts", action="store_true", help="also show drafts and papers not yet public (never published)")
    serve.set_defaults(func=cmd_serve)
    new = sub.add_parser("new", help="start a new content file").add_subparsers(dest="what", required=True)
    meeting = new.add_parser("meeting", help="a new meeting with the standing agenda items and attendees")
    meeting.add_argument("--date", required=True, help="the meeting's date, YYYY-MM-DD")
    meeting.add_argument("--body", required=True, help="the id of the body that meets (a file content/bodies/<id>.yaml)")
    meeting.add_argument("--kind", default="performance", help="performance, finance, budget-setting, thematic or other")
    meeting.set_defaults(func=cmd_new_meeting)
    imported = sub.add_parser("import", help="make draft meeting files from a meeting pack (.txt, .docx or .pdf)")
    imported.add_argument("file", help="the document to import, or a folder of documents")
    imported.add_argument("--layout", help="read with this layout instead of the one detected")
    imported.add_argument("--out", help="folder for the drafts (default: content/meetings/<year>/)")
    imported.set_defaults(func=cmd_import)
    schema = sub.add_parser("schema", help="write the JSON Schemas of the content files (for editors)")
    schema.add_argument("--out", default="schema", help="folder, relative to the project (default: schema)")
    schema.set_defaults(func=cmd_schema)
    archive = sub.add_parser("archive", help="write the whole record as one checksummed package (a BagIt bag) for a successor")
    archive.add_argument("--out", default="archive", help="the folder to create for the package, relative to the project (default: archive); never overwritten")
    archive.set_defaults(func=cmd_archive)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
