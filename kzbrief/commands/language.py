"""The command line's language: which one, and speaking it without Qt.

The choice, first that applies: ``--lang en|ru|kk`` (before or after the command), the
language chosen in the window (View > Language, kept in the GUI's settings file), the
system locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, ``LANGUAGE``), English.

Speaking it: :func:`install` reads the window's compiled catalogue
(``resources/translations/kzbrief_<lang>.qm``) with :mod:`kzbrief.commands.qm` and routes
:func:`kzbrief.core.wording.translate` through it, so the command line's messages and those
core raises come out in the chosen language. Argparse's own words ("usage:", "the following
arguments are required") are routed through the same catalogue, context ``Argparse``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from kzbrief import APP_NAME
from kzbrief.commands.qm import Catalogue, QmError
from kzbrief.core import wording
from kzbrief.core.errors import DataError
from kzbrief.core.wording import translate

LANGUAGES = wording.LANGUAGES
DEFAULT = LANGUAGES[0]
#: The GUI's settings key for the language (kzbrief.gui.settings.LANGUAGE); "system" or a code.
SETTINGS_SECTION, SETTINGS_KEY = "appearance", "language"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark ``text`` for the catalogue (lupdate extracts it); translated where it is shown."""
    return text


#: What argparse says in its own words (Python 3.11-3.13), as lupdate should extract them;
#: argparse passes each through its module-level ``_`` (gettext), which :func:`install` routes
#: here. A message of a later Python that is not listed stays English.
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)
_ARGPARSE_KNOWN = frozenset(ARGPARSE_MESSAGES)

_argparse_gettext = argparse._  # type: ignore[attr-defined]
_current = DEFAULT


# --- which language ---------------------------------------------------------------------------


def language_from_arguments(arguments: Sequence[str]) -> str | None:
    """The value of ``--lang`` (``--lang ru`` or ``--lang=ru``, anywhere before ``--``), if
    it names a language kzbrief speaks; the parser reports any other value itself."""
    for position, argument in enumerate(arguments):
        if argument == "--":
            break
        value = None
        if argument == "--lang" and position + 1 < len(arguments):
            value = arguments[position + 1]
        elif argument.startswith("--lang="):
            value = argument.partition("=")[2]
        if value in LANGUAGES:
            return value
    return None


def settings_file(environ: Mapping[str, str] | None = None) -> Path:
    """Where the window keeps its settings (``QSettings``, INI format, user scope, organisation
    and application "kzbrief"), found as Qt finds it."""
    env = os.environ if environ is None else environ
    if sys.platform == "win32":
        base = Path(env.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:
        configured = env.get("XDG_CONFIG_HOME", "")
        base = Path(configured) if os.path.isabs(configured) else Path.home() / ".config"
    return base / APP_NAME / f"{APP_NAME}.ini"


def saved_language(path: Path | None = None) -> str | None:
    """The language chosen in the window (View > Language), or None ("as the system" or no
    settings yet). A settings file that cannot be read counts as none."""
    try:
        text = (path or settings_file()).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip().lower()
        elif section == SETTINGS_SECTION and "=" in line:
            key, _, value = line.partition("=")
            if key.strip() == SETTINGS_KEY:
                value = value.strip().strip('"')
                return value if value in LANGUAGES else None
    return None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the locale asks for, if kzbrief speaks it; else English (the window's
    rule: :func:`kzbrief.core.wording.locale_language`)."""
    return wording.locale_language(LANGUAGES, environ, DEFAULT)


def choose_language(
    command_line: str | None,
    *,
    settings: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """``--lang`` first, then the window's choice, then the locale."""
    if command_line in LANGUAGES:
        return command_line  # type: ignore[return-value]
    return saved_language(settings) or system_language(environ)


# --- speaking it ------------------------------------------------------------------------------


def catalogue_file(language: str) -> Path:
    from kzbrief.core.resources import resource_path

    return resource_path("translations", f"kzbrief_{language}.qm")


def _translator(catalogue: Catalogue) -> wording.Translator:
    def translate_with(
        context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = catalogue.translate(context, source, disambiguation, n)
        if not found:
            return wording.english(context, source, disambiguation, n)
        return found.replace("%n", str(n)) if n >= 0 else found

    return translate_with


#: Letters each language needs an output stream to encode (Kazakh's own letters are missing
#: from cp1251, what Python writes into a pipe on a Russian or Kazakh Windows).
LETTERS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "kk": "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
}


def streams_can_write(language: str, streams: Sequence[object] = ()) -> bool:
    """Whether stdout and stderr (or ``streams``) can encode ``language``'s letters."""
    sample = LETTERS.get(language, "")
    for stream in streams or (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            sample.encode(encoding)
        except (UnicodeEncodeError, LookupError):
            return False
    return True


def _argparse_text(text: str) -> str:
    return translate("Argparse", text) if text in _ARGPARSE_KNOWN else text


def install(language: str) -> str:
    """Speak ``language`` from now on (messages of the CLI, of core and of argparse); returns
    the language in use: English when its catalogue is missing or damaged, or when stdout or
    stderr cannot write its letters (rather than an error at the first message)."""
    global _current
    uninstall()
    if language not in LANGUAGES or language == DEFAULT or not streams_can_write(language):
        return _current
    try:
        catalogue = Catalogue.load(catalogue_file(language))
    except (OSError, QmError, DataError):  # DataError: the resources folder is missing
        return _current
    wording.use_translator(_translator(catalogue), language)
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    _current = language
    return language


def uninstall() -> None:
    """English again, as written in the code (the end of :func:`kzbrief.cli.main`)."""
    global _current
    if _current != DEFAULT:
        wording.use_translator(None)
        argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    _current = DEFAULT


def current_language() -> str:
    return _current
