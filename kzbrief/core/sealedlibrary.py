"""Imported briefings of an unlocked protected folder (issue 16): kept in memory, sealed in
``protected/library.kzenc`` (kzbrief.core.vault) after every change."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from kzbrief.core import jsonread
from kzbrief.core.errors import BadInputError, DataError
from kzbrief.core.vault import Vault, seal_library
from kzbrief.core.wording import translate


class SealedLibraryFolder:
    """:class:`~kzbrief.core.importers.storage.LibraryFolder` for a protected folder: the
    same operations on the decrypted files in memory; each change re-seals library.kzenc
    (one atomic write, so an import or removal is whole or not at all)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self.files = vault.load_library()
        self.root = Path("library")

    def _save(self, files: dict[str, bytes]) -> None:
        seal_library(self._vault, files)
        self.files = files

    def ids(self) -> list[str]:
        return sorted(
            name.split("/")[1]
            for name in self.files
            if name.startswith("library/")
            and name.endswith("/briefing.json")
            and name.count("/") == 2
        )

    def briefing_files(self, briefing_id: str) -> dict[str, bytes]:
        prefix = f"library/{briefing_id}/"
        return {n[len(prefix) :]: b for n, b in self.files.items() if n.startswith(prefix)}

    def holds(self, briefing_id: str) -> bool:
        return f"library/{briefing_id}/briefing.json" in self.files

    def recover(self) -> list[str]:
        return []

    def install(
        self,
        briefing_id: str,
        briefing: dict[str, Any],
        original: bytes,
        suffix: str,
        *,
        replace: bool,
        rendered: Mapping[str, Sequence[tuple[str, str]]] | None = None,
    ) -> Any:
        from kzbrief.core.briefings import BRIEFING_FILE
        from kzbrief.core.importers.storage import ORIGINAL_STEM, stored_forms
        from kzbrief.core.rendercache import RENDER_FILE

        payload, cache = stored_forms(briefing, rendered)
        files = dict(self.files)
        replaced = None
        if self.holds(briefing_id):
            if not replace:
                raise BadInputError(
                    translate("Errors", "a briefing {briefing} is already in the library").format(
                        briefing=repr(briefing_id)
                    )
                )
            replaced, files = self._trash(files, briefing_id, "replaced")
        prefix = f"library/{briefing_id}/"
        files[prefix + f"{ORIGINAL_STEM}{suffix}"] = original
        files[prefix + BRIEFING_FILE] = payload
        files[prefix + RENDER_FILE] = cache
        self._save(files)
        return replaced

    def _trash(
        self, files: dict[str, bytes], briefing_id: str, reason: str
    ) -> tuple[Any, dict[str, bytes]]:
        from kzbrief.core.importers.storage import REMOVED_FILE, RemovedBriefing
        from kzbrief.core.store import now_iso

        prefix = f"library/{briefing_id}/"
        try:
            info = jsonread.loads(files[prefix + "briefing.json"])
        except (KeyError, ValueError):
            info = {}
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        name = f"{stamp}-{briefing_id}-{os.urandom(3).hex()}"
        removed = RemovedBriefing(
            id=briefing_id,
            title=str(info.get("title") or briefing_id),
            edition=int(info.get("edition") or 1) if str(info.get("edition", "1")).isdigit() else 1,
            trash_name=name,
            removed=now_iso(),
            reason=reason,
        )
        moved = {}
        for key, payload in files.items():
            if key.startswith(prefix):
                moved[f"trash/{name}/{key[len(prefix) :]}"] = payload
            else:
                moved[key] = payload
        moved[f"trash/{name}/{REMOVED_FILE}"] = json.dumps(removed.to_dict()).encode()
        return removed, moved

    def remove(self, briefing_id: str) -> Any:
        from kzbrief.core.errors import NotFoundError

        if not self.holds(briefing_id):
            raise NotFoundError(
                translate("Errors", "no imported briefing {briefing}").format(
                    briefing=repr(briefing_id)
                )
            )
        removed, files = self._trash(dict(self.files), briefing_id, "removed")
        self._save(files)
        return removed

    def trashed(self, briefing_id: str | None = None) -> list[Any]:
        from kzbrief.core.importers.storage import REMOVED_FILE, _removed_from

        found = []
        for key, payload in self.files.items():
            parts = key.split("/")
            if len(parts) == 3 and parts[0] == "trash" and parts[2] == REMOVED_FILE:
                try:
                    info = jsonread.loads(payload)
                except ValueError:
                    continue
                if not isinstance(info, dict) or (briefing_id and info.get("id") != briefing_id):
                    continue
                found.append(_removed_from(info, parts[1]))
        return sorted(found, key=lambda r: (r.removed, r.trash_name), reverse=True)

    def restore(self, trash_name: str) -> Any:
        from kzbrief.core.errors import NotFoundError
        from kzbrief.core.importers.storage import REMOVED_FILE, _removed_from

        prefix = f"trash/{trash_name}/"
        if "/" in trash_name or prefix + REMOVED_FILE not in self.files:
            raise NotFoundError(
                translate("Errors", "nothing called {name} in the trash").format(
                    name=repr(trash_name)
                )
            )
        info = json.loads(self.files[prefix + REMOVED_FILE])
        briefing_id = str(info.get("id") or "")
        if self.holds(briefing_id):
            raise BadInputError(
                translate(
                    "Errors", "a briefing {briefing} is in the library again; remove it first"
                ).format(briefing=repr(briefing_id))
            )
        files = {}
        for key, payload in self.files.items():
            if key.startswith(prefix):
                if key != prefix + REMOVED_FILE:
                    files[f"library/{briefing_id}/{key[len(prefix) :]}"] = payload
            else:
                files[key] = payload
        self._save(files)
        return _removed_from(info, trash_name)


def briefing_from_files(files: dict[str, bytes]) -> Any:
    """A briefing from its folder's files in memory (as load_briefing_dir reads a folder)."""
    import hashlib

    from kzbrief.core.briefings import (
        BRIEFING_FILE,
        EDITORIAL_FILE,
        add_to_fingerprint,
        briefing_from_dict,
    )

    digest = hashlib.sha256()
    raw: dict[str, Any] = {}
    for name in (BRIEFING_FILE, EDITORIAL_FILE):
        if name not in files:
            continue
        payload = files[name]
        add_to_fingerprint(digest, name, payload)
        try:
            raw[name] = jsonread.loads(payload)
        except ValueError as exc:
            raise DataError(
                translate("Errors", "an encrypted briefing's {name} is damaged: {error}").format(
                    name=name, error=exc
                )
            ) from exc
    if BRIEFING_FILE not in raw:
        raise DataError(translate("Errors", "an encrypted briefing has no briefing.json"))
    return briefing_from_dict(
        raw[BRIEFING_FILE], raw.get(EDITORIAL_FILE), bundled=False, fingerprint=digest.hexdigest()
    )
