"""File > Export Notes… (Ctrl+E) and Export Annotated Briefing…, driven as a user would."""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt, QThread, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QWidget,
)

from kzbrief.core import safefile
from kzbrief.core.service import Library
from kzbrief.gui.export_dialog import ExportDialog
from kzbrief.gui.export_tasks import EXPORT_FOLDER_KEY
from kzbrief.gui.main_window import MainWindow
from kzbrief.gui.settings import Settings
from tests.gui.settling import settle

EXPORT_TIMEOUT_MS = 30_000
BRIEFING = "kazakhstan-2023"
CLIMATE = "greenhouse gas"
TRIALS = "harsh sentences"
RELIGION = "religious practice"


@pytest.fixture
def noted(library: Library) -> Library:
    library.add_note(
        "climate", CLIMATE, note="Emissions stay high.", tags=["climate"], colour="green"
    )
    library.add_note(
        "trials", TRIALS, note="Sentencing pattern.", tags=["fair-trial"], colour="pink"
    )
    library.add_note("religion", RELIGION, note="Registration rules.", tags=["religion"])
    return library


class FileChooser:
    """Stands in for QFileDialog.getSaveFileName: a real one would wait for a user."""

    def __init__(self) -> None:
        self.answer = ""  # what the user picks ('' is Cancel)
        self.asked: list[tuple[str, str]] = []  # (suggested path, filters)

    def __call__(self, _parent, _title, suggested: str, filters: str) -> tuple[str, str]:
        self.asked.append((suggested, filters))
        return self.answer, ""


@pytest.fixture(autouse=True)
def file_chooser(monkeypatch: pytest.MonkeyPatch) -> FileChooser:
    chooser = FileChooser()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)
    return chooser


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """QDesktopServices.openUrl, caught: no file manager opens during the tests."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def open_export(qtbot, window: MainWindow) -> ExportDialog:
    """Ctrl+E, then wait until the dialog has counted the notes in scope."""
    window.activateWindow()  # a window manager does this when a dialog closes; offscreen, we
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    wait_for_count(qtbot, dialog)
    return dialog


def wait_for_count(qtbot, dialog: ExportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.notes_in_scope is not None, timeout=EXPORT_TIMEOUT_MS)


def choose(qtbot, combo: QComboBox, value: str) -> None:
    """Pick an item with the keyboard, as a user would: focus the box, then arrow keys."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if value in (combo.currentData(), combo.currentText()):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert value in (combo.currentData(), combo.currentText()), f"{value} is not offered"


def choose_scope(qtbot, dialog: ExportDialog, name: str) -> None:
    button = dialog.scope_buttons[name]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
    assert button.isChecked()
    wait_for_count(qtbot, dialog)


def tick(qtbot, box: QCheckBox) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()


def type_path(qtbot, dialog: ExportDialog, path: Path) -> None:
    field = dialog.path_field
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, str(path))


def press_export(qtbot, window: MainWindow, dialog: ExportDialog, signal: str = "finished"):
    """Click Export and wait for the export's answer (``finished`` or ``failed``)."""
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(getattr(window._exports, signal), timeout=EXPORT_TIMEOUT_MS) as sig:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return sig.args[0]


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    text = "".join(page.extract_text(extraction_mode="layout") for page in reader.pages)
    return " ".join(text.split())  # pypdf puts tabs and newlines between words


def json_quotes(path: Path) -> set[str]:
    items = json.loads(path.read_text(encoding="utf-8"))["first"]["items"]
    return {
        selector["exact"]
        for item in items
        for selector in item["target"]["selector"]
        if selector["type"] == "TextQuoteSelector"
    }


# -- exporting ------------------------------------------------------------------------------------
def test_ctrl_e_exports_a_tag_as_markdown_and_offers_the_folder(
    qtbot, noted, make_window, settings: Settings, tmp_path: Path, opened_urls
) -> None:
    window = make_window()
    dialog = open_export(qtbot, window)
    assert dialog.count_label.text() == "3 notes will be exported."
    choose(qtbot, dialog.tag_box, "climate")
    assert dialog.scope_buttons["tag"].isChecked()  # choosing a tag chooses that scope
    wait_for_count(qtbot, dialog)
    assert dialog.count_label.text() == "1 note will be exported."
    choose(qtbot, dialog.format_box, "md")
    assert Path(dialog.path_field.text()).name.startswith("kzbrief-notes-tag-climate-")
    target = tmp_path / "out" / "memo.md"
    target.parent.mkdir()
    type_path(qtbot, dialog, target)
    done = press_export(qtbot, window, dialog)
    assert done.path == target and done.notes == 1
    qtbot.waitUntil(lambda: not dialog.isVisible())
    memo = target.read_text(encoding="utf-8")
    assert CLIMATE in memo and "Emissions stay high." in memo and "`climate`" in memo
    assert TRIALS not in memo and RELIGION not in memo
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    # Success is told in the status bar, with the folder one click away.
    assert window.status.currentMessage() == f"Exported 1 note to {target}."
    button = window.status.offer_button
    assert button.isVisible() and button.text() == "Open Folder"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened_urls == [QUrl.fromLocalFile(str(target.parent))]
    assert not button.isVisible()
    # The folder and the format are remembered for the next export; the folder (the user's
    # data) in the library, which protection encrypts, not in the plain settings file.
    settle(window)
    assert window.library.reading_state(EXPORT_FOLDER_KEY) == str(target.parent)
    settings.sync()
    assert str(target.parent) not in Path(settings.store.fileName()).read_text()
    again = open_export(qtbot, window)
    assert Path(again.path_field.text()).parent == target.parent
    assert again.fmt == "md"


def test_pdf_of_the_current_section_holds_its_first_quote(
    qtbot, noted, make_window, tmp_path: Path, monkeypatch
) -> None:
    drawn: list[tuple[str, bool]] = []
    from kzbrief.core import isolated

    real_run_isolated = isolated.run_isolated

    def recording_run_isolated(function, /, *args, **kwargs):
        app = QApplication.instance()
        drawn.append((function.__name__, QThread.currentThread() is app.thread()))
        return real_run_isolated(function, *args, **kwargs)

    monkeypatch.setattr(isolated, "run_isolated", recording_run_isolated)
    window = make_window()
    window.open_place(BRIEFING, "climate")
    dialog = open_export(qtbot, window)
    choose_scope(qtbot, dialog, "section")
    assert dialog.count_label.text() == "1 note will be exported."
    assert not dialog.page_size_box.isEnabled()  # until PDF is chosen
    choose(qtbot, dialog.format_box, "pdf")
    assert dialog.page_size_box.isEnabled()
    choose(qtbot, dialog.page_size_box, "Letter")
    target = tmp_path / "climate"  # no extension: the format's is added
    type_path(qtbot, dialog, target)
    done = press_export(qtbot, window, dialog)
    assert done.path == tmp_path / "climate.pdf"
    data = done.path.read_bytes()
    assert data.startswith(b"%PDF")
    text = pdf_text(done.path)
    assert CLIMATE in text and TRIALS not in text
    page = pypdf.PdfReader(io.BytesIO(data)).pages[0]
    assert (round(page.mediabox.width), round(page.mediabox.height)) == (612, 792)  # Letter
    # Drawn in a child process that the worker waits for: Qt's drawing holds the interpreter
    # lock, which the window's thread needs for every key pressed meanwhile.
    assert drawn == [("_draw_in_child", False)]


@pytest.mark.parametrize(
    ("scope", "quotes"),
    [
        ("all", {CLIMATE, TRIALS, RELIGION}),
        ("briefing", {CLIMATE, TRIALS, RELIGION}),
        ("section", {TRIALS}),
        ("colour", {TRIALS}),
    ],
)
def test_each_scope_exports_its_notes_only(
    qtbot, noted, make_window, tmp_path: Path, scope: str, quotes: set[str]
) -> None:
    window = make_window()
    window.open_place(BRIEFING, "trials")
    dialog = open_export(qtbot, window)
    if scope == "colour":
        choose(qtbot, dialog.colour_box, "pink")
        assert dialog.scope_buttons["colour"].isChecked()
        wait_for_count(qtbot, dialog)
    else:
        choose_scope(qtbot, dialog, scope)
    assert dialog.notes_in_scope == len(quotes)
    choose(qtbot, dialog.format_box, "json")
    assert not dialog.editorial_box.isEnabled()  # W3C JSON carries notes only
    target = tmp_path / "notes.json"
    type_path(qtbot, dialog, target)
    press_export(qtbot, window, dialog)
    assert json_quotes(target) == quotes


def test_csv_and_html_hold_the_options_chosen(
    qtbot, noted, make_window, library: Library, tmp_path: Path
) -> None:
    library.add_bookmark("climate", label="Emissions plan")
    window = make_window()
    dialog = open_export(qtbot, window)
    choose(qtbot, dialog.tag_box, "climate")
    wait_for_count(qtbot, dialog)
    choose(qtbot, dialog.format_box, "html")
    tick(qtbot, dialog.editorial_box)
    tick(qtbot, dialog.bookmarks_box)
    type_path(qtbot, dialog, tmp_path / "notes.html")
    press_export(qtbot, window, dialog)
    page = (tmp_path / "notes.html").read_text(encoding="utf-8")
    assert "Editorial notes" in page and "Emissions plan" in page and CLIMATE in page

    dialog = open_export(qtbot, window)
    assert dialog.fmt == "html"  # remembered
    choose(qtbot, dialog.format_box, "csv")
    type_path(qtbot, dialog, tmp_path / "notes.csv")
    press_export(qtbot, window, dialog)
    data = (tmp_path / "notes.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM: spreadsheets read it as UTF-8
    assert data.decode("utf-8-sig").count("\r\n") == 4  # a header and three notes


def test_current_search_results_export_only_the_notes_the_search_found(
    qtbot, noted, make_window, type_search, tmp_path: Path
) -> None:
    window = make_window()
    dialog = open_export(qtbot, window)
    assert not dialog.scope_buttons["search"].isEnabled()  # nothing searched yet
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_search(window, "sentencing")
    dialog = open_export(qtbot, window)
    button = dialog.scope_buttons["search"]
    assert button.isEnabled() and "“sentencing”" in button.text()
    choose_scope(qtbot, dialog, "search")
    assert dialog.count_label.text() == "1 note will be exported."
    assert Path(dialog.path_field.text()).name.startswith("kzbrief-notes-search-sentencing-")
    choose(qtbot, dialog.format_box, "md")
    type_path(qtbot, dialog, tmp_path / "found.md")
    press_export(qtbot, window, dialog)
    memo = (tmp_path / "found.md").read_text(encoding="utf-8")
    assert TRIALS in memo and "Sentencing pattern." in memo
    assert CLIMATE not in memo and RELIGION not in memo


def test_an_empty_scope_cannot_be_exported(qtbot, noted, make_window) -> None:
    window = make_window()
    dialog = open_export(qtbot, window)
    choose(qtbot, dialog.colour_box, "purple")
    wait_for_count(qtbot, dialog)
    assert dialog.count_label.text() == "No notes in this scope: choose another."
    assert not dialog.export_button.isEnabled()


def test_annotated_briefing_export_marks_every_highlight(
    qtbot, noted, make_window, library: Library, tmp_path: Path
) -> None:
    window = make_window()
    window.open_place(BRIEFING, "climate")
    action = window.ui_actions["export_annotated"]
    assert action in window.menus["File"].actions()
    action.trigger()
    dialog = window.export_dialog
    assert dialog is not None and dialog.annotated
    qtbot.waitUntil(dialog.isVisible)
    wait_for_count(qtbot, dialog)
    assert dialog.count_label.text() == "Your 3 notes will be shown in it."
    formats = [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]
    assert formats == ["html", "pdf"]
    assert Path(dialog.path_field.text()).name.startswith("kazakhstan-2023-annotated-")
    choose(qtbot, dialog.format_box, "html")
    type_path(qtbot, dialog, tmp_path / "annotated.html")
    done = press_export(qtbot, window, dialog)
    assert done.annotated
    page = (tmp_path / "annotated.html").read_text(encoding="utf-8")
    for quote in (CLIMATE, TRIALS, RELIGION):
        assert f"{quote}</mark>" in page
    for section in library.default_briefing().sections:
        assert section.title in page
    assert window.status.currentMessage().startswith("Exported the annotated briefing to ")

    action.trigger()
    dialog = window.export_dialog
    wait_for_count(qtbot, dialog)
    choose(qtbot, dialog.format_box, "pdf")
    type_path(qtbot, dialog, tmp_path / "annotated.pdf")
    press_export(qtbot, window, dialog)
    text = pdf_text(tmp_path / "annotated.pdf")
    assert CLIMATE in text and library.default_briefing().sections[-1].title in text


def test_choose_suggests_a_file_and_takes_the_one_picked(
    qtbot, noted, make_window, tmp_path: Path, file_chooser: FileChooser
) -> None:
    window = make_window()
    dialog = open_export(qtbot, window)
    choose(qtbot, dialog.format_box, "csv")
    suggested = dialog.path_field.text()
    file_chooser.answer = str(tmp_path / "picked.csv")
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert file_chooser.asked == [(suggested, "CSV for spreadsheets (.csv) (*.csv);;All files (*)")]
    assert dialog.path_field.text() == str(tmp_path / "picked.csv")
    choose(qtbot, dialog.format_box, "md")  # the extension follows the format
    assert dialog.path_field.text() == str(tmp_path / "picked.md")
    file_chooser.answer = ""  # Cancel in the file dialog changes nothing
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.path_field.text() == str(tmp_path / "picked.md")


# -- failures -------------------------------------------------------------------------------------
@contextlib.contextmanager
def read_only(folder: Path):
    """Make ``folder`` unwritable, even for root (chattr +i where chmod does not bind)."""
    folder.chmod(0o500)
    immutable = False
    try:
        if os.access(folder, os.W_OK) and shutil.which("chattr"):
            immutable = subprocess.run(["chattr", "+i", str(folder)], check=False).returncode == 0
        probe = folder / ".probe"
        try:
            probe.touch()
        except OSError:
            pass
        else:
            probe.unlink()
            pytest.skip("cannot make a folder read-only here")
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o700)


def test_a_read_only_folder_is_a_clear_message_and_the_old_file_stays(
    qtbot, noted, make_window, tmp_path: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "memo.md"
    target.write_text("my good memo\n", encoding="utf-8")
    window = make_window()
    dialog = open_export(qtbot, window)
    choose(qtbot, dialog.format_box, "md")
    type_path(qtbot, dialog, target)
    assert dialog.path_note.text() == "memo.md exists: exporting replaces it."
    with read_only(folder):
        message = press_export(qtbot, window, dialog, "failed")
        assert message == (
            f"The folder {folder} is not writable: choose another folder. memo.md is unchanged."
        )
        assert dialog.isVisible() and dialog.error.isVisible()
        assert dialog.error.text() == message
        assert target.read_text(encoding="utf-8") == "my good memo\n"
        assert sorted(p.name for p in folder.iterdir()) == ["memo.md"]
        # Every choice is kept: another folder, and the export goes through.
        assert dialog.fmt == "md" and dialog.path_field.text() == str(target)
        assert dialog.path_field.hasFocus() and dialog.export_button.isEnabled()
    type_path(qtbot, dialog, tmp_path / "memo.md")
    press_export(qtbot, window, dialog)
    assert CLIMATE in (tmp_path / "memo.md").read_text(encoding="utf-8")


def test_a_full_disk_half_way_leaves_the_old_file(
    qtbot, noted, make_window, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "memo.md"
    target.write_text("my good memo\n", encoding="utf-8")

    def fill_the_disk(path: Path, data: bytes) -> None:
        with safefile.atomic_open(path, "wb", encoding=None) as handle:
            handle.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("kzbrief.gui.export_tasks.atomic_write_bytes", fill_the_disk)
    window = make_window()
    dialog = open_export(qtbot, window)
    choose(qtbot, dialog.format_box, "md")
    type_path(qtbot, dialog, target)
    message = press_export(qtbot, window, dialog, "failed")
    assert (
        message == f"The disk is full: the export did not fit in {tmp_path}. memo.md is unchanged."
    )
    assert target.read_text(encoding="utf-8") == "my good memo\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".memo.md")] == []


def test_a_missing_folder_is_told_before_any_work(qtbot, noted, make_window, tmp_path) -> None:
    window = make_window()
    dialog = open_export(qtbot, window)
    type_path(qtbot, dialog, tmp_path / "nowhere" / "memo.md")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == (
        f"The folder {tmp_path / 'nowhere'} does not exist: choose another folder."
    )
    assert not window._exports.running and dialog.isVisible()


def test_cancel_stops_a_running_export_and_writes_nothing(
    qtbot, noted, make_window, tmp_path: Path, monkeypatch
) -> None:
    import kzbrief.gui.export_tasks as export_tasks

    started, release = threading.Event(), threading.Event()
    real_export_bytes = export_tasks.export_bytes

    def slow_export_bytes(library, request, step, **options):
        step("Collecting notes")
        started.set()
        release.wait(10)
        return real_export_bytes(library, request, step, **options)

    monkeypatch.setattr(export_tasks, "export_bytes", slow_export_bytes)
    window = make_window()
    dialog = open_export(qtbot, window)
    target = tmp_path / "memo.md"
    type_path(qtbot, dialog, target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=10_000)  # the event loop hands the work over
    qtbot.waitUntil(lambda: dialog.step_label.text() == "Collecting notes…")
    assert dialog.progress.isVisible() and not dialog.export_button.isEnabled()
    with qtbot.waitSignal(window._exports.cancelled, timeout=EXPORT_TIMEOUT_MS):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.step_label.text() == "Cancelling…" and dialog.isVisible()
        release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not target.exists()
    assert window.status.currentMessage() == "Export cancelled: no file was written or changed."


def test_cancel_while_the_pdf_is_drawn_ends_the_drawing_at_once(
    qtbot, noted, make_window, tmp_path: Path, monkeypatch
) -> None:
    import kzbrief.printing
    from kzbrief.core import isolated
    from tests.core import hostile_readers

    monkeypatch.setattr(kzbrief.printing, "_draw_in_child", hostile_readers.stall)
    window = make_window()
    dialog = open_export(qtbot, window)
    choose(qtbot, dialog.format_box, "pdf")
    target = tmp_path / "memo.pdf"
    type_path(qtbot, dialog, target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(isolated._children), timeout=10_000)
    [child] = list(isolated._children)
    assert dialog.step_label.text() == "Drawing the PDF…"
    # Typing goes on while it draws: the window's thread is not held.
    window.note_editor.body.setFocus()
    with qtbot.waitSignal(window._exports.cancelled, timeout=10_000):  # not the 30 s stall
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert child.poll() is not None  # ended, not left to finish its stall
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not target.exists()
    assert window.status.currentMessage() == "Export cancelled: no file was written or changed."


# -- the keyboard and the look --------------------------------------------------------------------
def test_export_is_in_the_file_menu_with_ctrl_e_and_an_icon(window) -> None:
    file_menu = window.menus["File"].actions()
    for name in ("export_notes", "export_annotated"):
        action = window.ui_actions[name]
        assert action in file_menu and action.objectName() == name
        assert not action.icon().isNull() and action.toolTip()
    assert window.ui_actions["export_notes"].shortcut().toString() == "Ctrl+E"


def test_the_dialog_works_from_the_keyboard_alone(
    qtbot, noted, make_window, tmp_path: Path
) -> None:
    window = make_window()
    window.open_place(BRIEFING, "religion")
    dialog = open_export(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # This &section
    qtbot.waitUntil(dialog.scope_buttons["section"].isChecked)  # (an animated click)
    wait_for_count(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # Sa&ve to
    assert dialog.path_field.hasFocus()
    dialog.path_field.selectAll()
    qtbot.keyClicks(dialog.path_field, str(tmp_path / "religion.md"))
    choose(qtbot, dialog.format_box, "md")
    with qtbot.waitSignal(window._exports.finished, timeout=EXPORT_TIMEOUT_MS):
        qtbot.keyClick(dialog.path_field, Qt.Key.Key_Return)  # Export is the default button
    assert RELIGION in (tmp_path / "religion.md").read_text(encoding="utf-8")
    inputs = [w for w in dialog.findChildren(QWidget) if not isinstance(w, QLabel)]
    for widget in inputs:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(dialog):
            assert widget.accessibleName() or widget.property("text"), widget.objectName()
