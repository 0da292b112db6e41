"""The app's log: a small rotating file in the data folder, for the tracebacks of our own bugs.

The user sees one calm line when something unexpected fails; what a developer needs to fix
it goes here (CONVENTIONS.md, "Errors"). ``kzbrief --verbose`` also prints every record to
stderr as it is written.

Privacy: the file is readable by the user alone (0600, like everything the app writes) and
holds no note text, quote or passphrase. Code logs identifiers, counts and exception types,
never what the user wrote; and since an exception's message may carry the text it choked on,
a traceback keeps its frames (our code) but shows the message only for exceptions whose
messages Python or the OS compose (``TypeError``, ``OSError`` …), see :func:`safe_message`.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sqlite3
import sys
import traceback
from pathlib import Path
from types import TracebackType

LOG_FILE = "kzbrief.log"
#: One file of at most 1 MB and two older ones: a few MB at most, however long the app runs.
MAX_BYTES = 1 << 20
BACKUPS = 2
LOGGER = "kzbrief"
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

#: Exceptions whose messages are composed by Python or the OS from types, names and codes,
#: never from the data being processed: these are shown. Any other message is withheld.
_SAFE_MESSAGES: tuple[type[BaseException], ...] = (
    TypeError,
    AttributeError,
    NameError,
    ImportError,
    NotImplementedError,
    RecursionError,
    MemoryError,
    sqlite3.Error,
)

_installed: list[logging.Handler] = []
# Until setup_logging runs (and in tests and scripts that use core alone), records go nowhere
# rather than to logging's last-resort handler, which would print tracebacks on stderr.
logging.getLogger(LOGGER).addHandler(logging.NullHandler())


def safe_message(exc: BaseException) -> str:
    """What of ``exc``'s message may go to the log."""
    if isinstance(exc, OSError):
        parts = [f"[Errno {exc.errno}]" if exc.errno is not None else "", exc.strerror or ""]
        if exc.filename is not None:
            parts.append(repr(os.fspath(exc.filename)))
        return " ".join(p for p in parts if p)
    if isinstance(exc, _SAFE_MESSAGES):
        return str(exc)
    text = str(exc)
    return f"(message withheld: {len(text)} characters)" if text else ""


def format_exception(exc: BaseException) -> str:
    """A traceback of ``exc`` and the exceptions it came from, messages made safe."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        cause = current.__cause__
        current = (
            cause
            if cause is not None
            else (None if current.__suppress_context__ else current.__context__)
        )
    blocks = []
    for position, item in enumerate(reversed(chain)):
        lines = []
        if position:
            lines.append("The above exception led to the following one:\n")
        if item.__traceback__ is not None:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.format_tb(item.__traceback__))
        name = f"{type(item).__module__}.{type(item).__qualname__}".removeprefix("builtins.")
        message = safe_message(item)
        lines.append(f"{name}: {message}" if message else name)
        blocks.append("".join(lines))
    return "\n\n".join(blocks)


class PrivateFormatter(logging.Formatter):
    """Formats tracebacks with :func:`format_exception` (no user text in messages)."""

    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        return format_exception(ei[1]) if ei[1] is not None else ""


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Opens (and reopens after each rotation) its file as 0600, whatever the umask, in a
    folder it makes private; a record it cannot write is dropped without a word on stderr
    (a read-only or vanished data folder must not litter the terminal)."""

    def _open(self):  # type: ignore[no-untyped-def]
        folder = Path(self.baseFilename).parent
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        stream = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return stream

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_FILE


def setup_logging(data_dir: Path | None, *, verbose: bool = False) -> Path | None:
    """Send kzbrief's log records to ``<data_dir>/kzbrief.log`` (and, ``verbose``, stderr).

    Returns the log file's path (None without a data folder). The file is created with the
    first record, so a run with nothing to log writes nothing; a folder that cannot be
    written to is not a reason to fail (records are then dropped). Calling again replaces
    the handlers of the previous call (the tests run many commands in one process).
    """
    logger = logging.getLogger(LOGGER)
    for handler in _installed:
        logger.removeHandler(handler)
        handler.close()
    _installed.clear()
    formatter = PrivateFormatter(FORMAT)
    path: Path | None = None
    if data_dir is not None:
        path = log_path(data_dir)
        file_handler = _PrivateRotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
        file_handler.setLevel(logging.INFO)
        file_handler.setFormatter(formatter)
        _installed.append(file_handler)
    if verbose:
        stream_handler = logging.StreamHandler(sys.stderr)
        stream_handler.setLevel(logging.DEBUG)
        stream_handler.setFormatter(formatter)
        _installed.append(stream_handler)
    for handler in _installed:
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path


def log_bug(exc: BaseException, doing: str, logger: logging.Logger | None = None) -> None:
    """Keep the traceback of an unexpected exception (a bug of ours) while ``doing`` something;
    ``doing`` names the action ("importing a briefing"), never the user's data."""
    (logger or logging.getLogger(LOGGER)).error(
        "unexpected error while %s", doing, exc_info=(type(exc), exc, exc.__traceback__)
    )
