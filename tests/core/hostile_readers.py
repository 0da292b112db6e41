"""Readers that misbehave as a hostile file can make a real one misbehave: stall, crash, eat
memory, or fail with a bug. test_import_isolated.py puts them in the import path; they live in
a module of their own so that the child process that runs the reader can import them."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

STALL_SECONDS = 30.0
MARKER = "Qwxz-private-text-4412"


def stall(*args: Any, **kwargs: Any) -> Any:
    time.sleep(STALL_SECONDS)
    raise AssertionError("the stalled reader was not stopped")


def crash(*args: Any, **kwargs: Any) -> Any:
    os.kill(os.getpid(), signal.SIGSEGV)


def eat_memory(*args: Any, **kwargs: Any) -> Any:
    hoard = [bytearray(64 * 2**20) for _ in range(64)]  # 4 GB, far past the limit
    return len(hoard)


def buggy(*args: Any, **kwargs: Any) -> Any:
    raise ValueError(f"choked on {MARKER}")


def touch_and_return(marker: str) -> str:
    """Write ``marker`` (a path) and return at once: a child that is done before anyone
    could look."""
    Path(marker).write_text("done")
    return "read"


def slow_pages(path: Any, **options: Any) -> Any:
    """The real reader, a third of a second per page read (a long PDF): run in the import's
    child process, where a test's monkeypatch does not reach."""
    from kzbrief.core.importers import parse

    told = options.pop("progress", None)

    def page_read(done: int, total: int) -> None:
        time.sleep(0.3)
        if told is not None:
            told(done, total)

    return parse.read_document(path, progress=page_read, **options)
