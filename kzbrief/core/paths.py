"""Where the user's data lives: decided here and nowhere else."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from kzbrief import APP_NAME
from kzbrief.core.errors import DataError

ENV_DATA_DIR = "KZBRIEF_DATA_DIR"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the data folder: ``--data-dir``, else ``$KZBRIEF_DATA_DIR``, else the platform's."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the user alone (0700)."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path, 0o700)
    except OSError as exc:
        raise DataError(f"cannot create data folder {path}: {exc.strerror or exc}") from exc
    return path
