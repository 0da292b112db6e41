"""One window per data folder: a second ``kzbrief`` hands over to the first and exits.

Two windows on one data folder would each keep their own view of the notes and fight over
the reading position; a user who starts kzbrief again almost always wants the window that
is already open. So the first instance holds an exclusive lock on
``<data>/instance/window.lock`` for as long as it runs. A second instance that finds the
lock taken drops a request file into ``<data>/instance/``, which the first one watches
(QFileSystemWatcher), and exits 0; the first comes to the front. Scripts (the CLI) are not
affected: they share the folder safely through its write lock.

No socket is involved (the app opens none, not even a local one, and the bundle carries no
QtNetwork), and an instance that crashed leaves nothing to clean up: the kernel releases a
dead process's lock. The folder is the user's alone, like the rest of the data folder.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from kzbrief.core.interlock import try_lock

FOLDER = "instance"
LOCK_FILE = "window.lock"
REQUEST_PREFIX = "raise-"


def instance_folder(data_dir: Path) -> Path:
    """Where the window's lock and hand-over requests live."""
    folder = Path(data_dir) / FOLDER
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def _open_lock(folder: Path) -> int:
    return os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)


class SingleInstance(QObject):
    """The first instance's end: emits :attr:`activated` when another instance hands over."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = instance_folder(data_dir)
        self._fd: int | None = None
        self._watcher: QFileSystemWatcher | None = None

    def running_elsewhere(self) -> bool:
        """Whether another instance (or another claim in this process) holds the window."""
        if self._fd is not None:
            return False
        fd = _open_lock(self.folder)
        try:
            return not try_lock(fd)
        finally:
            os.close(fd)  # releases the lock if this probe took it

    def hand_over(self) -> bool:
        """Ask a running instance to come to the front. False if there is none."""
        if not self.running_elsewhere():
            return False
        request = self.folder / f"{REQUEST_PREFIX}{os.urandom(16).hex()}"
        request.touch(mode=0o600)
        return True

    def listen(self) -> bool:
        """Become the instance that others hand over to. False if another one is."""
        fd = _open_lock(self.folder)
        if not try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        self._take_requests()  # left by an instance that handed over to one that then died
        self._watcher = QFileSystemWatcher([str(self.folder)], self)
        self._watcher.directoryChanged.connect(self._on_folder_changed)
        return True

    def _take_requests(self) -> bool:
        found = False
        for request in self.folder.glob(f"{REQUEST_PREFIX}*"):
            with contextlib.suppress(OSError):
                request.unlink()
                found = True
        return found

    def _on_folder_changed(self, _path: str) -> None:
        if self._take_requests():
            self.activated.emit()

    def close(self) -> None:
        """Stop watching and let the next instance have the window (at exit)."""
        if self._watcher is not None:
            self._watcher.directoryChanged.disconnect(self._on_folder_changed)
            self._watcher.deleteLater()
            self._watcher = None
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def claim(data_dir: Path) -> SingleInstance | None:
    """The first instance on ``data_dir`` gets a listening :class:`SingleInstance`; a later
    one hands over to it and gets None (it should exit 0)."""
    guard = SingleInstance(data_dir)
    if guard.listen():
        return guard
    if guard.hand_over():
        return None
    # The holder went away between the two steps: this instance is the first after all.
    guard.listen()
    return guard


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` un-minimised, on top, with the keyboard focus."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
