"""Protected notes (issue 16): unlock time and search on a protected (encrypted) library.

Unlocking derives the key with Argon2id at the real cost (about 0.6 s here), decrypts the
notes database and the imported briefings; the first search after the first unlock builds
the index in RAM and seals it (protected/index.kzenc); later unlocks open that snapshot.
Both are timed, and the same queries on the same library unprotected, for comparison.

    python -m bench.protected [--briefings 1] [--notes 200]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.corpus import Vocabulary, write_library
from bench.queries import query_mix
from bench.search_bench import _search, _timed, percentile
from kzbrief.core.service import Library

PASSPHRASE = "bench passphrase"


def _add_notes(library: Library, count: int) -> None:
    briefing = library.briefings()[-1]
    for number in range(count):
        section = briefing.sections[number % len(briefing.sections)]
        library.add_note(
            section.id, section.text[:40], briefing_id=briefing.id, note=f"bench note {number}"
        )


def _query_times(library: Library, queries: list[str], repeats: int) -> dict[str, float]:
    times = [_timed(_search, library, text, repeats=repeats)[1] for text in queries]
    return {
        "p50_ms": round(percentile(times, 0.5), 2),
        "p95_ms": round(percentile(times, 0.95), 2),
    }


def measure_protected(
    root: Path, vocab: Vocabulary, *, briefings: int, notes: int, seed: int = 1, repeats: int = 3
) -> dict[str, Any]:
    """Unlock and search figures for a library of ``briefings`` generated briefings."""
    data_dir = root / f"protected-{briefings}"
    made = write_library(data_dir, briefings, seed=seed, vocab=vocab)
    library = Library(data_dir)
    _add_notes(library, notes)
    documents = [d["body"] for d in library.documents() if d["briefing"].startswith("gen-")]
    queries = [q.text for q in query_mix(documents, vocab.function_words, per_type=10, seed=seed)]
    library.ensure_index()
    plain = _query_times(library, queries, repeats)
    started = time.perf_counter()
    library.protect(PASSPHRASE)
    protect_s = time.perf_counter() - started
    library.close()
    unlocks = []
    for _ in range(5):
        opened = Library(data_dir)
        started = time.perf_counter()
        opened.unlock(PASSPHRASE)
        unlocks.append((time.perf_counter() - started) * 1000)
        opened.close()
    opened = Library(data_dir)
    started = time.perf_counter()
    opened.unlock(PASSPHRASE)
    opened.search(queries[0])  # the first time: built in RAM, then sealed as a snapshot
    rebuild_ms = (time.perf_counter() - started) * 1000
    opened.close()
    snapshot = data_dir / "protected" / "index.kzenc"
    snapshot_mb = snapshot.stat().st_size / 2**20 if snapshot.exists() else 0.0
    opened = Library(data_dir)
    started = time.perf_counter()
    opened.unlock(PASSPHRASE)
    opened.search(queries[0])  # later unlocks: the encrypted snapshot is opened
    first_search_ms = (time.perf_counter() - started) * 1000
    encrypted = _query_times(opened, queries, repeats)
    opened.close()
    return {
        "briefings": len(made),
        "notes": notes,
        "queries": len(queries),
        "protect_s": round(protect_s, 2),
        "unlock_ms": round(statistics.median(unlocks), 1),
        "unlock_and_first_search_ms": round(first_search_ms, 1),
        "unlock_and_first_search_rebuilt_ms": round(rebuild_ms, 1),
        "index_snapshot_mb": round(snapshot_mb, 1),
        "search_plain": plain,
        "search_protected": encrypted,
    }


def format_line(figures: dict[str, Any]) -> str:
    return (
        f"protected ({figures['briefings']} briefing(s), {figures['notes']} notes): unlock "
        f"{figures['unlock_ms']} ms (median of 5), unlock + first search "
        f"{figures['unlock_and_first_search_ms']} ms from the encrypted index snapshot "
        f"({figures['index_snapshot_mb']} MB) vs {figures['unlock_and_first_search_rebuilt_ms']}"
        f" ms building it; search p50/p95 "
        f"{figures['search_protected']['p50_ms']}/{figures['search_protected']['p95_ms']} ms "
        f"vs unprotected {figures['search_plain']['p50_ms']}/{figures['search_plain']['p95_ms']} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.protected", description=__doc__)
    parser.add_argument("--briefings", type=int, default=1)
    parser.add_argument("--notes", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kzbrief-bench-protected-") as tmp:
        figures = measure_protected(
            Path(tmp),
            Vocabulary.build(args.seed),
            briefings=args.briefings,
            notes=args.notes,
            seed=args.seed,
        )
    print(json.dumps(figures, indent=1))
    print(format_line(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
