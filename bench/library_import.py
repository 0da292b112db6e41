"""Benchmark: import generated briefings one by one, then search the whole library.

    python bench/library_import.py [--count 100] [--json FILE]

Generates ``--count`` reports (Markdown, HTML and plain text in turn; every fifth in
Russian, cp1251), each about 12 sections of 4 paragraphs, and imports them into a fresh
data folder through :class:`Library` (as ``kzbrief import`` does: parse, store, update
the index in place). Then it measures opening the library with all of them, and search
latency per query type. Prints a table and, with ``--json``, writes the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from kzbrief.core.service import Library

WORDS = (
    "court detained activists peaceful assembly rally journalists charged sentenced prison "
    "authorities police protest freedom expression association party registration election "
    "observers lawyer trial appeal torture custody complaint investigation region city "
    "women violence shelter law amendment government minister report monitors fine days "
    "religious community believers worship climate coal emissions pledge"
).split()
RUSSIAN = (
    "суд задержаны активисты мирные собрания митинг журналисты обвинение приговор тюрьма "
    "власти полиция протест свобода выражения объединений партия регистрация выборы выборов "
    "наблюдатели адвокат процесс жалоба расследование область город женщины насилие закон"
).split()
QUERIES = {
    "word": "detained",
    "two_words": "peaceful assembly",
    "phrase": '"peaceful assembly"',
    "prefix": "detain*",
    "fuzzy": "custdy~",
    "or_not": "torture OR custody -coal",
    "russian": "выборов",
    "one_briefing": "lawyer briefing:report-042",
    "rare": "zqmarker73",
}


def _sentence(rng: random.Random, vocabulary: list[str], words: int) -> str:
    return " ".join(rng.choice(vocabulary) for _ in range(words)).capitalize() + "."


def make_report(number: int, folder: Path) -> Path:
    """One generated report; its format and language depend on ``number``."""
    rng = random.Random(number)
    russian = number % 5 == 4
    vocabulary = RUSSIAN if russian else WORDS
    title = f"Report {number:03d}: rights review"
    sections = []
    for s in range(12):
        heading = f"{s + 1}. " + " ".join(rng.choice(vocabulary) for _ in range(3)).capitalize()
        paragraphs = [
            " ".join(_sentence(rng, vocabulary, rng.randint(8, 18)) for _ in range(4))
            for _ in range(4)
        ]
        sections.append((heading, paragraphs))
    sections[-1][1].append(f"Marker zqmarker{number} for the rare-word query.")
    kind = "txt" if russian else ("md", "html", "txt")[number % 3]
    if kind == "md":
        body = f"# {title}\n\n" + "\n\n".join(f"## {h}\n\n" + "\n\n".join(ps) for h, ps in sections)
    elif kind == "html":
        body = (
            f"<html><head><title>{title}</title><script>track()</script></head><body>"
            f"<nav><a href='/'>Home</a></nav><main><h1>{title}</h1>"
            + "".join(f"<h2>{h}</h2>" + "".join(f"<p>{p}</p>" for p in ps) for h, ps in sections)
            + "</main><footer>© Example</footer></body></html>"
        )
    else:
        body = f"{title.upper()}\n\n" + "\n\n".join(
            f"{h}\n\n" + "\n\n".join(ps) for h, ps in sections
        )
    path = folder / f"report-{number:03d}.{kind}"
    path.write_bytes(body.encode("cp1251" if russian else "utf-8"))
    return path


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered), 2), "p95_ms": round(p95, 2)}


def run(count: int, repeats: int = 30) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="kzbrief-bench-") as scratch:
        root = Path(scratch)
        sources = root / "sources"
        sources.mkdir()
        paths = [make_report(n, sources) for n in range(count)]
        data_dir = root / "data"
        library = Library(data_dir)
        library.ensure_index()
        import_ms = []
        for n, path in enumerate(paths):
            started = time.perf_counter()
            library.import_briefing(path, briefing_id=f"report-{n:03d}")
            import_ms.append((time.perf_counter() - started) * 1000)
        library.close()

        started = time.perf_counter()
        library = Library(data_dir)
        status = library.ensure_index()
        startup_ms = (time.perf_counter() - started) * 1000
        assert not status.rebuilt, "the index was rebuilt: incremental updates lost track"

        search: dict[str, Any] = {}
        for name, query in QUERIES.items():
            for _ in range(3):
                library.search(query)
            samples = []
            for _ in range(repeats):
                started = time.perf_counter()
                results = library.search(query)
                samples.append((time.perf_counter() - started) * 1000)
            search[name] = {**_percentiles(samples), "hits": results.total}
        check = library.check_index()
        library.close()
    return {
        "briefings_imported": count,
        "import": {**_percentiles(import_ms), "total_s": round(sum(import_ms) / 1000, 2)},
        "open_library_ms": round(startup_ms, 1),
        "search": search,
        "index": {
            "documents": check.get("documents"),
            "size_mb": round(check.get("size_bytes", 0) / 1048576, 2),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--json", metavar="FILE", help="also write the figures here")
    args = parser.parse_args()
    figures = run(args.count, args.repeats)
    imp = figures["import"]
    print(f"Imported {figures['briefings_imported']} briefings in {imp['total_s']} s")
    print(f"  per import: p50 {imp['p50_ms']} ms, p95 {imp['p95_ms']} ms")
    print(f"  opening the library afterwards: {figures['open_library_ms']} ms")
    print(f"  index: {figures['index']['documents']} documents, {figures['index']['size_mb']} MB")
    print(f"{'query':<14}{'p50 ms':>9}{'p95 ms':>9}{'hits':>7}")
    for name, row in figures["search"].items():
        print(f"{name:<14}{row['p50_ms']:>9}{row['p95_ms']:>9}{row['hits']:>7}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
