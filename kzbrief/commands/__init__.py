"""The command-line subcommands, one module per group.

Each module has ``register(sub)`` which adds its subparsers (with ``handler`` defaults) to
the ``argparse`` subparsers object; :mod:`kzbrief.cli` lists the modules in order.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kzbrief.core.wording import translate

if TYPE_CHECKING:
    from kzbrief.core.service import Library

EXIT_OK, EXIT_USAGE, EXIT_DATA = 0, 2, 3


def print_json(data: Any) -> None:
    """One JSON document on stdout."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def notify(messages: Sequence[str]) -> None:
    """Notices for the user, one line each, on stderr."""
    for message in messages:
        print(translate("CliMain", "kzbrief: {message}").format(message=message), file=sys.stderr)


def open_library(args: argparse.Namespace) -> Library:
    """The command's library (one per command; :func:`kzbrief.cli.main` closes it and prints
    any notices left, such as a recovered database)."""
    library = getattr(args, "library", None)
    if library is None:
        from kzbrief.core.service import Library

        library = args.library = Library(args.data_dir, passphrase_source=lambda: passphrase(args))
    return library


ENV_PASSPHRASE_FILE = "KZBRIEF_PASSPHRASE_FILE"


def passphrase_file_lines(args: argparse.Namespace) -> list[str] | None:
    """The lines of ``--passphrase-file`` (or ``$KZBRIEF_PASSPHRASE_FILE``), or None."""
    import os

    from kzbrief.core.errors import BadInputError

    name = getattr(args, "passphrase_file", None) or os.environ.get(ENV_PASSPHRASE_FILE)
    if not name:
        return None
    try:
        with open(name, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInputError(
            translate("CliMain", "cannot read the passphrase file {file}: {problem}").format(
                file=name, problem=exc
            )
        ) from exc
    if not lines or not lines[0]:
        raise BadInputError(
            translate("CliMain", "the passphrase file {file} is empty").format(file=name)
        )
    return lines


def passphrase(args: argparse.Namespace, prompt: str | None = None) -> str | None:
    """The passphrase: from the file, else typed at a terminal (no echo, after ``prompt``),
    else None."""
    lines = passphrase_file_lines(args)
    if lines is not None:
        return lines[0]
    if not sys.stdin.isatty():
        return None
    import getpass

    try:
        return getpass.getpass(prompt or translate("CliMain", "Passphrase: ")) or None
    except EOFError:
        return None


def close_library(args: argparse.Namespace) -> None:
    library = getattr(args, "library", None)
    if library is not None:
        # A data folder moved onto a new edition of a bundled briefing: told once, one line.
        notify([u.message for u in library.take_upgrades()] if library.upgrades_checked else [])
        notify(library.take_notices())
        library.close()
        args.library = None
