"""``export``: the user's notes as Markdown, HTML, W3C JSON, CSV or PDF, with citations."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kzbrief import exporting
from kzbrief.commands import EXIT_OK, open_library
from kzbrief.core.errors import BadInputError, DataError
from kzbrief.core.export import FORMATS, ExportScope
from kzbrief.core.safefile import atomic_write_bytes
from kzbrief.core.wording import translate


def export_bytes(args: argparse.Namespace) -> bytes:
    """The export the arguments ask for, as the bytes to write."""
    scope = ExportScope(
        briefing=args.briefing,
        section=args.section,
        tag=args.tag,
        colour=args.colour,
        query=args.query,
    )
    request = exporting.ExportRequest(
        args.format,
        scope,
        include_editorial=args.editorial,
        include_bookmarks=args.bookmarks,
        annotated=args.annotated,
        page_size=args.page_size,
    )
    return exporting.export_bytes(open_library(args), request)


def cmd_export(args: argparse.Namespace) -> int:
    data = export_bytes(args)
    if args.output in (None, "-"):
        if args.format == "pdf" and sys.stdout.isatty():
            raise BadInputError(
                translate("CliExport", "a PDF export needs --output FILE (or redirect stdout)")
            )
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return EXIT_OK
    target = Path(args.output).expanduser()
    if target.is_dir():
        raise BadInputError(
            translate("CliExport", "{path} is a folder; give a file name").format(path=target)
        )
    if not target.parent.is_dir():
        raise BadInputError(
            translate("CliExport", "the folder {path} does not exist").format(path=target.parent)
        )
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise DataError(
            translate("CliExport", "could not write {path}: {problem}").format(
                path=target, problem=exc.strerror or exc
            )
        ) from exc
    size = len(data)
    print(
        translate("CliExport", "Exported to {path} (%n byte(s)).", "", size).format(path=target),
        file=sys.stderr,
    )
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help=translate("CliExport", "export notes with their citations"))
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument(
        "--output",
        metavar="FILE",
        help=translate("CliExport", "where to write ('-' or nothing: stdout)"),
    )
    p.add_argument("--briefing", metavar="ID")
    p.add_argument("--section", metavar="ID")
    p.add_argument("--tag", metavar="T")
    p.add_argument("--colour", metavar="C")
    p.add_argument(
        "--query",
        metavar="Q",
        help=translate("CliExport", "only notes that this search finds"),
    )
    p.add_argument(
        "--editorial",
        action="store_true",
        help=translate("CliExport", "include editorial annotations"),
    )
    p.add_argument(
        "--bookmarks",
        action="store_true",
        help=translate("CliExport", "include bookmarks"),
    )
    p.add_argument(
        "--annotated",
        action="store_true",
        help=translate("CliExport", "the whole briefing with notes inline"),
    )
    p.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    p.set_defaults(handler=cmd_export)
