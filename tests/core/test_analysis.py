"""The derived edge n-gram field sees exactly the terms the text analyzer indexes, and the
text field indexes exactly what Whoosh's TEXT field with that analyzer indexes."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from kzbrief.core.analysis import (
    EDGE_GRAM_MAX,
    EdgeGramField,
    TextField,
    edge_grams,
    index_term_counts,
    text_analyzer,
    text_language,
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
        "Қазақстан",
        "сотта",
        "вы́боры",
        "ёлка",
        "и\u0306",
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


_texts = st.lists(_words, max_size=40).map(" ".join) | st.text(max_size=200)


@given(_texts, st.sampled_from(["", "en", "ru", "kk"]), st.sampled_from([1.0, 4.0]))
@settings(max_examples=300, deadline=None)
def test_the_text_field_indexes_what_whoosh_s_text_field_does(
    text: str, language: str, boost: float
) -> None:
    from whoosh.fields import TEXT

    whoosh = TEXT(analyzer=text_analyzer(), stored=True, phrase=True, field_boost=boost)
    with text_language(language):
        ours = sorted(TextField(field_boost=boost).index(text))
        theirs = sorted(whoosh.index(text))
    assert ours == theirs


def test_the_text_field_numbers_positions_past_stop_words_as_whoosh_does() -> None:
    from whoosh.formats import Positions

    postings = {t: v for t, _f, _w, v in TextField().index("The court of the city, the court")}
    decode = Positions().decode_positions
    # "the"/"of" are stop words: the first word kept keeps its place, the rest follow on.
    assert decode(postings[b"court"]) == [1, 3]
    assert decode(postings[b"citi"]) == [2]
