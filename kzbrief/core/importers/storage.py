"""Imported briefings on disk: written whole or not at all, removed to a trash, restorable.

Layout under the data folder::

    library/<id>/briefing.json     the briefing, in the bundled briefings' form
    library/<id>/rendered.json     its paragraphs rendered (kzbrief.core.rendercache)
    library/<id>/original.<ext>    the file as it was imported
    staging/<random>/              an import being written (never read as a briefing)
    trash/<time>-<id>-<random>/    a removed or replaced edition, with removed.json

An import is written into ``staging/`` and fsynced, and its ``import.json`` (the target id)
is written last; then it is renamed into ``library/``. A new edition first moves the old
folder to the trash, then renames the new one in: if the app dies between those two
renames, :meth:`LibraryFolder.recover` finishes the job on the next start, because the
staged folder is complete and its place is empty. Anything else left in ``staging/`` is an
import that never finished, and is deleted.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from kzbrief.core.briefings import BRIEFING_FILE, briefing_from_dict
from kzbrief.core.errors import BadInputError, DataError, NotFoundError
from kzbrief.core.jsonwrite import dumps_bytes
from kzbrief.core.model import RemovedBriefing
from kzbrief.core.paths import ensure_private_dir
from kzbrief.core.rendercache import RENDER_FILE, render_cache_bytes, source_digest
from kzbrief.core.safefile import atomic_write_bytes, atomic_write_text
from kzbrief.core.store import now_iso
from kzbrief.core.wording import translate

LIBRARY_DIR = "library"
STAGING_DIR = "staging"
TRASH_DIR = "trash"
STAGED_MARKER = "import.json"
REMOVED_FILE = "removed.json"
ORIGINAL_STEM = "original"
#: Unfinished imports younger than this may belong to another running kzbrief.
STALE_STAGING_SECONDS = 3600


def stored_forms(
    briefing: dict[str, Any], rendered: Mapping[str, Sequence[tuple[str, str]]] | None = None
) -> tuple[bytes, bytes]:
    """The bytes of an imported briefing's ``briefing.json`` and of its render cache,
    rendered now, with the import, so that opening it later renders nothing (``rendered``:
    its paragraphs rendered already, see ``render_cache_bytes``)."""
    payload = dumps_bytes(briefing, end="")
    cache = render_cache_bytes(briefing_from_dict(briefing), source_digest(payload), rendered)
    return payload, cache


class LibraryFolder:
    """The imported briefings in ``<data>/library`` and their trash."""

    def __init__(self, data_dir: Path) -> None:
        self.root = data_dir / LIBRARY_DIR
        self.staging = data_dir / STAGING_DIR
        self.trash = data_dir / TRASH_DIR

    def holds(self, briefing_id: str) -> bool:
        return (self.root / briefing_id / BRIEFING_FILE).is_file()

    # -- importing ----------------------------------------------------------------------------
    def install(
        self,
        briefing_id: str,
        briefing: dict[str, Any],
        original: bytes,
        suffix: str,
        *,
        replace: bool,
        rendered: Mapping[str, Sequence[tuple[str, str]]] | None = None,
    ) -> RemovedBriefing | None:
        """Store a briefing under ``briefing_id``; returns the edition it replaced, if any.
        ``rendered``: its paragraphs rendered already, for its render cache."""
        ensure_private_dir(self.root)
        staged = self._stage(briefing_id, briefing, original, suffix, rendered)
        target = self.root / briefing_id
        replaced = None
        try:
            if self.holds(briefing_id):
                if not replace:
                    told = translate("Errors", "a briefing {briefing} is already in the library")
                    raise BadInputError(told.format(briefing=repr(briefing_id)))
                replaced = self._to_trash(briefing_id, reason="replaced")
            os.rename(staged, target)
        except BaseException as exc:
            shutil.rmtree(staged, ignore_errors=True)
            if replaced is not None and not target.exists():
                self.restore(replaced.trash_name)  # put the old edition back
            if isinstance(exc, OSError):
                told = translate("Errors", "could not store the import: {error}")
                raise DataError(told.format(error=exc.strerror or exc)) from exc
            raise
        with contextlib.suppress(OSError):
            (target / STAGED_MARKER).unlink()
        return replaced

    def _stage(
        self,
        briefing_id: str,
        briefing: dict[str, Any],
        original: bytes,
        suffix: str,
        rendered_paragraphs: Mapping[str, Sequence[tuple[str, str]]] | None = None,
    ) -> Path:
        payload, rendered = stored_forms(briefing, rendered_paragraphs)
        ensure_private_dir(self.staging)
        folder = self.staging / os.urandom(8).hex()
        try:
            folder.mkdir(mode=0o700)
            atomic_write_bytes(folder / f"{ORIGINAL_STEM}{suffix}", original)
            atomic_write_bytes(folder / BRIEFING_FILE, payload)
            atomic_write_bytes(folder / RENDER_FILE, rendered)
            marker = {"id": briefing_id, "staged": now_iso()}
            atomic_write_text(folder / STAGED_MARKER, json.dumps(marker))
        except OSError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            told = translate("Errors", "could not write the import: {error}")
            raise DataError(told.format(error=exc.strerror or exc)) from exc
        return folder

    # -- removing and restoring -----------------------------------------------------------------
    def remove(self, briefing_id: str) -> RemovedBriefing:
        if not self.holds(briefing_id):
            told = translate("Errors", "no imported briefing {briefing}")
            raise NotFoundError(told.format(briefing=repr(briefing_id)))
        return self._to_trash(briefing_id, reason="removed")

    def _to_trash(self, briefing_id: str, *, reason: str) -> RemovedBriefing:
        source = self.root / briefing_id
        info = _read_json(source / BRIEFING_FILE)
        ensure_private_dir(self.trash)
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        name = f"{stamp}-{briefing_id}-{os.urandom(3).hex()}"
        removed = RemovedBriefing(
            id=briefing_id,
            title=str(info.get("title") or briefing_id),
            edition=_int(info.get("edition")),
            trash_name=name,
            removed=now_iso(),
            reason=reason,
        )
        try:
            atomic_write_text(source / REMOVED_FILE, json.dumps(removed.to_dict()))
            os.rename(source, self.trash / name)
        except OSError as exc:
            with contextlib.suppress(OSError):
                (source / REMOVED_FILE).unlink()
            told = translate("Errors", "could not move {briefing} to the trash: {error}")
            raise DataError(told.format(briefing=briefing_id, error=exc)) from exc
        return removed

    def trashed(self, briefing_id: str | None = None) -> list[RemovedBriefing]:
        """Trashed editions, newest first (of one briefing when ``briefing_id`` is given)."""
        found: list[RemovedBriefing] = []
        if not self.trash.is_dir():
            return found
        for folder in self.trash.iterdir():
            info = _read_json(folder / REMOVED_FILE)
            if not info or (briefing_id and info.get("id") != briefing_id):
                continue
            found.append(_removed_from(info, folder.name))
        return sorted(found, key=lambda r: (r.removed, r.trash_name), reverse=True)

    def restore(self, trash_name: str) -> RemovedBriefing:
        """Move a trashed edition back into the library."""
        folder = self.trash / trash_name
        if "/" in trash_name or trash_name.startswith(".") or not folder.is_dir():
            told = translate("Errors", "nothing called {entry} in the trash")
            raise NotFoundError(told.format(entry=repr(trash_name)))
        info = _read_json(folder / REMOVED_FILE)
        briefing_id = str(info.get("id") or "")
        if not briefing_id:
            told = translate("Errors", "the trash entry {entry} does not say what it holds")
            raise DataError(told.format(entry=trash_name))
        if self.holds(briefing_id):
            told = translate(
                "Errors", "a briefing {briefing} is in the library again; remove it first"
            )
            raise BadInputError(told.format(briefing=repr(briefing_id)))
        ensure_private_dir(self.root)
        target = self.root / briefing_id
        try:
            if target.exists():  # an empty leftover folder
                target.rmdir()
            os.rename(folder, target)
        except OSError as exc:
            told = translate("Errors", "could not restore {briefing}: {error}")
            raise DataError(told.format(briefing=briefing_id, error=exc)) from exc
        with contextlib.suppress(OSError):
            (target / REMOVED_FILE).unlink()
        return _removed_from(info, trash_name)

    # -- after a crash ---------------------------------------------------------------------------
    def recover(self) -> list[str]:
        """Finish an interrupted new edition; clear away unfinished imports. Returns notices."""
        if not self.staging.is_dir():
            return []
        notices = []
        for folder in self.staging.iterdir():
            marker = _read_json(folder / STAGED_MARKER)
            briefing_id = str(marker.get("id") or "")
            target = self.root / briefing_id
            if briefing_id and not target.exists() and (folder / BRIEFING_FILE).is_file():
                with contextlib.suppress(OSError):
                    os.rename(folder, target)
                    (target / STAGED_MARKER).unlink()
                    told = translate(
                        "Library", "Finished importing {briefing}, which was interrupted."
                    )
                    notices.append(told.format(briefing=briefing_id))
                    continue
            with contextlib.suppress(OSError):
                if time.time() - folder.stat().st_mtime > STALE_STAGING_SECONDS:
                    shutil.rmtree(folder)
        return notices


def _removed_from(info: dict[str, Any], trash_name: str) -> RemovedBriefing:
    return RemovedBriefing(
        id=str(info.get("id")),
        title=str(info.get("title") or ""),
        edition=_int(info.get("edition")),
        trash_name=trash_name,
        removed=str(info.get("removed") or ""),
        reason=str(info.get("reason") or "removed"),
    )


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 1
