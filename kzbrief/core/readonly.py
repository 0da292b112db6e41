"""Read-only libraries: a data folder that cannot be written (issue 22, item 8).

An archived copy of a library on a read-only mount, or a folder of another user, can still
be read, searched and exported. :func:`kzbrief.core.paths.open_data_dir` finds out (with a
write probe); then the library writes nothing at all: the database is opened read-only
(:class:`kzbrief.core.store.Store`), the index is opened without its lock, or built in
memory if it is stale (:meth:`kzbrief.core.index.SearchIndex.open_read_only`), and every
change is refused with one line (:class:`~kzbrief.core.errors.ReadOnlyError`, exit code 2)
before anything is touched: by the store's transaction, and by the data folder's write
lock, which every other change takes first (:class:`RefusingLock`).
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from kzbrief.core.errors import ReadOnlyError
from kzbrief.core.wording import translate


def refusal(data_dir: Path, reason: str) -> ReadOnlyError:
    """The one line that says why a change was not made."""
    return ReadOnlyError(
        translate(
            "Errors", "this library is read-only ({data_dir}: {reason}); nothing was changed"
        ).format(data_dir=data_dir, reason=reason)
    )


class RefusingLock:
    """Stands in for the folder's write lock in a read-only library: taking it refuses."""

    def __init__(self, data_dir: Path, reason: str) -> None:
        self.data_dir = data_dir
        self.reason = reason

    def __enter__(self) -> RefusingLock:
        raise refusal(self.data_dir, self.reason)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        return None
