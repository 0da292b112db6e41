"""Probe: memory with a library open and searched, in a fresh process.

Usage: ``python -m bench.library_rss DATA_DIR QUERIES_JSON``. Opens the Library, runs every
query once and prints one JSON line: the time to open the index and answer the first query,
and peak RSS.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from bench.firstpaint import peak_rss_mb
from kzbrief.core.service import Library


def main() -> int:
    data_dir, queries_file = Path(sys.argv[1]), Path(sys.argv[2])
    queries = json.loads(queries_file.read_text(encoding="utf-8"))
    started = time.perf_counter()
    library = Library(data_dir)
    first = library.search(queries[0], limit=10)
    open_s = time.perf_counter() - started
    for text in queries[1:]:
        library.search(text, limit=10)
    peak_mb = peak_rss_mb()
    library.close()
    rebuilt = any("Rebuilt" in n for n in first.notices)
    print(json.dumps({"open_s": round(open_s, 3), "rss_mb": round(peak_mb, 1), "rebuilt": rebuilt}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
