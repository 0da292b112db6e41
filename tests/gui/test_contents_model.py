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


def test_rows_lines_are_laid_out_once_and_elided_to_fit(qtbot, library, monkeypatch) -> None:
    """Issue 18: a full redraw of the contents laid out every row's two lines again (an
    import's scrolled list, 10-15 ms of the window's thread). Each line is laid out once;
    one too long for the panel ends in an ellipsis."""
    from PySide6.QtWidgets import QTreeView

    from kzbrief.gui import delegates

    made: list[str] = []

    class Counted(delegates.QStaticText):
        def __init__(self, text: str) -> None:
            super().__init__(text)
            made.append(text)

    monkeypatch.setattr(delegates, "QStaticText", Counted)
    bundled = library.default_briefing()
    long_title = "A section whose title runs on far past the edge of a narrow panel " * 3
    sections = (dataclasses.replace(bundled.sections[0], title=long_title), *bundled.sections[1:])
    model = ContentsModel()
    model.set_briefings([dataclasses.replace(bundled, sections=sections)])
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(delegates.TwoLineDelegate(view))
    view.setHeaderHidden(True)
    view.resize(260, 700)
    view.expandAll()
    view.show()
    qtbot.waitUntil(lambda: len(made) >= 2 * len(sections))  # every row's title and tags
    first = len(made)
    for _ in range(3):
        view.viewport().repaint()
    assert len(made) == first  # drawn again, laid out never again
    shown = next(text for text in made if text.startswith("A section whose"))
    assert shown.endswith("…") and len(shown) < len(long_title)
