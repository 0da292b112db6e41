"""The search's fast paths give what the plain ways give (issue 18).

Snippets judge each distinct word once per query and build only the snippet's window;
"did you mean" compares a word only with index words of a length within reach and keeps
what it found. Each is checked against the plain way on a sample.
"""

from __future__ import annotations

import html
import random

import pytest
from rapidfuzz import process as rf_process
from rapidfuzz.distance import OSA

from kzbrief.core import fastscore, suggest
from kzbrief.core.analysis import exact_term, iter_words, query_terms
from kzbrief.core.names import is_capitalised, name_key
from kzbrief.core.query import parse_query
from kzbrief.core.service import Library
from kzbrief.core.snippets import EXACT_MARK, NAME_MARK, SNIPPET_WORDS, make_snippet


def _plain_matches(word: str, terms: frozenset[str]) -> bool:
    stems = {t for t in terms if t[:1] not in {EXACT_MARK, NAME_MARK}}
    exact = {t[1:] for t in terms if t[:1] == EXACT_MARK}
    names = {t[1:] for t in terms if t[:1] == NAME_MARK}
    key = name_key(word) if is_capitalised(word) else None
    return bool(stems & set(query_terms(word))) or exact_term(word) in exact or key in names


def _plain_snippet(text: str, terms: frozenset[str]) -> tuple[str, str]:
    """The snippet as it was made before the fast path: every word judged, in full."""
    words = list(iter_words(text))
    if not words:
        return "", ""
    hits = [i for i, (_, _, w) in enumerate(words) if terms and _plain_matches(w, terms)]
    start_word = 0
    if hits:
        best, best_count, right = hits[0], 0, 0
        for left_index, left in enumerate(hits):
            while right < len(hits) and hits[right] < left + SNIPPET_WORDS:
                right += 1
            if right - left_index > best_count:
                best, best_count = left, right - left_index
        start_word = max(0, best - SNIPPET_WORDS // 4)
    end_word = min(len(words), start_word + SNIPPET_WORDS)
    start_word = max(0, min(start_word, end_word - SNIPPET_WORDS))
    begin, finish = words[start_word][0], words[end_word - 1][1]
    plain = ["…"] if begin > 0 else []
    marked = ["…"] if begin > 0 else []
    cursor = begin
    for i in range(start_word, end_word):
        s, e, w = words[i]
        plain.append(text[cursor:s])
        marked.append(html.escape(text[cursor:s]))
        hit = i in hits
        plain.append(f"**{w}**" if hit else w)
        marked.append(f"<mark>{html.escape(w)}</mark>" if hit else html.escape(w))
        cursor = e
    if finish < len(text.rstrip()):
        plain.append("…")
        marked.append("…")
    return " ".join("".join(plain).split()), "".join(marked).replace("\n", " ")


WORDS = (
    "court courts courted courting Court ruling rulings rule ruled protest protests "
    "protester Tokayev Токаев Тоқаев суд суда судом & < > détention detention ‘quoted’ "
    "the of and a in"
).split()


@pytest.mark.parametrize("seed", range(40))
def test_fast_snippet_is_the_plain_snippet(seed: int) -> None:
    rng = random.Random(seed)
    text = " ".join(
        rng.choice(WORDS) + rng.choice(["", "", ",", ".", "\n", " —"])
        for _ in range(rng.randrange(0, 160))
    )
    terms = frozenset(
        rng.sample(
            ["court", "=courts", "rule", "protest", "@tokaev", "суд", "=detention", "nothing"],
            rng.randrange(0, 4),
        )
    )
    # Twice: the second time the query's verdicts on the words are known.
    assert make_snippet(text, terms) == _plain_snippet(text, terms)
    assert make_snippet(text, terms) == _plain_snippet(text, terms)


def _plain_corrections(library: Library, word: str) -> list[str]:
    """Corrections compared with every word of the lexicon, nothing kept."""
    with library.index.searching() as searcher:
        reader = searcher.reader()
        lexicon = suggest._word_lexicon(reader)
        every = list(
            dict.fromkeys(
                w for segment in lexicon.segments for g in segment.by_length.values() for w in g
            )
        )
        own = suggest._word_frequency(reader, word)
        reach = 1 if len(word) <= 5 else 2
        close = rf_process.extract(word, every, scorer=OSA.distance, score_cutoff=reach, limit=None)
        ranked = sorted(
            (distance, -suggest._word_frequency(reader, found), found)
            for found, distance, _ in close
            if found != word and suggest._word_frequency(reader, found) > own
        )
        return [found for _, _, found in ranked[: suggest.MAX_SUGGESTIONS]]


@pytest.mark.parametrize(
    "word", ["acountability", "tokaev", "protestr", "climte", "electons", "rligion", "xyzzy"]
)
def test_corrections_within_reach_are_every_correction(library: Library, word: str) -> None:
    library.ensure_index()
    expected = _plain_corrections(library, word)
    with library.index.searching() as searcher:
        first = suggest._corrections(searcher.reader(), word)
        again = suggest._corrections(searcher.reader(), word)
    assert first == expected
    assert again == expected


def test_did_you_mean_offers_the_near_word(library: Library) -> None:
    results = library.search("acountability")
    assert results.did_you_mean and results.did_you_mean[0] == "accountability"
    with library.index.searching() as searcher:
        again = suggest.did_you_mean(searcher.reader(), parse_query("acountability").tree)
    assert again == results.did_you_mean


FAST_QUERIES = [
    "court",
    "Tokayev",
    "Токаев",
    "protester",
    "climate tokayev",
    "religion OR climate",
    "assembly -peaceful",
    "assembly NOT peaceful",
    "elections -snap -reform",
    "re*",
    "religi*",  # longer than the edge n-grams: the terms it expands to
    "acountability~",
    '"accountability"',
    "women rights violence",
    '"domestic violence"',
    '"peaceful assembly" -climate',
    '"climate tokayev"',  # both words, never side by side: nothing
]


@pytest.mark.parametrize("text", FAST_QUERIES)
def test_scoring_postings_at_once_ranks_as_whoosh_does(
    library: Library, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kzbrief.core import search

    library.ensure_index()
    parsed = parse_query(text)
    with library.index.searching() as searcher:
        compiled = search.compile_query(parsed.tree, searcher.reader())
        assert fastscore.top_hits(searcher, compiled, 10) is not None  # the fast path is taken
        fast = search.run_search(searcher, parsed, limit=10)
        every = len(searcher.search(compiled, limit=None))
        monkeypatch.setattr(search, "top_hits", lambda *args: None)
        plain = search.run_search(searcher, parsed, limit=10)
    assert fast.hits or text == '"climate tokayev"', text
    assert [h.to_dict() for h in fast.hits] == [h.to_dict() for h in plain.hits]
    assert fast.total == every
    assert not fast.total_is_estimate


def test_wildcards_and_filters_go_through_whoosh(library: Library) -> None:
    library.ensure_index()
    with library.index.searching() as searcher:
        assert fastscore.top_hits(searcher, search_compile(searcher, "rel?gion"), 10) is None
    assert library.search("rel?gion").hits
    assert library.search("climate", kind="text").hits


def search_compile(searcher: object, text: str) -> object:
    from kzbrief.core.search import compile_query

    return compile_query(parse_query(text).tree, searcher.reader())  # type: ignore[attr-defined]


def _put_note(writer: object, doc_id: str, title: str, body: str, order: int = 0) -> None:
    """A note's document in the overview section, as the index holds one (replacing any of
    the same id)."""
    writer.update_document(  # type: ignore[attr-defined]
        doc_id=doc_id,
        kind="note",
        briefing="kazakhstan-2023",
        section="overview",
        order=order,
        section_title=title,
        body=body,
    )


def test_segments_and_deleted_documents_are_scored_as_whoosh_does(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kzbrief.core import search

    library.ensure_index()
    with library.index.writer(library.fingerprint()) as writer:  # a second segment
        for n in range(3):
            body = "Peaceful assembly and climate notes. " * (n + 1)
            _put_note(writer, f"note:seg{n}", "Assembly notebook", body)
    with library.index.writer(library.fingerprint()) as writer:  # replaces one: a deletion
        _put_note(writer, "note:seg1", "Assembly notebook", "Climate only.")
    for text in ("assembly", "climate -peaceful", "assembly OR climate", "notebook"):
        parsed = parse_query(text)
        with library.index.searching() as searcher:
            assert not searcher.is_atomic()
            compiled = search.compile_query(parsed.tree, searcher.reader())
            fast = search.run_search(searcher, parsed, limit=10)
            every = len(searcher.search(compiled, limit=None))
            with monkeypatch.context() as patch:
                patch.setattr(search, "top_hits", lambda *args: None)
                plain = search.run_search(searcher, parsed, limit=10)
        assert [h.to_dict() for h in fast.hits] == [h.to_dict() for h in plain.hits], text
        assert fast.total == every, text
    bodies = [h.snippet for h in library.search("notebook", limit=50).hits]
    assert sum("Climate only" in b for b in bodies) == 1


@pytest.mark.parametrize(
    ("word", "distance"),
    [("acountability", 2), ("protestr", 1), ("climte", 2), ("tokaev", 1), ("xy", 2), ("a", 1)],
)
def test_nearest_terms_within_reach_are_every_near_term(
    library: Library, word: str, distance: int
) -> None:
    from rapidfuzz.distance import Levenshtein

    library.ensure_index()
    with library.index.searching() as searcher:
        reader = searcher.reader()
        every = [b.decode("utf-8") for b in reader.lexicon("body")]
        same_initial = [w for w in every if w[:1] == word[:1]]
        close = rf_process.extract(
            word, same_initial, scorer=Levenshtein.distance, score_cutoff=distance, limit=None
        )
        ranked = sorted((d, -reader.doc_frequency("body", w), w) for w, d, _ in close)
        expected = [w for _, _, w in ranked[: suggest.MAX_FUZZY_TERMS]]
        assert suggest.nearest_terms(reader, "body", word, distance) == expected
        assert suggest.nearest_terms(reader, "body", word, distance) == expected  # kept


GENERATED = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima".split()


def _generated_body(rng: random.Random) -> str:
    # Zipf-like: the first words are in most documents (posting lists of several blocks),
    # the last in few (inlined in the term index), so that both kinds meet in a query.
    weights = [1 / (rank + 1) for rank in range(len(GENERATED))]
    return " ".join(rng.choices(GENERATED, weights, k=rng.randrange(5, 60)))


def _generated_query(rng: random.Random) -> str:
    a, b, c = rng.sample(GENERATED, 3)
    return rng.choice(
        [
            a,
            f"{a} {b}",
            f"{a} {b} {c}",
            f'"{a} {b}"',
            f'"{a} {b} {c}"',
            f'"{a} {a}"',
            f'"{a} {b} {a}"',
            f'"{a} {b}" {c}',
            f'"{a} {b}" -{c}',
            f'"{a} {b}" OR "{b} {c}"',
            f"{a} OR {b}",
            f"{a} -{b}",
            f"{a} {b} -{c}",
            f"{a[:2]}* {b}",
            f"kind:note {a} {b}",  # a field scored otherwise than by BM25F, in the query
        ]
    )


def _whoosh_top(searcher: object, compiled: object, limit: int, only: object = None) -> tuple:
    """Whoosh's own scores for every match (no pruning), ranked as top_hits ranks them; to 9
    places (Whoosh adds an And's parts in an order of its estimates of their sizes, so the
    last bits of a sum may differ)."""
    every = searcher.search(compiled, limit=None, filter=only)  # type: ignore[attr-defined]
    ranked = sorted(((hit.score, hit.docnum) for hit in every), key=lambda h: (-h[0], h[1]))
    return [(round(score, 9), doc) for score, doc in ranked[:limit]], len(ranked)


def _fast_top(searcher: object, compiled: object, limit: int, only: object = None) -> tuple:
    found = fastscore.top_hits(searcher, compiled, limit, only)  # type: ignore[arg-type]
    assert found is not None  # the fast path is taken
    ranked, total = found
    return [(round(score, 9), doc) for score, doc in ranked], total


def test_generated_library_scores_as_whoosh_does(library: Library) -> None:
    """Random queries over 900 generated notes (frequent words in posting lists of several
    blocks, rare ones inlined, four segments, a deleted document): the same hits, scores
    and totals as Whoosh scores them, for words, phrases (repeated words too), AND, OR and
    NOT, with and without a filter by kind."""
    from whoosh import query as wq

    from kzbrief.core import search

    rng = random.Random(18)
    library.ensure_index()
    for batch in range(2):
        with library.index.writer(library.fingerprint()) as writer:
            for n in range(450):
                title = " ".join(rng.sample(GENERATED, 2))
                _put_note(writer, f"note:gen{batch}-{n}", title, _generated_body(rng), n)
    with library.index.writer(library.fingerprint()) as writer:  # a deletion in a segment
        _put_note(writer, "note:gen0-1", "replaced", "alpha bravo replaced", 1)
    queries = [_generated_query(rng) for _ in range(200)]
    notes = wq.Term("kind", "note")
    with library.index.searching() as searcher:
        assert len(list(searcher.leaf_searchers())) == 4
        reader = searcher.reader()
        assert reader.has_deletions()
        stems = [reader.postings("body", query_terms(word)[0]) for word in GENERATED]
        assert any(type(m).__name__ == "MultiMatcher" for m in stems)
        for word in GENERATED:  # the documents of a word, a block at a time
            stem = query_terms(word)[0]
            every = set(reader.postings("body", stem).all_ids())
            assert fastscore.matcher_documents(reader.postings("body", stem)) == every
        for text in queries:
            compiled = search.compile_query(parse_query(text).tree, searcher.reader())
            assert _fast_top(searcher, compiled, 10) == _whoosh_top(searcher, compiled, 10), text
            assert _fast_top(searcher, compiled, 5, notes) == _whoosh_top(
                searcher, compiled, 5, notes
            ), text
