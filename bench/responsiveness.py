"""Benchmark: does the window stall while work runs behind it? (issue 18, Responsiveness)

    python -m bench.responsiveness [--json FILE] [--scenario NAME ...]

Opens the main window (offscreen) on a fresh data folder and, for each scenario, starts the
work the way the window does (an import of a 5 MB HTML report, an import of a 300-page PDF,
an export of the notes to PDF, a rebuild of the search index, a note being autosaved) while
a simulated user highlights passages (Ctrl+H), types a note and types searches, a step every
~120 ms. An event-loop latency probe (a timer every 5 ms) records how late each tick fires;
the worst stall and the p99 of the lateness, from the start of the work until the work and
the user's writes have landed, are the scenario's figures:
``{"<scenario>": {"worst_ms": ..., "p99_ms": ...}}`` (``responsiveness`` in results.json).

Each scenario's figures also say how busy the machine was meanwhile: ``others_pct`` is the
share of all its CPUs that other programs (and the hypervisor, as steal time) used while the
probe ran, from ``/proc/stat`` less this process's and its children's own time. A run whose
stalls stand out can be told from a busy machine that way. ``--busy N`` makes the machine busy
on purpose: N other processes each keep a CPU busy while each scenario runs (``make bench``
measures the scenarios again with one: ``responsiveness_busy_core`` in
results-details.json).

Runs each scenario in a child process (a fresh window, a fresh interpreter), so that a
previous scenario's caches and threads do not colour the next. Uses only what the window
has had since before the operation runner, so it also measures an older checkout: run it
with ``PYTHONPATH`` set to that checkout.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ("import_html_5mb", "import_pdf_300", "export_pdf", "index_rebuild", "note_autosave")
#: The simulated user alone, no work behind the window (``--scenario idle``): the stalls the
#: window's own handling of the user's steps makes, to tell them from those work makes.
BASELINE = "idle"
PROBE_MS = 5
USER_STEP_MS = 120
WORDS = (
    "court detained activists peaceful assembly rally journalists charged sentenced prison "
    "authorities police protest freedom expression association party registration election "
    "observers lawyer trial appeal torture custody complaint investigation region city "
    "women violence shelter law amendment government minister report monitors fine days"
).split()


def write_html(path: Path, megabytes: float = 5.0) -> None:
    """A report of sections and paragraphs, about ``megabytes`` MB of HTML."""
    rng = random.Random(5)
    parts = ["<html><head><title>Large report</title></head><body><h1>Large report</h1>"]
    size, section = 0, 0
    while size < megabytes * 1_000_000:
        section += 1
        parts.append(f"<h2>Section {section}</h2>")
        for _ in range(8):
            words = " ".join(rng.choice(WORDS) for _ in range(90))
            parts.append(f"<p>{words.capitalize()}.</p>")
        size = sum(len(p) for p in parts[-9:]) + size
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def tracing_application() -> Any:
    """A QApplication that times each event it delivers on the GUI thread (``--trace``):
    the slow ones show what the window was busy with in a stall (a redraw, a timer, a
    slot of an answer). Its own timing costs a little, so figures taken with it are not
    the scenario's figures."""
    import threading

    from PySide6.QtWidgets import QApplication

    gui = threading.get_ident()

    class TracingApplication(QApplication):
        def __init__(self, argv: list[str]) -> None:
            super().__init__(argv)
            self.slow: list[tuple[float, str, str]] = []
            self.tracing = False

        def notify(self, receiver: Any, event: Any) -> bool:
            if not self.tracing or threading.get_ident() != gui:
                return super().notify(receiver, event)
            began = time.perf_counter()
            handled = super().notify(receiver, event)
            took = (time.perf_counter() - began) * 1000
            if took > 20:
                kind = getattr(event.type(), "name", str(event.type()))
                name = f"{type(receiver).__name__} {receiver.objectName()}".strip()
                self.slow.append((took, kind, name))
            return handled

        def report(self, top: int = 12) -> str:
            return "\n".join(
                f"   {took:6.1f} ms  {kind} to {name}"
                for took, kind, name in sorted(self.slow, reverse=True)[:top]
            )

    return TracingApplication([])


class Probe:
    """A timer every ``PROBE_MS``: how late each tick came, in ms."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.late: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._tick)
        self._last = 0.0

    def start(self) -> None:
        self.late.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.append(max(0.0, (now - self._last) * 1000 - PROBE_MS))
        self._last = now

    def stop(self) -> dict[str, float]:
        self.timer.stop()
        late = sorted(self.late) or [0.0]
        p99 = late[min(len(late) - 1, int(len(late) * 0.99))]
        return {
            "worst_ms": round(late[-1], 1),
            "p99_ms": round(p99, 1),
            "median_ms": round(statistics.median(late), 1),
            "ticks": len(self.late),
        }


class MachineLoad:
    """The share of the machine's CPUs that other programs used between :meth:`start` and
    :meth:`stop`: the machine's busy time (``/proc/stat``, steal included) less this
    process's and its waited-for children's. None where there is no ``/proc/stat``."""

    def __init__(self) -> None:
        self._began: tuple[float, float, float] | None = None

    @staticmethod
    def _sample() -> tuple[float, float, float] | None:
        """(machine busy s, machine total s, own and children's CPU s)."""
        from bench.index_bench import cpu_seconds

        try:
            with open("/proc/stat", encoding="ascii") as stat:
                fields = [int(v) for v in stat.readline().split()[1:]]
        except (OSError, ValueError):
            return None
        tick = os.sysconf("SC_CLK_TCK")
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle, iowait
        # (guest time is counted in user time already: only the first eight fields.)
        total = sum(fields[:8])
        return (total - idle) / tick, total / tick, cpu_seconds()

    def start(self) -> None:
        self._began = self._sample()

    def stop(self) -> float | None:
        """Other programs' share of the machine meanwhile, in per cent."""
        ended = self._sample()
        if self._began is None or ended is None:
            return None
        busy, total, own = (b - a for a, b in zip(self._began, ended, strict=True))
        if total <= 0:
            return None
        return round(max(0.0, busy - own) / total * 100, 1)


class User:
    """Highlights a passage, types in the note and types a search, in turn."""

    def __init__(self, window: Any) -> None:
        from PySide6.QtCore import QTimer

        self.window = window
        self.steps = 0
        self.timer = QTimer()
        self.timer.setInterval(USER_STEP_MS)
        self.timer.timeout.connect(self.step)
        self.rng = random.Random(7)
        briefing = window.library.default_briefing()
        self.places = [(briefing.id, s) for s in briefing.sections if len(s.text) > 200]

    def step(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        window = self.window
        self.steps += 1
        kind = self.steps % 3
        if kind == 1:  # select a few words and press Ctrl+H
            briefing, section = self.rng.choice(self.places)
            window.open_place(briefing, section.id)
            start = self.rng.randrange(0, len(section.text) - 40)
            start = section.text.find(" ", start) + 1
            end = section.text.find(" ", start + 8)
            reader = window.reader
            reader.setTextCursor(reader.cursor_for(start, end))
            window.ui_actions["highlight"].trigger()
        elif kind == 2:  # type a word in the note open in the editor
            editor = window.note_editor
            if editor.note_id is not None:
                QTest.keyClicks(editor.body, self.rng.choice(WORDS) + " ")
        else:  # type a search
            panel = window.search_panel
            panel.field.setText(self.rng.choice(WORDS)[:4])
            panel.field.textEdited.emit(panel.field.text())
            QTest.keyClick(panel.field, Qt.Key.Key_End)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def _wait(condition: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until ``condition()`` holds (checked every 5 ms) or the time is up.

    The loop sleeps between events, as the app's own ``exec()`` does. (It used to call
    ``processEvents`` in a busy loop: the measuring process then kept a core busy and
    fought the window's worker for the interpreter lock, and its own stalls were counted
    as the window's.)"""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return True
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    check = QTimer()
    check.setInterval(5)

    def look() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    check.timeout.connect(look)
    check.start()
    loop.exec()
    check.stop()
    return condition()


def _build(window: Any) -> None:
    build = getattr(window, "build_rest", None) or window.ready
    build()


def _settled(window: Any) -> bool:
    runner = getattr(window, "runner", None)
    return runner is None or runner.pending == 0


def run_scenario(name: str, scratch: Path) -> dict[str, Any]:
    """Run one scenario in this process; returns its figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kzbrief.core.service import Library
    from kzbrief.gui.main_window import MainWindow
    from kzbrief.gui.settings import Settings

    tracing = os.environ.get("KZBRIEF_STALL_TRACE")
    app = QApplication.instance() or (tracing_application() if tracing else QApplication([]))
    try:
        from kzbrief.gui.app import make_application
    except ImportError:  # (an older checkout)
        pass
    else:
        # As run_gui sets it up: above all its style, whose Python drawing methods Qt calls
        # back at each redraw (each call waits for the interpreter lock the worker may hold).
        make_application([])
    if name == "index_rebuild":  # a library of about 130k words to index again
        from bench.corpus import Vocabulary, write_library

        write_library(scratch / "data", 12, seed=1, vocab=Vocabulary.build(1))
    library = Library(scratch / "data")
    settings = Settings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(library, settings)
    window.show()
    _build(window)
    ready = {"index": False}
    window.tasks.index_ready.connect(lambda *_: ready.update(index=True))
    window.tasks.index_failed.connect(lambda *_: ready.update(index=True))
    _wait(lambda: ready["index"], 300)
    try:
        from kzbrief.gui import memory
    except ImportError:  # (an older checkout)
        pass
    else:
        memory.keep_startup_objects()  # as run_gui does once the start is over
    # A first highlight, so that the note editor is open for typing.
    user = User(window)
    user.step()
    _wait(lambda: _settled(window) and window.note_editor.note_id is not None, 60)

    done = {"work": False}
    start_work = _scenario(name, window, library, scratch, done)
    probe = Probe()
    load = MachineLoad()
    if tracing:
        app.tracing = True  # type: ignore[attr-defined]
    load.start()
    probe.start()
    user.start()
    started = time.perf_counter()
    start_work()
    finished = _wait(lambda: done["work"], 600)
    user.stop()
    _wait(lambda: _settled(window), 120)
    figures = probe.stop()
    figures["others_pct"] = load.stop()
    if tracing:
        app.tracing = False  # type: ignore[attr-defined]
        print(f"{name}: the slowest events on the GUI thread", file=sys.stderr)
        print(app.report(), file=sys.stderr)  # type: ignore[attr-defined]
    figures["seconds"] = round(time.perf_counter() - started, 2)
    figures["user_steps"] = user.steps
    figures["finished"] = finished
    window.close()
    library.close()
    app.processEvents()
    return figures


def _scenario(
    name: str, window: Any, library: Any, scratch: Path, done: dict[str, bool]
) -> Callable[[], None]:
    """What starts the scenario's work; it sets ``done["work"]`` when the work has ended."""

    def finished(*_: object) -> None:
        done["work"] = True

    if name in ("import_html_5mb", "import_pdf_300"):
        if name == "import_html_5mb":
            path = scratch / "large-report.html"
            write_html(path)
        else:
            from bench.pdf_import import draw_pdf

            path = scratch / "long-report.pdf"
            draw_pdf(path, 300)
        imports = window.library_ui.imports
        imports.batch_finished.connect(finished)
        return lambda: window.library_ui.import_paths([path])
    if name == "export_pdf":
        from kzbrief.core.export import ExportScope
        from kzbrief.exporting import ExportRequest
        from kzbrief.gui.export_tasks import ExportTasks

        briefing = library.default_briefing()
        for section in briefing.sections:  # notes on every section: a real export
            for offset in range(0, max(1, len(section.text) - 60), 120):
                quote = section.text[offset : offset + 30].strip()
                if quote:
                    library.add_note(section.id, quote, near=offset, note="Note " * 30)
        exports = ExportTasks(library, window.tasks, window)
        exports.finished.connect(finished)
        exports.failed.connect(finished)
        request = ExportRequest(
            "pdf", ExportScope(briefing=briefing.id), annotated=True, include_editorial=True
        )
        target = scratch / "annotated.pdf"
        return lambda: exports.export(request, target, 0)
    if name == "index_rebuild":
        from PySide6.QtCore import QObject, Signal, Slot

        class Rebuilder(QObject):  # on the worker thread, as the window's index work is
            ended = Signal()

            @Slot()
            def rebuild(self) -> None:
                try:
                    library.rebuild_index()
                finally:
                    self.ended.emit()

        rebuilder = Rebuilder()
        rebuilder.moveToThread(window.tasks.worker_thread)
        rebuilder.ended.connect(finished)
        window._bench_rebuilder = rebuilder  # kept alive with the window
        from PySide6.QtCore import QMetaObject, Qt

        return lambda: QMetaObject.invokeMethod(
            rebuilder, "rebuild", Qt.ConnectionType.QueuedConnection
        )
    if name == "note_autosave":
        from PySide6.QtCore import QTimer

        editor = window.note_editor
        timer = QTimer(window)
        timer.setSingleShot(True)
        timer.setInterval(6000)  # six seconds of typing, saved as it goes
        timer.timeout.connect(finished)

        def type_on() -> None:
            from PySide6.QtTest import QTest

            QTest.keyClicks(editor.body, "a few more words ")

        typing = QTimer(window)
        typing.setInterval(40)
        typing.timeout.connect(type_on)
        timer.timeout.connect(typing.stop)

        def start() -> None:
            timer.start()
            typing.start()

        return start
    if name == BASELINE:
        from PySide6.QtCore import QTimer

        idle = QTimer(window)
        idle.setSingleShot(True)
        idle.setInterval(6000)
        idle.timeout.connect(finished)
        return idle.start
    raise SystemExit(f"unknown scenario {name!r}")


def _keep_busy(count: int) -> list[subprocess.Popen[bytes]]:
    """``count`` processes that each keep a CPU busy (other programs on the machine)."""
    return [
        subprocess.Popen([sys.executable, "-c", "while True: pass"], stdin=subprocess.DEVNULL)
        for _ in range(count)
    ]


def measure(
    scenarios: tuple[str, ...] = SCENARIOS, show_trace: bool = False, busy: int = 0
) -> dict[str, dict[str, Any]]:
    """Each scenario in a child process, with ``busy`` other processes each keeping a CPU
    busy meanwhile; returns ``{scenario: figures}``."""
    import compileall

    results: dict[str, dict[str, Any]] = {}
    # An installed copy runs from compiled bytecode (pip and the bundle write it). Where the
    # shell sets PYTHONDONTWRITEBYTECODE, each module first imported while the scenario ran
    # (the importers, the search) was compiled from its source there and then, on the
    # window's threads: 1-13 ms each (search.py 13, fastscore.py 12) that an installed app
    # does not spend (bench.startup leaves the variable out for the same reason).
    compileall.compile_dir(ROOT / "kzbrief", quiet=1)
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for name in scenarios:
        print(f"  responsiveness: {name}…", flush=True)
        with tempfile.TemporaryDirectory(prefix="kzbrief-stall-") as tmp:
            out = Path(tmp) / "figures.json"
            env = {**environment, "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "ignore"}
            env.setdefault("PYTHONPATH", str(ROOT))
            others = _keep_busy(busy)
            try:
                child = subprocess.run(
                    [sys.executable, "-m", "bench.responsiveness", "--child", name, str(tmp)],
                    env=env,
                    cwd=str(ROOT),
                    capture_output=True,
                    text=True,
                    timeout=1200,
                )
            finally:
                for process in others:
                    process.kill()
                    process.wait()
            if show_trace:  # (all the child said when it did not get as far as its report)
                report = child.stderr.find(f"{name}: the slowest")
                print(child.stderr[max(report, 0) :], flush=True)
            if child.returncode != 0 or not out.exists():
                tail = (child.stderr or child.stdout).strip().splitlines()[-3:]
                results[name] = {"error": " / ".join(tail) or f"exit {child.returncode}"}
                continue
            results[name] = json.loads(out.read_text(encoding="utf-8"))
    return results


def format_table(results: dict[str, dict[str, Any]]) -> str:
    lines = [
        "| scenario | worst stall ms | p99 ms | seconds | other programs' CPU % |",
        "|---|---|---|---|---|",
    ]
    for name, row in results.items():
        if "error" in row:
            lines.append(f"| {name} | error: {row['error']} | | | |")
        else:
            others = row.get("others_pct")
            lines.append(
                f"| {name} | {row['worst_ms']} | {row['p99_ms']} | {row.get('seconds', '')} "
                f"| {'n/a' if others is None else others} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.responsiveness", description=__doc__)
    parser.add_argument("--scenario", action="append", choices=(*SCENARIOS, BASELINE))
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument(
        "--trace",
        action="store_true",
        help="print the slowest events the window handled (its figures then run slower)",
    )
    parser.add_argument(
        "--busy",
        type=int,
        default=0,
        metavar="N",
        help="keep N CPUs busy with other processes while each scenario runs",
    )
    parser.add_argument("--child", nargs=2, metavar=("SCENARIO", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        name, folder = args.child
        figures = run_scenario(name, Path(folder))
        (Path(folder) / "figures.json").write_text(json.dumps(figures), encoding="utf-8")
        return 0
    if args.trace:
        os.environ["KZBRIEF_STALL_TRACE"] = "1"
    results = measure(tuple(args.scenario or SCENARIOS), show_trace=args.trace, busy=args.busy)
    print(format_table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
