"""Every write records what it changed, for the window to redraw from (issue 19)."""

from __future__ import annotations

import threading

import pytest

from kzbrief.core.changes import Changes
from kzbrief.core.service import Library


def test_a_read_changes_nothing(library: Library) -> None:
    library.take_changes()
    library.notes()
    library.bookmarks()
    library.briefings()
    assert library.take_changes() == Changes()
    assert not library.take_changes()


def test_each_write_says_what_it_changed_once(library: Library) -> None:
    library.take_changes()
    note = library.add_note("climate", "greenhouse gas emissions remain significant", note="x")
    assert library.take_changes() == Changes(notes=True)
    assert library.take_changes() == Changes()  # handed over once
    library.add_bookmark("climate")
    assert library.take_changes() == Changes(bookmarks=True)
    library.save_reading_state("section", "climate")
    assert library.take_changes() == Changes(reading=True)
    library.update_note(note.id, note="y")
    library.add_bookmark("climate", label="two")
    assert library.take_changes() == Changes(notes=True, bookmarks=True)


def test_changes_are_kept_per_thread(library: Library) -> None:
    library.take_changes()
    seen: list[Changes] = []

    def elsewhere() -> None:
        library.add_bookmark("climate")
        seen.append(library.take_changes())

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert seen == [Changes(bookmarks=True)]
    assert library.take_changes() == Changes()


def test_changes_combine_and_refuse_unknown_kinds() -> None:
    assert Changes(notes=True) | Changes(briefings=True) == Changes.of("notes", "briefings")
    with pytest.raises(ValueError):
        Changes.of("weather")
