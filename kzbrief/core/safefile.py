"""Files handled with care: atomic, private writes (a file is either the old one or the
complete new one) and size-limited reads of files the user hands us."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from kzbrief.core.errors import BadInputError
from kzbrief.core.wording import translate

PRIVATE_FILE_MODE = 0o600
MB = 1024 * 1024


@contextlib.contextmanager
def atomic_open(path: Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temp file beside ``path``; on success fsync it and rename it over ``path``.

    On any error the temp file is removed and ``path`` is left as it was.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE) if hasattr(os, "fchmod") else None
        binary = "b" in mode
        with os.fdopen(
            fd, mode, encoding=None if binary else encoding, newline=None if binary else ""
        ) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_text(path: Path, text: str) -> None:
    with atomic_open(path, "w") as handle:
        handle.write(text)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    with atomic_open(path, "wb", encoding=None) as handle:
        handle.write(data)


def read_limited(
    path: Path,
    limit: int,
    *,
    purpose: str = "a file",
    error: type[BadInputError] = BadInputError,
) -> bytes:
    """The bytes of ``path``, refusing folders, devices, pipes and files over ``limit`` bytes
    before reading them; every refusal is one line (``error``) naming the file. ``purpose``
    says what the file is for ("an import"), in the message about its size."""
    name = path.name or str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise error(translate("Errors", "{name}: no such file").format(name=path)) from None
    except OSError as exc:
        raise error(_cannot_read(name, exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise error(translate("Errors", "{name} is a folder, not a file").format(name=name))
    if not stat.S_ISREG(info.st_mode):  # checked before opening: opening a pipe would block
        raise error(translate("Errors", "{name} is not a regular file").format(name=name))
    if info.st_size > limit:
        raise error(
            _too_large(purpose).format(
                name=name, size=f"{info.st_size / MB:.1f}", limit=limit // MB
            )
        )
    try:
        with path.open("rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped since stat()
                raise error(translate("Errors", "{name} is not a regular file").format(name=name))
            data = handle.read(limit + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise error(_cannot_read(name, exc)) from exc
    if len(data) > limit:
        told = translate("Errors", "{name} is larger than {limit} MB")
        raise error(told.format(name=name, limit=limit // MB))
    return data


def _cannot_read(name: str, exc: OSError) -> str:
    told = translate("Errors", "cannot read {name}: {error}")
    return told.format(name=name, error=exc.strerror or exc)


def _too_large(purpose: str) -> str:
    """The whole sentence for a file over the limit, per purpose (a translator needs the
    sentence, not a noun phrase put into one); any other purpose reads as "a file"."""
    if purpose == "an import":
        return translate("Errors", "{name} is {size} MB; an import may be at most {limit} MB")
    if purpose == "a notes file":
        return translate("Errors", "{name} is {size} MB; a notes file may be at most {limit} MB")
    return translate("Errors", "{name} is {size} MB; a file may be at most {limit} MB")
