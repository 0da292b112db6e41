"""Change stamps: how one kzbrief learns that another one changed the data folder.

A window and a script (or two windows) may share a data folder. Each keeps the briefings
it has read in memory, so a briefing that another process imported stays unknown to it:
its idea of what the search index must hold is then out of date, and it would rebuild an
index that is in fact current (issue 22). So every committed change writes a new token
into ``<data>/changes.json``, by part:

``library``  the briefings (an import, a new edition, a removal, a restore);
``user``     the reader's notes and bookmarks.

The writer holds the data folder's lock (:class:`kzbrief.core.interlock.FolderLock`), so
no two writers race on the file; it is replaced atomically, so readers never see half of
it. A reader compares the tokens with those it last saw: a ``stat`` when nothing changed.
The GUI watches the file to redraw what another process changed.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path

from kzbrief.core.safefile import atomic_write_text

STAMP_FILE = "changes.json"
PARTS = ("library", "user")


@dataclass(frozen=True)
class Stamp:
    """The latest change token of each part ("" before the first change)."""

    library: str = ""
    user: str = ""

    def changed_parts(self, since: Stamp) -> frozenset[str]:
        """The parts whose token differs from ``since``."""
        return frozenset(p for p in PARTS if getattr(self, p) != getattr(since, p))


class ChangeStamps:
    """Reads and writes ``changes.json`` in one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / STAMP_FILE
        self._stat: tuple[int, int, int] | None = None
        self._read: Stamp = Stamp()

    def _file_stat(self) -> tuple[int, int, int] | None:
        try:
            stat = os.stat(self.path)
        except OSError:
            return None
        return (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def read(self) -> Stamp:
        """The stamp on disk; read again only when the file changed (one ``stat`` if not)."""
        stat = self._file_stat()
        if stat is None:
            self._stat, self._read = None, Stamp()
        elif stat != self._stat:
            self._stat, self._read = stat, self._parse()
        return self._read

    def _parse(self) -> Stamp:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            # Damaged: a token no process holds, so that everyone reads everything again.
            return Stamp(library="damaged", user="damaged")
        if not isinstance(data, dict):
            return Stamp(library="damaged", user="damaged")
        return Stamp(**{p: str(data.get(p, "")) for p in PARTS})

    def bump(self, *parts: str) -> Stamp:
        """Give ``parts`` new tokens; returns the new stamp. The caller holds the folder lock."""
        unknown = set(parts) - set(PARTS)
        if unknown:
            raise ValueError(f"unknown change part(s): {', '.join(sorted(unknown))}")
        self._stat = None  # read the file again: another process may have bumped it
        stamp = replace(self.read(), **{p: os.urandom(8).hex() for p in parts})
        atomic_write_text(self.path, json.dumps({p: getattr(stamp, p) for p in PARTS}))
        self._stat, self._read = self._file_stat(), stamp
        return stamp
