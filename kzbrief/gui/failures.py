"""How the GUI tells the user that something failed: one calm sentence, whatever went wrong.

The one place that turns an exception into words for the window. A :class:`KzbriefError` is
core's own one-line message about the user's data or input; anything else is a bug of ours,
whose traceback goes to the log (:mod:`kzbrief.core.logs`) while the user reads one line.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kzbrief.core.errors import KzbriefError
from kzbrief.core.logs import LOG_FILE, log_bug


def sentence(message: str) -> str:
    """A core error message ("no briefing 'x'") as a sentence for the user."""
    message = message.strip()
    return message[:1].upper() + message[1:] + ("" if message.endswith((".", "?", "!")) else ".")


def failure_sentence(exc: BaseException, action: str) -> str:
    """One line for the user about ``exc``, raised while doing ``action``.

    ``action`` is already translated and names what failed ("The import"); a bug is logged
    with its traceback, and its message (which may hold the user's text) is not shown.
    """
    if isinstance(exc, KzbriefError):
        return sentence(str(exc))
    log_bug(exc, f"{action!r} (in the window)")
    template = QCoreApplication.translate(
        "failures", "{action} failed because of an internal error; the details are in {log}."
    )
    return template.format(action=action, log=LOG_FILE)
