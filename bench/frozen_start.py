"""Start-up of the frozen bundle against the same app run from source, on this machine, now.

    .venv/bin/python bench/frozen_start.py [--runs 15] [--display :93]

Times two things for each, alternating the two so that load on the machine hits both alike,
and reports medians:

- ``kzbrief --version``: process start to exit, and the CPU time it took (steadier than the
  wall clock on a shared machine);
- the window shown: process start to the X server mapping kzbrief's main window (watched
  with ``xev`` on an Xvfb display, started here when none is running), with a data folder
  that already holds its index.

It also times the frozen app's first start in a fresh data folder, where it copies the
prebuilt index. Needs ``make bundle`` first; the window needs Xvfb and xev (Debian: xvfb,
x11-utils). Prints a table and, with ``--json``, one JSON document.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FROZEN = REPO / "dist" / "kzbrief" / "kzbrief"
SOURCE = REPO / ".venv" / "bin" / "kzbrief"


@contextmanager
def x_display(display: str) -> Iterator[None]:
    """Use ``display``, starting an Xvfb there when no X server answers on it."""
    probe = subprocess.run(["xdpyinfo", "-display", display], capture_output=True)
    if probe.returncode == 0:
        yield
        return
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while subprocess.run(["xdpyinfo", "-display", display], capture_output=True).returncode:
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit(f"Xvfb did not start on {display}")
            time.sleep(0.05)
        yield
    finally:
        server.terminate()
        server.wait()


class MapWatcher:
    """Stamps each top-level window the X server maps (xev on the root window)."""

    def __init__(self, display: str) -> None:
        self._maps: queue.Queue[float] = queue.Queue()
        self._xev = subprocess.Popen(
            ["stdbuf", "-oL", "xev", "-display", display, "-root", "-event", "substructure"],
            stdout=subprocess.PIPE,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()
        time.sleep(0.3)  # let xev select its events before anything is mapped

    def _read(self) -> None:
        assert self._xev.stdout is not None
        for line in self._xev.stdout:
            if line.startswith("MapNotify event"):
                self._maps.put(time.perf_counter())

    def drain(self) -> None:
        while not self._maps.empty():
            self._maps.get_nowait()

    def next_map(self, timeout: float) -> float:
        return self._maps.get(timeout=timeout)

    def close(self) -> None:
        self._xev.terminate()
        self._xev.wait()


def _children_cpu_ms() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def time_version(executable: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one ``kzbrief --version``."""
    cpu = _children_cpu_ms()
    started = time.perf_counter()
    subprocess.run([str(executable), "--version"], env=env, check=True, capture_output=True)
    return (time.perf_counter() - started) * 1000, _children_cpu_ms() - cpu


def time_window(
    executable: Path, data_dir: Path, env: dict[str, str], watcher: MapWatcher
) -> float:
    watcher.drain()
    started = time.perf_counter()
    app = subprocess.Popen(
        [str(executable), "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        shown = watcher.next_map(timeout=60)
    finally:
        app.terminate()
        app.wait(timeout=30)
    return (shown - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--display", default=":93")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    for needed in (FROZEN, SOURCE):
        if not needed.exists():
            raise SystemExit(f"{needed} is missing: run `make bundle` first")
    with tempfile.TemporaryDirectory(prefix="kzbrief-bench-") as scratch:
        root = Path(scratch)
        env = {
            "HOME": str(root),
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "DISPLAY": args.display,
            "QT_QPA_PLATFORM": "xcb",
        }
        results = measure(root, env, args.runs, args.display)
    results["machine"] = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    else:
        report(results)
    return 0


def measure(root: Path, env: dict[str, str], runs: int, display: str) -> dict:
    variants = {"source": SOURCE, "frozen": FROZEN}
    version: dict[str, list[float]] = {name: [] for name in variants}
    version_cpu: dict[str, list[float]] = {name: [] for name in variants}
    window: dict[str, list[float]] = {name: [] for name in variants}
    for name, executable in variants.items():  # warm the page cache and the data folders
        time_version(executable, env)
        subprocess.run(
            [str(executable), "index", "check", "--data-dir", str(root / name)],
            env=env,
            capture_output=True,
        )
        subprocess.run(
            [str(executable), "search", "x", "--data-dir", str(root / name)],
            env=env,
            capture_output=True,
        )
    for _ in range(runs):
        for name, executable in variants.items():
            wall, cpu = time_version(executable, env)
            version[name].append(wall)
            version_cpu[name].append(cpu)
    first_start: list[float] = []
    if shutil.which("xev") and (shutil.which("Xvfb") or display != ":93"):
        with x_display(display):
            watcher = MapWatcher(display)
            try:
                for name, executable in variants.items():
                    time_window(executable, root / name, env, watcher)  # warm-up
                for _ in range(runs):
                    for name, executable in variants.items():
                        window[name].append(time_window(executable, root / name, env, watcher))
                for number in range(min(runs, 5)):
                    fresh = root / f"fresh-{number}"
                    first_start.append(time_window(FROZEN, fresh, env, watcher))
            finally:
                watcher.close()
    summary: dict = {"runs": runs}
    measured = (("version_ms", version), ("version_cpu_ms", version_cpu), ("window_ms", window))
    for label, samples in measured:
        if not samples["frozen"]:
            continue
        source_ms = statistics.median(samples["source"])
        frozen_ms = statistics.median(samples["frozen"])
        summary[label] = {
            "source": round(source_ms, 1),
            "frozen": round(frozen_ms, 1),
            "ratio": round(frozen_ms / source_ms, 2),
        }
    if first_start:
        summary["frozen_first_start_window_ms"] = round(statistics.median(first_start), 1)
    return summary


def report(results: dict) -> None:
    print(f"median of {results['runs']} runs, {results['machine']['cpus']} CPUs")
    print(f"{'':22}{'source ms':>12}{'frozen ms':>12}{'frozen/source':>15}")
    rows = (
        ("version_ms", "kzbrief --version"),
        ("version_cpu_ms", "  (CPU time)"),
        ("window_ms", "window shown"),
    )
    for label, title in rows:
        if label in results:
            row = results[label]
            print(f"{title:22}{row['source']:>12.1f}{row['frozen']:>12.1f}{row['ratio']:>15.2f}")
    if "frozen_first_start_window_ms" in results:
        first = results["frozen_first_start_window_ms"]
        print(f"frozen window, fresh data folder (copies the prebuilt index): {first:.1f} ms")


if __name__ == "__main__":
    sys.exit(main())
