"""``protect``, ``unprotect`` and ``passphrase``: protected notes (issue 16)."""

from __future__ import annotations

import argparse
import sys

from kzbrief.commands import EXIT_OK, open_library, passphrase, passphrase_file_lines
from kzbrief.core.errors import BadInputError
from kzbrief.core.wording import translate


def _warning() -> str:
    return translate(
        "CliProtection",
        "Protected notes are encrypted with your passphrase. If you lose both the passphrase "
        "and the recovery key below, your notes cannot be recovered by anyone.",
    )


def _no_passphrase() -> BadInputError:
    return BadInputError(
        translate(
            "CliProtection",
            "no passphrase: give it with --passphrase-file FILE (or KZBRIEF_PASSPHRASE_FILE), "
            "or run this at a terminal",
        )
    )


def _new_passphrase(args: argparse.Namespace, *, line: int = 0) -> str:
    """A new passphrase: the file's line ``line`` (``--new-passphrase-file`` for a change),
    or typed twice at the terminal."""
    new_file = getattr(args, "new_passphrase_file", None)
    if new_file:
        ns = argparse.Namespace(passphrase_file=new_file)
        lines = passphrase_file_lines(ns) or []
        return lines[0]
    if line == 0:
        given = passphrase_file_lines(args)
        if given is not None:
            return given[0]
    if not sys.stdin.isatty():
        raise _no_passphrase()
    import getpass

    first = getpass.getpass(translate("CliProtection", "New passphrase: "))
    second = getpass.getpass(translate("CliProtection", "The same passphrase again: "))
    if first != second:
        raise BadInputError(
            translate("CliProtection", "the two passphrases differ; nothing was changed")
        )
    return first


def _no_window(library: object) -> None:
    if library.window_is_open():  # type: ignore[attr-defined]
        raise BadInputError(
            translate(
                "CliProtection",
                "a kzbrief window is open on this data folder; close it first (or use "
                "File > Protection… in the window)",
            )
        )


def _current(args: argparse.Namespace) -> str:
    secret = passphrase(args, translate("CliProtection", "Current passphrase (or recovery key): "))
    if not secret:
        raise _no_passphrase()
    return secret


def cmd_protect(args: argparse.Namespace) -> int:
    library = open_library(args)
    if library.is_protected:
        raise BadInputError(translate("CliProtection", "this data folder is protected already"))
    _no_window(library)
    new = _new_passphrase(args)
    print(_warning(), file=sys.stderr)
    recovery_key = library.protect(new)
    print(
        translate(
            "CliProtection", "Your notes, bookmarks and imported briefings are now encrypted."
        )
    )
    print(
        translate(
            "CliProtection",
            "Recovery key (write it down; it is shown this once, and unlocks like the passphrase):",
        )
    )
    print(f"  {recovery_key}")
    return EXIT_OK


def cmd_unprotect(args: argparse.Namespace) -> int:
    library = open_library(args)
    if not library.is_protected:
        raise BadInputError(translate("CliProtection", "this data folder is not protected"))
    _no_window(library)
    library.unprotect(_current(args))
    print(translate("CliProtection", "Protection is off: your notes are in plain files again."))
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace) -> int:
    library = open_library(args)
    if not library.is_protected:
        raise BadInputError(
            translate(
                "CliProtection",
                "this data folder is not protected; turn protection on with 'protect'",
            )
        )
    current = _current(args)
    new = _new_passphrase(args, line=1)
    library.change_passphrase(current, new)
    print(translate("CliProtection", "Changed the passphrase (the recovery key still works)."))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "protect",
        help=translate("CliProtection", "encrypt your notes and imported briefings (passphrase)"),
    )
    p.set_defaults(handler=cmd_protect)
    p = sub.add_parser(
        "unprotect",
        help=translate("CliProtection", "turn protection off (decrypt into plain files)"),
    )
    p.set_defaults(handler=cmd_unprotect)
    p = sub.add_parser(
        "passphrase", help=translate("CliProtection", "change the passphrase of protected notes")
    )
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=translate(
            "CliProtection",
            "read the new passphrase from FILE (else it is asked twice at the terminal)",
        ),
    )
    p.set_defaults(handler=cmd_passphrase)
