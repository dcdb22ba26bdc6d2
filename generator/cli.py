"""The `papers` command. Thin: it parses arguments, calls the pipeline and prints what happened."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from generator.build import BuildFailed, build_site, generate
from generator.pipeline import check
from generator.problems import ContentError, errors, report


def _root(args) -> Path:
    root = Path(args.root).resolve()
    if not (root / "content").is_dir():
        raise SystemExit(f"papers: no content/ folder in {root}; run this from the project folder or pass --root")
    return root


def cmd_check(args) -> int:
    _, problems = check(_root(args))
    print(report(problems))
    return 1 if errors(problems) else 0


def cmd_build(args) -> int:
    root = _root(args)
    try:
        result = build_site(root)
    except ContentError as exc:
        print(report(exc.problems))
        print("papers: nothing was built; fix the errors above and run it again", file=sys.stderr)
        return 1
    except BuildFailed as exc:
        print(f"papers: {exc}", file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(warning)
    print(f"Built {result.pages} pages into site/ ({result.written} changed, {result.removed} removed). "
          "Preview it with: make serve")
    return 0


def cmd_serve(args) -> int:
    root = _root(args)
    try:
        generate(root)
    except ContentError as exc:
        print(report(exc.problems))
        return 1
    command = [sys.executable, "-m", "mkdocs", "serve", "--config-file", str(root / "mkdocs.yml"), "--dev-addr", args.address]
    try:
        return subprocess.call(command, cwd=root)
    except KeyboardInterrupt:
        return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="papers", description="Check and build the Commissioner's meeting papers website.")
    p.add_argument("--root", default=".", help="the project folder (default: the current folder)")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate the content and report every problem with file and line").set_defaults(func=cmd_check)
    sub.add_parser("build", help="validate, generate the pages and build the website into site/").set_defaults(func=cmd_build)
    serve = sub.add_parser("serve", help="build the pages and serve the site with live reload")
    serve.add_argument("--address", default="127.0.0.1:8000", help="where to serve (default 127.0.0.1:8000)")
    serve.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
