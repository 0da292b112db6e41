"""Exception classes raised by core; the CLI and GUI decide how to tell the user."""

from __future__ import annotations

from kzbrief.core.wording import translate


class KzbriefError(Exception):
    """Base class for every error core raises on purpose.

    ``str(error)`` is a complete one-line message fit to show a user.
    """

    exit_code = 3


class BadInputError(KzbriefError):
    """The user gave input that cannot be used (a bad argument, an unknown id, a bad file)."""

    exit_code = 2


class NotFoundError(BadInputError):
    """A briefing, section, note or bookmark that does not exist was asked for."""


class DataError(KzbriefError):
    """Data on disk could not be read or recovered."""

    exit_code = 3


class IndexUnavailableError(DataError):
    """The search index could neither be opened nor rebuilt."""


class ReadOnlyError(BadInputError):
    """A change was asked of a library that cannot be written (a read-only folder).

    Exit code 2, as for a locked folder: the data is fine and can be read; it is the
    request that cannot be carried out here.
    """


class InternalError(KzbriefError):
    """A bug in kzbrief, not a fault of the user's data or machine.

    Raised where core catches an unexpected exception: its traceback has gone to the log
    (:mod:`kzbrief.core.logs`), and ``str(error)`` is one calm line for the user.
    """

    exit_code = 3


class ImportCancelled(BadInputError):
    """The user cancelled an import; nothing was written."""


class WorkStopped(KzbriefError):
    """Background work (an index build, an import, an export) was stopped because the notes
    are being locked or the panic key was pressed (issue 16); nothing was half-written."""

    @classmethod
    def told(cls) -> WorkStopped:
        """The error with the user's line for it."""
        return cls(translate("Library", "stopped: the notes are being locked"))


class PasswordRequired(BadInputError):
    """A protected file (a PDF) opens only with its password (``wrong``: one was given)."""

    def __init__(self, message: str, *, wrong: bool = False) -> None:
        super().__init__(message)
        self.wrong = wrong
