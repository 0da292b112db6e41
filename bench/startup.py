"""Cold start: kzbrief's window against a bare QTextBrowser window, in the same run.

Each start is a new process. ``kzbrief_ms`` is a first start (empty data and settings
folders); ``later_start_ms`` a start with the index and settings in place. Time is measured
from just before the process is spawned to the window's first paint. Runs under Xvfb on
display :92 when it is installed (started here if nothing serves :92), else offscreen.
"""

from __future__ import annotations

import compileall
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DISPLAY = ":92"


@contextlib.contextmanager
def display() -> Iterator[dict[str, str]]:
    """Environment for the probes: an Xvfb display if possible, else the offscreen platform."""
    # An installed copy runs from compiled bytecode (pip and the bundle write it); a shell
    # that sets PYTHONDONTWRITEBYTECODE would make every start compile kzbrief's sources.
    hidden = {"QT_QPA_PLATFORM", "DISPLAY", "PYTHONDONTWRITEBYTECODE"}
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield {**env, "QT_QPA_PLATFORM": "offscreen"}
        return
    server = None
    if not Path(f"/tmp/.X11-unix/X{DISPLAY[1:]}").exists():
        server = subprocess.Popen(
            [xvfb, DISPLAY, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{DISPLAY[1:]}").exists():
                break
            time.sleep(0.1)
    try:
        yield {**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": DISPLAY}
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)


def _probe(module: str, args: list[str], env: dict[str, str]) -> dict[str, Any]:
    started = time.time()
    proc = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    record = json.loads(lines[-1]) if lines else {"error": proc.stderr.strip()[-500:]}
    if "error" in record or proc.returncode:
        raise RuntimeError(f"{module} failed: {record.get('error') or proc.stderr[-500:]}")
    record["ms"] = (record["painted_at"] - started) * 1000.0
    if "settled_at" in record:
        record["settled_ms"] = (record["settled_at"] - started) * 1000.0
    return record


def _index_library(data_dir: Path) -> None:
    from kzbrief.core.service import Library

    library = Library(data_dir)
    library.ensure_index()
    library.close()


def run_startup_bench(starts: int = 9) -> dict[str, Any]:
    """Median start-up time and peak RSS of kzbrief and of the bare window."""
    compileall.compile_dir(REPO / "kzbrief", quiet=1)
    compileall.compile_dir(REPO / "bench", quiet=1)
    with tempfile.TemporaryDirectory(prefix="kzbrief-start-") as tmp, display() as env:
        html = Path(tmp) / "shown.html"

        def kzbrief_start(n: int) -> dict[str, Any]:
            home = Path(tmp) / f"home-{n}"  # no settings, no data: a first start
            first_start = {
                **env,
                "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_DATA_HOME": str(home / ".local" / "share"),
            }
            return _probe("bench.start_kzbrief", [str(home / "data"), str(html)], first_start)

        kzbrief_start(0)  # warms the file cache and records the HTML the reader shows
        ours, again, bare = [], [], []
        for n in range(1, starts + 1):  # interleaved, so drifts in load hit all alike
            ours.append(kzbrief_start(n))
            bare.append(_probe("bench.start_bare", [str(html)], env))
            _index_library(Path(tmp) / f"home-{n}" / "data")
            again.append(kzbrief_start(n))  # a later start: settings and index in place
        kz_ms = statistics.median(r["ms"] for r in ours)
        bare_ms = statistics.median(r["ms"] for r in bare)
        return {
            "kzbrief_ms": round(kz_ms, 1),
            "bare_qt_ms": round(bare_ms, 1),
            "ratio": round(kz_ms / bare_ms, 2),
            "rss_mb": max(r["rss_mb"] for r in ours),
            "bare_qt_rss_mb": max(r["rss_mb"] for r in bare),
            "kzbrief_cpu_ms": round(statistics.median(r["cpu_ms"] for r in ours), 1),
            "bare_qt_cpu_ms": round(statistics.median(r["cpu_ms"] for r in bare), 1),
            "later_start_ms": round(statistics.median(r["ms"] for r in again), 1),
            # Until the search index is ready (opened, adopted or built after the first paint).
            "search_ready_ms": round(statistics.median(r["settled_ms"] for r in ours), 1),
            "later_search_ready_ms": round(statistics.median(r["settled_ms"] for r in again), 1),
            "later_start_rss_mb": max(r["rss_mb"] for r in again),
            "index_built_at_start": any(r["index_built"] for r in ours),
            "platform": env["QT_QPA_PLATFORM"],
            "starts": starts,
        }


if __name__ == "__main__":
    print(json.dumps(run_startup_bench(), indent=1))
