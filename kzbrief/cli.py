"""The command line: ``kzbrief`` opens the window; subcommands script everything else.

Qt is imported only when the GUI starts. Exit codes: 0 success (also "no results"),
2 bad input or usage, 3 data that could not be read or recovered. Errors are one line on
stderr; tracebacks go to the log in the data folder (kzbrief.core.logs), never to the user.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from kzbrief import __version__
from kzbrief.commands import EXIT_DATA, EXIT_USAGE, close_library, language
from kzbrief.core.errors import InternalError, KzbriefError
from kzbrief.core.logs import log_bug, setup_logging
from kzbrief.core.paths import resolve_data_dir
from kzbrief.core.wording import translate

if TYPE_CHECKING:
    from kzbrief.gui.startpage import WindowShell

log = logging.getLogger(__name__)


class UsageError(Exception):
    """argparse found a usage error; the message is one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(
            translate("CliMain", "{message} (see '{prog} --help')").format(
                message=message, prog=self.prog
            )
        )


#: Modules under kzbrief.commands, each with ``register(sub)``, in --help order.
COMMAND_MODULES = (
    "reading",
    "searching",
    "library",
    "notes",
    "bookmarks",
    "export",
    "maintenance",
    "protection",
)


def _verbose_help() -> str:
    return translate("CliMain", "also print the log (kzbrief.log in the data folder) to stderr")


def _lang_help() -> str:
    return translate(
        "CliMain",
        "the language of the window and of these messages (default: the choice under "
        "View > Language, else the system locale)",
    )


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a --data-dir given before the subcommand from being overwritten.
    parser.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help=translate("CliMain", "where notes, bookmarks and the index live"),
    )
    parser.add_argument(
        "--verbose", action="store_true", default=argparse.SUPPRESS, help=_verbose_help()
    )
    parser.add_argument(
        "--passphrase-file",
        default=argparse.SUPPRESS,
        metavar="FILE",
        help=translate(
            "CliMain", "read the passphrase of protected notes from the first line of FILE"
        ),
    )
    if "--lang" not in parser._option_string_actions:  # selftest has its own (the same)
        parser.add_argument(
            "--lang",
            choices=language.LANGUAGES,
            default=argparse.SUPPRESS,
            help=_lang_help(),
        )
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _add_common_options(child)


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; ``commands=False``: the global options alone (what opening
    the window needs, without building every command's parser)."""
    parser = _Parser(
        prog="kzbrief",
        description=translate("CliMain", "An offline reader for human-rights briefings."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"kzbrief {__version__}",
        help=translate("CliMain", "show the version and exit"),
    )
    parser.add_argument(
        "--data-dir",
        default=None,
        metavar="DIR",
        help=translate(
            "CliMain",
            "where notes, bookmarks and the index live "
            "(default: $KZBRIEF_DATA_DIR or the platform's data folder)",
        ),
    )
    parser.add_argument("--lang", choices=language.LANGUAGES, default=None, help=_lang_help())
    parser.add_argument("--verbose", action="store_true", help=_verbose_help())
    parser.add_argument(
        "--passphrase-file",
        default=None,
        metavar="FILE",
        help=translate(
            "CliMain",
            "read the passphrase of protected notes from the first line of FILE "
            "(default: $KZBRIEF_PASSPHRASE_FILE, else asked at the terminal)",
        ),
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        action="store_true",
        help=translate(
            "CliMain",
            "add kzbrief to your applications menu (Linux; this copy is the one it starts)",
        ),
    )
    desktop.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help=translate("CliMain", "remove it from the applications menu"),
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"kzbrief.commands.{name}").register(sub)
    for child in sub.choices.values():
        _add_common_options(child)
    return parser


def _desktop_integration(*, install: bool) -> int:
    from kzbrief.desktop import install_desktop, uninstall_desktop

    if install:
        paths = install_desktop()
        print(translate("CliMain", "Added kzbrief to your applications menu:"))
    else:
        paths = uninstall_desktop()
        if paths:
            print(translate("CliMain", "Removed kzbrief from your applications menu:"))
        else:
            print(translate("CliMain", "Nothing to remove."))
    for path in paths:
        print(f"  {path}")
    return 0


def _names_no_command(args_list: list[str]) -> bool:
    """Whether the arguments are global options alone: then the window opens, and the parsers
    of every command (their modules and ~30 ms of argparse) need not be built."""
    if {"-h", "--help"} & set(args_list):
        return False  # the help lists the commands
    try:
        _, rest = build_parser(commands=False).parse_known_args(args_list)
    except UsageError:
        return False  # the full parser tells what is wrong
    return not rest


def _open_window(
    data_dir: str | None, lang: str | None = None, early: WindowShell | None = None
) -> int:
    # Pure-Python modules first: once imported, PySide6 reads the source of every module
    # imported after it (its __feature__ import hook looks for "PySide6" in each).
    import kzbrief.core.service  # noqa: F401
    from kzbrief.gui.app import run_gui

    return run_gui(data_dir, lang, early=early)


def main(
    argv: Sequence[str] | None = None,
    *,
    early: WindowShell | None = None,
    early_failure: Exception | None = None,
) -> int:
    """Run the command line; returns the exit code. ``early``: the window kzbrief.launch
    painted already, for the window to complete (``early_failure``: why it could not)."""
    os.umask(0o077)  # every file the app writes is readable by the user alone
    args_list = list(sys.argv[1:] if argv is None else argv)
    # The language is chosen before the parser is built: its help texts are translated.
    language.install(language.choose_language(language.language_from_arguments(args_list)))
    try:
        return _run(args_list, early, early_failure)
    finally:
        language.uninstall()


def _run(args_list: list[str], early: WindowShell | None, early_failure: Exception | None) -> int:
    args: argparse.Namespace | None = None
    log_file: Path | None = None
    try:
        parser = build_parser(commands=not _names_no_command(args_list))
        args = parser.parse_args(args_list)
        log_file = setup_logging(resolve_data_dir(args.data_dir), verbose=args.verbose)
        if early_failure is not None:
            log_bug(early_failure, "painting the window early", log)
        if early is not None and (
            args.command is not None or args.install_desktop or args.uninstall_desktop
        ):
            early.close()  # (kzbrief.launch paints only for the window: never so)
            early = None
        if args.install_desktop or args.uninstall_desktop:
            if args.command is not None:
                raise UsageError(
                    translate(
                        "CliMain", "--install-desktop and --uninstall-desktop take no command"
                    )
                )
            return _desktop_integration(install=args.install_desktop)
        if args.command is None:
            return _open_window(args.data_dir, args.lang, early)
        try:
            return int(args.handler(args))
        finally:
            close_library(args)
    except UsageError as exc:
        print(
            translate("CliMain", "kzbrief: error: {message}").format(message=exc), file=sys.stderr
        )
        return EXIT_USAGE
    except InternalError as exc:  # core logged the traceback
        print(_with_log(str(exc), log_file), file=sys.stderr)
        return exc.exit_code
    except KzbriefError as exc:
        print(translate("CliMain", "kzbrief: {message}").format(message=exc), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`); nothing to tell anyone.
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        command = getattr(args, "command", None)
        log_bug(exc, f"running {command or 'the window'}", log)  # the log stays English
        problem = translate("CliMain", "internal error ({kind})").format(kind=type(exc).__name__)
        print(_with_log(problem, log_file), file=sys.stderr)
        return EXIT_DATA


def _with_log(problem: str, log_file: Path | None) -> str:
    """The one line for a problem whose traceback went to the log."""
    if log_file is None:
        return translate("CliMain", "kzbrief: {message}").format(message=problem)
    return translate("CliMain", "kzbrief: {message}; the details are in {log}").format(
        message=problem, log=log_file
    )
