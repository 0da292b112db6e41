"""The command line: ``kzbrief`` opens the window; subcommands script everything else.

Qt is imported only when the GUI starts. Exit codes: 0 success (also "no results"),
2 bad input or usage, 3 data that could not be read or recovered. Errors are one line on
stderr; tracebacks go to a log file in the data folder, never to the user.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from kzbrief import __version__
from kzbrief.core.errors import BadInputError, KzbriefError

EXIT_OK, EXIT_USAGE, EXIT_DATA = 0, 2, 3
Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """argparse found a usage error; the message is one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _notify(messages: Sequence[str]) -> None:
    for message in messages:
        print(f"kzbrief: {message}", file=sys.stderr)


def _library(args: argparse.Namespace):
    from kzbrief.core.service import Library

    return Library(args.data_dir)


# -- commands ------------------------------------------------------------------------------------
def cmd_briefings(args: argparse.Namespace) -> int:
    library = _library(args)
    briefings = library.briefings()
    if args.json:
        _print_json([b.to_summary() for b in briefings])
    else:
        for b in briefings:
            print(f"{b.id}\t{b.title}\tedition {b.edition}\t{b.date}\t{len(b.sections)} sections")
    _notify(library.notices)
    return EXIT_OK


def cmd_sections(args: argparse.Namespace) -> int:
    library = _library(args)
    briefing = library.briefing(args.briefing)
    rows = [
        {
            "id": s.id,
            "title": s.title,
            "tags": list(s.tags),
            "briefing": briefing.id,
            "paragraphs": len(s.paragraphs),
        }
        for s in briefing.sections
    ]
    if args.json:
        _print_json(rows)
    else:
        for row in rows:
            print(f"{row['id']}\t{row['title']}\t{', '.join(row['tags'])}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    library = _library(args)
    if args.json:
        _print_json(library.section_data(args.section, args.briefing))
    elif args.html:
        print(library.section_html(args.section, args.briefing))
    else:
        _, section = library.section(args.section, args.briefing)
        print(section.title)
        print()
        print(section.text)
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    library = _library(args)
    if args.limit < 1:
        raise BadInputError("--limit must be at least 1")
    results = library.search(args.query, briefing=args.briefing, kind=args.kind, limit=args.limit)
    _notify(results.notices)
    if args.json:
        _print_json(results.to_dict())
        return EXIT_OK
    if not results.hits:
        print("No results.")
        return EXIT_OK
    groups = (("In the briefing", ("text", "editorial")), ("In your notes", ("note",)))
    for label, kinds in groups:
        hits = [h for h in results.hits if h.kind in kinds]
        if not hits:
            continue
        print(f"{label} ({len(hits)})")
        for h in hits:
            where = f"{h.briefing}/{h.section}"
            extra = "" if h.kind == "text" else f" [{h.kind}]"
            print(f"  {h.section_title} ({where}){extra}  score {h.score:.2f}")
            print(f"    {h.snippet}")
    if results.total > len(results.hits):
        about = "about " if results.total_is_estimate else ""
        print(f"({len(results.hits)} of {about}{results.total} shown; use --limit for more)")
    return EXIT_OK


def cmd_index(args: argparse.Namespace) -> int:
    library = _library(args)
    if args.action == "rebuild":
        count = library.rebuild_index()
        print(f"Rebuilt the search index: {count} documents.")
        return EXIT_OK
    report = library.check_index()
    if args.json:
        _print_json(report)
    elif report["ok"]:
        print(
            f"The search index is good: {report.get('documents', 0)} documents, "
            f"{report['files']} files, {report.get('size_bytes', 0) / 1024:.0f} KiB."
        )
    else:
        print(f"The search index needs a rebuild: {report['problem']}.")
    return EXIT_OK if report["ok"] else EXIT_DATA


def cmd_selftest(args: argparse.Namespace) -> int:
    from kzbrief.selftest import run_selftest

    report = run_selftest(args.data_dir, gui=args.gui)
    _print_json(report)
    return EXIT_OK if report["ok"] else EXIT_DATA


# -- parser ---------------------------------------------------------------------------------------
def _common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a --data-dir given before the subcommand from being overwritten.
    parser.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="where notes, bookmarks and the index live",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kzbrief", description="An offline reader for human-rights briefings.")
    parser.add_argument("--version", action="version", version=f"kzbrief {__version__}")
    parser.add_argument(
        "--data-dir",
        default=None,
        metavar="DIR",
        help="where notes, bookmarks and the index live "
        "(default: $KZBRIEF_DATA_DIR or the platform's data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("briefings", help="list briefings in the library")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_briefings)

    p = sub.add_parser("sections", help="list the sections of a briefing")
    p.add_argument("--briefing", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sections)

    p = sub.add_parser("show", help="a section's text, data or HTML")
    p.add_argument("section", metavar="SECTION")
    p.add_argument("--briefing", metavar="ID")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--html", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("search", help="search the library")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--briefing", metavar="ID")
    p.add_argument("--kind", choices=["text", "editorial", "note"])
    p.add_argument("--limit", type=int, default=20, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("index", help="check or rebuild the search index")
    p.add_argument("action", choices=["check", "rebuild"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_index)

    p = sub.add_parser("selftest", help="check this copy of kzbrief end to end")
    p.add_argument("--gui", action="store_true", help="also drive the window offscreen")
    p.set_defaults(handler=cmd_selftest)

    for subparser in sub.choices.values():
        _common(subparser)
    return parser


def _log_crash(data_dir: str | None) -> Path | None:
    try:
        from kzbrief.core.paths import ensure_private_dir, resolve_data_dir

        folder = ensure_private_dir(resolve_data_dir(data_dir))
        path = folder / "crash.log"
        with path.open("a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc())
        os.chmod(path, 0o600)
        return path
    except (OSError, KzbriefError):
        return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    os.umask(0o077)  # every file the app writes is readable by the user alone
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args: argparse.Namespace | None = None
    try:
        args = parser.parse_args(args_list)
        if args.command is None:
            from kzbrief.gui.app import run_gui

            return run_gui(args.data_dir)
        return int(args.handler(args))
    except UsageError as exc:
        print(f"kzbrief: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KzbriefError as exc:
        print(f"kzbrief: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`); nothing to tell anyone.
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        log = _log_crash(getattr(args, "data_dir", None))
        where = f"; details in {log}" if log else ""
        print(f"kzbrief: internal error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return EXIT_DATA
