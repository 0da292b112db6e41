"""Search finds the right section for the query language of DESIGN.md."""

from __future__ import annotations

import re

import pytest

from kzbrief.core.service import Library


@pytest.mark.parametrize(
    ("query", "section"),
    [
        ("Tokayev", "january-2022"),
        ('"domestic violence"', "domestic-violence"),
        ("religi*", "religion"),
        ("protester", "assembly"),  # stemmed: the text says "protests"
        ("acountability~", "trials"),  # fuzzy
        ("tag:climate", "climate"),
        ('"peaceful assembly"', "assembly"),
        ("greenhouse", "climate"),
        ("snap elections", "reform-and-elections"),
        ("TOKAYEV", "january-2022"),
        ("Tókâyev", "january-2022"),  # accents never block a match
        ("section:trials", "trials"),
        ("title:religion", "religion"),
    ],
)
def test_query_finds_the_right_section(library: Library, query: str, section: str) -> None:
    results = library.search(query)
    assert results.hits, f"no hits for {query!r}"
    assert results.hits[0].section == section, [h.section for h in results.hits]


@pytest.mark.parametrize(
    "query", ["Tokayev", '"domestic violence"', "religi*", "protester", "acountability~"]
)
def test_snippets_mark_the_matched_words(library: Library, query: str) -> None:
    hit = library.search(query).hits[0]
    assert "**" in hit.snippet
    assert "<mark>" in hit.snippet_html


def test_protester_marks_protests_in_the_snippet(library: Library) -> None:
    hit = library.search("protester").hits[0]
    assert "**protests**" in hit.snippet


def test_phrase_requires_adjacent_words(library: Library) -> None:
    # Both words occur in the briefing, never side by side.
    assert not library.search('"climate tokayev"').hits
    # Unquoted, the two words need only share a document: the texts that hold both.
    words = library.search("climate tokayev", limit=50)
    both = {
        ("text", s.id)
        for s in library.briefing().sections
        if "climate" in s.text.lower() and "tokayev" in s.text.lower()
    }
    assert {("text", "overview"), ("text", "climate")} <= both
    assert words.total == len(words.hits) == len(both)
    assert {(h.kind, h.section) for h in words.hits} == both


def test_or_and_not(library: Library) -> None:
    either = {h.section for h in library.search("greenhouse OR religion", limit=50).hits}
    assert {"climate", "religion"} <= either
    without = {h.section for h in library.search("tokayev -elections", limit=50).hits}
    assert "reform-and-elections" not in without
    assert "overview" in without
    assert {h.section for h in library.search("tokayev NOT elections", limit=50).hits} == without


def test_only_negative_query_lists_everything_else(library: Library) -> None:
    sections = {h.section for h in library.search("-tokayev", limit=100).hits}
    assert "climate" in sections and "reform-and-elections" not in sections


def test_kind_filters(library: Library) -> None:
    editorial = library.search("tokayev", kind="editorial").hits
    assert editorial and {h.kind for h in editorial} == {"editorial"}
    assert {h.kind for h in library.search("tokayev kind:text").hits} == {"text"}


def test_briefing_filter_and_unknown_briefing(library: Library) -> None:
    from kzbrief.core.errors import NotFoundError

    assert library.search("tokayev", briefing="kazakhstan-2023").hits
    assert not library.search("tokayev briefing:elsewhere").hits
    with pytest.raises(NotFoundError):
        library.search("tokayev", briefing="elsewhere")


def test_hits_carry_the_section_title_and_no_annotation(library: Library) -> None:
    hit = library.search('"domestic violence"').hits[0]
    data = hit.to_dict()
    assert data["section_title"] == "Domestic violence"
    assert data["annotation"] is None
    assert set(data) == {
        "kind",
        "briefing",
        "section",
        "section_title",
        "annotation",
        "score",
        "snippet",
        "snippet_html",
    }


def test_snippet_html_escapes_text() -> None:
    from kzbrief.core.search import make_snippet

    plain, marked = make_snippet("a <b>bold</b> claim & more", frozenset({"claim"}))
    assert "<b>" not in marked and "&lt;b&gt;" in marked
    assert "<mark>claim</mark>" in marked and "**claim**" in plain


def test_match_spans_find_every_form() -> None:
    from kzbrief.core.analysis import index_term
    from kzbrief.core.search import match_spans

    text = "Protests, a protester and PROTESTING crowds."
    spans = match_spans(text, frozenset({index_term("protest")}))
    assert [text[s:e] for s, e in spans] == ["Protests", "protester", "PROTESTING"]


# -- the speed machinery gives the answers of the plain queries --------------------------------
def _doc_ids(searcher, query) -> set[int]:
    return set(searcher.docs_for_query(query))


def test_prefix_via_edge_grams_finds_what_plain_prefix_finds(library: Library) -> None:
    from whoosh import query as wq

    from kzbrief.core.search import TEXT_FIELDS, _prefix_query

    library.ensure_index()
    searcher = library.index.searcher()
    lexicon = sorted(
        {t.decode() for f in TEXT_FIELDS for t in searcher.reader().lexicon(f)}, key=str
    )
    prefixes = sorted({term[:n] for term in lexicon for n in range(1, 7)})
    assert len(prefixes) > 500
    for prefix in prefixes:
        for field in TEXT_FIELDS:
            fast, plain = _prefix_query(field, prefix), wq.Prefix(field, prefix)
            assert _doc_ids(searcher, fast) == _doc_ids(searcher, plain), (field, prefix)


def test_documents_added_through_the_writer_get_the_derived_fields(library: Library) -> None:
    library.ensure_index()
    with library.index.writer(library.fingerprint()) as writer:
        writer.add_document(
            doc_id="note:test",
            kind="note",
            briefing="kazakhstan-2023",
            section="overview",
            order=0,
            section_title="Zanzibarian notebook",
            body="Quokkas everywhere.",
        )
    assert [h.section_title for h in library.search("quok*").hits] == ["Zanzibarian notebook"]
    assert [h.section_title for h in library.search("zanz*").hits] == ["Zanzibarian notebook"]
    assert library.search("quokkas everywhere").hits


def test_fuzzy_expansion_is_bounded_and_nearest_first(library: Library) -> None:
    from whoosh import query as wq

    from kzbrief.core.query import Fuzzy
    from kzbrief.core.search import MAX_FUZZY_TERMS, TEXT_FIELDS, compile_query, nearest_terms

    library.ensure_index()
    searcher = library.index.searcher()
    reader = searcher.reader()
    compared = 0
    for word in ("account", "protest", "elect", "tokayev", "rights"):
        nearest = nearest_terms(reader, "body", word, 2)
        everything = set(reader.terms_within("body", word, 2, prefix=1))
        assert set(nearest) <= everything and len(nearest) == min(len(everything), MAX_FUZZY_TERMS)
        if word in everything:
            assert nearest[0] == word
        if all(
            len(set(reader.terms_within(f, word, 2, prefix=1))) <= MAX_FUZZY_TERMS
            for f in TEXT_FIELDS
        ):
            whole = wq.Or([wq.FuzzyTerm(f, word, maxdist=2, prefixlength=1) for f in TEXT_FIELDS])
            fast = compile_query(Fuzzy(word, 2), reader)
            assert _doc_ids(searcher, fast) == _doc_ids(searcher, whole), word
            compared += 1
    assert compared


def test_a_fuzzy_word_near_nothing_matches_nothing(library: Library) -> None:
    assert not library.search("zzqxvw~").hits
    assert library.search("tokayev -zzqxvw~").hits


# -- issue 22 item 4: exact words --------------------------------------------------------------
def test_exact_word_ranks_above_stem_only_matches(library: Library) -> None:
    hits = library.search("accountability").hits
    exact = ["accountability" in h.snippet.lower() for h in hits]
    assert exact[0]
    # every hit that has the word itself comes before every hit that only shares its stem
    assert exact == sorted(exact, reverse=True), [h.snippet[:60] for h in hits]


def test_quoted_word_matches_the_exact_word_only(library: Library) -> None:
    hits = library.search('"accountability"').hits
    assert hits
    for hit in hits:
        assert "**accountability**" in hit.snippet.lower(), hit.snippet
    assert library.search('"ACCOUNTABILITY"').total == len(hits)  # case-insensitive


def test_quoted_phrase_matches_exact_words_only(library: Library) -> None:
    forces = library.search('"security forces"', limit=50).hits
    assert forces
    # The text says "security forces"; one editorial note says "security-force members".
    force = library.search('"security force"', limit=50).hits
    assert force and len(force) < len(forces)
    for hit in force:
        assert re.search(r"\*\*security\*\*.\*\*force\*\*", hit.snippet, re.I), hit.snippet
    assert library.search("security force").hits  # unquoted, stemming still serves


def test_quoted_word_that_is_its_own_stem_matches_it_exactly(library: Library) -> None:
    # "protest" is its own stem; the briefing also says "protests", "protesters" and
    # "protesting", and only the assembly section's text says "protest" itself.
    hits = library.search('"protest"', limit=50).hits
    assert hits
    for hit in hits:
        assert re.search(r"\*\*protest\*\*", hit.snippet, re.I), hit.snippet
    texts = {h.section for h in hits if h.kind == "text"}
    saying_it = {
        s.id for s in library.briefing().sections if re.search(r"\bprotest\b", s.text, re.I)
    }
    assert texts == saying_it == {"assembly"}
    assert library.search("protest", limit=50).total > len(hits)  # unquoted: every form
