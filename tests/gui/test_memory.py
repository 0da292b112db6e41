"""Once the start is over, what it made is kept out of the collector's walks (issue 18)."""

from __future__ import annotations

import gc

import pytest

from kzbrief.gui import memory


@pytest.fixture
def unfrozen(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(memory, "_frozen", False)
    yield
    gc.unfreeze()  # (the rest of the test run collects as usual)


def test_the_start_s_objects_are_moved_out_of_the_collector_s_way_once(unfrozen) -> None:
    moved = memory.keep_startup_objects()
    assert moved > 1000 and gc.get_freeze_count() == moved
    assert memory.keep_startup_objects() == 0  # only the first call
    assert gc.get_freeze_count() == moved


def test_a_full_collection_then_walks_only_what_came_after(unfrozen) -> None:
    # What this is for: a full collection's pause is the walk over the objects it tracks.
    kept = [[i] for i in range(1000)]  # long-lived objects, like a library's
    walked = {id(o) for o in gc.get_objects()}
    assert id(kept) in walked and id(kept[0]) in walked
    memory.keep_startup_objects()
    later = [["made after the start"]]
    walked = {id(o) for o in gc.get_objects()}
    assert id(kept) not in walked and id(kept[0]) not in walked
    assert id(later) in walked
