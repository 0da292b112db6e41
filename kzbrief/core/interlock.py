"""One writer at a time per data folder, across threads *and* processes.

Two copies of kzbrief may run on the same data folder (two windows, a window and a script).
SQLite serialises the database by itself, but the search index does not: Whoosh's own lock
covers one index generation only, and the index's manifest records which database state the
index reflects. Without a lock shared by the processes, one instance can delete the
generation another is building, or record a fingerprint that includes a note it never
indexed. Every index write, and every note write (which updates the index in the same
step), holds this lock.

The lock is an advisory ``flock`` on ``<data>/write.lock`` (``msvcrt`` on Windows). The
kernel drops it when its holder dies, so a killed writer never leaves the folder locked:
the file itself staying behind is harmless.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from types import TracebackType

from kzbrief.core.errors import DataError
from kzbrief.core.wording import translate

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

LOCK_FILE = "write.lock"
WAIT_S = 120.0
_POLL_S = 0.02


class FolderLock:
    """A re-entrant lock held by one thread of one process at a time.

    Re-entrant within a thread, because a note write updates the index, which takes the
    lock again. Waits up to ``timeout`` seconds for another instance (a rebuild of a large
    library may hold it for a while), then raises :class:`DataError`.
    """

    def __init__(self, path: Path, timeout: float = WAIT_S) -> None:
        self.path = path
        self.timeout = timeout
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    def __enter__(self) -> FolderLock:
        if not self._thread_lock.acquire(timeout=self.timeout):
            raise DataError(
                translate("Errors", "the data folder is busy (another task holds it); try again")
            )
        try:
            if self._depth == 0:
                self._fd = self._lock_file()
            self._depth += 1
        except BaseException:
            self._thread_lock.release()
            raise
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            self._depth -= 1
            if self._depth == 0 and self._fd is not None:
                fd, self._fd = self._fd, None
                os.close(fd)  # closing the file releases the lock
        finally:
            self._thread_lock.release()

    def _lock_file(self) -> int:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise DataError(
                translate("Errors", "cannot lock the data folder ({path}): {error}").format(
                    path=self.path, error=exc.strerror
                )
            ) from exc
        deadline = time.monotonic() + self.timeout
        while not try_lock(fd):
            if time.monotonic() > deadline:
                os.close(fd)
                raise DataError(
                    translate(
                        "Errors", "another kzbrief is still writing to this data folder; try again"
                    )
                )
            time.sleep(_POLL_S)
        return fd


#: The lock an open window holds on its data folder (kzbrief.gui.single_instance).
WINDOW_LOCK = ("instance", "window.lock")


def window_is_open(data_dir: Path) -> bool:
    """Whether a kzbrief window (another process) holds this data folder.

    A switch from the command line must not run under an open window: protect would delete
    the database the window writes to, unprotect would take away the files it saves into.
    And a start that finds one hands over to it (the early window is not painted).
    """
    path = data_dir.joinpath(*WINDOW_LOCK)
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        return not try_lock(fd)
    finally:
        os.close(fd)


def try_lock(fd: int) -> bool:
    """Take the exclusive lock on the open file ``fd`` if nobody holds it; never waits.

    The lock belongs to this open file: another ``open`` of the same file, even in this
    process, does not get it, and closing ``fd`` (or dying) releases it.
    """
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True
