"""What each write changed: for this thread's caller (``Library.take_changes``) and for the
other processes on the data folder (the change stamps of :mod:`kzbrief.core.changes`)."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

from kzbrief.core.changes import Changes, ChangeStamps

#: What each stamped part covers, when a write does not say more precisely.
_KINDS = {"library": ("briefings",), "user": ("notes", "bookmarks")}


class ChangeLog:
    """Records every committed write; tells what other processes changed since last asked.

    ``loaded`` is the stamp the briefings in memory were read at, ``reported`` what
    :meth:`elsewhere` told so far. Both move with this process's own writes, which are not
    reported as changes from elsewhere (the caller drew them)."""

    def __init__(self, data_dir: Path, state_lock: threading.RLock) -> None:
        self.stamps = ChangeStamps(data_dir)
        self._state_lock = state_lock
        self._loaded = self._reported = self.stamps.read()
        #: What this thread's writes changed since its last take() (per thread: the
        #: window's operation runner takes the changes of the operation it just ran).
        self._made = threading.local()

    def take(self) -> Changes:
        """What the writes made on this thread changed since the last call (and forget it)."""
        made: Changes = getattr(self._made, "changes", Changes())
        self._made.changes = Changes()
        return made

    def record(self, changes: Changes) -> None:
        """Note a change that only this process cares about (the reading place)."""
        self._made.changes = getattr(self._made, "changes", Changes()) | changes

    def committed(self, *parts: str, changed: Changes | None = None) -> None:
        """Tell other processes that ``parts`` changed (after the change is committed), and
        record what changed for this thread's :meth:`take` (``changed``; by default
        everything the parts cover).

        Takes no folder lock (the stamps need none): a bookmark is added on the GUI thread,
        which must not wait for another process's index rebuild."""
        if changed is None:
            changed = Changes.of(*(kind for part in parts for kind in _KINDS[part]))
        self.record(changed)
        with self._state_lock:
            stamp = self.stamps.bump(*parts)
            mine = {part: getattr(stamp, part) for part in parts}
            self._loaded = dataclasses.replace(self._loaded, **mine)
            self._reported = dataclasses.replace(self._reported, **mine)

    def library_moved(self) -> bool:
        """Whether another process changed the briefings since they were read (one ``stat``);
        if so, the briefings read from now on are taken to be current."""
        with self._state_lock:
            token = self.stamps.token("library")
            if token == self._loaded.library:
                return False
            self._loaded = dataclasses.replace(self._loaded, library=token)
            return True

    def elsewhere(self) -> frozenset[str]:
        """The parts other processes changed since the last call (``library``, ``user``)."""
        with self._state_lock:
            stamp = self.stamps.read()
            parts, self._reported = stamp.changed_parts(self._reported), stamp
            return parts
