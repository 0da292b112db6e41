"""Where the user's data lives: decided here and nowhere else."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from kzbrief import APP_NAME
from kzbrief.core.errors import DataError
from kzbrief.core.wording import translate

ENV_DATA_DIR = "KZBRIEF_DATA_DIR"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the data folder: ``--data-dir``, else ``$KZBRIEF_DATA_DIR``, else the platform's."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs  # only here: a start with --data-dir does without it (3 ms)

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the user alone (0700)."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path, 0o700)
    except OSError as exc:
        raise DataError(
            translate("Errors", "cannot create data folder {path}: {error}").format(
                path=path, error=exc.strerror or exc
            )
        ) from exc
    return path


#: errno values that mean "this folder cannot be written" (rather than "something broke").
_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def read_only_reason(path: Path) -> str:
    """Why files cannot be created in the existing folder ``path`` ('' when they can).

    A probe, not ``os.access``: a read-only mount, a folder of another user and an
    administrator running it all answer truthfully only to an actual attempt.
    """
    try:
        fd, name = tempfile.mkstemp(prefix=".kzbrief-probe-", dir=path)
    except OSError as exc:
        if exc.errno in _READ_ONLY_ERRNOS:
            return exc.strerror or str(exc)
        raise DataError(
            translate("Errors", "cannot use data folder {path}: {error}").format(
                path=path, error=exc.strerror or exc
            )
        ) from exc
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(name)
    return ""


def open_data_dir(explicit: str | os.PathLike[str] | None = None) -> tuple[Path, str]:
    """The data folder (created if need be) and, if it exists but cannot be written, why.

    A folder that cannot be written is opened read-only (an archived copy on a read-only
    mount): reading, searching and exporting work; changes are refused.
    """
    path = resolve_data_dir(explicit)
    if path.is_dir():
        reason = read_only_reason(path)
        if reason:
            return path, reason
    return ensure_private_dir(path), ""
