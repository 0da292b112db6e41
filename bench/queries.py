"""A fixed, seeded mix of every query type, in kzbrief's language and in FTS5's.

Query words come from the generated text itself (so most queries have hits, frequent words
most often, as users' searches do). Prefix queries are the ones a user produces while typing
a word letter by letter (``r*``, ``re*``, ``rel*`` …); fuzzy queries carry one typing
error anywhere after the first letter. Cross-script queries are names from our names list in
one of their spellings (Latin or Cyrillic, as typed: capitalised or not), expanded to every
spelling the index holds; "did you mean" queries are a word with one typing error and no ``~``,
so they mostly find nothing and ask for suggestions. FTS5 has neither fuzzy search, names
across scripts nor suggestions: their query is ``None``.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

QUERY_TYPES = (
    "term",
    "two_words",
    "phrase",
    "prefix",
    "fuzzy",
    "or_not",
    "cross_script",
    "did_you_mean",
)
#: Names in every spelling (tests/data/names/names.json): the cross-script queries.
NAMES_LIST = Path(__file__).resolve().parent.parent / "tests" / "data" / "names" / "names.json"
_WORD = re.compile(r"[A-Za-z]+")
MAX_TYPED_PREFIX = 8


@dataclass(frozen=True)
class BenchQuery:
    kind: str
    text: str  # kzbrief's query language
    fts5: str | None  # the same query for SQLite FTS5 (None: FTS5 cannot express it)


def _quoted(*words: str) -> str:
    return '"' + " ".join(words) + '"'


class _Picker:
    """Draws words and word runs from the sections' text."""

    def __init__(self, bodies: list[str], function_words: frozenset[str], seed: int) -> None:
        self.rng = random.Random(f"queries-{seed}")
        self.bodies = bodies
        self.function_words = function_words
        self._words: dict[int, list[str]] = {}

    def words_of(self, index: int) -> list[str]:
        if index not in self._words:
            self._words[index] = [w.lower() for w in _WORD.findall(self.bodies[index])]
        return self._words[index]

    def content_words(self, count: int, min_length: int = 3) -> list[str]:
        """``count`` distinct content words from one random section, drawn by frequency."""
        while True:
            words = self.words_of(self.rng.randrange(len(self.bodies)))
            pool = [w for w in words if w not in self.function_words and len(w) >= min_length]
            chosen: list[str] = []
            for _ in range(20 * count):
                if len(chosen) == count or not pool:
                    break
                word = self.rng.choice(pool)
                if word not in chosen:
                    chosen.append(word)
            if len(chosen) == count:
                return chosen

    def run(self, length: int) -> list[str]:
        """``length`` adjacent words holding at least two content words."""
        while True:
            words = self.words_of(self.rng.randrange(len(self.bodies)))
            start = self.rng.randrange(max(1, len(words) - length))
            run = words[start : start + length]
            if len(run) == length and sum(w not in self.function_words for w in run) >= 2:
                return run


def _typo(rng: random.Random, word: str) -> str:
    """One edit (substitute, delete, insert or swap) anywhere after the first letter."""
    at = rng.randrange(1, len(word) - 1)
    letter = rng.choice("abcdefghijklmnoprstuvwy")
    edit = rng.choice(("substitute", "delete", "insert", "swap"))
    if edit == "substitute":
        return word[:at] + letter + word[at + 1 :]
    if edit == "delete":
        return word[:at] + word[at + 1 :]
    if edit == "insert":
        return word[:at] + letter + word[at:]
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def query_mix(
    bodies: list[str], function_words: frozenset[str], *, per_type: int = 60, seed: int = 1
) -> list[BenchQuery]:
    """``per_type`` queries of each type (prefix: whole typed words, about that many)."""
    pick = _Picker(bodies, function_words, seed)
    rng = pick.rng
    mix: list[BenchQuery] = []
    for _ in range(per_type):
        (word,) = pick.content_words(1)
        mix.append(BenchQuery("term", word, _quoted(word)))
    for _ in range(per_type):
        a, b = pick.content_words(2)
        mix.append(BenchQuery("two_words", f"{a} {b}", f"{_quoted(a)} {_quoted(b)}"))
    for _ in range(per_type):
        run = pick.run(rng.choice((2, 2, 3)))
        mix.append(BenchQuery("phrase", _quoted(*run), _quoted(*run)))
    typed = 0
    while typed < per_type:
        (word,) = pick.content_words(1, min_length=5)
        for length in range(1, min(len(word), MAX_TYPED_PREFIX + 1)):
            prefix = word[:length]
            mix.append(BenchQuery("prefix", f"{prefix}*", f"{_quoted(prefix)}*"))
            typed += 1
    for _ in range(per_type):
        (word,) = pick.content_words(1, min_length=5)
        mix.append(BenchQuery("fuzzy", f"{_typo(rng, word)}~", None))
    for n in range(per_type):
        a, b = pick.content_words(2)
        text, fts5 = [
            (f"{a} OR {b}", f"{_quoted(a)} OR {_quoted(b)}"),
            (f"{a} -{b}", f"{_quoted(a)} NOT {_quoted(b)}"),
            (f"{a} NOT {b}", f"{_quoted(a)} NOT {_quoted(b)}"),
        ][n % 3]
        mix.append(BenchQuery("or_not", text, fts5))
    spellings = [
        s for e in json.loads(NAMES_LIST.read_text("utf-8"))["names"] for s in e["spellings"]
    ]
    for n in range(per_type):
        name = rng.choice(spellings)
        mix.append(BenchQuery("cross_script", name.lower() if n % 2 else name, None))
    for _ in range(per_type):
        (word,) = pick.content_words(1, min_length=5)
        mix.append(BenchQuery("did_you_mean", _typo(rng, word), None))
    return mix
