"""Running risky work in a child process with a time and a memory limit.

Parsing a file the user hands us (a hostile or broken HTML, Markdown or PDF file) can hang in
a regular expression or a C library, eat all memory, or crash the interpreter. Run in the
app's own process, any of these would freeze or kill the window; run here, the child is
killed at the time limit, stopped by the memory limit, or dies alone, and the caller gets one
exception that says which (ReText runs its converters in a child process the same way).

:func:`run_isolated` takes any function that can be pickled by reference (a module-level
function) and arguments that can be pickled; it returns the function's result, or re-raises
the :class:`~kzbrief.core.errors.KzbriefError` it raised.

The child is this same program started afresh (``python -m kzbrief``, or the bundle's own
executable) with :data:`CHILD_ENV` set, which ``kzbrief.__main__`` checks before anything
else: the request comes in pickled on stdin, the answer goes out pickled on stdout. Not
``multiprocessing``: the bundle leaves it out (its run-time hook would cost every start), and
a fresh process shares no lock or thread with the window.
"""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from kzbrief.core.errors import KzbriefError
from kzbrief.core.logs import format_exception
from kzbrief.core.wording import interface_language

log = logging.getLogger(__name__)
T = TypeVar("T")
#: The niceness of a background child (``run_isolated(background=True)``): the system gives
#: it about a tenth of the window's share of a busy core, and all of an idle one.
BACKGROUND_NICENESS = 10
#: Set in the child's environment: kzbrief.__main__ then runs :func:`child_main`.
CHILD_ENV = "KZBRIEF_ISOLATED_CHILD"
#: The interface's language, for the child's refusals (``kzbrief.__main__`` loads its
#: catalogue there): a file refused in the child is told in the window's language.
LANGUAGE_ENV = "KZBRIEF_CHILD_LANGUAGE"


class IsolatedError(Exception):
    """The child did not return a result; subclasses say why."""


class TimeLimitExceeded(IsolatedError):
    """The child was still running at the time limit, and was killed."""


class MemoryLimitExceeded(IsolatedError):
    """The child ran out of the memory it was allowed."""


class Cancelled(IsolatedError):
    """The caller's ``cancelled()`` said stop while the child worked; the child was killed."""


#: The children running now (so that :func:`stop_children` can end them at once), and those
#: it ended (their callers raise :class:`Cancelled`, not ChildCrashed).
_children: set[subprocess.Popen[bytes]] = set()
_stopped: set[int] = set()
_children_lock = threading.Lock()


def stop_children() -> int:
    """Kill every child this process runs now (the panic key and the lock do not wait for
    an import to be read); their :func:`run_isolated` raise :class:`Cancelled`. Returns how
    many were killed."""
    with _children_lock:
        running = [child for child in _children if child.poll() is None]
        for child in running:
            _stopped.add(child.pid)
            child.kill()
    return len(running)


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


def _child_command() -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, CHILD_ENV: "1", LANGUAGE_ENV: interface_language()}
    if getattr(sys, "frozen", False):
        return [sys.executable], env
    # The child finds what this process finds (kzbrief from a checkout, a test's helpers).
    env["PYTHONPATH"] = os.pathsep.join(p or os.getcwd() for p in sys.path)
    return [sys.executable, "-m", "kzbrief"], env


def run_isolated(
    function: Callable[..., T],
    /,
    *args: Any,
    seconds: float,
    memory_bytes: int,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    background: bool = False,
    **kwargs: Any,
) -> T:
    """``function(*args, **kwargs)``, run in a child process within ``seconds`` and
    ``memory_bytes`` of address space.

    With ``progress``, the function is given a ``progress`` callback of its own whose calls
    (done, total) reach ``progress`` here as they happen (on a helper thread); ``cancelled``
    is asked about ten times a second, and a true answer kills the child (:class:`Cancelled`).
    A ``background`` child runs at a lower priority (:data:`BACKGROUND_NICENESS`): on a
    machine with few cores, a child at the window's priority takes CPU time from the window
    (its redraws were 100 ms late while a rebuild ran on a 2-core machine).

    Raises what the function raised if that is a KzbriefError, else :class:`TimeLimitExceeded`,
    :class:`MemoryLimitExceeded`, :class:`Cancelled`, :class:`ChildCrashed` or
    :class:`ChildBug`. Where no child process can be started at all, the function runs here
    (and that is logged).
    """
    request = pickled_in_frames((function, args, kwargs, memory_bytes, progress is not None))
    command, env = _child_command()
    try:
        child = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE if progress is not None else subprocess.DEVNULL,
            env=env,
        )
    except OSError:
        log.warning("could not start a child process; running %s here", function.__qualname__)
        if progress is not None:
            kwargs["progress"] = progress
        if cancelled is not None:
            kwargs["cancelled"] = cancelled
        return function(*args, **kwargs)
    with _children_lock:
        _children.add(child)
    if background:
        _lower_priority(child.pid)
    answer = bytearray()
    threads = [
        threading.Thread(target=_send, args=(child, request), daemon=True),
        threading.Thread(target=_receive, args=(child, answer), daemon=True),
    ]
    if progress is not None:
        threads.append(threading.Thread(target=_hear, args=(child, progress), daemon=True))
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + seconds
    try:
        while True:
            # Asked before each wait and once the child is done: a cancel pressed before
            # the child could answer is a cancel, however quick the child was.
            if cancelled is not None and cancelled():
                raise Cancelled("cancelled while the child worked")
            try:
                child.wait(timeout=0.1)
            except subprocess.TimeoutExpired:
                if time.monotonic() > deadline:
                    raise TimeLimitExceeded(f"still running after {seconds:g} s") from None
                continue
            if cancelled is not None and cancelled():
                raise Cancelled("cancelled while the child worked")
            break
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for thread in threads:
            thread.join()
        with _children_lock:
            _children.discard(child)
            stopped = child.pid in _stopped
            _stopped.discard(child.pid)
    if stopped:
        raise Cancelled("stopped by stop_children()")
    try:
        kind, payload = unpickled_in_frames(answer)
    except Exception:  # noqa: BLE001 - no answer, or half of one: the child died
        raise ChildCrashed(child.returncode) from None
    if kind == "ok":
        return payload  # type: ignore[no-any-return]
    if kind == "raise":
        raise payload
    if kind == "memory":
        raise MemoryLimitExceeded(f"needed more than {memory_bytes // 2**20} MB")
    raise ChildBug(str(payload))


# -- pickles made and read a frame at a time --------------------------------------------------
# ``pickle.loads`` and ``pickle.dumps`` run in one call into C, holding the interpreter lock
# throughout: the parse of a 5 MB report came back as 13 MB of pickle, 30-42 ms to read, and
# the window's thread could not run meanwhile (a stall while an import ran, issue 18). Given
# a file of Python code instead, the pickler writes and the unpickler reads it a frame
# (about 64 KB) at a time, and at each call the interpreter may hand the lock to a thread
# that waits for it: no hold was then over 0.6 ms, and reading took no longer.


class _FrameWriter:
    def __init__(self) -> None:
        self.frames: list[bytes] = []

    def write(self, frame: bytes) -> int:
        self.frames.append(bytes(frame))
        return len(frame)


class _FrameReader:
    def __init__(self, data: bytes | bytearray) -> None:
        self._data = data
        self._view = memoryview(data)
        self._at = 0

    def read(self, size: int = -1) -> bytes:
        end = len(self._data) if size < 0 else min(len(self._data), self._at + size)
        frame = self._view[self._at : end].tobytes()
        self._at = end
        return frame

    def readinto(self, buffer: bytearray | memoryview) -> int:
        size = min(len(buffer), len(self._data) - self._at)
        buffer[:size] = self._view[self._at : self._at + size]
        self._at += size
        return size

    def readline(self) -> bytes:
        end = self._data.find(b"\n", self._at)
        return self.read(-1 if end < 0 else end + 1 - self._at)


def pickled_in_frames(value: Any) -> list[bytes]:
    """``value`` pickled, as the frames the pickler wrote (joined, ``pickle.dumps(value)``)."""
    writer = _FrameWriter()
    pickle.Pickler(writer, protocol=pickle.DEFAULT_PROTOCOL).dump(value)
    return writer.frames


def unpickled_in_frames(data: bytes | bytearray) -> Any:
    """``pickle.loads(data)``, letting other threads run between its frames."""
    return pickle.Unpickler(_FrameReader(data)).load()


def _lower_priority(pid: int) -> None:
    """Give process ``pid`` (a child of ours) :data:`BACKGROUND_NICENESS`, where the system
    has niceness (not Windows: there the child keeps the window's priority)."""
    setpriority = getattr(os, "setpriority", None)
    if setpriority is None:
        return
    try:
        setpriority(os.PRIO_PROCESS, pid, BACKGROUND_NICENESS)
    except OSError:  # (it may have ended already)
        pass


def _send(child: subprocess.Popen[bytes], request: list[bytes]) -> None:
    assert child.stdin is not None
    try:
        child.stdin.writelines(request)
        child.stdin.close()
    except OSError:
        pass  # the child died before it read everything: its exit says why


def _receive(child: subprocess.Popen[bytes], answer: bytearray) -> None:
    assert child.stdout is not None
    answer.extend(child.stdout.read())


#: How the child's progress callback writes (done, total) to its stderr; other lines there
#: (anything a library prints) are passed over.
_PROGRESS_PREFIX = b"\x00kzbrief-progress "


def _hear(child: subprocess.Popen[bytes], progress: Callable[[int, int], None]) -> None:
    assert child.stderr is not None
    for line in child.stderr:
        if line.startswith(_PROGRESS_PREFIX):
            try:
                done, total = (int(n) for n in line[len(_PROGRESS_PREFIX) :].split())
            except ValueError:
                continue
            progress(done, total)


def _report_progress(done: int, total: int) -> None:
    os.write(2, _PROGRESS_PREFIX + f"{int(done)} {int(total)}\n".encode())


def _limit_memory(memory_bytes: int) -> None:
    try:
        import resource
    except ImportError:  # not on Windows: the time limit still holds
        return
    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    except (ValueError, OSError):
        pass  # the time limit still holds


def child_main() -> int:
    """The child's body: read the request, limit memory, run, write the answer."""
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # whatever the function prints must not garble the answer
    function, args, kwargs, memory_bytes, wants_progress = pickle.loads(sys.stdin.buffer.read())
    if wants_progress:
        kwargs["progress"] = _report_progress
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
        data = pickle.dumps(answer)
    except MemoryError:
        data = pickle.dumps(("memory", None))
    except Exception as exc:  # noqa: BLE001 - a result that cannot be pickled is a bug
        data = pickle.dumps(("bug", format_exception(exc)))
    out.write(data)
    out.flush()
    return 0
