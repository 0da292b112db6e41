"""Search latency per query type: kzbrief's ``Library.search`` against SQLite FTS5.

Both engines answer the same queries over the same documents (``Library.documents()``) in
the same run, each returning the top 10 with a highlighted snippet. FTS5 uses the porter
stemmer with diacritics removed, ranks with bm25 (the title weighted as kzbrief weights it)
and cuts snippets with ``snippet()``.
"""

from __future__ import annotations

import math
import sqlite3
import statistics
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench.queries import QUERY_TYPES, BenchQuery
from kzbrief.core.search import SearchResults
from kzbrief.core.service import Library

TOP = 10
TITLE_WEIGHT = 3.0


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (no interpolation: a p95 is a time that was measured)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


class Fts5:
    """The same documents in an FTS5 table, searched the way kzbrief searches."""

    def __init__(self, path: Path, documents: Iterable[dict[str, Any]]) -> None:
        started = time.perf_counter()
        self.db = sqlite3.connect(path)
        self.db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(section_title, body, doc_id UNINDEXED, "
            "tokenize = 'porter unicode61 remove_diacritics 2')"
        )
        with self.db:
            self.db.executemany(
                "INSERT INTO docs (section_title, body, doc_id) VALUES (?, ?, ?)",
                ((d["section_title"], d["body"], d["doc_id"]) for d in documents),
            )
        self.build_s = time.perf_counter() - started

    def search(self, query: str) -> list[tuple[Any, ...]]:
        return self.db.execute(
            f"SELECT doc_id, bm25(docs, {TITLE_WEIGHT}, 1.0) AS rank, "
            "snippet(docs, 1, '<mark>', '</mark>', '…', 32) FROM docs WHERE docs MATCH ? "
            f"ORDER BY rank LIMIT {TOP}",
            (query,),
        ).fetchall()

    def close(self) -> None:
        self.db.close()


def _search(library: Library, text: str) -> SearchResults:
    return library.search(text, limit=TOP)


def _timed(call: Any, *args: Any, repeats: int) -> tuple[Any, float, float, float]:
    """(result, wall ms, CPU ms, first wall ms) of ``call(*args)``: the median of ``repeats``
    runs, and the first run alone.

    The median keeps one run slowed by another process on a shared machine from counting as
    the query's time; CPU time is what such load cannot inflate at all. The first run is the
    query asked for the first time: what is kept between searches (the verdicts on words,
    corrections) does not help it yet.
    """
    walls, cpus = [], []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = call(*args)
        walls.append((time.perf_counter() - started) * 1000.0)
        cpus.append((time.process_time() - started_cpu) * 1000.0)
    return result, statistics.median(walls), statistics.median(cpus), walls[0]


def run_search_bench(
    library: Library,
    fts5: Fts5,
    queries: list[BenchQuery],
    warmup: list[BenchQuery],
    repeats: int = 3,
) -> dict[str, dict[str, Any]]:
    """p50/p95 per query type for kzbrief and FTS5 (each query's time: median of repeats)."""
    for query in warmup:
        library.search(query.text, limit=TOP)
        if query.fts5:
            fts5.search(query.fts5)
    ours: dict[str, list[float]] = defaultdict(list)
    ours_cpu: dict[str, list[float]] = defaultdict(list)
    ours_first: dict[str, list[float]] = defaultdict(list)
    theirs: dict[str, list[float]] = defaultdict(list)
    hits: dict[str, int] = defaultdict(int)
    for query in queries:
        results, wall, cpu, first = _timed(_search, library, query.text, repeats=repeats)
        ours[query.kind].append(wall)
        ours_cpu[query.kind].append(cpu)
        ours_first[query.kind].append(first)
        hits[query.kind] += bool(results.hits)
        if query.fts5:
            theirs[query.kind].append(_timed(fts5.search, query.fts5, repeats=repeats)[1])
    report: dict[str, dict[str, Any]] = {}
    for kind in QUERY_TYPES:
        times = ours[kind]
        p95 = percentile(times, 0.95)
        fts5_p95 = percentile(theirs[kind], 0.95) if theirs[kind] else None
        report[kind] = {
            "p50_ms": round(percentile(times, 0.5), 2),
            "p95_ms": round(p95, 2),
            "fts5_p95_ms": round(fts5_p95, 2) if fts5_p95 is not None else None,
            "ratio": round(p95 / fts5_p95, 2) if fts5_p95 else None,
            # Details (not in the DESIGN shape; bench/run.py moves them aside):
            # CPU time: what the machine's other load cannot inflate.
            "cpu_p95_ms": round(percentile(ours_cpu[kind], 0.95), 2),
            # Each query's first run only (nothing kept from an earlier run of it).
            "first_p95_ms": round(percentile(ours_first[kind], 0.95), 2),
            "fts5_p50_ms": round(percentile(theirs[kind], 0.5), 2) if theirs[kind] else None,
            "queries": len(times),
            "with_hits": hits[kind],
        }
    return report


def geometric_mean_ratio(report: dict[str, dict[str, Any]]) -> float | None:
    ratios = [row["ratio"] for row in report.values() if row.get("ratio")]
    if not ratios:
        return None
    return round(math.exp(sum(math.log(r) for r in ratios) / len(ratios)), 2)
