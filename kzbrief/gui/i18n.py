"""The interface's language: which one (``--lang``, then Settings, then the system locale),
and loading its catalogues at start: ours (``kzbrief_<lang>.qm``, built by ``make
translations`` from ``translations/kzbrief_<lang>.ts``) and Qt's own (``qtbase_<lang>.qm``,
for Cancel, Open and the standard dialogs).

The Qt-free core shows its sentences through :func:`kzbrief.core.wording.translate`; this
module routes that through ``QCoreApplication.translate`` and writes core's dates with
QLocale, so core, GUI and exports speak one language.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTranslator

from kzbrief.core import wording
from kzbrief.core.resources import resource_path

#: The languages the interface speaks, each in its own name (what Settings shows).
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
DEFAULT = "en"
#: Settings value for "as the system is".
SYSTEM = "system"

_installed: list[QTranslator] = []
_current = DEFAULT


def catalogue_dir() -> Path:
    """Where our .qm files are (resources/translations, in a checkout, wheel or bundle)."""
    return resource_path("translations")


def system_language(environ: dict[str, str] | None = None) -> str:
    """The language the system asks for (the locale's variables, as gettext reads them), if
    kzbrief speaks it; else English."""
    return wording.locale_language(LANGUAGES, environ, DEFAULT)


def choose_language(command_line: str | None, setting: str | None) -> str:
    """``--lang`` first, then the Settings choice, then the system locale."""
    return wording.choose_language(command_line, setting)


def current_language() -> str:
    return _current


def install(language: str) -> str:
    """Load ``language``'s catalogues into the running application (replacing any loaded
    before), set QLocale's default to it and route core's messages through Qt. Returns the
    language in use: English when the catalogue cannot be read."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else DEFAULT
    # English has a catalogue too: the plural forms of "%n note(s)".
    ours = QTranslator()
    if ours.load(f"kzbrief_{language}", str(catalogue_dir())):
        _installed.append(ours)
    elif language != DEFAULT:
        language = DEFAULT
        if ours.load(f"kzbrief_{DEFAULT}", str(catalogue_dir())):
            _installed.append(ours)
    if language != DEFAULT:
        qt = QTranslator()
        if any(qt.load(f"qtbase_{language}", folder) for folder in _qt_translation_dirs()):
            _installed.append(qt)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(locale_for(language))
    wording.use_translator(QCoreApplication.translate, language)
    wording.use_date_format(format_datetime)
    _current = language
    return language


def install_in_child(language: str) -> None:
    """In the child process that reads a file to import (:mod:`kzbrief.core.isolated`):
    route core's messages through ``language``'s catalogue, so that a refusal raised there
    reaches the window in its language. No application runs in the child: a bare
    QTranslator is asked, and English (as written in the code) fills what it lacks."""
    if language not in LANGUAGES or language == DEFAULT:
        return
    catalogue = QTranslator()
    if not catalogue.load(f"kzbrief_{language}", str(catalogue_dir())):
        return

    def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        told = catalogue.translate(context, source, disambiguation, n)
        if not told:
            return wording.english(context, source, disambiguation, n)
        return told.replace("%n", str(n)) if n >= 0 else told

    wording.use_translator(translate, language)


def _qt_translation_dirs() -> list[str]:
    """Where Qt's own .qm files are: Qt's configured folder, else PySide6's own."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).parent / "Qt" / "translations"),
    ]


def uninstall() -> None:
    """Back to no catalogue at all: English as written in the code (tests use this)."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
    wording.use_translator(None)
    wording.use_date_format(None)
    _current = DEFAULT


def locale_for(language: str) -> QLocale:
    return {
        "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
        "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    }.get(language, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def format_datetime(moment: datetime | QDateTime) -> str:
    """A date and time as the interface's language writes it (QLocale, short form)."""
    if isinstance(moment, datetime):
        moment = QDateTime(moment)
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def format_date(moment: str | datetime | QDateTime) -> str:
    """A date (a stored ISO timestamp, too) as the interface's language writes it."""
    if isinstance(moment, str):
        return _format_stored_date(moment, QLocale().name())
    if isinstance(moment, datetime):
        moment = QDateTime(moment)
    return QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat)


@lru_cache(maxsize=4096)
def _format_stored_date(moment: str, _locale: str) -> str:
    """A stored timestamp's date in the default locale (named by ``_locale``, so that a
    change of language is a new entry). Kept: the notes list writes every note's date at
    each redraw."""
    try:
        when = datetime.fromisoformat(moment.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return moment
    return QLocale().toString(QDateTime(when).date(), QLocale.FormatType.ShortFormat)


def format_number(value: int) -> str:
    """An integer with the language's digit grouping (12 345 in Russian and Kazakh)."""
    return QLocale().toString(value)
