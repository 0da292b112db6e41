"""The derived edge n-gram field sees exactly the terms the text analyzer indexes."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from kzbrief.core.analysis import (
    EDGE_GRAM_MAX,
    EdgeGramField,
    edge_grams,
    index_term_counts,
    text_analyzer,
)


def test_edge_grams_are_the_short_prefixes() -> None:
    assert edge_grams("religion", 4) == ["r", "re", "rel", "reli"]
    assert edge_grams("ab", 4) == ["a", "ab"]


_words = st.sampled_from(
    [
        "Détentions",
        "the",
        "protesters",
        "PROTESTS",
        "of",
        "Tokayev",
        "U.N.",
        "a",
        "кто",
        "журналисты",
        "2023",
        "human-rights",
        "naïve",
        "x",
        "élections",
        "ß",
    ]
)


@given(st.lists(_words, max_size=30).map(" ".join) | st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_term_counts_match_the_text_analyzer(text: str) -> None:
    analyzed = Counter(token.text for token in text_analyzer()(text))
    assert index_term_counts(text) == analyzed


def test_gram_frequency_counts_the_words_sharing_it() -> None:
    field = EdgeGramField(field_boost=3.0)
    postings = {gram: (freq, weight) for gram, freq, weight, _ in field.index("Protests protester")}
    assert postings[b"p"] == (2, 6.0)  # both words stem to "protest"
    assert max(len(gram) for gram in postings) == EDGE_GRAM_MAX
