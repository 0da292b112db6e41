"""Names across scripts, measured on our own list (``tests/data/names/names.json``).

The list holds real people and places of Kazakhstan, each in the spellings met in English
press, BGN, Russian and Kazakh Cyrillic and the Kazakh Latin alphabets, with Russian and
Kazakh case forms. Each spelling and each form goes into a sentence of its own language (one
document each), with distractor sentences whose words look like names (семей "families",
медведь, Tokyo, Miami, Казак "Cossack" …). Then every spelling is searched:

- cross-script recall: of the (query spelling, document with another spelling) pairs of one
  name, the share found;
- inflected recall: of the (query spelling, document with a case form) pairs, the share found;
- wrong hits: the share of name queries that find a document of another name or a distractor;
- ordinary queries with a wrong hit: common words (families, bear, суд …) that find a
  document with no word of their stem.

It uses only the index and search API that every version of kzbrief has, so the same script
measures the code before and after a change::

    python -m bench.names [--json] [--data tests/data/names/names.json]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kzbrief.core.analysis import fold, index_term
from kzbrief.core.index import SearchIndex
from kzbrief.core.query import parse_query

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "names" / "names.json"
_KAZAKH = re.compile(r"[әғқңөұүһі]", re.I)
_KAZAKH_ENDING = re.compile(r"(да|де|та|те|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке)$")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"\w+")
LIMIT = 1000
#: The figures that go into bench/results.json (the lists of misses go to the details).
NAME_KEYS = (
    "names",
    "spellings",
    "forms",
    "cross_script_recall",
    "inflected_recall",
    "wrong_hit_share",
    "ordinary_wrong_share",
    "name_query_p50_ms",
    "pairs",
)


def sentence(word: str, form: bool = False) -> str:
    """A sentence in the language the spelling belongs to."""
    if not _CYRILLIC.search(word):
        return f"The statement named {word} in its second paragraph."
    if _KAZAKH.search(word) or (form and _KAZAKH_ENDING.search(word)):
        return f"Бүгін {word} жиналыс өтті және әкімдік мәлімдеме жасады."
    if form:
        return f"Указ {word} вышел в понедельник, сообщили в ведомстве."
    return f"В заявлении упоминается {word} в связи с событиями недели."


def documents(data: dict[str, Any]) -> list[dict[str, Any]]:
    docs = []
    for entry in data["names"]:
        for kind in ("spellings", "forms"):
            for i, word in enumerate(entry[kind]):
                docs.append(
                    {
                        "doc_id": f"{kind}:{entry['id']}:{i}",
                        "kind": "text",
                        "briefing": "names",
                        "section": entry["id"],
                        "section_title": "Item",
                        "body": sentence(word, form=kind == "forms"),
                        "tags": "",
                    }
                )
    for i, text in enumerate(data["distractors"]):
        docs.append(
            {
                "doc_id": f"distractor:{i}",
                "kind": "text",
                "briefing": "names",
                "section": f"distractor-{i}",
                "section_title": "Item",
                "body": text,
                "tags": "",
            }
        )
    return docs


def _stem_words(text: str) -> set[str]:
    words = _WORD.findall(text)
    return {t for t in (index_term(w) for w in words) if t} | {fold(w) for w in words}


def measure(data: dict[str, Any]) -> dict[str, Any]:
    docs = documents(data)
    by_id = {d["doc_id"]: d for d in docs}
    with tempfile.TemporaryDirectory(prefix="kzbrief-names-") as tmp:
        index = SearchIndex(Path(tmp) / "index")
        index.rebuild("names", docs)
        searcher = index.searcher()

        pairs = found_pairs = form_pairs = found_forms = wrong = queries = 0
        misses: list[str] = []
        wrong_examples: list[str] = []
        timings: list[float] = []
        for entry in data["names"]:
            spellings = entry["spellings"]
            for query in spellings:
                started = time.perf_counter()
                hits = _hit_docs(searcher, query)
                timings.append((time.perf_counter() - started) * 1000)
                queries += 1
                for i, other in enumerate(spellings):
                    if other == query:
                        continue
                    pairs += 1
                    if f"spellings:{entry['id']}:{i}" in hits:
                        found_pairs += 1
                    elif len(misses) < 40:
                        misses.append(f"{query} -> {other}")
                for i, form in enumerate(entry["forms"]):
                    form_pairs += 1
                    if f"forms:{entry['id']}:{i}" in hits:
                        found_forms += 1
                    elif len(misses) < 80:
                        misses.append(f"{query} -> {form}")
                strangers = sorted(h for h in hits if h.split(":")[1] != entry["id"])
                if strangers:
                    wrong += 1
                    if len(wrong_examples) < 20:
                        shown = [by_id[h]["body"] for h in strangers[:2]]
                        wrong_examples.append(f"{query}: {shown}")
        ordinary_wrong = 0
        ordinary_examples = []
        for query in data["ordinary_queries"]:
            wanted = {t for t in (index_term(query), fold(query)) if t}
            hits = _hit_docs(searcher, query)
            bad = [h for h in hits if not wanted & _stem_words(by_id[h]["body"])]
            if bad:
                ordinary_wrong += 1
                ordinary_examples.append(f"{query}: {[by_id[h]['body'] for h in bad[:2]]}")
        index.close()
    return {
        "names": len(data["names"]),
        "spellings": sum(len(e["spellings"]) for e in data["names"]),
        "forms": sum(len(e["forms"]) for e in data["names"]),
        "cross_script_recall": round(found_pairs / pairs, 3),
        "inflected_recall": round(found_forms / form_pairs, 3),
        "wrong_hit_share": round(wrong / queries, 3),
        "ordinary_wrong_share": round(ordinary_wrong / len(data["ordinary_queries"]), 3),
        "name_query_p50_ms": round(statistics.median(timings), 2),
        "pairs": pairs,
        "form_pairs": form_pairs,
        "misses": misses,
        "wrong_examples": wrong_examples,
        "ordinary_wrong_examples": ordinary_examples,
    }


def _hit_docs(searcher: Any, text: str) -> set[str]:
    """The ids of the documents a query finds (every hit, not only the top ten)."""
    from kzbrief.core.search import compile_query

    parsed = parse_query(text)
    compiled = compile_query(parsed.tree, searcher.reader())
    if compiled is None:
        return set()
    found = searcher.search(compiled, limit=LIMIT)
    return {hit["doc_id"] for hit in found}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.names", description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    args = parser.parse_args(argv)
    report = measure(json.loads(args.data.read_text(encoding="utf-8")))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(format_names(report))
    return 0


def format_names(report: dict[str, Any]) -> str:
    return (
        f"names: {report['names']} names in {report['spellings']} spellings and "
        f"{report['forms']} case forms; cross-script recall {report['cross_script_recall']:.1%} "
        f"({report['pairs']} pairs), inflected recall {report['inflected_recall']:.1%}, "
        f"name queries with a wrong hit {report['wrong_hit_share']:.1%}, ordinary queries with "
        f"a wrong hit {report['ordinary_wrong_share']:.1%}; p50 {report['name_query_p50_ms']} ms"
    )


if __name__ == "__main__":
    sys.exit(main())
