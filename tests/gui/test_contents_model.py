"""The contents' rows: a change of the library remakes only the rows of the briefings it
changed (an import makes one briefing's rows, not every briefing's; issue 18)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from kzbrief.gui.contents import PLACE_ROLE, ContentsModel


def _titles(model: ContentsModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_rows_of_unchanged_briefings_stay(qtbot, library) -> None:
    bundled = library.default_briefing()
    other = dataclasses.replace(bundled, id="other", title="Other report")
    third = dataclasses.replace(bundled, id="third", title="Third report")
    model = ContentsModel()
    model.set_briefings([bundled, third])
    first_row = model.index_of(bundled.id, None)
    inserted, removed, resets = [], [], []
    model.rowsInserted.connect(lambda parent, a, b: parent.isValid() or inserted.append((a, b)))
    model.rowsRemoved.connect(lambda parent, a, b: parent.isValid() or removed.append((a, b)))
    model.modelReset.connect(lambda: resets.append(1))

    model.set_briefings([bundled, other, third])  # one imported
    assert _titles(model) == [bundled.title, "Other report", "Third report"]
    assert inserted == [(1, 1)] and not removed and not resets
    assert model.index_of(bundled.id, None) == first_row  # (the same row, not made again)
    section = other.sections[2]
    index = model.index_of("other", section.id)
    assert index.data() == section.title and index.data(PLACE_ROLE) == ("other", section.id)
    assert model.rowCount(model.index_of("other", None)) == len(other.sections)

    newer = dataclasses.replace(other, title="Other report, edition 2", edition=2)
    model.set_briefings([bundled, newer])  # a new edition of one, another removed
    assert _titles(model) == [bundled.title, "Other report, edition 2"]
    assert removed == [(2, 2), (1, 1)] and inserted == [(1, 1), (1, 1)] and not resets
    assert not model.index_of("third", None).isValid()
    assert model.index_of("other", section.id).data() == section.title

    model.set_briefings([newer, bundled])  # another order: made again
    assert _titles(model) == ["Other report, edition 2", bundled.title]
    assert resets == [1]
    assert model.index_of(bundled.id, bundled.sections[0].id).parent().row() == 1


def test_rows_can_be_chosen_and_nothing_else(qtbot, library) -> None:
    bundled = library.default_briefing()
    model = ContentsModel()
    model.set_briefings([bundled])
    for index in (model.index_of(bundled.id, None), model.index_of(bundled.id, "religion")):
        assert index.flags() == Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
