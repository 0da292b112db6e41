"""``notes add|list|import|remove``.

Commands that change notes open the search index first (rebuilding it only if it is
missing or damaged), so that the change is applied to it at once and the next search
finds the note without a rebuild.
"""

from __future__ import annotations

import argparse

from kzbrief.commands import EXIT_OK, open_library, print_json
from kzbrief.core.annotations import COLOURS, SORTS, STATUSES, Note
from kzbrief.core.wording import translate


def _clip(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _print_note(note: Note) -> None:
    tags = " ".join(f"#{t}" for t in note.tags)
    print(f"{note.id}\t{note.briefing}/{note.section}\t{note.colour}\t{note.status}\t{tags}")
    print(f"    “{_clip(note.quote, 100)}”")
    if note.body:
        print(f"    {_clip(note.body, 100)}")


def cmd_notes(args: argparse.Namespace) -> int:
    library = open_library(args)
    if args.action == "list":
        notes = library.notes(
            briefing_id=args.briefing,
            section_id=args.section,
            tag=args.tag,
            colour=args.colour,
            status=args.status,
            sort=args.sort,
        )
        if args.json:
            print_json([n.to_dict() for n in notes])
        elif not notes:
            print(translate("CliNotes", "No notes."))
        else:
            for note in notes:
                _print_note(note)
        return EXIT_OK

    library.ensure_index()
    if args.action == "add":
        note = library.add_note(
            args.section,
            args.quote,
            briefing_id=args.briefing,
            note=args.note or "",
            tags=[args.tags] if args.tags else (),
            colour=args.colour,
            occurrence=args.occurrence,
        )
        if args.json:
            print_json(note.to_dict())
        else:
            print(
                translate("CliNotes", "Added note {id} in {briefing}/{section}.").format(
                    id=note.id, briefing=note.briefing, section=note.section
                )
            )
    elif args.action == "import":
        report = library.import_notes(args.file)
        if args.json:
            print_json(report)
        else:
            print(
                translate(
                    "CliNotes",
                    "Imported {imported}, duplicate {duplicate} (skipped), orphaned {orphaned}.",
                ).format(
                    imported=report["imported"],
                    duplicate=report["duplicate"],
                    orphaned=report["orphaned"],
                )
            )
    else:
        note = library.remove_note(args.id)
        print(
            translate("CliNotes", "Removed note {id}: “{quote}”").format(
                id=note.id, quote=_clip(note.quote, 60)
            )
        )
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("notes", help=translate("CliNotes", "add, list, import or remove notes"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))

    add = actions.add_parser(
        "add", help=translate("CliNotes", "highlight a passage, with an optional note and tags")
    )
    add.add_argument("--section", required=True, metavar="ID")
    add.add_argument(
        "--quote",
        required=True,
        metavar="TEXT",
        help=translate("CliNotes", "the passage, as in the text"),
    )
    add.add_argument("--briefing", metavar="ID")
    add.add_argument("--note", metavar="TEXT", help=translate("CliNotes", "the note (Markdown)"))
    add.add_argument("--tags", metavar="A,B", help=translate("CliNotes", "comma-separated tags"))
    add.add_argument("--colour", choices=COLOURS, default=None)
    add.add_argument(
        "--occurrence",
        type=int,
        metavar="N",
        help=translate("CliNotes", "which occurrence of a repeated quote (1 = first, the default)"),
    )
    add.add_argument("--json", action="store_true")

    listing = actions.add_parser("list", help=translate("CliNotes", "list notes"))
    listing.add_argument("--tag", metavar="T")
    listing.add_argument("--briefing", metavar="ID")
    listing.add_argument("--section", metavar="ID")
    listing.add_argument("--colour", choices=COLOURS)
    listing.add_argument("--status", choices=STATUSES)
    listing.add_argument("--sort", choices=SORTS, default="position")
    listing.add_argument("--json", action="store_true")

    imports = actions.add_parser(
        "import", help=translate("CliNotes", "import W3C Web Annotation JSON")
    )
    imports.add_argument("file", metavar="FILE.json")
    imports.add_argument("--json", action="store_true")

    remove = actions.add_parser("remove", help=translate("CliNotes", "remove a note"))
    remove.add_argument("id", metavar="ID")
    p.set_defaults(handler=cmd_notes)
