"""The search index shipped with the app, so that the first start needs no indexing.

``make bundle`` builds the index of the bundled briefings and saves a copy of its files,
with a stamp (``prebuilt.json``), as ``resources/index/`` inside the bundle. When the user's
index is missing or unusable, the library offers this copy to :meth:`SearchIndex.adopt` --
but only if it was built by the same index schema from exactly the content the library holds
now (the same fingerprint): any imported briefing, new edition or note changes the
fingerprint, and the index is then rebuilt as usual.

A source checkout or a wheel has no such copy; there the index is built on first use.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kzbrief import __version__
from kzbrief.core.errors import DataError
from kzbrief.core.index import SCHEMA_VERSION, SearchIndex
from kzbrief.core.resources import resource_path
from kzbrief.core.safefile import atomic_write_text
from kzbrief.core.wording import translate

STAMP = "prebuilt.json"


def location() -> Path:
    """Where the bundle keeps the prebuilt index (absent outside a bundle)."""
    return resource_path("index")


def save(index: SearchIndex, dest: Path, fingerprint: str) -> dict[str, Any]:
    """Copy ``index`` (current, built from ``fingerprint``) into ``dest`` with its stamp."""
    if index.fingerprint != fingerprint:
        raise DataError(
            translate("Errors", "the index is not current; build it before saving a copy")
        )
    files = index.snapshot(dest)
    stamp = {
        "schema": SCHEMA_VERSION,
        "fingerprint": fingerprint,
        "built_by": __version__,
        "files": files,
    }
    atomic_write_text(dest / STAMP, json.dumps(stamp, indent=1))
    return stamp


def offer(fingerprint: str, folder: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    """``(folder, files)`` of the prebuilt index if it was built from ``fingerprint``, else None.

    The files' sizes and digests are checked when the index adopts them.
    """
    folder = location() if folder is None else folder
    try:
        stamp = json.loads((folder / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(stamp, dict) or stamp.get("schema") != SCHEMA_VERSION:
        return None
    if stamp.get("fingerprint") != fingerprint:
        return None
    files = stamp.get("files")
    if not isinstance(files, dict) or not files:
        return None
    if any(not isinstance(name, str) or Path(name).name != name for name in files):
        return None  # only plain file names: nothing may be copied from elsewhere
    return folder, files
