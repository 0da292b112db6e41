"""Whether a start may paint its window early, and the recorded first paint it shows.

The pure-Python half of :mod:`kzbrief.gui.startpage` (no Qt here): ``kzbrief.launch``
imports it, and the modules it needs, before PySide6, whose import hook makes every module
imported after it slower to load.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

from kzbrief.core.interlock import window_is_open
from kzbrief.core.paths import resolve_data_dir
from kzbrief.core.resources import resource_path

#: The record's layout; a record of another format is not used.
FORMAT = 1
#: Where the records are: ``resources/startpage/<language>.json``.
FOLDER = "startpage"
#: Files in the data folder that mean it holds the user's things (the notes database, with
#: the reading position; protected notes), so that the window may open elsewhere than the
#: cover, or behind a passphrase.
PERSONAL = ("kzbrief.sqlite3", "protected")


def data_folder(explicit: str | None) -> Path | None:
    """The data folder this start opens (None when it cannot be told: the ordinary start
    then explains)."""
    try:
        return resolve_data_dir(explicit)
    except (OSError, ValueError, RuntimeError):
        return None


def opens_on_cover(folder: Path) -> bool:
    """Whether the window opens on the bundled briefing's cover: nothing of the user's in
    ``folder`` (so no place to go back to), and no window open on it already."""
    if any((folder / name).exists() for name in PERSONAL):
        return False
    return not window_is_open(folder)


def record_path(language: str) -> Path:
    return resource_path(FOLDER, f"{language}.json")


def sources_stamp(briefing_id: str, language: str) -> str:
    """A checksum of the bundled briefing's folder, which the recorded page shows: a record
    whose stamp differs is stale, and not shown. (The catalogues are built on each machine,
    so they are not in it: tests/gui/test_startpage.py holds the records to the code and the
    translations.) CRC-32, not a cryptographic hash: it tells an edited file from the one
    recorded, nobody forges it, and zlib is loaded already where hashlib costs 3 ms."""
    stamp = zlib.crc32(f"{FORMAT}:{briefing_id}:{language}".encode())
    folder = resource_path("briefings", briefing_id)
    for path in sorted(folder.iterdir()) if folder.is_dir() else ():
        stamp = zlib.crc32(path.name.encode() + b"\0" + path.read_bytes(), stamp)
    return f"{stamp:08x}"


def load_record(language: str) -> dict[str, Any] | None:
    """The recorded first paint in ``language``, or None (missing, unreadable, stale)."""
    try:
        record = json.loads(record_path(language).read_text(encoding="utf-8"))
        if record.get("format") != FORMAT or record.get("language") != language:
            return None
        if record.get("stamp") != sources_stamp(str(record["briefing"]), language):
            return None
        return record if isinstance(record.get("page"), str) else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
