"""The window under adverse conditions: no network at all, hostile documents, a damaged
database, and a second instance on the same data folder."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QTextCursor

from kzbrief.core.service import Library
from kzbrief.gui import reader as reader_module
from kzbrief.gui.main_window import MainWindow
from kzbrief.gui.settings import Settings
from kzbrief.gui.single_instance import SingleInstance, bring_to_front, claim, instance_folder

TIMEOUT_MS = 15_000

# -- no network: an audit hook sees every socket Python code creates or connects ---------------
_NETWORK_EVENTS = (
    "socket.__new__",
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.sendto",
    "urllib.Request",
    "http.client.connect",
)
_network_attempts: list[tuple[str, str]] = []
_watching = False


def _audit(event: str, args: tuple) -> None:
    if _watching and event in _NETWORK_EVENTS:
        _network_attempts.append((event, repr(args)[:200]))
        raise OSError(f"kzbrief tests: network use is forbidden ({event})")


sys.addaudithook(_audit)  # (audit hooks cannot be removed; it is idle unless watching)


@pytest.fixture
def no_network() -> Iterator[list[tuple[str, str]]]:
    """Every socket creation or connection fails, and is recorded."""
    global _watching
    _network_attempts.clear()
    _watching = True
    try:
        yield _network_attempts
    finally:
        _watching = False


@pytest.fixture
def open_window(qtbot, tmp_path: Path):
    windows: list[MainWindow] = []

    def make(library: Library) -> MainWindow:
        store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, Settings(store))
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def _search(qtbot, window: MainWindow, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    field = window.search_panel.field
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(
        lambda: (o := window.search_panel.model.outcome) is not None and o.query == text,
        timeout=TIMEOUT_MS,
    )


def test_the_whole_gui_path_opens_no_connection(
    qtbot, library: Library, open_window, no_network, tmp_path: Path
) -> None:
    # The hook is live: a socket made here is refused and recorded (so the test can fail).
    with pytest.raises(OSError, match="forbidden"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert no_network
    no_network.clear()

    window = open_window(library)  # start
    _search(qtbot, window, '"domestic violence"')  # search
    with qtbot.waitSignal(window.page_shown, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Return)  # open the first hit
    assert window.reader.section.id == "domestic-violence"
    reader = window.reader  # annotate: select a passage and press Ctrl+H, as a user would
    start = reader.section.text.index("domestic violence")
    first, last = reader.document_range(start, start + len("domestic violence"))
    cursor = QTextCursor(reader.document())
    cursor.setPosition(first)
    cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(library.notes()) == 1, timeout=TIMEOUT_MS)
    from kzbrief.printing import html_to_pdf

    for fmt in ("md", "html", "json", "csv"):  # export
        assert "domestic violence" in library.export_text(fmt).lower()
    assert html_to_pdf(library.export_text("pdf")).startswith(b"%PDF")
    window.close()
    assert no_network == []


HOSTILE_MARKDOWN = [
    "Text with an image ![tracker](https://tracker.example/pixel.gif) inside.",
    'Raw HTML <img src="http://tracker.example/a.png"> and <img src="file:///etc/passwd">.',
    '<link rel="stylesheet" href="https://evil.example/s.css"><style>@import url(http://x.example/i.css);</style>',
    '<p style="background: url(http://x.example/bg.png)">styled</p> '
    '<a href="file:///home/user/secret.txt">a local file</a>',
    "[a link](http://example.org/report) and <https://example.org/auto> and "
    '<iframe src="https://evil.example"></iframe><object data="file:///x"></object>',
    '<svg><image href="http://x.example/s.png"/></svg><video src="http://v.example/v.mp4"></video>'
    '<base href="http://evil.example/"><img srcset="http://x.example/1.png 1x">',
]
LOADING_ATTRIBUTE = re.compile(r"\b(src|srcset|style|data|background|poster|xlink:href)\s*=", re.I)


def external_references(html: str) -> list[str]:
    """Tags in ``html`` that could make a renderer load something, or link out of it."""
    found = []
    for tag in re.findall(r"<[^>]+>", html):
        hrefs = re.findall(r"\bhref\s*=\s*[\"']?([^\"' >]*)", tag, re.I)
        if LOADING_ATTRIBUTE.search(tag) or any(not h.startswith("#") for h in hrefs):
            found.append(tag)
        if re.match(r"<(img|link|style|iframe|object|embed|svg|video|audio|base)\b", tag, re.I):
            found.append(tag)
    return found


@pytest.fixture
def requested(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every URL the reader is asked to load (it loads none, but the spy sees each ask)."""
    asked: list[str] = []
    real_load = reader_module.ReaderView.loadResource

    def spy(self, kind: int, url: QUrl):
        asked.append(url.toString())
        return real_load(self, kind, url)

    monkeypatch.setattr(reader_module.ReaderView, "loadResource", spy)
    return asked


def test_a_hostile_document_loads_no_external_resource(
    qtbot, data_dir: Path, write_briefing, open_window, no_network, requested
) -> None:
    folder = write_briefing(data_dir, "hostile", sections=1, paragraphs=0)
    data = json.loads((folder / "briefing.json").read_text())
    data["sections"][0]["paragraphs"] = HOSTILE_MARKDOWN
    (folder / "briefing.json").write_text(json.dumps(data), encoding="utf-8")
    library = Library(data_dir)
    try:
        html = library.section_html("s0", "hostile")
        assert external_references(html) == []
        assert "@import" not in html and "url(" not in html
        # (the checker finds what it is meant to, so the check above can fail)
        assert len(external_references("\n".join(HOSTILE_MARKDOWN))) >= 10
        assert "styled" in html and "a local file" in html  # the text stays, the links go

        window = open_window(library)
        window.open_place("hostile", "s0")
        qtbot.waitUntil(lambda: window.reader.section is not None)
        window.reader.viewport().repaint()  # images are requested when laid out and drawn
        assert window.reader.section.id == "s0"
        assert requested == []
        # The spy sees what the reader would load (so the check above can fail).
        window.reader.setHtml('<img src="https://probe.example/x.png">')
        window.reader.viewport().repaint()
        assert set(requested) == {"https://probe.example/x.png"}
    finally:
        library.close()
    assert no_network == []


HOSTILE_PAGE = """<!DOCTYPE html><html><head><title>Imported hostile page</title>
<link rel="stylesheet" href="http://evil.example/s.css"><link rel="icon" href="file:///x.ico">
<style>@import url(https://evil.example/i.css); body { background: url(file:///etc/x) }</style>
</head><body><h1>Hostile import</h1>
<p>Plain <img src="http://evil.example/pixel.gif"> and <img src="file:///etc/passwd"> and
<img src="//evil.example/relative.png"> and <img srcset="https://evil.example/1.png 1x">.</p>
<p><picture><source srcset="https://evil.example/p.webp"><img src="p.png"></picture>pictured</p>
<iframe src="https://evil.example/frame"></iframe><iframe src="file:///etc/hosts"></iframe>
<h2>Links</h2><p>See <a href="https://evil.example/report">the report</a>, <a
href="file:///home/user/secret.txt">a local file</a> and <a href="http://x.example">x</a>.</p>
<p style="background:url(http://evil.example/bg.png)">styled text</p>
<object data="https://evil.example/o.swf"></object><embed src="file:///tmp/e.swf">
</body></html>"""


def test_an_imported_hostile_page_loads_nothing_from_outside(
    qtbot, data_dir: Path, tmp_path: Path, open_window, no_network, requested
) -> None:
    """Imported through Library.import_briefing as a user would, then read section by section."""
    mine = tmp_path / "hostile-import.html"
    mine.write_text(HOSTILE_PAGE, encoding="utf-8")
    sample = Path(__file__).resolve().parent.parent / "data" / "import" / "hostile.html"
    assert len(external_references(HOSTILE_PAGE)) >= 15  # (so the checks below can fail)
    library = Library(data_dir)
    try:
        shown = []
        for briefing_id, path in (("mine", mine), ("sample", sample)):
            library.import_briefing(path, briefing_id=briefing_id)
            for section in library.briefing(briefing_id).sections:
                html = library.section_html(section.id, briefing_id)
                assert external_references(html) == [], (briefing_id, section.id)
                assert "url(" not in html and "@import" not in html
                shown.append((briefing_id, section.id))
        assert len(shown) >= 4
        window = open_window(library)
        for briefing_id, section_id in shown:
            with qtbot.waitSignal(window.page_shown, timeout=TIMEOUT_MS):
                window.open_place(briefing_id, section_id)
            window.reader.viewport().repaint()  # images are requested when laid out and drawn
        assert requested == []
        text = " ".join(s.text for s in library.briefing("mine").sections)
        assert "a local file" in text and "styled text" in text  # the text stays, links go
        window.reader.setHtml('<img src="file:///probe.png">')  # (the spy sees loads)
        window.reader.viewport().repaint()
        assert set(requested) == {"file:///probe.png"}
    finally:
        library.close()
    assert no_network == []


def test_the_window_tells_the_user_about_a_restored_database(
    qtbot, data_dir: Path, open_window
) -> None:
    library = Library(data_dir)
    library.add_note("climate", "greenhouse gas", note="in the backup")
    library.close()  # takes the automatic backup
    database = data_dir / "kzbrief.sqlite3"
    damaged = bytearray(database.read_bytes())
    damaged[0:16] = b"this is garbage!"
    database.write_bytes(bytes(damaged))

    library = Library(data_dir)
    try:
        messages: list[str] = []
        window = open_window(library)
        window.status.messageChanged.connect(messages.append)
        qtbot.waitUntil(
            lambda: (
                any("restored the automatic backup" in m for m in messages)
                or "restored the automatic backup" in window.status.currentMessage()
            ),
            timeout=TIMEOUT_MS,
        )
        assert [n.body for n in library.notes()] == ["in the backup"]
        assert len(list((data_dir / "damaged").glob("*.sqlite3"))) == 1
    finally:
        library.close()


# -- one window per data folder ---------------------------------------------------------------
def test_a_second_instance_hands_over_to_the_first(
    qtbot, library: Library, open_window, tmp_path: Path
) -> None:
    first = claim(library.data_dir)
    assert first is not None
    try:
        window = open_window(library)
        first.activated.connect(lambda: bring_to_front(window))
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized)
        other = claim(tmp_path / "another-folder")  # other folders have their own
        assert other is not None
        other.close()
        del other  # (here, on the GUI thread: never by a collection on the worker thread)
        with qtbot.waitSignal(first.activated, timeout=TIMEOUT_MS):
            assert claim(library.data_dir) is None  # the second hands over: it should exit
        qtbot.waitUntil(lambda: not window.isMinimized(), timeout=TIMEOUT_MS)
    finally:
        first.close()


def test_a_window_lock_left_by_a_crashed_instance_is_taken_over(tmp_path: Path) -> None:
    lock = instance_folder(tmp_path) / "window.lock"
    crashed = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time\n"
            "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\n"
            "print('locked', flush=True)\n"
            "time.sleep(600)\n",
            str(lock),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert crashed.stdout is not None
    assert crashed.stdout.readline().strip() == "locked"
    assert SingleInstance(tmp_path).running_elsewhere()  # it holds the window
    crashed.send_signal(signal.SIGKILL)
    crashed.wait(timeout=30)
    crashed.stdout.close()
    assert lock.exists()  # the lock file stays behind; its lock does not
    guard = claim(tmp_path)
    assert guard is not None  # nobody holds it: this instance is the first now
    try:
        assert SingleInstance(tmp_path).hand_over()
    finally:
        guard.close()


def test_a_second_kzbrief_window_exits_0_and_the_first_stays(data_dir: Path) -> None:
    """End to end, as a user would start it twice: ``kzbrief`` with no command."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "ignore"}
    command = [sys.executable, "-m", "kzbrief", "--data-dir", str(data_dir)]
    first = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not SingleInstance(data_dir).running_elsewhere():
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            assert time.monotonic() < deadline, "the first window never started listening"
            time.sleep(0.05)
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert first.poll() is None  # the first window is still open
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=30)
        if first.stderr:
            first.stderr.close()
