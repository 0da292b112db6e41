"""The window's early first paint (issue 18): a start on a new data folder shows the window on
the bundled briefing's cover before the rest of kzbrief loads, then completes that same
window; nothing moves, and nothing of the user's is ever shown from the record."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTextBrowser, QToolBar

from kzbrief import launch
from kzbrief.commands import language as cli_language
from kzbrief.core import store, vault, wording
from kzbrief.core.service import Library
from kzbrief.gui import i18n, startpage, startpage_record, startrecord, theme
from kzbrief.gui import settings as opts
from kzbrief.gui.i18n import LANGUAGES
from kzbrief.gui.main_window import MainWindow
from kzbrief.gui.settings import Settings
from kzbrief.gui.single_instance import claim


@pytest.fixture(autouse=True)
def _interface_language() -> Iterator[None]:
    """The completed windows here speak English, as run_gui installs it for them."""
    i18n.install("en")
    yield
    i18n.uninstall()


@pytest.fixture
def store_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The early window and the completed one read this settings file."""
    path = tmp_path / "settings.ini"
    monkeypatch.setattr(
        startpage, "user_settings", lambda: QSettings(str(path), QSettings.Format.IniFormat)
    )
    return path


def _layout(window: QMainWindow) -> dict[str, object]:
    """Where the parts a user sees at the start are, in the window."""
    shown = {
        dock.objectName(): dock.geometry().getRect()
        for dock in window.findChildren(QDockWidget)
        if not dock.visibleRegion().isEmpty()  # (not the panels behind another's tab)
    }
    page = window.centralWidget()
    shown["page"] = page.geometry().getRect()
    shown["viewport"] = page.viewport().geometry().getRect()
    shown["column"] = page.document().rootFrame().frameFormat().leftMargin()
    shown["toolbar"] = window.findChild(QToolBar, "main-toolbar").geometry().getRect()
    shown["menus"] = [action.text() for action in window.menuBar().actions()]
    shown["status"] = window.statusBar().geometry().getRect()
    return shown


def _complete(qtbot, shell: startpage.WindowShell, data_dir: Path, store_path: Path):
    library = Library(data_dir)
    settings = Settings(QSettings(str(store_path), QSettings.Format.IniFormat))
    window = MainWindow.complete(shell, library, settings)
    qtbot.waitUntil(lambda: window.panels_built)
    return window, library


def test_a_first_start_paints_the_cover_and_completes_the_same_window(
    qtbot, data_dir: Path, store_path: Path
) -> None:
    shell = startpage.show_early(data_dir, "en")
    assert shell is not None
    qtbot.addWidget(shell)
    assert shell.isVisible()
    assert "Kazakhstan: human rights in 2023" in shell.start_page.toPlainText()
    before = _layout(shell)
    window, library = _complete(qtbot, shell, data_dir, store_path)
    try:
        assert window is shell and isinstance(window, MainWindow)
        assert window.centralWidget() is window.reader
        assert window.findChild(QTextBrowser, "start-page") is None
        assert window.reader.briefing is not None and window.reader.section is None  # cover
        assert _layout(window) == before  # nothing moved, the column where it was
        assert window.contents.view.model().rowCount() > 0  # the panels filled in
        with qtbot.waitSignal(window.search_ready, timeout=30_000):
            pass  # the early window's signal, now the complete window's
    finally:
        window.close()
        library.close()


def test_the_recorded_page_is_the_readers_page(qtbot, data_dir: Path, store_path: Path) -> None:
    shell = startpage.show_early(data_dir, "en")
    assert shell is not None
    qtbot.addWidget(shell)
    early_text = shell.start_page.toPlainText()
    window, library = _complete(qtbot, shell, data_dir, store_path)
    try:
        assert window.reader.toPlainText() == early_text
    finally:
        window.close()
        library.close()


def test_the_early_window_speaks_the_chosen_language_and_theme(
    qtbot, data_dir: Path, store_path: Path
) -> None:
    stored = QSettings(str(store_path), QSettings.Format.IniFormat)
    stored.setValue(opts.THEME.key, "dark")
    stored.sync()
    shell = startpage.show_early(data_dir, "ru")
    assert shell is not None
    qtbot.addWidget(shell)
    titles = [action.text() for action in shell.menuBar().actions()]
    assert titles[0] == "&Файл"
    assert {dock.windowTitle() for dock in shell.findChildren(QDockWidget)} >= {"Содержание"}
    page = shell.start_page.palette().color(shell.start_page.palette().ColorRole.Base)
    assert page.name() == theme.DARK.page
    shell.close()


@pytest.mark.parametrize("personal", ["database", "protected"])
def test_a_folder_with_the_users_things_is_opened_the_ordinary_way(
    data_dir: Path, store_path: Path, personal: str
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    if personal == "database":
        (data_dir / store.DB_NAME).write_bytes(b"")  # where the reader left off is in it
    else:
        (data_dir / vault.PROTECTED_DIR).mkdir()  # the passphrase comes first
    assert launch.paint_early(["--data-dir", str(data_dir)]) == (None, None)


def test_a_folder_another_window_holds_is_left_to_that_window(
    qtbot, data_dir: Path, store_path: Path
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    guard = claim(data_dir)
    assert guard is not None
    try:  # the ordinary start hands over
        assert launch.paint_early(["--data-dir", str(data_dir)]) == (None, None)
    finally:
        guard.close()
    shell, failure = launch.paint_early(["--data-dir", str(data_dir)])  # once it has gone,
    assert failure is None and shell is not None  # it paints again
    qtbot.addWidget(shell)
    shell.close()


@pytest.mark.parametrize("damage", ["missing", "not json", "stale", "other format"])
def test_a_record_that_cannot_be_trusted_is_not_shown(
    tmp_path: Path, data_dir: Path, store_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    record = json.loads(startrecord.record_path("en").read_text(encoding="utf-8"))
    path = tmp_path / "en.json"
    if damage == "not json":
        path.write_text("{ this is not", encoding="utf-8")
    elif damage == "stale":
        path.write_text(json.dumps({**record, "stamp": "0" * 64}), encoding="utf-8")
    elif damage == "other format":
        path.write_text(json.dumps({**record, "format": 0}), encoding="utf-8")
    monkeypatch.setattr(startrecord, "record_path", lambda language: path)
    assert startrecord.load_record("en") is None
    assert startpage.show_early(data_dir, "en") is None


def test_the_record_goes_stale_with_the_briefing(monkeypatch: pytest.MonkeyPatch) -> None:
    record = startrecord.load_record("en")
    assert record is not None
    stamp = startrecord.sources_stamp(record["briefing"], "en")
    monkeypatch.setattr(Path, "read_bytes", lambda self: b"changed")
    assert startrecord.sources_stamp(record["briefing"], "en") != stamp


def test_the_records_are_those_the_window_makes_now(qtbot) -> None:
    """``make prerender`` writes them; this fails when the window, the bundled briefing or a
    translation changed without them."""
    for language in LANGUAGES:
        recorded = json.loads(startrecord.record_path(language).read_text(encoding="utf-8"))
        assert recorded == startpage_record.record(language), (
            f"resources/startpage/{language}.json is stale: run make prerender"
        )


def test_what_the_early_start_reads_is_what_the_window_keeps() -> None:
    assert startpage.THEME_KEY == opts.THEME.key
    assert startpage.ZOOM_KEY == opts.ZOOM.key
    assert startpage.GEOMETRY_KEY == opts.GEOMETRY.key
    assert startpage.STATE_KEY == opts.WINDOW_STATE.key
    assert startpage.LANGUAGE_KEY == opts.LANGUAGE.key
    assert startpage.ZOOM_RANGE == (opts.ZOOM.minimum, opts.ZOOM.maximum)
    assert startrecord.PERSONAL == (store.DB_NAME, vault.PROTECTED_DIR)
    assert cli_language.LANGUAGES == wording.LANGUAGES == tuple(LANGUAGES)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], (None, None)),
        (["--data-dir", "/tmp/x"], ("/tmp/x", None)),
        (["--data-dir=/tmp/x", "--lang=kk", "--verbose"], ("/tmp/x", "kk")),
        (["--lang", "ru"], (None, "ru")),
        (["--lang", "de"], None),  # the command line says what is wrong
        (["--data-dir"], None),
        (["--data-dir", "--lang"], None),
        (["search", "climate"], None),
        (["--help"], None),
        (["--version"], None),
        (["--install-desktop"], None),
    ],
)
def test_only_arguments_that_open_the_window_paint_early(args, expected) -> None:
    assert launch.window_options(args) == expected


def test_the_early_paint_loads_neither_the_core_nor_the_window(tmp_path: Path) -> None:
    """What the early window costs: PySide6 and a few small modules, not the library, the
    search engine or the main window (which load after it has painted), nor the SVG
    renderer (the toolbar's icons come from the record)."""
    code = (
        "import sys\n"
        "from kzbrief import launch\n"
        f"early, failure = launch.paint_early(['--data-dir', {str(tmp_path / 'data')!r}])\n"
        "assert failure is None and early is not None, failure\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('whoosh', 'markdown')\n"
        "    or m in ('kzbrief.core.service', 'kzbrief.gui.main_window', 'kzbrief.cli',\n"
        "             'kzbrief.gui.icons', 'PySide6.QtSvg'))\n"
        "print(heavy)\n"
        "sys.exit(1 if heavy else 0)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_failing_early_paint_is_logged_and_the_window_opens_the_ordinary_way(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("the early paint broke")

    monkeypatch.setattr(startpage, "show_early", broken)
    early, failure = launch.paint_early(["--data-dir", str(data_dir)])
    assert early is None and isinstance(failure, RuntimeError)
    opened: list[object] = []
    monkeypatch.setattr(
        "kzbrief.gui.app.run_gui",
        lambda data_dir, language, early=None: opened.append(early) or 0,
    )
    from kzbrief import cli

    assert cli.main(["--data-dir", str(data_dir)], early=None, early_failure=failure) == 0
    assert opened == [None]
    log = (data_dir / "kzbrief.log").read_text(encoding="utf-8")
    assert "unexpected error while painting the window early" in log
    assert "the early paint broke" in log


def test_run_gui_completes_the_early_window_and_runs_it(
    qtbot, data_dir: Path, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kzbrief.gui import app as gui_app

    monkeypatch.setattr(gui_app, "user_settings", startpage.user_settings)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui sets its own
    shell = startpage.show_early(data_dir, "en")
    assert shell is not None
    seen: list[object] = []

    def close_when_ready() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen.append(window)
        window.search_ready.connect(window.close)  # a user reads, then closes the window
        QTimer.singleShot(30_000, window.close)  # (never waits for ever)

    QTimer.singleShot(0, close_when_ready)
    assert gui_app.run_gui(str(data_dir), "en", early=shell) == 0
    assert seen == [shell]  # the window run was the early one, completed
    place = QSettings(str(store_path), QSettings.Format.IniFormat).value(opts.GEOMETRY.key)
    assert place is not None  # and it closed as the main window does: its layout kept


def test_an_early_window_on_a_folder_that_cannot_open_closes_with_the_message(
    qtbot, tmp_path: Path, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from kzbrief.gui import app as gui_app

    monkeypatch.setattr(gui_app, "user_settings", startpage.user_settings)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    folder = tmp_path / "a file, not a folder"
    shell = startpage.show_early(folder, "en")
    assert shell is not None
    qtbot.addWidget(shell)
    folder.write_text("not a folder", encoding="utf-8")  # it goes bad before the library opens
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: told.append(text))
    code = gui_app.run_gui(str(folder), "en", early=shell)
    assert code != 0
    assert not shell.isVisible()
    assert len(told) == 1 and str(folder) in told[0] and "\n" not in told[0]


def test_the_early_toolbar_s_icons_are_the_window_s_own(qtbot) -> None:
    # The early window paints each toolbar icon from its recorded mask (no SVG renderer
    # before the first paint): the same pixels as the icon the window then draws, in
    # either theme's colour, at either pixel ratio.
    from PySide6.QtGui import QImage

    from kzbrief.gui.icons import icon

    record = startrecord.load_record("en")
    assert record is not None
    names = {item["icon"] for item in record["toolbar"] if item}
    assert set(record["icons"]) == names
    size = QToolBar().iconSize()

    def pixels(image: QImage) -> bytes:
        image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        return b"".join(
            bytes(image.constScanLine(y))[: image.width() * 4] for y in range(image.height())
        )

    for name in names:
        for colour in (theme.LIGHT.window_text, theme.DARK.window_text):
            early = startpage._painted(record["icons"][name], colour)
            for scale in (1, 2):
                ours = pixels(early.pixmap(size, scale).toImage())
                real = pixels(icon(name, colour).pixmap(size, scale).toImage())
                assert len(ours) == len(real) == size.width() * size.height() * 4 * scale**2
                worst = max(abs(a - b) for a, b in zip(ours, real, strict=True))
                assert worst <= 2, (name, colour, scale, worst)
                assert any(ours[3::4])  # (not blank)
