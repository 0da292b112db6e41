"""The main window: contents, history, restoring state, themes, zoom, panels, keyboard."""

from __future__ import annotations

import threading

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QFontMetricsF, QKeySequence, QPalette, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from kzbrief.core.service import Library
from kzbrief.gui import settings as opts
from kzbrief.gui import theme as themes
from kzbrief.gui.actions import SPECS
from kzbrief.gui.contents import PLACE_ROLE
from kzbrief.gui.delegates import SUBTITLE_ROLE
from kzbrief.gui.main_window import MainWindow
from kzbrief.gui.narrow import PANEL_MIN_WIDTH
from kzbrief.gui.panes import on_screen
from kzbrief.gui.reader import READABLE_CHARS
from kzbrief.gui.settings import Settings
from tests.gui.settling import PaintRecorder, page_drawn

BRIEFING = "kazakhstan-2023"


def click_section(qtbot, window: MainWindow, section_id: str) -> None:
    window.contents_dock.raise_()
    view = window.contents.view
    model = view.model()
    top = model.index(0, 0)
    for row in range(model.rowCount(top)):
        index = model.index(row, 0, top)
        if index.data(PLACE_ROLE)[1] == section_id:
            view.scrollTo(index)
            rect = view.visualRect(index)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{section_id} is not in the contents")


def test_first_start_shows_the_cover_and_the_contents_with_tags(window, library) -> None:
    briefing = library.default_briefing()
    assert window.reader.section is None
    assert briefing.title in window.reader.toPlainText()
    model = window.contents.view.model()
    top = model.index(0, 0)
    assert top.data() == briefing.title
    assert model.rowCount(top) == len(briefing.sections)
    religion = next(
        model.index(r, 0, top)
        for r in range(model.rowCount(top))
        if model.index(r, 0, top).data() == library.section("religion")[1].title
    )
    assert "religion" in religion.data(SUBTITLE_ROLE)


def test_clicking_a_section_shows_it_everywhere(qtbot, window) -> None:
    click_section(qtbot, window, "climate")
    page_drawn(qtbot, window)
    assert window.reader.section.id == "climate"
    assert "greenhouse gas" in window.reader.toPlainText()
    assert window.status.section_label.text() == "Climate policy"
    assert window.status.edition_label.text().startswith("Edition 2")
    assert window.status.briefing_label.text() == "Kazakhstan: human rights in 2023"
    assert "KEY FACTS" in window.editorial.toPlainText()
    assert window.windowTitle().startswith("Climate policy")


def test_opening_a_section_lays_out_its_editorial_notes_once(qtbot, window, monkeypatch) -> None:
    """Its place and then the search's terms each ask the panel for a render: the same HTML
    is not parsed and laid out again. A new theme redraws it in the new colours."""
    laid_out: list[str] = []
    set_html = window.editorial.setHtml
    monkeypatch.setattr(
        window.editorial, "setHtml", lambda markup: (laid_out.append(markup), set_html(markup))
    )
    click_section(qtbot, window, "religion")
    page_drawn(qtbot, window)
    assert len(laid_out) == 1
    assert "KEY FACTS" in window.editorial.toPlainText()
    window.ui_actions["theme_dark"].trigger()
    assert len(laid_out) == 2 and laid_out[1] == laid_out[0]  # the same notes, new colours


def test_the_page_is_drawn_before_the_panels_that_follow_it(
    qtbot, window, library, monkeypatch
) -> None:
    """Issue 18: the page opened is drawn first; the editorial panel, the contents and the
    status bar follow it on the next turn of the event loop (in one turn with the page, they
    made the window's longest stall). Sections stepped through in one turn are followed once,
    by the last."""
    order: list[str] = []
    set_html = window.editorial.setHtml
    monkeypatch.setattr(
        window.editorial, "setHtml", lambda markup: (order.append("editorial"), set_html(markup))
    )
    page_drawn(qtbot, window)
    paints = PaintRecorder(order, "page")
    window.reader.viewport().installEventFilter(paints)
    for section in ("expression", "religion", "climate"):
        window.open_place(BRIEFING, section)
    assert order == []  # nothing drawn or rendered within the user's turn
    assert window.status.section_label.text() != "Climate policy"  # it follows a turn later
    page_drawn(qtbot, window)
    assert "page" in order and order.index("page") < order.index("editorial")
    assert order.count("editorial") == 1
    fact = library.section("climate", BRIEFING)[1].editorial.key_facts[0]
    assert fact[:30] in window.editorial.toPlainText().replace("\u2028", " ")
    assert window.status.section_label.text() == "Climate policy"
    current = window.contents.view.currentIndex()
    assert current.data(PLACE_ROLE)[1] == "climate"
    window.reader.viewport().removeEventFilter(paints)


def test_alt_left_and_alt_right_move_across_jumps(qtbot, window) -> None:
    click_section(qtbot, window, "expression")
    click_section(qtbot, window, "religion")
    window.open_place(BRIEFING, "outlook")
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.reader.section.id == "religion"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.reader.section.id == "expression"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.reader.section is None  # the cover we started on
    assert not window.ui_actions["back"].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.reader.section.id == "religion"
    assert window.ui_actions["forward"].isEnabled()


def test_history_returns_to_the_scroll_position(qtbot, window, library) -> None:
    window.resize(900, 350)
    window.open_place(BRIEFING, "january-2022")
    _, section = library.section("january-2022")
    offset = len(section.paragraphs[0].text) + 2
    window.reader.scroll_to_offset(offset)
    window.open_place(BRIEFING, "outlook")
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.reader.section.id == "january-2022"
    assert window.reader.offset_at_top() == offset


def test_next_and_previous_section_keys(qtbot, window, library) -> None:
    sections = library.default_briefing().sections
    window.open_place(BRIEFING, sections[0].id)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.section == sections[1]
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.section == sections[0]


def test_the_app_reopens_as_it_was_left(qtbot, make_window, settings_path, data_dir) -> None:
    first = make_window()
    first.resize(780, 560)  # within the offscreen screen, which restoreGeometry respects
    qtbot.keyClick(
        first, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.keyClick(first, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(first, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    first.open_place(BRIEFING, "january-2022")
    section = first.reader.section
    offset = len(section.paragraphs[0].text) + 2
    first.reader.scroll_to_offset(offset)
    if not on_screen(first, first.editorial_dock.widget()):  # (a narrow window tabs it)
        qtbot.keyClick(first, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # to the front
    qtbot.keyClick(first, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # hide editorial
    assert first.editorial_dock.isHidden()
    first.close()

    library = Library(data_dir)  # a new process would open the library afresh
    try:
        again = make_window(
            library, Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
        )
        assert again.theme is themes.DARK
        assert again.ui_actions["theme_dark"].isChecked()
        assert again.reader.zoom == 120
        assert again.reader.section.id == "january-2022"
        assert again.reader.offset_at_top() == offset
        assert again.editorial_dock.isHidden()
        assert not again.ui_actions["show_editorial"].isChecked()
        assert again.size() == first.size()
        again.close()
    finally:
        library.close()


def test_theme_switch_recolours_the_app_and_the_page(qtbot, window, settings) -> None:
    window.ui_actions["theme_dark"].trigger()
    app = QApplication.instance()
    assert app.palette().color(QPalette.ColorRole.Window).name() == themes.DARK.window
    assert window.reader.palette().color(QPalette.ColorRole.Base).name() == themes.DARK.page
    assert settings.get(opts.THEME) == "dark"
    qtbot.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.theme is themes.LIGHT
    assert window.ui_actions["theme_light"].isChecked()
    window.ui_actions["theme_system"].trigger()
    assert window.theme is themes.resolve("system")


def test_zoom_in_out_and_reset(qtbot, window) -> None:
    size = window.reader.document().defaultFont().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.zoom == 110
    assert window.reader.document().defaultFont().pointSizeF() > size
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.zoom == 90
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.zoom == 100
    assert window.reader.document().defaultFont().pointSizeF() == size
    window.set_zoom(1000)
    assert window.reader.zoom == 300
    assert not window.ui_actions["zoom_in"].isEnabled()


def test_ctrl_wheel_zooms_the_text(window) -> None:
    viewport = window.reader.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(
        centre,
        viewport.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)
    assert window.reader.zoom == 110
    assert window.settings.get(opts.ZOOM) == 110


def test_each_new_page_is_announced_for_highlight_layers(qtbot, window) -> None:
    with qtbot.waitSignal(window.page_shown) as shown:
        window.open_place(BRIEFING, "climate")
    assert shown.args[0].section == "climate"


def test_panels_can_be_hidden_and_shown(qtbot, window) -> None:
    for key, dock in (
        (Qt.Key.Key_1, window.contents_dock),
        (Qt.Key.Key_3, window.bookmarks_dock),
        (Qt.Key.Key_4, window.editorial_dock),
    ):
        if not on_screen(window, dock.widget()):  # behind another panel's tab
            qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
            assert on_screen(window, dock.widget())  # the first press brings it to the front
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert dock.isHidden()
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert not dock.isHidden()


def test_tags_in_the_editorial_panel_filter_the_contents(qtbot, window) -> None:
    window.open_place(BRIEFING, "religion")
    page_drawn(qtbot, window)
    found = window.editorial.document().find("#religion")
    rect = window.editorial.cursorRect(QTextCursor(found.block()))
    qtbot.mouseClick(window.editorial.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.contents.tag == "religion"
    model = window.contents.view.model()
    shown = [
        model.index(r, 0, model.index(0, 0)).data(PLACE_ROLE)[1]
        for r in range(model.rowCount(model.index(0, 0)))
    ]
    assert "religion" in shown and "climate" not in shown
    assert "tagged" in window.contents.filter_label.text()
    qtbot.mouseClick(window.contents.clear_filter_button, Qt.MouseButton.LeftButton)
    assert window.contents.tag is None
    assert model.rowCount(model.index(0, 0)) == len(window.library.default_briefing().sections)


def test_related_sections_open_from_the_editorial_panel(qtbot, window, library) -> None:
    window.open_place(BRIEFING, "assembly")
    page_drawn(qtbot, window)
    related = library.section(library.section("assembly")[1].editorial.related[0])[1]
    found = window.editorial.document().find(related.title)
    rect = window.editorial.cursorRect(QTextCursor(found.block()))
    qtbot.mouseClick(window.editorial.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.section == related
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.reader.section.id == "assembly"


def test_about_names_the_source(window, library) -> None:
    window.ui_actions["about"].trigger()
    dialog = window._about
    assert dialog is not None and dialog.isVisible()
    attribution = library.default_briefing().attribution
    text = dialog.text.text()
    assert attribution["original_source"] in text
    assert "2023 article" in text
    dialog.close()


def test_every_action_is_in_a_menu_with_its_shortcut(window) -> None:
    in_menus = {}

    def collect(menu) -> None:
        for action in menu.actions():
            if action.menu():
                collect(action.menu())
            elif action.objectName():
                in_menus[action.objectName()] = action

    for menu in window.menus.values():
        collect(menu)
    assert set(in_menus) == {spec.name for spec in SPECS}
    for spec in SPECS:
        shown = [s.toString() for s in in_menus[spec.name].shortcuts()]
        assert shown == [QKeySequence(s).toString() for s in spec.shortcuts]


def test_widgets_have_accessible_names(window) -> None:
    for widget in (
        window.reader,
        window.editorial,
        window.contents.view,
        window.search_panel.field,
        window.search_panel.view,
        window.search_panel.help_button,
        window.bookmarks.view,
    ):
        assert widget.accessibleName(), widget.objectName()


def test_tab_moves_from_search_to_results_to_the_text(qtbot, window) -> None:
    window.open_place(BRIEFING, "international")  # a short section: few links to step through
    window.focus_search()
    qtbot.wait(10)  # let the dock area bring the search tab to the front
    seen: list[QWidget] = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[:3] == [window.search_panel.help_button, window.search_panel.view, window.reader]
    # The reader and the editorial panel step through their links before moving on;
    # panels hidden behind another tab are never given the focus.
    assert window.editorial in seen[3:]
    assert window.contents.view not in seen


def test_the_index_is_built_by_the_worker_with_progress(
    qtbot, make_window, library, monkeypatch
) -> None:
    threads: list[bool] = []
    real = library.ensure_index

    def recording(progress=None):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(progress)

    monkeypatch.setattr(library, "ensure_index", recording)
    shown: list[int] = []
    window = make_window()
    window.build_rest()  # (at once, if the first paint has not built it yet)
    window.tasks.index_progress.connect(lambda done, _total: shown.append(done))
    with qtbot.waitSignal(window.tasks.index_ready, timeout=30_000):
        pass
    assert threads == [False]
    assert shown and shown[-1] > 0  # the fresh data folder had no index: it was built
    assert window.status.progress.isHidden()
    assert window.status.currentMessage() == ""  # "Building the search index…" is gone


def _column_chars(window) -> float:
    """How many average characters of the body font fit on a line of the reader."""
    reader = window.reader
    frame = reader.document().rootFrame().frameFormat()
    margins = frame.leftMargin() + frame.rightMargin() + 2 * reader.document().documentMargin()
    column = reader.viewport().width() - margins
    return column / QFontMetricsF(themes.reader_font(reader.zoom)).averageCharWidth()


def test_a_small_window_keeps_a_readable_column_and_panels_give_way(qtbot, window) -> None:
    """Issue 22: at 800×600 the side panels kept their width and the text got ~100 px,
    broken mid-word. The reading column keeps READABLE_CHARS; the right-hand panels join the
    left-hand tabs, and come back when the window is wide again."""
    window.open_place(BRIEFING, "religion")
    for width in (1200, 1100, 1000, 900, 800):  # as a user drags the window's edge
        window.resize(width, 600)
        qtbot.waitUntil(lambda w=width: window.width() == w)
    qtbot.waitUntil(lambda: _column_chars(window) >= READABLE_CHARS)
    for dock in (window.contents_dock, window.editorial_dock):
        assert not dock.isHidden()  # reachable, behind a tab if need be
    assert window.editorial_dock in window.tabifiedDockWidgets(window.contents_dock)
    window.editorial_dock.raise_()
    qtbot.waitUntil(lambda: window.editorial.isVisible())
    assert window.editorial_dock.width() >= PANEL_MIN_WIDTH
    qtbot.waitUntil(lambda: _column_chars(window) >= READABLE_CHARS)

    window.resize(1280, 800)
    right = Qt.DockWidgetArea.RightDockWidgetArea
    qtbot.waitUntil(lambda: window.dockWidgetArea(window.editorial_dock) == right)
    assert window.editorial.isVisible() and window.contents.isVisible()
    qtbot.waitUntil(lambda: _column_chars(window) >= READABLE_CHARS)


def test_zooming_in_a_small_window_keeps_the_column_readable(qtbot, window) -> None:
    window.set_zoom(60)  # small text: the panels may be wide
    window.open_place(BRIEFING, "religion")
    for width in (1100, 900, 800):
        window.resize(width, 600)
        qtbot.waitUntil(lambda w=width: window.width() == w)
    window.resizeDocks([window.contents_dock], [330], Qt.Orientation.Horizontal)
    for _ in range(4):  # back to 100 %
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.zoom == 100
    qtbot.waitUntil(lambda: _column_chars(window) >= READABLE_CHARS)


def test_a_small_window_leaves_room_for_the_status_message(qtbot, window) -> None:
    """At 800 px the briefing, edition and section labels left a message ~300 px and cut it
    ("Highlighted. Write your note; it"). The place labels give way to a message."""
    window.open_place(BRIEFING, "religion")
    for width in (1100, 900, 800):
        window.resize(width, 600)
        qtbot.waitUntil(lambda w=width: window.width() == w)
    status = window.status
    message = "Highlighted. Write your note; it is saved as you type."
    status.tell(message)
    qtbot.waitUntil(lambda: status.currentMessage() == message)
    shown = [w for w in status.findChildren(QWidget) if w.isVisible() and w.width() > 0]
    left = min((w.x() for w in shown if w.x() > 0), default=status.width())
    assert status.fontMetrics().horizontalAdvance(message) + 16 <= left
    status.clearMessage()  # no message: where you are shows again
    qtbot.waitUntil(lambda: status.briefing_label.isVisible())
