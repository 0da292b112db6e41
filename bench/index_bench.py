"""Index figures: full build with progress, an incremental 10k-word import, size, memory."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.corpus import write_briefing
from kzbrief.core.service import LIBRARY_DIR, Library

REPO = Path(__file__).resolve().parent.parent


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (a large rebuild runs
    in a child process)."""
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def build_index(library: Library, label: str) -> tuple[float, float]:
    """Rebuild ``library``'s index from scratch, showing progress; (wall, CPU) seconds."""
    started, started_cpu = time.perf_counter(), cpu_seconds()

    live = sys.stdout.isatty()

    def progress(done: int, _total: int) -> None:
        if done % 1000 == 0:
            elapsed = time.perf_counter() - started
            line = f"  {label}: {done:,} documents indexed, {elapsed:.1f} s"
            print(f"\r{line}" if live else line, end="" if live else "\n", flush=True)

    count = library.rebuild_index(progress)
    elapsed, cpu = time.perf_counter() - started, cpu_seconds() - started_cpu
    line = f"  {label}: {count:,} documents indexed in {elapsed:.1f} s"
    print(f"\r{line.ljust(60)}" if live else line, flush=True)
    return elapsed, cpu


def import_briefing(library: Library, briefing: dict[str, Any]) -> float:
    """Store a new briefing and add its documents to the live index; returns seconds.

    What an import does after parsing: write the stored form, reload, index incrementally
    (``Library.documents()`` filtered to the new briefing, through the serialised writer).
    """
    started = time.perf_counter()
    write_briefing(library.data_dir / LIBRARY_DIR, briefing)
    library.reload()
    documents = [d for d in library.documents() if d["briefing"] == briefing["id"]]
    with library.index.writer(library.fingerprint()) as writer:
        for document in documents:
            writer.add_document(**document)
    return time.perf_counter() - started


def index_size_mb(library: Library) -> float:
    report = library.check_index()
    return round(report.get("size_bytes", 0) / 1e6, 1)


def library_rss(data_dir: Path, queries: list[str], scratch: Path) -> dict[str, Any]:
    """Open the library in a fresh process, run ``queries``; its peak RSS and open time."""
    queries_file = scratch / "rss-queries.json"
    queries_file.write_text(json.dumps(queries), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "bench.library_rss", str(data_dir), str(queries_file)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])
