"""``index check|rebuild`` and ``selftest``."""

from __future__ import annotations

import argparse

from kzbrief.commands import EXIT_DATA, EXIT_OK, open_library, print_json
from kzbrief.core.wording import translate


def cmd_index(args: argparse.Namespace) -> int:
    library = open_library(args)
    if args.action == "rebuild":
        count = library.rebuild_index()
        print(
            translate("CliMaintenance", "Rebuilt the search index: {documents}.").format(
                documents=translate("CliMaintenance", "%n document(s)", "", count)
            )
        )
        return EXIT_OK
    report = library.check_index()
    if args.json:
        print_json(report)
    elif report["ok"]:
        documents, files = int(report.get("documents", 0)), int(report["files"])
        print(
            translate(
                "CliMaintenance", "The search index is good: {documents}, {files}, {size} KiB."
            ).format(
                documents=translate("CliMaintenance", "%n document(s)", "", documents),
                files=translate("CliMaintenance", "%n file(s)", "", files),
                size=f"{report.get('size_bytes', 0) / 1024:.0f}",
            )
        )
    else:
        print(
            translate("CliMaintenance", "The search index needs a rebuild: {problem}.").format(
                problem=report["problem"]
            )
        )
    return EXIT_OK if report["ok"] else EXIT_DATA


def cmd_selftest(args: argparse.Namespace) -> int:
    from kzbrief.selftest import run_selftest

    report = run_selftest(args.data_dir, gui=args.gui, language=getattr(args, "lang", None))
    print_json(report)
    return EXIT_OK if report["ok"] else EXIT_DATA


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "index", help=translate("CliMaintenance", "check or rebuild the search index")
    )
    p.add_argument("action", choices=["check", "rebuild"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_index)

    p = sub.add_parser(
        "selftest", help=translate("CliMaintenance", "check this copy of kzbrief end to end")
    )
    p.add_argument(
        "--gui",
        action="store_true",
        help=translate("CliMaintenance", "also drive the window offscreen"),
    )
    p.add_argument(
        "--lang",
        choices=("en", "ru", "kk"),
        default=argparse.SUPPRESS,
        help=translate(
            "CliMaintenance",
            "the window's language for --gui, and of these messages (default: the choice "
            "under View > Language, else the system locale)",
        ),
    )
    p.set_defaults(handler=cmd_selftest)
