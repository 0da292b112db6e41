"""Where a search's time goes, per query type (a tool for search work; not in ``make bench``).

    python -m bench.search_profile [--data DIR] [--briefings 100] [--per-type 30]
                                   [--types term,phrase] [--top 25] [--no-profile]

Writes the seeded library of ``bench/corpus.py`` to ``DIR`` (kept between runs: the second
run skips the write and the build), runs the same query mix as ``make bench`` and prints,
per query type, the p50/p95 of ``Library.search(query, limit=10)`` (median of ``--repeats``
runs each), then a cProfile of that type's queries sorted by cumulative time (the first
``--top`` rows). No FTS5 here: the ratio is ``make bench``'s job.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from bench.corpus import Vocabulary, write_library
from bench.queries import QUERY_TYPES, BenchQuery, query_mix
from bench.search_bench import TOP, percentile
from kzbrief.core.service import Library


def open_library(data_dir: Path, briefings: int, seed: int) -> tuple[Library, Vocabulary]:
    """The bench's library in ``data_dir``: written and indexed unless it already is."""
    vocab = Vocabulary.build(seed)
    if not (data_dir / "library").exists():
        print(f"writing {briefings} briefings to {data_dir}…", flush=True)
        write_library(data_dir, briefings, seed=seed, vocab=vocab)
    library = Library(data_dir)
    started = time.perf_counter()
    status = library.ensure_index()
    print(f"index ready in {time.perf_counter() - started:.1f} s ({status})", flush=True)
    return library, vocab


def time_queries(
    library: Library, queries: list[BenchQuery], repeats: int
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Each query's time in ms (median of ``repeats``; its first run), by query type."""
    times: dict[str, list[float]] = defaultdict(list)
    firsts: dict[str, list[float]] = defaultdict(list)
    for query in queries:
        runs = []
        for _ in range(repeats):
            started = time.perf_counter()
            library.search(query.text, limit=TOP)
            runs.append((time.perf_counter() - started) * 1000.0)
        times[query.kind].append(statistics.median(runs))
        firsts[query.kind].append(runs[0])
    return times, firsts


def profile_kind(library: Library, queries: list[BenchQuery], top: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for query in queries:
        library.search(query.text, limit=TOP)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search_profile", description=__doc__)
    parser.add_argument("--data", type=Path, help="library folder (kept); default: temporary")
    parser.add_argument("--briefings", type=int, default=100)
    parser.add_argument("--per-type", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--types", default=",".join(QUERY_TYPES), help="comma-separated")
    parser.add_argument("--top", type=int, default=25, help="profile rows per type")
    parser.add_argument("--no-profile", action="store_true", help="timings only")
    args = parser.parse_args(argv)
    kinds = [k for k in args.types.split(",") if k]
    unknown = set(kinds) - set(QUERY_TYPES)
    if unknown:
        parser.error(f"unknown query types: {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory(prefix="kzbrief-profile-") as tmp:
        data_dir = args.data or Path(tmp) / "library_1m"
        library, vocab = open_library(data_dir, args.briefings, args.seed)
        bodies = [d["body"] for d in library.documents() if d["briefing"].startswith("gen-")]
        queries = [
            q
            for q in query_mix(bodies, vocab.function_words, per_type=args.per_type, seed=args.seed)
            if q.kind in kinds
        ]
        warmup = query_mix(bodies, vocab.function_words, per_type=5, seed=args.seed + 1000)
        for query in warmup:
            library.search(query.text, limit=TOP)
        times, firsts = time_queries(library, queries, args.repeats)
        print("| query | n | p50 ms | p95 ms | max ms | first run p95 ms |")
        print("|---|---|---|---|---|---|")
        for kind in kinds:
            row = times[kind]
            print(
                f"| {kind} | {len(row)} | {percentile(row, 0.5):.2f} | "
                f"{percentile(row, 0.95):.2f} | {max(row):.2f} | "
                f"{percentile(firsts[kind], 0.95):.2f} |"
            )
        if not args.no_profile:
            for kind in kinds:
                print(f"\n=== {kind} ===")
                print(profile_kind(library, [q for q in queries if q.kind == kind], args.top))
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
