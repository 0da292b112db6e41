"""Running risky work in a child process with a time and a memory limit.

Parsing a file the user hands us (a hostile or broken HTML, Markdown or PDF file) can hang in
a regular expression or a C library, eat all memory, or crash the interpreter. Run in the
app's own process, any of these would freeze or kill the window; run here, the child is
killed at the time limit, stopped by the memory limit, or dies alone, and the caller gets one
exception that says which (ReText runs its converters in a child process the same way).

:func:`run_isolated` takes any function that can be pickled by reference (a module-level
function) and arguments that can be pickled; it returns the function's result, or re-raises
the :class:`~kzbrief.core.errors.KzbriefError` it raised. Children are forked from a clean,
single-threaded server process (``forkserver``), never from the window's threads; a frozen
app (PyInstaller) starts them afresh (``spawn``; ``kzbrief.__main__`` calls
``multiprocessing.freeze_support``).
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from kzbrief.core.errors import KzbriefError
from kzbrief.core.logs import format_exception

log = logging.getLogger(__name__)
T = TypeVar("T")


class IsolatedError(Exception):
    """The child did not return a result; subclasses say why."""


class TimeLimitExceeded(IsolatedError):
    """The child was still running at the time limit, and was killed."""


class MemoryLimitExceeded(IsolatedError):
    """The child ran out of the memory it was allowed."""


class ChildCrashed(IsolatedError):
    """The child died without an answer (a crash in C code, a signal); ``exitcode`` is the
    process's exit code (negative: the signal that ended it)."""

    def __init__(self, exitcode: int | None) -> None:
        super().__init__(f"the child process ended with exit code {exitcode}")
        self.exitcode = exitcode


class ChildBug(IsolatedError):
    """The function raised something other than a KzbriefError: a bug. ``details`` is its
    traceback, with messages that may hold the user's text withheld (kzbrief.core.logs)."""

    def __init__(self, details: str) -> None:
        super().__init__("the child process raised an unexpected error")
        self.details = details


def _context() -> Any:
    if getattr(sys, "frozen", False) or "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    return multiprocessing.get_context("forkserver")


def _limit_memory(memory_bytes: int) -> None:
    try:
        import resource
    except ImportError:  # not on Windows: the time limit still holds
        return
    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    except (ValueError, OSError):
        log.warning("could not limit the child's memory")


def _child(
    conn: Connection,
    function: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    memory_bytes: int,
) -> None:
    """The child's body: limit memory, run, send ("ok", result) or why not."""
    _limit_memory(memory_bytes)
    answer: tuple[str, Any]
    try:
        answer = ("ok", function(*args, **kwargs))
    except MemoryError:
        answer = ("memory", None)
    except KzbriefError as exc:
        answer = ("raise", exc)
    except BaseException as exc:  # noqa: BLE001 - handed to the parent as a bug
        answer = ("bug", format_exception(exc))
    try:
        conn.send(answer)
    except MemoryError:
        conn.send(("memory", None))
    except Exception as exc:  # noqa: BLE001 - a result that cannot be pickled is a bug
        conn.send(("bug", format_exception(exc)))
    finally:
        conn.close()


def run_isolated(
    function: Callable[..., T],
    /,
    *args: Any,
    seconds: float,
    memory_bytes: int,
    **kwargs: Any,
) -> T:
    """``function(*args, **kwargs)``, run in a child process within ``seconds`` and
    ``memory_bytes`` of address space.

    Raises what the function raised if that is a KzbriefError, else :class:`TimeLimitExceeded`,
    :class:`MemoryLimitExceeded`, :class:`ChildCrashed` or :class:`ChildBug`. Where no
    child process can be started at all, the function runs here (and that is logged).
    """
    context = _context()
    if context.get_start_method() == "forkserver":
        # Children start with the function's module loaded (once, in the server).
        context.set_forkserver_preload([function.__module__])
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child,
        args=(sender, function, args, kwargs, memory_bytes),
        name="kzbrief-isolated",
        daemon=True,
    )
    try:
        process.start()
    except OSError:
        log.warning("could not start a child process; running %s here", function.__qualname__)
        receiver.close()
        sender.close()
        return function(*args, **kwargs)
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise TimeLimitExceeded(f"still running after {seconds:g} s")
        try:
            kind, payload = receiver.recv()
        except EOFError:
            process.join(5)
            raise ChildCrashed(process.exitcode) from None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiver.close()
    if kind == "ok":
        return payload  # type: ignore[no-any-return]
    if kind == "raise":
        raise payload
    if kind == "memory":
        raise MemoryLimitExceeded(f"needed more than {memory_bytes // 2**20} MB")
    raise ChildBug(str(payload))
