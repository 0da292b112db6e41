"""Noticing what another kzbrief (a script, a second window) changed in the data folder.

Core writes a change stamp, ``<data>/changes.<part>``, with every committed change
(:mod:`kzbrief.core.changes`). This object watches for them and says when to look: a
:class:`QFileSystemWatcher` on the data folder (a stamp is replaced atomically, which is a
rename in that folder) and on the stamp files, plus a slow timer for file systems that
send no notifications (network shares). What changed is asked of the library on the
worker thread (:meth:`kzbrief.gui.worker.LibraryTasks.check_changes`): this object only
decides when.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from kzbrief.gui.nextturn import single_shot_timer

#: Writes come in bursts (a temp file, a rename, the database): look once they settle.
SETTLE_MS = 250
#: Without notifications, look this often (a stat of one small file on the worker).
POLL_MS = 5_000


class DataWatch(QObject):
    """Emits :attr:`look` when the data folder may have changed (at most once per burst)."""

    look = Signal()

    def __init__(
        self, data_dir: Path, stamp_files: Iterable[Path], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._folder = str(data_dir)
        self._stamps = [str(path) for path in stamp_files]
        self._watcher = QFileSystemWatcher(self)
        self._watcher.addPath(self._folder)
        self._watch_stamp()
        self._watcher.directoryChanged.connect(self._poked)
        self._watcher.fileChanged.connect(self._poked)
        self._settle = single_shot_timer(self, SETTLE_MS, self.look)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.look)
        self._poll.start()

    def _watch_stamp(self) -> None:
        """Watch the stamp files again: an atomic replace drops the watch on the old file."""
        watched = self._watcher.files()
        for stamp in self._stamps:
            if stamp not in watched and Path(stamp).exists():
                self._watcher.addPath(stamp)

    def _poked(self, _path: str = "") -> None:
        self._watch_stamp()
        self._settle.start()  # (re)started: one look after the burst

    def stop(self) -> None:
        self._settle.stop()
        self._poll.stop()
        self._watcher.removePaths(self._watcher.files() + self._watcher.directories())
