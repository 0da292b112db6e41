"""The child process of test_crash_note_editor: a real window whose note editor is typed in.

``python note_typing_worker.py DATA_DIR SETTINGS_FILE MODE`` opens the window offscreen,
highlights a passage with a note (as Ctrl+Shift+N does) and types, as a user would, into the
editor's widgets (key events, no calls into the controller). Then it keeps running until the
parent kills it. It prints one line per step, flushed, so that the parent knows when to kill:

- ``fields``: once the window has settled, types a note, then tags in the Tags field, and
  stays in that field (no focus change); prints ``typed`` after the last key.
- ``stream``: types one character every ``KEY_MS`` for ever; prints ``typed N`` after each
  (N characters typed so far).
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from kzbrief.core.service import Library
from kzbrief.gui.app import make_application
from kzbrief.gui.main_window import MainWindow
from kzbrief.gui.settings import Settings

SECTION = "religion"
PASSAGE = "religious"
NOTE = "Compare with the zakat rules"
TAGS = "memo, censorship"
STREAM = "the quick brown fox jumps over the lazy dog "
KEY_MS = 40
SETTLE_MS = 1500
#: The highlight and its note are written by the window's operation runner, off the GUI
#: thread; the editor has the note's id once that write has landed.
NOTE_TIMEOUT_S = 60


def say(line: str) -> None:
    print(line, flush=True)


def main(data_dir: str, settings_file: str, mode: str) -> int:
    app = make_application()
    library = Library(data_dir)
    window = MainWindow(library, Settings(QSettings(settings_file, QSettings.Format.IniFormat)))
    window.show()
    window.build_rest()
    window.open_place(library.default_briefing().id, SECTION)
    reader = window.reader
    start = reader.section.text.index(PASSAGE)
    first, last = reader.document_range(start, start + len(PASSAGE))
    cursor = QTextCursor(reader.document())
    cursor.setPosition(first)
    cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    window.ui_actions["highlight_note"].trigger()
    editor = window.note_editor
    deadline = time.monotonic() + NOTE_TIMEOUT_S
    while editor.note_id is None:  # as a user waits to see the new note open
        if time.monotonic() > deadline:
            say("no note")
            return 1
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    say(f"note {editor.note_id}")

    if mode == "fields":

        def type_fields() -> None:
            QTest.keyClicks(editor.body, NOTE, delay=KEY_MS // 2)
            editor.tags.setFocus(Qt.FocusReason.TabFocusReason)
            QTest.keyClicks(editor.tags, TAGS, delay=KEY_MS // 2)
            say("typed")

        # As a user does: the window has settled (first paint, index opened) before typing.
        QTimer.singleShot(SETTLE_MS, type_fields)
    else:
        typed = [0]

        def key() -> None:
            char = STREAM[typed[0] % len(STREAM)]
            QTest.keyClicks(editor.body, char)
            typed[0] += 1
            say(f"typed {typed[0]}")

        timer = QTimer()
        timer.setInterval(KEY_MS)
        timer.timeout.connect(key)
        timer.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
