"""A large build's second half, analysed by a helper process while this one does the first.

Adding a document to a new index is mostly analysis (words, stems, prefixes, name keys) and
putting each term's postings in the pool; a full build of a million words spends about
three fifths of its time there, one document after another, and the rest writing the
segment. On a machine with two cores, half of the documents can be done beside the other
half. :func:`helped` forks a helper before the first document is added: it gathers the
postings of the documents from the split point on into its own copy of the pool (numbered
as they will be in the index), while this process adds the documents before it. Then the
helper's postings come through a pipe, pickled, once: arrays of document numbers and
weights, a handful of objects per term, not per posting. This process writes each of the
helper's documents' stored fields and lengths, and puts the postings behind its own. The
index written is byte for byte the one a single process writes
(``tests/core/test_helperbuild.py``).

Only a build child (:mod:`kzbrief.core.isolated`) asks for a helper: one thread of plain
Python, which a fork copies safely (the window's process, with Qt's threads, never forks);
and beside a window, only on a machine with cores to spare (:func:`worth_a_helper`).
Where there is no ``fork`` (Windows), it fails, the library is too large for two pools
(:data:`MOST_CHARACTERS`), or the helper dies on the way, this process adds the rest
itself, as before: slower, never wrong.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import signal
import time
from collections.abc import Iterator, Sequence
from typing import Any

from kzbrief.core.indexschema import Document, derive_fields, document_language

log = logging.getLogger(__name__)

#: Fewer documents than this are all added here: a helper would not pay for itself.
FEWEST = 1000
#: The helper's documents may hold this many characters of text at most: its postings are
#: held in memory to the end, never spilled as the pool's own are (about 40 bytes of pool
#: per character; a build's pool may take REBUILD_POOL_MB).
MOST_CHARACTERS = 8_000_000
#: The share of the documents the helper takes: a little under half, as this process also
#: writes the stored fields of all of them.
HELPER_SHARE = 0.47

#: How long a helper that sent its share is given to end before it is killed.
ENDING_SECONDS = 2.0
#: The fewest cores on which a build beside a window has a helper (one for the build, one
#: for its helper, the rest for the window).
CORES_BESIDE_A_WINDOW = 4

#: What a helper sends: its postings by field and term, and each document's field lengths
#: and pool size.
Gathered = tuple[dict[str, Any], list[dict[str, int]], list[int]]


def worth_a_helper(beside_a_window: bool) -> bool:
    """Whether a large build may take a second core for its helper. Not beside a window on
    a machine of fewer than :data:`CORES_BESIDE_A_WINDOW` cores: with the build and its helper
    busy on both cores of a two-core machine, the window's thread waited up to 100 ms for
    one (issue 18's stalls; the figures are in ``bench/README.md``)."""
    return not beside_a_window or (os.cpu_count() or 1) >= CORES_BESIDE_A_WINDOW


def split_point(documents: Sequence[Document]) -> int:
    """Where the helper's share of ``documents`` begins (their count: no helper)."""
    if len(documents) < FEWEST or getattr(os, "fork", None) is None:
        return len(documents)
    split = len(documents) - int(len(documents) * HELPER_SHARE)
    characters = sum(_characters(d) for d in documents[split:])
    return split if characters <= MOST_CHARACTERS else len(documents)


def _characters(document: Document) -> int:
    return sum(len(document.get(key) or "") for key in ("section_title", "body"))


@contextlib.contextmanager
def helped(writer: Any, documents: Sequence[Document], first: int) -> Iterator[Any]:
    """Fork a helper that gathers the postings of ``documents`` (numbered from ``first``)
    with ``writer``'s pool, which must be empty still; yields a function that waits for
    them and returns them (a :data:`Gathered`), or None if there is no helper or it failed.
    Leaving the block stops a helper that is still at work."""
    pid, feed = _fork(writer, documents, first)
    received = False

    def result() -> Gathered | None:
        nonlocal received
        if feed is None:
            return None
        try:
            gathered: Gathered = pickle.load(feed)
        except (EOFError, pickle.UnpicklingError, OSError, ValueError, MemoryError):
            log.warning("the build's helper process stopped; its documents are added here")
            return None
        received = True
        if len(gathered[1]) != len(documents):
            return None
        return gathered

    try:
        yield result
    finally:
        if feed is not None:
            feed.close()
        _reap(pid, patient=received)


def _fork(writer: Any, documents: Sequence[Document], first: int) -> tuple[int, Any]:
    if not documents:
        return 0, None
    try:
        reading, writing = os.pipe()
    except OSError:
        return 0, None
    try:
        pid = os.fork()
    except OSError:
        os.close(reading)
        os.close(writing)
        log.warning("could not start the build's helper process; adding every document here")
        return 0, None
    if pid == 0:  # the helper: it never returns
        os.close(reading)
        _helper_main(writer, documents, first, writing)
    os.close(writing)
    return pid, os.fdopen(reading, "rb")


def _helper_main(writer: Any, documents: Sequence[Document], first: int, writing: int) -> None:
    """The helper's body: gather, send, end, running nothing of the parent's on the way out
    (no exit handlers, no flush of its buffers)."""
    from kzbrief.core.analysis import text_language

    code = 1
    try:
        # Away from the parent's standard streams: its answer and its progress go there.
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        lengths: list[dict[str, int]] = []
        sizes: list[int] = []
        for number, document in enumerate(documents, start=first):
            with text_language(document_language(document)):
                length, size = writer.gather_only(number, derive_fields(document))
            lengths.append(length)
            sizes.append(size)
        with os.fdopen(writing, "wb") as out:
            pickle.dump((writer.gathered(), lengths, sizes), out, pickle.HIGHEST_PROTOCOL)
        code = 0
    except BaseException:  # noqa: BLE001 - the parent adds what it did not get
        pass
    finally:
        os._exit(code)


def _reap(pid: int, patient: bool) -> None:
    """Wait for the helper to end: a moment (:data:`ENDING_SECONDS`) when it has sent its
    share (``patient``: it is on its way out), else not at all; then it is killed (the
    build stopped while it worked)."""
    if not pid:
        return
    deadline = time.monotonic() + (ENDING_SECONDS if patient else 0.0)
    with contextlib.suppress(OSError):
        while os.waitpid(pid, os.WNOHANG)[0] == 0:
            if time.monotonic() >= deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return
            time.sleep(0.002)
