"""Whoosh's posting pool gathered by term (kzbrief.core.poolsort): the same index, built
without sorting every posting (nor holding the interpreter lock for a whole sort)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzbrief.core import index as index_module
from kzbrief.core import poolsort
from kzbrief.core.service import Library


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=3), st.integers(0, 50)), max_size=60), st.integers(1, 9))
def test_sorted_in_turns_is_sorted(items, chunk) -> None:
    original = poolsort.CHUNK
    poolsort.CHUNK = chunk
    try:
        assert list(poolsort.sorted_in_turns(items)) == sorted(items)
    finally:
        poolsort.CHUNK = original


def _postings(ix) -> list[tuple]:
    """Every field's every term with its documents and weights, in the order stored."""
    found = []
    with ix.searcher() as searcher:
        reader = searcher.reader()
        for field, term in reader.all_terms():
            postings = reader.postings(field, term)
            found.append((field, term, list(postings.all_items())))
    return found


def test_an_index_built_by_term_is_the_one_whoosh_builds(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = list(library._index.documents())
    monkeypatch.setattr(poolsort, "CHUNK", 97)  # many chunks of terms to merge, even here
    built, count = index_module.build_in_memory(documents)
    monkeypatch.setattr(index_module, "tuned_writer", lambda writer: writer)  # Whoosh's own
    plain, _ = index_module.build_in_memory(documents)
    assert count == len(documents) > 20
    assert _postings(built) == _postings(plain)


def test_a_spilling_pool_writes_its_runs_in_order(tmp_path, monkeypatch) -> None:
    # A pool too small for its postings writes sorted runs to disk and merges them: each run
    # is written term by term.
    from whoosh import fields
    from whoosh.filedb.filestore import FileStorage

    schema = fields.Schema(body=fields.TEXT(phrase=False))
    words = [f"w{n}" for n in range(400)]
    rng = random.Random(3)
    texts = [" ".join(rng.choice(words) for _ in range(60)) for _ in range(300)]
    built = []
    for wrap in (poolsort.gather_by_term, lambda writer: writer):
        folder = tmp_path / str(len(built))
        folder.mkdir()
        ix = FileStorage(str(folder)).create_index(schema)
        writer = wrap(ix.writer(limitmb=0.05))
        monkeypatch.setattr(poolsort, "CHUNK", 101)
        for text in texts:
            writer.add_document(body=text)
        assert writer.pool.runs  # it spilled
        writer.commit()
        built.append(_postings(ix))
    assert built[0] == built[1]


def test_a_commit_lets_go_of_the_postings_without_the_collector() -> None:
    # The pool's functions refer to the pool and the writer, which refer to them: unless
    # the cycle is broken at the end, every posting of a build stays in memory until the
    # cyclic collector runs (and the collector's pass over them stalls the window).
    import gc
    from array import array

    from whoosh.filedb.filestore import RamStorage

    from kzbrief.core.fastwrite import tuned_writer
    from kzbrief.core.indexschema import add_derived, build_schema

    ix = RamStorage().create_index(build_schema())
    gc.collect()
    gc.disable()
    try:
        writer = tuned_writer(ix.writer())
        for n in range(60):
            add_derived(writer.add_document, {"doc_id": f"d{n}", "body": f"court case {n}"})
        writer.commit()
        assert not {"add", "items", "save", "cleanup"} & set(vars(writer.pool))
        assert "add_document" not in vars(writer)
        assert "add_postings" not in vars(writer.fieldwriter)
        del writer
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        held = [o for o in gc.garbage if isinstance(o, tuple) and o and isinstance(o[0], array)]
        assert held == []
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


def test_a_schema_with_spelling_words_keeps_whoosh_s_pool() -> None:
    # Whoosh adds a field's spelling words under document 0, out of document order.
    from whoosh import fields
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.filedb.filestore import RamStorage

    body = fields.TEXT(analyzer=StemmingAnalyzer(), spelling=True)
    assert body.separate_spelling()
    ix = RamStorage().create_index(fields.Schema(body=body))
    writer = ix.writer()
    try:
        assert poolsort.gather_by_term(writer) is writer
        assert "add" not in vars(writer.pool) and "add_document" not in vars(writer)
    finally:
        writer.cancel()
