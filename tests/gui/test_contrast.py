"""WCAG 2.1 AA in every theme (issue 21): each colour pair of the palette, the reader's
marks, the five highlight colours, the focus ring, field borders and swatches."""

from __future__ import annotations

from typing import TypeVar

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit, QListWidget, QTabBar, QWidget

from kzbrief.gui import theme as themes
from kzbrief.gui.contrast import theme_pairs
from kzbrief.gui.focusstyle import FocusStyle


def test_the_ratio_is_wcags() -> None:
    assert themes.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert themes.contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", sorted(themes.THEMES))
def test_every_pair_of_the_theme_meets_aa(name: str) -> None:
    pairs = theme_pairs(themes.THEMES[name])
    assert len(pairs) > 30
    failing = [
        f"{p.what}: {p.first}/{p.second} {p.ratio:.2f} < {p.needed}" for p in pairs if not p.passes
    ]
    assert failing == []


def test_the_current_match_is_not_told_by_colour_alone() -> None:
    for theme in themes.THEMES.values():
        assert themes.mark_format(theme, "current-match").fontUnderline()


def test_high_contrast_follows_the_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(themes, "system_prefers_high_contrast", lambda: True)
    assert themes.resolve("system") is themes.HIGH_CONTRAST
    assert themes.resolve("light") is themes.LIGHT  # a choice of the user's stands


def test_the_high_contrast_theme_is_in_the_view_menu(qtbot, window) -> None:
    window.ui_actions["theme_high_contrast"].trigger()
    assert window.theme is themes.HIGH_CONTRAST
    assert window.reader.palette().color(QPalette.ColorRole.Base).name() == "#000000"


def test_text_zoom_reaches_the_panels(qtbot, window) -> None:
    before = window.contents.view.font().pointSizeF()
    window.zoom_to(150)
    assert window.contents.view.font().pointSizeF() == pytest.approx(before * 1.5)
    window.build_rest()  # the panels built later take it too
    assert window.notes_panel.view.font().pointSizeF() == pytest.approx(before * 1.5)


W = TypeVar("W", bound=QWidget)


def focused(qtbot, widget: W, theme: themes.Theme, size: tuple[int, int] | None = None) -> W:
    """``widget`` in kzbrief's style and ``theme``'s colours, shown, with the focus."""
    widget.setStyle(FocusStyle("Fusion"))
    widget.setPalette(themes.palette(theme))
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


@pytest.mark.parametrize("name", sorted(themes.THEMES))
def test_a_focused_field_has_a_2px_ring_in_the_focus_colour(qtbot, name: str) -> None:
    theme = themes.THEMES[name]
    field = focused(qtbot, QLineEdit("text"), theme, (200, 30))
    image = field.grab().toImage()
    ring = {image.pixelColor(x, 15).name() for x in (0, 1, 198, 199)}
    assert ring == {theme.focus}
    field.clearFocus()
    image = field.grab().toImage()
    assert image.pixelColor(0, 15).name() == theme.muted  # the border, unfocused


def test_a_focused_tab_has_the_ring_too(qtbot) -> None:
    tabs = QTabBar()
    tabs.addTab("Contents")
    tabs.addTab("Search")
    focused(qtbot, tabs, themes.DARK)
    image = tabs.grab().toImage()
    rect = tabs.tabRect(0)
    assert image.pixelColor(rect.left() + 1, rect.center().y()).name() == themes.DARK.focus


@pytest.mark.parametrize("name", sorted(themes.THEMES))
def test_the_current_item_of_a_list_has_a_ring_that_shows_on_the_selection(
    qtbot, name: str
) -> None:
    # The selection is drawn in the focus colour's kin: a ring in that colour would not show
    # on it, so the current selected item's ring is in the selected text's colour.
    theme = themes.THEMES[name]
    items = QListWidget()
    items.addItems(["First note", "Second note"])
    focused(qtbot, items, theme, (200, 100))
    items.setCurrentRow(1)
    rect = items.visualItemRect(items.item(1))
    image = items.viewport().grab().toImage()
    left = image.pixelColor(rect.left() + 1, rect.center().y()).name()
    inside = image.pixelColor(rect.left() + 6, rect.top() + 4).name()
    assert left == theme.accent_text
    assert inside != left  # a ring, on the selection colour
