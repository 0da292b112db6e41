"""The interpreter's cycle collector, kept from stalling the window.

A full collection walks every object the interpreter tracks, holding the interpreter lock,
on whichever thread happened to allocate: the window waits for it wherever it runs. With the
window open on the bundled briefing one took 25-30 ms on the test machine, and 48-66 ms when
it came in the middle of an import (``bench.responsiveness``, issue 18). Most of those
objects live as long as the process: the modules, classes and functions (44k of 52k tracked
objects are there once the modules are imported), the window's widgets, the library's
catalogue. Once the start is over they go to the collector's permanent generation
(:func:`gc.freeze`), which later collections do not walk: the full collection during an
import then took 8-12 ms.

A frozen object is still freed when its last reference goes; only a cycle of frozen
objects that has become garbage stays (the start's few, collected just before freezing, are
gone). So this is done once, by the process that runs the window (``run_gui``), not by each
window: tests make windows by the hundred in one process.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)

#: How long after the window is first shown its start counts as over: the panels built after
#: the first paint and the search index opened (the start-up profile: well under a second).
SETTLE_MS = 3000

_frozen = False


def keep_startup_objects() -> int:
    """Collect once, then move every object alive into the permanent generation.

    Only the first call does anything; returns how many objects were moved (0 after)."""
    global _frozen
    if _frozen:
        return 0
    _frozen = True
    gc.collect()
    gc.freeze()
    count = gc.get_freeze_count()
    log.debug("%d objects alive after the start moved out of the collector's way", count)
    return count
