"""``export``: the user's notes as Markdown, HTML, W3C JSON, CSV or PDF, with citations."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kzbrief.commands import EXIT_OK, open_library
from kzbrief.core.errors import BadInputError, DataError
from kzbrief.core.export import FORMATS, ExportScope
from kzbrief.core.safefile import atomic_write_bytes


def export_bytes(args: argparse.Namespace) -> bytes:
    """The export the arguments ask for, as the bytes to write."""
    library = open_library(args)
    if args.annotated:
        if args.format not in {"html", "pdf"}:
            raise BadInputError("--annotated exports the briefing as html or pdf only")
        html = library.annotated_briefing_html(args.briefing, for_print=args.format == "pdf")
    else:
        scope = ExportScope(
            briefing=args.briefing,
            section=args.section,
            tag=args.tag,
            colour=args.colour,
            query=args.query,
        )
        html = library.export_text(
            args.format,
            scope,
            include_editorial=args.editorial,
            include_bookmarks=args.bookmarks,
        )
    if args.format == "pdf":
        from kzbrief.printing import html_to_pdf

        return html_to_pdf(html, page_size=args.page_size)
    if args.format == "csv":
        return html.encode("utf-8-sig")  # the BOM tells spreadsheets it is UTF-8
    return html.encode("utf-8")


def cmd_export(args: argparse.Namespace) -> int:
    data = export_bytes(args)
    if args.output in (None, "-"):
        if args.format == "pdf" and sys.stdout.isatty():
            raise BadInputError("a PDF export needs --output FILE (or redirect stdout)")
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return EXIT_OK
    target = Path(args.output).expanduser()
    if target.is_dir():
        raise BadInputError(f"{target} is a folder; give a file name")
    if not target.parent.is_dir():
        raise BadInputError(f"the folder {target.parent} does not exist")
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise DataError(f"could not write {target}: {exc.strerror or exc}") from exc
    print(f"Exported to {target} ({len(data):,} bytes).", file=sys.stderr)
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export notes with their citations")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--output", metavar="FILE", help="where to write ('-' or nothing: stdout)")
    p.add_argument("--briefing", metavar="ID")
    p.add_argument("--section", metavar="ID")
    p.add_argument("--tag", metavar="T")
    p.add_argument("--colour", metavar="C")
    p.add_argument("--query", metavar="Q", help="only notes that this search finds")
    p.add_argument("--editorial", action="store_true", help="include editorial annotations")
    p.add_argument("--bookmarks", action="store_true", help="include bookmarks")
    p.add_argument("--annotated", action="store_true", help="the whole briefing with notes inline")
    p.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    p.set_defaults(handler=cmd_export)
