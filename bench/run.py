"""``make bench``: generate the corpora, measure, write ``bench/results.json``, print a table.

results.json has exactly the shape of DESIGN.md's Benchmarks section; everything else
measured on the way (FTS5 p50s, query counts, build of one briefing, open time, the bare
window's RSS, machine facts) goes to ``results-details.json`` beside it.

    python -m bench.run [--briefings 100] [--per-type 60] [--starts 9] [--skip-startup]
                        [--skip-responsiveness]

The window's stalls while work runs (bench/responsiveness.py) go to results.json as
``responsiveness``: {scenario: {worst_ms, p99_ms}}; measured again with another program
keeping one CPU busy, they go to results-details.json as ``responsiveness_busy_core``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

from bench.corpus import Vocabulary, make_briefing, write_library
from bench.index_bench import build_index, import_briefing, index_size_mb, library_rss
from bench.names import NAME_KEYS, format_names
from bench.names import measure as measure_names
from bench.protected import format_line, measure_protected
from bench.queries import QUERY_TYPES, query_mix
from bench.search_bench import Fts5, geometric_mean_ratio, run_search_bench
from bench.startup import run_startup_bench
from kzbrief.core.service import Library

HERE = Path(__file__).resolve().parent
DATA_NAMES = HERE.parent / "tests" / "data" / "names" / "names.json"
SHAPE_KEYS = ("p50_ms", "p95_ms", "fts5_p95_ms", "ratio")
STARTUP_KEYS = ("kzbrief_ms", "bare_qt_ms", "ratio", "rss_mb")
CORPORA = {"briefing": "1 briefing (~10k words)", "library_1m": "library (~1M words)"}


def _measure_corpus(
    root: Path, name: str, briefings: int, vocab: Vocabulary, args: argparse.Namespace
) -> tuple[Library, dict[str, Any], dict[str, Any]]:
    """Write, index and search one corpus; returns the open library, results, details."""
    data_dir = root / name
    made = write_library(data_dir, briefings, seed=args.seed, vocab=vocab)
    library = Library(data_dir)
    build_s, build_cpu_s = build_index(library, CORPORA[name])
    documents = list(library.documents())
    fts5 = Fts5(root / f"{name}.fts5", documents)
    generated = [d["body"] for d in documents if d["briefing"].startswith("gen-")]
    queries = query_mix(generated, vocab.function_words, per_type=args.per_type, seed=args.seed)
    warmup = query_mix(generated, vocab.function_words, per_type=5, seed=args.seed + 1000)
    print(f"  {CORPORA[name]}: {len(queries)} queries…", flush=True)
    report = run_search_bench(library, fts5, queries, warmup, repeats=args.repeats)
    fts5.close()
    details = {
        "briefings": len(made),
        "documents": len(documents),
        "words": sum(len(d["body"].split()) + len(d["section_title"].split()) for d in documents),
        "build_s": round(build_s, 2),
        "build_cpu_s": round(build_cpu_s, 2),
        "fts5_build_s": round(fts5.build_s, 2),
        "size_mb": index_size_mb(library),
        "geomean_ratio": geometric_mean_ratio(report),
        "queries": [q.text for q in queries],
    }
    return library, report, details


def measure(args: argparse.Namespace) -> tuple[dict[str, Any], dict[str, Any]]:
    vocab = Vocabulary.build(args.seed)
    results: dict[str, Any] = {"search": {}}
    details: dict[str, Any] = {"search": {}, "corpora": {}}
    with tempfile.TemporaryDirectory(prefix="kzbrief-bench-") as tmp:
        root = Path(tmp)
        for name, briefings in (("briefing", 1), ("library_1m", args.briefings)):
            library, report, corpus = _measure_corpus(root, name, briefings, vocab, args)
            results["search"][name] = {
                k: {f: row[f] for f in SHAPE_KEYS} for k, row in report.items()
            }
            details["search"][name] = report
            details["corpora"][name] = corpus
            if name == "library_1m":
                extra = make_briefing(vocab, args.briefings + 1, seed=args.seed)
                import_s = import_briefing(library, extra)
                memory = library_rss(library.data_dir, corpus.pop("queries"), root)
                results["index"] = {
                    "build_1m_s": corpus["build_s"],
                    "import_10k_s": round(import_s, 3),
                    "size_mb": corpus["size_mb"],
                    "rss_mb": memory["rss_mb"],
                }
                details["index"] = {"open_and_first_search_s": memory["open_s"]}
            else:
                corpus.pop("queries")
            library.close()
        # Issue 16: unlock time and search on a protected (encrypted) one-briefing library.
        print("  protected library…", flush=True)
        details["protected"] = measure_protected(root, vocab, briefings=1, notes=200)
        print("  protected 1M-word library…", flush=True)
        details["protected_1m"] = measure_protected(
            root, vocab, briefings=args.briefings, notes=200, repeats=1
        )
    print("  PDF import…", flush=True)
    from bench.pdf_import import measure as measure_pdf_import

    results["pdf_import"] = measure_pdf_import(300)
    print("  names across scripts…", flush=True)
    names = measure_names(json.loads(DATA_NAMES.read_text(encoding="utf-8")))
    results["names"] = {k: names[k] for k in NAME_KEYS}
    details["names"] = names
    if not args.skip_responsiveness:  # issue 18: stalls of the window while work runs
        from bench.responsiveness import measure as measure_stalls

        stalls = measure_stalls()
        results["responsiveness"] = {
            name: {k: row[k] for k in ("worst_ms", "p99_ms")}
            for name, row in stalls.items()
            if "error" not in row
        }
        details["responsiveness"] = stalls
        # The same with another program keeping one CPU busy: stalls on a loaded machine,
        # measured the same way in every run (a busy moment of the machine is not).
        print("  responsiveness with one CPU kept busy…", flush=True)
        details["responsiveness_busy_core"] = measure_stalls(busy=1)
    if not args.skip_startup:
        print("  start-up…", flush=True)
        startup = run_startup_bench(args.starts)
        results["startup"] = {
            k: startup[k] for k in ("kzbrief_ms", "bare_qt_ms", "ratio", "rss_mb")
        }
        details["startup"] = startup
    details["machine"] = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "whoosh": metadata.version("whoosh-reloaded"),
        "sqlite": __import__("sqlite3").sqlite_version,
        "date": time.strftime("%Y-%m-%d %H:%M"),
    }
    return results, details


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:,.1f}"


def format_table(results: dict[str, Any], details: dict[str, Any]) -> str:
    lines = [
        "| corpus | query | p50 ms | p95 ms | FTS5 p95 ms | ratio |",
        "|---|---|---|---|---|---|",
    ]
    for name, rows in results["search"].items():
        for kind in QUERY_TYPES:
            row = rows[kind]
            ratio = "n/a" if row["ratio"] is None else f"{row['ratio']:.1f}x"
            lines.append(
                f"| {name} | {kind} | {_ms(row['p50_ms'])} | {_ms(row['p95_ms'])} "
                f"| {_ms(row['fts5_p95_ms'])} | {ratio} |"
            )
        geomean = details["corpora"][name]["geomean_ratio"]
        lines.append(f"| {name} | geometric mean of ratios | | | | {geomean:.1f}x |")
    index = results.get("index", {})
    corpus = details["corpora"].get("library_1m", {})
    lines += [
        "",
        f"index: {corpus.get('words', 0):,} words in {corpus.get('documents', 0):,} documents; "
        f"full build {index.get('build_1m_s')} s ({corpus.get('build_cpu_s')} s CPU; "
        f"FTS5 {corpus.get('fts5_build_s')} s); "
        f"one 10k-word import {index.get('import_10k_s')} s; size {index.get('size_mb')} MB; "
        f"RSS with the library open {index.get('rss_mb')} MB",
    ]
    if "names" in results:
        lines.append(format_names(results["names"]))
    for key in ("protected", "protected_1m"):
        if key in details:
            lines.append(format_line(details[key]))
    if "responsiveness" in details:
        from bench.responsiveness import format_table as format_stalls

        lines += ["", format_stalls(details["responsiveness"])]
        if "responsiveness_busy_core" in details:
            lines += [
                "",
                "with another program keeping one CPU busy:",
                format_stalls(details["responsiveness_busy_core"]),
            ]
    if "startup" in results:
        start, more = results["startup"], details["startup"]
        lines.append(
            f"start-up ({more['platform']}, median of {more['starts']}): kzbrief "
            f"{start['kzbrief_ms']} ms vs bare Qt {start['bare_qt_ms']} ms = {start['ratio']}x; "
            f"peak RSS {start['rss_mb']} MB vs {more['bare_qt_rss_mb']} MB; "
            f"index built at first start: {more['index_built_at_start']}; search ready "
            f"{more['search_ready_ms']} ms; later start {more['later_start_ms']} ms "
            f"(search ready {more['later_search_ready_ms']} ms), {more['later_start_rss_mb']} MB"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--briefings", type=int, default=100, help="size of the library corpus")
    parser.add_argument("--per-type", type=int, default=60, help="queries per query type")
    parser.add_argument("--starts", type=int, default=9, help="cold starts of each window")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs of each query")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--skip-responsiveness", action="store_true")
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    args = parser.parse_args(argv)
    results, details = measure(args)
    args.output.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    details_path = args.output.with_name(args.output.stem + "-details.json")
    details_path.write_text(json.dumps(details, indent=1) + "\n", encoding="utf-8")
    print(format_table(results, details))
    print(f"wrote {args.output} and {details_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
