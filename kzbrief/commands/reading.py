"""``briefings``, ``sections`` and ``show``."""

from __future__ import annotations

import argparse

from kzbrief.commands import EXIT_OK, open_library, print_json
from kzbrief.core.wording import translate


def cmd_briefings(args: argparse.Namespace) -> int:
    library = open_library(args)
    briefings = library.briefings()
    if args.json:
        print_json([b.to_summary() for b in briefings])
    else:
        for b in briefings:
            count = len(b.sections)
            edition = translate("CliReading", "edition {edition}").format(edition=b.edition)
            sections = translate("CliReading", "%n section(s)", "", count)
            print("\t".join((b.id, b.title, edition, str(b.date), sections)))
    return EXIT_OK


def cmd_sections(args: argparse.Namespace) -> int:
    library = open_library(args)
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
        print_json(rows)
    else:
        for s in briefing.sections:
            print("\t".join((s.id, s.title, ", ".join(s.tags))))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    library = open_library(args)
    if args.json:
        print_json(library.section_data(args.section, args.briefing))
    elif args.html:
        print(library.section_html(args.section, args.briefing))
    else:
        _, section = library.section(args.section, args.briefing)
        print(section.title)
        print()
        print(section.text)
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("briefings", help=translate("CliReading", "list briefings in the library"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_briefings)

    p = sub.add_parser("sections", help=translate("CliReading", "list the sections of a briefing"))
    p.add_argument("--briefing", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sections)

    p = sub.add_parser("show", help=translate("CliReading", "a section's text, data or HTML"))
    p.add_argument("section", metavar="SECTION")
    p.add_argument("--briefing", metavar="ID")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--html", action="store_true")
    p.set_defaults(handler=cmd_show)
