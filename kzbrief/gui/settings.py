"""Every setting of the window, with its default, declared once.

The ``QSettings`` object is passed in (never created at import), so tests and the GUI
self-test point it at a file of their own. Values read back are checked against the
declared type and choices: a damaged or hand-edited settings file gives defaults, never a
crash. The reading position is user data, not a preference: it lives in the library's
store (see ``MainWindow``), not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from kzbrief.core.annotations import COLOURS, DEFAULT_COLOUR
from kzbrief.core.formats import EXPORT_FORMATS as FORMATS
from kzbrief.printing import PAGE_SIZES

T = TypeVar("T", str, int, bytes)


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: where it is stored, its default and, for some, the values allowed."""

    key: str
    default: T
    doc: str
    choices: tuple[T, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def clamp(self, value: int) -> int:
        """``value`` within this option's range (for numeric options)."""
        if self.minimum is not None:
            value = max(self.minimum, value)
        if self.maximum is not None:
            value = min(self.maximum, value)
        return value


THEME = Option(
    "appearance/theme", "system", "Colour theme", ("system", "light", "dark", "high-contrast")
)
ZOOM = Option("reader/zoom", 100, "Reader text size in percent", minimum=50, maximum=300)
GEOMETRY = Option("window/geometry", b"", "Window size and place (QWidget.saveGeometry)")
WINDOW_STATE = Option("window/state", b"", "Panel layout (QMainWindow.saveState)")
HIGHLIGHT_COLOUR = Option(
    "notes/colour", DEFAULT_COLOUR, "Colour of the next highlight (the last one used)", COLOURS
)
#: Where older versions kept the last export's folder, in plain text: it is the user's data
#: (a folder's name can tell what someone works on), kept in the library now
#: (kzbrief.gui.export_tasks.ExportTasks.last_folder), encrypted when the notes are.
FORMER_EXPORT_FOLDER_KEY = "export/folder"
EXPORT_FORMAT = Option("export/format", "md", "Format of the last export", FORMATS)
LANGUAGE = Option(
    "appearance/language",
    "system",
    "Interface language (applied at the next start)",
    ("system", "en", "ru", "kk"),
)
EXPORT_PAGE_SIZE = Option("export/page-size", "A4", "Paper for PDF exports", PAGE_SIZES)
CARET_BROWSING = Option(
    "reader/caret-browsing",
    1,
    "A caret in the reader, the editorial notes and the help (F7; 1: on, 0: off)",
    minimum=0,
    maximum=1,
)
IDLE_LOCK = Option(
    "protection/idle-minutes",
    10,
    "Lock protected notes after this idle time (0: never)",
    minimum=0,
    maximum=240,
)

OPTIONS: tuple[Option[Any], ...] = (
    THEME,
    ZOOM,
    GEOMETRY,
    WINDOW_STATE,
    HIGHLIGHT_COLOUR,
    EXPORT_FORMAT,
    EXPORT_PAGE_SIZE,
    LANGUAGE,
    CARET_BROWSING,
    IDLE_LOCK,
)
SHORTCUTS_GROUP = "shortcuts"
ZOOM_STEP = 10


class Settings:
    """Typed access to a ``QSettings`` store through the options declared above."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def get(self, option: Option[T]) -> T:
        raw = self.store.value(option.key)
        if raw is None:
            return option.default
        value = _coerce(raw, option.default)
        if value is None:
            return option.default
        if option.choices and value not in option.choices:
            return option.default
        if isinstance(value, int):
            if option.minimum is not None and value < option.minimum:
                return option.default
            if option.maximum is not None and value > option.maximum:
                return option.default
        return value

    def set(self, option: Option[T], value: T) -> None:
        """Store ``value``; a value already stored is not written again (QSettings would
        write the whole file out again, on the window's thread, at the next event-loop turn:
        7-20 ms at every highlight, which stores its colour)."""
        raw = self.store.value(option.key)
        if raw is not None and _coerce(raw, option.default) == value:
            return
        if isinstance(value, bytes):
            self.store.setValue(option.key, QByteArray(value))
        else:
            self.store.setValue(option.key, value)

    # -- shortcuts: the user's overrides, stored by action objectName -----------------------------
    def shortcut_override(self, action_name: str) -> list[str] | None:
        """The user's key sequences for an action, or None to keep the default."""
        raw = self.store.value(f"{SHORTCUTS_GROUP}/{action_name}")
        if raw is None:
            return None
        if isinstance(raw, str):
            return [raw] if raw else []
        if isinstance(raw, list) and all(isinstance(item, str) for item in raw):
            return [item for item in raw if item]
        return None

    def set_shortcut_override(self, action_name: str, sequences: list[str] | None) -> None:
        key = f"{SHORTCUTS_GROUP}/{action_name}"
        if sequences is None:
            self.store.remove(key)
        else:
            self.store.setValue(key, list(sequences))

    def sync(self) -> None:
        self.store.sync()


def _coerce(raw: object, default: T) -> T | None:
    """``raw`` as the type of ``default`` (INI files give strings back), or None."""
    if isinstance(default, bytes):
        if isinstance(raw, QByteArray):
            return bytes(raw.data())  # type: ignore[return-value]
        return raw if isinstance(raw, bytes) else None  # type: ignore[return-value]
    if isinstance(default, int):
        if isinstance(raw, bool):
            return None
        try:
            return int(str(raw))  # type: ignore[return-value]
        except ValueError:
            return None
    return str(raw) if isinstance(raw, str) else None  # type: ignore[return-value]
