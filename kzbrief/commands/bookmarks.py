"""``bookmarks add|list|remove``."""

from __future__ import annotations

import argparse

from kzbrief.commands import EXIT_OK, open_library, print_json
from kzbrief.core.wording import translate


def cmd_bookmarks(args: argparse.Namespace) -> int:
    library = open_library(args)
    if args.action == "add":
        bookmark = library.add_bookmark(
            args.section, briefing_id=args.briefing, label=args.label, paragraph=args.paragraph
        )
        if args.json:
            print_json(bookmark.to_dict())
        else:
            print(
                translate("CliBookmarks", "Added bookmark {id}: {label}").format(
                    id=bookmark.id, label=bookmark.label
                )
            )
    elif args.action == "list":
        bookmarks = library.bookmarks(args.briefing)
        if args.json:
            print_json([b.to_dict() for b in bookmarks])
        elif not bookmarks:
            print(translate("CliBookmarks", "No bookmarks."))
        else:
            for b in bookmarks:
                print(f"{b.id}\t{b.briefing}/{b.section}\t{b.label}\t{b.created}")
    else:
        bookmark = library.remove_bookmark(args.id)
        print(
            translate("CliBookmarks", "Removed bookmark {id}: {label}").format(
                id=bookmark.id, label=bookmark.label
            )
        )
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bookmarks", help=translate("CliBookmarks", "add, list or remove bookmarks"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
    add = actions.add_parser("add", help=translate("CliBookmarks", "bookmark a section"))
    add.add_argument("--section", required=True, metavar="ID")
    add.add_argument("--briefing", metavar="ID")
    add.add_argument("--label", metavar="L")
    add.add_argument("--paragraph", metavar="ID")
    add.add_argument("--json", action="store_true")
    listing = actions.add_parser("list", help=translate("CliBookmarks", "list bookmarks"))
    listing.add_argument("--briefing", metavar="ID")
    listing.add_argument("--json", action="store_true")
    remove = actions.add_parser("remove", help=translate("CliBookmarks", "remove a bookmark"))
    remove.add_argument("id", metavar="ID")
    p.set_defaults(handler=cmd_bookmarks)
