"""``import``, ``remove`` and ``restore``: the briefings in the user's library."""

from __future__ import annotations

import argparse

from kzbrief.commands import EXIT_OK, notify, open_library, print_json
from kzbrief.core.errors import BadInputError
from kzbrief.core.importers import SUFFIXES
from kzbrief.core.wording import translate


def cmd_import(args: argparse.Namespace) -> int:
    from kzbrief.core.importers.report import describe_import

    password = read_password_file(args.password_file) if args.password_file else None
    library = open_library(args)
    report = library.import_briefing(
        args.path,
        briefing_id=args.id,
        title=args.title,
        replace=args.replace,
        language=args.language,
        password=password,
    )
    notify(report.notices)
    if args.json:
        print_json(report.to_dict())
    else:
        lines = describe_import(
            report,
            undo_hint=translate("CliLibrary", "undo: kzbrief restore {id}").format(
                id=report.briefing_id
            ),
            orphan_hint=translate("CliLibrary", "kept; see 'kzbrief notes list --status orphaned'"),
        )
        print("\n".join(lines))
    return EXIT_OK


def read_password_file(path: str) -> str:
    """The password in ``path``: its first line, without the line end."""
    try:
        with open(path, encoding="utf-8") as handle:
            line = handle.readline(4096)
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInputError(
            translate("CliLibrary", "cannot read the password file {file}: {problem}").format(
                file=path, problem=exc
            )
        ) from None
    password = line.rstrip("\r\n")
    if not password:
        raise BadInputError(
            translate("CliLibrary", "the password file {file} is empty").format(file=path)
        )
    return password


def cmd_remove(args: argparse.Namespace) -> int:
    library = open_library(args)
    removed = library.remove_briefing(args.briefing)
    notify(library.take_notices())
    if args.json:
        print_json(removed.to_dict())
    else:
        print(
            translate(
                "CliLibrary",
                "Removed {title} ({id}, edition {edition}). Your notes on it are kept. "
                "Undo: kzbrief restore {id}",
            ).format(title=repr(removed.title), id=removed.id, edition=removed.edition)
        )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    library = open_library(args)
    restored = library.restore_briefing(args.briefing)
    notify(library.take_notices())
    if args.json:
        print_json(restored.to_dict())
    else:
        print(
            translate("CliLibrary", "Restored {title} ({id}, edition {edition}).").format(
                title=repr(restored.title), id=restored.id, edition=restored.edition
            )
        )
        if restored.reason == "archived":
            print(
                translate(
                    "CliLibrary",
                    "Your notes are placed in this edition now. "
                    "Back to the current edition: kzbrief remove {id}",
                ).format(id=restored.id)
            )
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help=translate(
            "CliLibrary",
            "add a briefing from a .md, .html, .txt, .pdf, .docx or .epub file, "
            "or a new edition of one",
        ),
        description=translate("CliLibrary", "Import a report ({formats}) into the library.").format(
            formats=", ".join(SUFFIXES)
        ),
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument(
        "--id",
        metavar="ID",
        help=translate("CliLibrary", "the briefing's id (default: from its title)"),
    )
    p.add_argument(
        "--title",
        metavar="T",
        help=translate("CliLibrary", "the title (default: the first heading)"),
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help=translate(
            "CliLibrary", "import as the new edition of the briefing with this id (notes are kept)"
        ),
    )
    p.add_argument(
        "--language",
        choices=["en", "ru", "kk"],
        help=translate("CliLibrary", "the briefing's language (default: detected)"),
    )
    p.add_argument(
        "--password-file",
        metavar="FILE",
        help=translate("CliLibrary", "a file whose first line is the password of a protected PDF"),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser(
        "remove",
        help=translate("CliLibrary", "move an imported briefing to the trash (notes are kept)"),
    )
    p.add_argument("briefing", metavar="BRIEFING")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_remove)

    p = sub.add_parser(
        "restore",
        help=translate("CliLibrary", "bring back the last removed or replaced edition"),
    )
    p.add_argument("briefing", metavar="BRIEFING")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_restore)
