"""Fuzzing the search language: 100,000 generated queries are parsed and thousands searched.

Queries come from a seeded generator that mixes every construct of the language (words,
phrases, OR/AND/NOT, -word, prefix*, wildcards, fuzzy~N, field filters, parentheses, deep
nesting, over-long queries) with random Unicode (controls, lone surrogates, combining marks,
right-to-left text, emoji). The work runs in a child process, where every single call has a
time bound (an interval timer raises inside the call); the parent has an overall timeout.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

from kzbrief.core.query import MAX_DEPTH, MAX_QUERY_CHARS

PARSED = 100_000
SEARCHED = 3_000
PER_CALL_S = 5.0
SEED = int(os.environ.get("KZBRIEF_FUZZ_SEED", "20230814"))

WORDS = [
    "tokayev",
    "assembly",
    "peaceful",
    "détention",
    "Détentions",
    "religi",
    "journalist",
    "violence",
    "кто",
    "свобода",
    "қазақстан",
    "әділ",
    "Ақорда",
    "u.n.",
    "human-rights",
    "2022",
    "a",
    "the",
    "x" * 300,
]
OPERATORS = ["OR", "AND", "NOT", "or", "not", "-", "--", "+", "|", "&&"]
FIELDS = ["tag", "section", "kind", "briefing", "title", "TAG", "Kind", "unknown", "http"]
KIND_VALUES = ["note", "notes", "text", "editorial", "bogus", ""]
UNICODE_BLOCKS = [
    (0x0000, 0x001F),  # controls, NUL
    (0x0020, 0x007E),
    (0x00A0, 0x024F),  # Latin-1, Latin Extended
    (0x0300, 0x036F),  # combining marks
    (0x0400, 0x04FF),  # Cyrillic (Russian, Kazakh)
    (0x0590, 0x06FF),  # Hebrew, Arabic (right to left)
    (0x200B, 0x202E),  # zero width, bidi controls
    (0x3000, 0x30FF),  # CJK punctuation, kana
    (0xD800, 0xDFFF),  # lone surrogates
    (0xE000, 0xE0FF),  # private use
    (0xFFF0, 0xFFFF),  # specials, non-characters
    (0x1F300, 0x1F64F),  # emoji
    (0x10FFF0, 0x10FFFF),
]


def random_unicode(rng: random.Random, size: int) -> str:
    out = []
    for _ in range(size):
        low, high = rng.choice(UNICODE_BLOCKS)
        out.append(chr(rng.randint(low, high)))
    return "".join(out)


def _word(rng: random.Random) -> str:
    word = rng.choice(WORDS)
    roll = rng.random()
    if roll < 0.1:
        return random_unicode(rng, rng.randint(1, 8))
    if roll < 0.2:
        return word[: rng.randint(0, len(word))] + "*"
    if roll < 0.25:
        return rng.choice(["*", "?", "**", "*?*"]) + word[:3] + rng.choice(["", "*", "?"])
    if roll < 0.35:
        return word + "~" + rng.choice(["", "1", "2", "3", "0", "~", "-1"])
    return word


def _atom(rng: random.Random, depth: int) -> str:
    roll = rng.random()
    if roll < 0.4:
        return _word(rng)
    if roll < 0.55:
        inner = " ".join(_word(rng) for _ in range(rng.randint(0, 5)))
        return rng.choice(['"{}"', '"{}', '{}"', '""{}""']).format(inner)
    if roll < 0.7:
        name = rng.choice(FIELDS)
        value = rng.choice(
            [rng.choice(KIND_VALUES), _word(rng), '"' + _word(rng) + " " + _word(rng) + '"', ""]
        )
        return f"{name}:{value}"
    if roll < 0.8:
        return rng.choice(["-", "NOT "]) + _atom(rng, depth)
    if roll < 0.9 and depth < MAX_DEPTH + 4:
        return "(" + _expression(rng, depth + 1) + rng.choice([")", ")", ""])
    return rng.choice([*OPERATORS, "(", ")", '"', ":", "~", "*"])


def _expression(rng: random.Random, depth: int = 0) -> str:
    parts = [_atom(rng, depth) for _ in range(rng.randint(1, 6))]
    glue = [rng.choice([" ", " ", " OR ", " AND ", "  ", "\t", "\n"]) for _ in parts]
    return "".join(p + g for p, g in zip(parts, glue, strict=True)).strip()


def generate(rng: random.Random) -> str:
    """One query: mostly the language, sometimes pure noise, sometimes an extreme case."""
    roll = rng.random()
    if roll < 0.70:
        return _expression(rng)
    if roll < 0.88:
        return random_unicode(rng, rng.randint(0, 60))
    if roll < 0.92:
        # The language with noise spliced in.
        text = _expression(rng)
        cut = rng.randint(0, len(text))
        return text[:cut] + random_unicode(rng, rng.randint(1, 5)) + text[cut:]
    if roll < 0.95:
        depth = rng.choice([MAX_DEPTH, MAX_DEPTH + 1, 200, 5_000])
        return "(" * depth + _word(rng) + ")" * rng.choice([depth, 0, depth - 1])
    if roll < 0.98:
        return " ".join(_word(rng) for _ in range(rng.randint(60, 400)))  # >64 terms
    return rng.choice(["a", "(", '"', "-", "~", "é"]) * rng.randint(
        MAX_QUERY_CHARS - 2, MAX_QUERY_CHARS * 40
    )


CHILD = """
import json, signal, sys, random
sys.path.insert(0, sys.argv[1])
import test_fuzz_query as fuzz
from kzbrief.core.query import parse_query
from kzbrief.core.service import Library

class Overtime(Exception):
    pass

def overtime(signum, frame):
    raise Overtime()

signal.signal(signal.SIGALRM, overtime)
seed, parsed, searched, data_dir = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
rng = random.Random(seed)
queries = [fuzz.generate(rng) for _ in range(parsed)]
library = Library(data_dir)
library.ensure_index()
failures = []
counts = {"parsed": 0, "searched": 0, "notices": 0}

def bounded(call, query):
    signal.setitimer(signal.ITIMER_REAL, fuzz.PER_CALL_S)
    try:
        return call(query)
    except Overtime:
        failures.append(["overtime", call.__name__, ascii(query[:200])])
    except Exception as exc:
        failures.append([type(exc).__name__, call.__name__, ascii(query[:200]), str(exc)[:200]])
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)

for query in queries:
    result = bounded(parse_query, query)
    if result is not None:
        counts["parsed"] += 1
        counts["notices"] += bool(result.notices)
for query in queries[:: max(1, parsed // searched)][:searched]:
    if bounded(library.search, query) is not None:
        counts["searched"] += 1
library.close()
print(json.dumps({"counts": counts, "failures": failures[:20], "failed": len(failures)}))
"""


def test_a_hundred_thousand_generated_queries_parse_and_search(
    run_child, data_dir: Path, tally
) -> None:
    child = run_child(
        [
            "-c",
            CHILD,
            str(Path(__file__).parent),
            str(SEED),
            str(PARSED),
            str(SEARCHED),
            str(data_dir),
        ],
        timeout=400,
    )
    assert child.code == 0, child.err[-3000:]
    report = json.loads(child.out)
    assert report["failed"] == 0, (f"seed {SEED}", report["failures"])
    assert report["counts"]["parsed"] == PARSED
    assert report["counts"]["searched"] == SEARCHED
    # The generator reaches the fallback as well as well-formed queries.
    assert 0.05 * PARSED < report["counts"]["notices"] < 0.95 * PARSED
    tally["queries fuzzed (parsed)"] += PARSED
    tally["queries fuzzed (searched)"] += SEARCHED


def test_the_generator_covers_the_language() -> None:
    """The fuzzer is only as good as its inputs: check that it reaches every construct."""
    rng = random.Random(SEED)
    sample = [generate(rng) for _ in range(5_000)]
    joined = "\n".join(sample)
    for construct in [" OR ", "NOT ", "-", "*", "~2", '"', "(", ")", "tag:", "kind:", "title:"]:
        assert construct in joined, construct
    assert any(len(q) > MAX_QUERY_CHARS for q in sample)
    assert any(q.count("(") > MAX_DEPTH for q in sample)
    assert any(any(0xD800 <= ord(c) <= 0xDFFF for c in q) for q in sample)
    assert any("\x00" <= c < " " and c not in "\t\n" for q in sample for c in q)
    assert sys.maxunicode >= 0x10FFFF
