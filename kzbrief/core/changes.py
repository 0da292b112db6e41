"""Change stamps: how one kzbrief learns that another one changed the data folder.

A window and a script (or two windows) may share a data folder. Each keeps the briefings
it has read in memory, so a briefing that another process imported stays unknown to it:
its idea of what the search index must hold is then out of date, and it would rebuild an
index that is in fact current (issue 22). So every committed change writes a new random
token into a stamp file of its part, in the data folder:

``changes.library``  the briefings (an import, a new edition, a removal, a restore);
``changes.user``     the reader's notes and bookmarks.

One file per part, each replaced atomically by a fresh token: a writer never reads, so two
processes that stamp at once need no lock (whichever token lands, it is new to everyone
else), and a reader never sees half a file. A reader compares the tokens with those it
last saw, at the cost of one ``stat`` per part when nothing changed. The GUI watches the
files to redraw what another process changed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kzbrief.core.safefile import atomic_write_text

PARTS = ("library", "user")
STAMP_PREFIX = "changes."
TOKEN_BYTES = 8


def stamp_file(data_dir: Path, part: str) -> Path:
    """The stamp file of ``part`` in ``data_dir``."""
    if part not in PARTS:
        raise ValueError(f"unknown change part {part!r}")
    return data_dir / f"{STAMP_PREFIX}{part}"


@dataclass(frozen=True)
class Stamp:
    """The latest change token of each part ("" before the first change)."""

    library: str = ""
    user: str = ""

    def changed_parts(self, since: Stamp) -> frozenset[str]:
        """The parts whose token differs from ``since``."""
        return frozenset(p for p in PARTS if getattr(self, p) != getattr(since, p))


_FileId = tuple[int, int, int]


class ChangeStamps:
    """Reads and writes the change stamps of one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.paths = {part: stamp_file(data_dir, part) for part in PARTS}
        self._known: dict[str, tuple[_FileId | None, str]] = {}

    @staticmethod
    def _file_id(path: Path) -> _FileId | None:
        try:
            stat = os.stat(path)
        except OSError:
            return None
        return (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def token(self, part: str) -> str:
        """The token of ``part`` on disk; read again only when its file changed."""
        path = self.paths[part]
        file_id = self._file_id(path)
        known = self._known.get(part)
        if known is not None and known[0] == file_id:
            return known[1]
        if file_id is None:
            token = ""
        else:
            try:
                token = path.read_text(encoding="ascii").strip()
            except (OSError, UnicodeDecodeError):
                token = f"unreadable:{file_id}"  # new to everyone: all read everything again
        self._known[part] = (file_id, token)
        return token

    def read(self) -> Stamp:
        return Stamp(**{part: self.token(part) for part in PARTS})

    def bump(self, *parts: str) -> Stamp:
        """Give ``parts`` new tokens (after a committed change); returns the stamp."""
        unknown = sorted(set(parts) - set(PARTS))
        if unknown:
            raise ValueError(f"unknown change part(s): {', '.join(unknown)}")
        for part in parts:
            path = self.paths[part]
            token = os.urandom(TOKEN_BYTES).hex()
            atomic_write_text(path, token)
            self._known[part] = (self._file_id(path), token)
        return self.read()


@dataclass(frozen=True)
class Changes:
    """What a write changed, for the screen to redraw (as Anki's ``OpChanges``).

    Every write of :class:`kzbrief.core.service.Library` records its changes on the thread
    that made it; :meth:`Library.take_changes` hands them over. The window's operation
    runner takes them after each operation and redraws from that one value."""

    notes: bool = False
    bookmarks: bool = False
    briefings: bool = False
    reading: bool = False
    protection: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{name: getattr(self, name) or getattr(other, name) for name in _CHANGE_KINDS}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in _CHANGE_KINDS)

    @classmethod
    def of(cls, *kinds: str) -> Changes:
        """``Changes.of("notes", "briefings")``; an unknown kind is a bug (ValueError)."""
        unknown = sorted(set(kinds) - set(_CHANGE_KINDS))
        if unknown:
            raise ValueError(f"unknown change kind(s): {', '.join(unknown)}")
        return cls(**dict.fromkeys(kinds, True))


_CHANGE_KINDS = ("notes", "bookmarks", "briefings", "reading", "protection")
