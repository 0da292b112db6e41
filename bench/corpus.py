"""A deterministic, seeded generator of English-like briefings.

The text is drawn from a Zipf-distributed vocabulary of about 30,000 words: the most frequent
ranks are real English function words (which the index drops as stop words, and FTS5 keeps),
the rest are pronounceable pseudo-words, some with English suffixes so that stemming has work
to do. A section (one index document) holds about 120 words; a briefing about 10,000 words.

Briefings are written in their stored form, ``<data>/library/<id>/briefing.json``, which
:mod:`kzbrief.core.briefings` loads, so the benchmark goes through the product's own paths.
"""

from __future__ import annotations

import itertools
import json
import random
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

VOCABULARY_SIZE = 30_000
ZIPF_EXPONENT = 1.07
SECTION_WORDS = 120
BRIEFING_WORDS = 10_000

FUNCTION_WORDS = (
    "the of and to in a is that for it as was with be by on not he this are or his from at "
    "which but have an they you were her she there been one all we their has would when who "
    "will more no if out so said what up its about into than them can only other new some "
    "could these two may then do first any my now such like our over man me even most made "
    "after also did many before must through back years where much your way well down should "
    "because each just those people how too little state good very make world still own see "
    "men work long get here between both life being under never day same another know while"
).split()
_ONSETS = (
    "b c d f g h j k l m n p r s t v w z br cr dr fr gr pr tr bl cl fl gl pl sl st sh ch th".split()
)
_NUCLEI = "a e i o u a e i o ea ai ou io".split()
_CODAS = ["", "", "", "", "", "n", "r", "l", "s", "t", "m", "nd", "st", "rk", "nt"]
_SUFFIXES = ["", "", "", "", "", "", "s", "ed", "ing", "ion", "er", "ly", "ment", "al"]


def _pseudo_word(rng: random.Random) -> str:
    syllables = rng.choice((1, 1, 2, 2, 2, 3))
    word = "".join(
        rng.choice(_ONSETS) + rng.choice(_NUCLEI) + rng.choice(_CODAS) for _ in range(syllables)
    )
    return word + rng.choice(_SUFFIXES)


@dataclass(frozen=True)
class Vocabulary:
    """Words by Zipf rank, with cumulative weights for fast seeded sampling."""

    words: tuple[str, ...]
    cumulative: tuple[float, ...]

    @classmethod
    def build(cls, seed: int = 1, size: int = VOCABULARY_SIZE) -> Vocabulary:
        rng = random.Random(f"vocabulary-{seed}")
        words = list(dict.fromkeys(FUNCTION_WORDS))
        seen = set(words)
        invented: list[str] = []
        while len(words) + len(invented) < size:
            word = _pseudo_word(rng)
            if word not in seen and len(word) > 2:
                seen.add(word)
                invented.append(word)
        # Frequent words are short (Zipf's law of abbreviation): order by a noisy length.
        invented.sort(key=lambda w: len(w) + rng.gauss(0, 2))
        words += invented
        weights = [1.0 / (rank**ZIPF_EXPONENT) for rank in range(1, size + 1)]
        return cls(tuple(words), tuple(itertools.accumulate(weights)))

    def sample(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cumulative, k=count)

    @cached_property
    def function_words(self) -> frozenset[str]:
        return frozenset(FUNCTION_WORDS)


def _sentences(rng: random.Random, words: list[str]) -> str:
    """Join words into sentences of 8–24 words with capitals, commas and full stops."""
    out: list[str] = []
    i = 0
    while i < len(words):
        length = rng.randint(8, 24)
        chunk = words[i : i + length]
        i += length
        chunk[0] = chunk[0].capitalize()
        if len(chunk) > 6 and rng.random() < 0.5:
            cut = rng.randint(3, len(chunk) - 3)
            chunk[cut] += ","
        out.append(" ".join(chunk) + ".")
    return " ".join(out)


def make_section(rng: random.Random, vocab: Vocabulary, number: int, words: int) -> dict[str, Any]:
    """One section: a 2–4 word title and 1–3 paragraphs totalling about ``words`` words."""
    title_words = [w for w in vocab.sample(rng, 12) if w not in vocab.function_words][:4]
    title = " ".join(title_words[: rng.randint(2, 4)]).capitalize() or f"Section {number}"
    body = vocab.sample(rng, words)
    cuts = sorted(rng.sample(range(20, words - 20), rng.randint(0, 2))) if words > 60 else []
    pieces = [body[a:b] for a, b in itertools.pairwise([0, *cuts, words])]
    sid = f"s{number:03d}"
    paragraphs = []
    for n, piece in enumerate(pieces, start=1):
        text = _sentences(rng, list(piece))
        paragraphs.append({"id": f"{sid}-p{n}", "text": text, "plain": text})
    return {"id": sid, "title": title, "paragraphs": paragraphs}


def make_briefing(
    vocab: Vocabulary, number: int, *, seed: int = 1, words: int = BRIEFING_WORDS
) -> dict[str, Any]:
    """A briefing of about ``words`` words in sections of about 120 words, in stored form."""
    rng = random.Random(f"briefing-{seed}-{number}")
    sections = []
    remaining = words
    while remaining > 0:
        size = min(remaining, max(40, int(rng.gauss(SECTION_WORDS, 25))))
        sections.append(make_section(rng, vocab, len(sections) + 1, size))
        remaining -= size
    return {
        "id": f"gen-{seed}-{number:03d}",
        "title": f"Generated briefing {number}",
        "edition": 1,
        "date": "2024-01-01",
        "language": "en",
        "summary": "Generated text for benchmarks.",
        "attribution": {"source": "bench/corpus.py"},
        "sections": sections,
    }


def write_briefing(library_dir: Path, briefing: dict[str, Any]) -> Path:
    """Store ``briefing`` as ``<library_dir>/<id>/briefing.json``; returns the folder."""
    folder = library_dir / briefing["id"]
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    (folder / "briefing.json").write_text(json.dumps(briefing), encoding="utf-8")
    return folder


def write_library(
    data_dir: Path, briefings: int, *, seed: int = 1, vocab: Vocabulary | None = None
) -> list[dict[str, Any]]:
    """Write ``briefings`` generated briefings into ``data_dir``'s library; returns them."""
    vocab = vocab or Vocabulary.build(seed)
    made = [make_briefing(vocab, n, seed=seed) for n in range(1, briefings + 1)]
    for briefing in made:
        write_briefing(data_dir / "library", briefing)
    return made
