"""Counts in words for core, the CLI and the exports: "1 note", "3 notes".

Every count that core or the CLI shows goes through :func:`plural`, so that the English form
is chosen in one place now and a catalogue can take over later (issue 17: Russian and Kazakh,
whose plural rules differ): install a :class:`gettext.GNUTranslations` with
:func:`use_catalogue` and each ``(singular, plural)`` pair becomes a message id for ngettext.
The GUI counts with Qt's own ``tr("%n note(s)", "", n)`` instead.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Callable, Collection, Mapping
from datetime import datetime

_catalogue: gettext.NullTranslations = gettext.NullTranslations()


def use_catalogue(catalogue: gettext.NullTranslations) -> None:
    """Route every later :func:`plural` through ``catalogue`` (its ngettext)."""
    global _catalogue
    _catalogue = catalogue


def plural(count: int, singular: str, plural_form: str) -> str:
    """``count`` followed by the noun form that fits it: ``plural(1, "note", "notes")`` is
    "1 note", ``plural(0, "note", "notes")`` is "0 notes"."""
    return f"{count} {_catalogue.ngettext(singular, plural_form, count)}"


# --- Messages of core in the interface's language (issue 17) --------------------------------
#
# Core marks each sentence it shows with ``translate("Context", "English text")`` (plurals:
# ``translate("Context", "%n note(s)", "", n)``), the same call Qt's lupdate extracts, so one
# ``make translations`` finds the strings of core and GUI alike. Core stays Qt-free: by default
# the English text comes back (with %n filled and "(s)" resolved); the GUI installs
# ``QCoreApplication.translate`` with :func:`use_translator` and the text comes back translated.
# Arguments are named ``{placeholders}`` filled by the caller with ``str.format``.

Translator = Callable[[str, str, "str | None", int], str]


def _english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    if n < 0:
        return source
    ending = "" if n == 1 else "s"
    return (
        source.replace("%n", str(n)).replace("(es)", "" if n == 1 else "es").replace("(s)", ending)
    )


#: English as written in the code (%n filled, "(s)" resolved): what :func:`translate` gives
#: without a translator, and a translator's fallback for a text its catalogue lacks.
english = _english
_translator: Translator = _english
_language = "en"


def use_translator(translator: Translator | None, language: str = "en") -> None:
    """Translate every later :func:`translate` with ``translator`` into ``language`` (a code:
    "en", "ru", "kk"; None: English again)."""
    global _translator, _language
    _translator = translator or _english
    _language = language if translator else "en"


def interface_language() -> str:
    """The code of the language :func:`translate` writes in ("en", "ru", "kk")."""
    return _language


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the interface's language; ``n`` >= 0 picks the plural form for ``%n``."""
    text = _translator(context, source, disambiguation, n)
    if n >= 0 and ("%n" in text or "(s)" in text or "(es)" in text):  # no catalogue: English
        text = _english(context, text, None, n)
    return text


def _iso_datetime(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


DateFormatter = Callable[[datetime], str]
_date_formatter: DateFormatter = _iso_datetime


def use_date_format(formatter: DateFormatter | None) -> None:
    """Write every later :func:`format_datetime` with ``formatter`` (the GUI's QLocale)."""
    global _date_formatter
    _date_formatter = formatter or _iso_datetime


def format_datetime(value: str | datetime) -> str:
    """A stored timestamp (ISO 8601, as notes keep them) as the interface's language writes
    it, in local time; a value that is not a timestamp comes back as it is."""
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    else:
        moment = value
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return _date_formatter(moment)


#: The languages kzbrief speaks, the window and the command line alike; the first is the
#: default.
LANGUAGES = ("en", "ru", "kk")


def choose_language(
    command_line: str | None, setting: object, environ: Mapping[str, str] | None = None
) -> str:
    """``--lang`` first, then the window's choice (View > Language; "system" or none: no
    choice), then the locale; English when none of them names a language kzbrief speaks."""
    for value in (command_line, setting):
        if isinstance(value, str) and value in LANGUAGES:
            return value
    return locale_language(LANGUAGES, environ, LANGUAGES[0])


def locale_language(
    known: Collection[str], environ: Mapping[str, str] | None = None, default: str = "en"
) -> str:
    """The language the locale asks for (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, then
    ``LANGUAGE``, as gettext reads them: the first one set decides), if it is one of
    ``known``; else ``default``. The window and the command line both choose by it."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        if not value:
            continue
        for part in value.split(":"):
            code = part.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in known:
                return code
        if name != "LANGUAGE":
            return default
    return default
