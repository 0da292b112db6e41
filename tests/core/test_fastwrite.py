"""Posting lists written in one loop (kzbrief.core.fastwrite): the very bytes Whoosh writes."""

from __future__ import annotations

import random
from typing import Any

import pytest

from kzbrief.core import fastwrite
from kzbrief.core import index as index_module
from kzbrief.core.indexschema import add_derived, build_schema
from kzbrief.core.service import Library


def _segment_files(documents: list[dict[str, Any]], wrap: Any, codec: Any = None) -> dict:
    """The files of a one-segment index of ``documents`` (not compound: each part on its
    own), by extension, written by a writer that ``wrap`` has or has not changed."""
    from whoosh.filedb.filestore import RamStorage

    storage = RamStorage()
    ix = storage.create_index(build_schema())
    kwargs = {} if codec is None else {"codec": codec}
    writer = wrap(ix.writer(**kwargs))
    writer.compound = False
    for document in documents:
        add_derived(writer.add_document, document)
    writer.commit()
    files = {}
    for name in storage.list():
        if name.endswith((".trm", ".pst", ".col")):
            files[name.rsplit(".", 1)[1]] = storage.open_file(name).read()
    return files


def _synthetic(count: int, seed: int) -> list[dict[str, Any]]:
    """Documents where some words are in hundreds of them (posting lists of several
    blocks), some in one, with repeats (weights other than 1) and names across scripts."""
    rng = random.Random(seed)
    words = [f"word{n}" for n in range(300)] + ["Almaty", "Алматы", "court", "courts", "détenu"]
    documents = []
    for n in range(count):
        body = " ".join(rng.choice(words[: 10 + n % 300]) for _ in range(rng.randint(1, 80)))
        documents.append(
            {
                "doc_id": f"d{n}",
                "kind": rng.choice(["section", "annotation", "note"]),
                "briefing": f"b{n % 4}",
                "section": f"s{n}",
                "order": n,
                "section_title": f"Title {rng.choice(words)}",
                "body": body,
                "tags": rng.choice(["", "law,media", "media"]),
            }
        )
    return documents


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("tune", ["write_postings_in_one_loop", "tuned_writer"])
def test_the_files_are_the_ones_whoosh_writes(seed: int, tune: str) -> None:
    # One loop over Whoosh's pool (each posting), and over the pool gathered by term.
    documents = _synthetic(700, seed)
    ours = _segment_files(documents, getattr(fastwrite, tune))
    whoosh = _segment_files(documents, lambda writer: writer)
    assert set(ours) == {"trm", "pst", "col"}
    assert ours == whoosh


def test_a_merge_into_the_writer_writes_what_whoosh_writes() -> None:
    # A commit that merges segments adds their postings after the documents of its own:
    # each term's postings still arrive in document order.
    from whoosh.filedb.filestore import RamStorage
    from whoosh.writing import NO_MERGE

    from kzbrief.core.mergepolicy import merge_in_tiers

    documents = _synthetic(90, 4)
    found = []
    for wrap in (fastwrite.tuned_writer, lambda writer: writer):
        storage = RamStorage()
        ix = storage.create_index(build_schema())
        for start in range(0, 80, 10):  # eight segments of one tier
            writer = wrap(ix.writer())
            for document in documents[start : start + 10]:
                add_derived(writer.add_document, document)
            writer.commit(mergetype=NO_MERGE)
        writer = wrap(ix.writer())
        writer.compound = False
        for document in documents[80:]:
            add_derived(writer.add_document, document)
        writer.commit(mergetype=merge_in_tiers)
        assert len(ix._segments()) == 1
        found.append(
            {
                n.rsplit(".", 1)[1]: storage.open_file(n).read()
                for n in storage.list()
                if n.endswith((".trm", ".pst"))
            }
        )
    assert found[0] == found[1]
    assert len(found[0]) == 2


def test_the_bundled_briefing_s_files_are_the_ones_whoosh_writes(library: Library) -> None:
    documents = list(library._index.documents())
    assert len(documents) > 20
    ours = _segment_files(documents, fastwrite.write_postings_in_one_loop)
    assert ours == _segment_files(documents, lambda writer: writer)


def test_a_codec_that_inlines_postings_is_left_to_whoosh() -> None:
    # (Whoosh's own writer cannot inline: it calls a method its term info names otherwise;
    # the loop does not inline either, so it leaves such a writer as it is.)
    from whoosh.codec.whoosh3 import W3Codec
    from whoosh.filedb.filestore import RamStorage

    ix = RamStorage().create_index(build_schema())
    writer = ix.writer(codec=W3Codec(inlinelimit=4))
    try:
        assert fastwrite.write_postings_in_one_loop(writer) is writer
        assert "add_postings" not in vars(writer.fieldwriter)
    finally:
        writer.cancel()


def test_another_codec_s_writer_is_left_alone() -> None:
    class Other:
        fieldwriter = object()
        codec = object()

    writer = Other()
    assert fastwrite.write_postings_in_one_loop(writer) is writer
    assert writer.fieldwriter is Other.fieldwriter


def test_every_index_writer_of_the_app_writes_in_one_loop(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = []
    real = fastwrite._add_postings
    monkeypatch.setattr(fastwrite, "_add_postings", lambda *a: seen.append(1) or real(*a))
    library.rebuild_index()
    assert seen
    seen.clear()
    with library.index.writer(library.fingerprint()) as writer:
        writer.add_document(doc_id="n-1", kind="note", body="a note on courts", order=1)
    assert seen
    seen.clear()
    index_module.build_in_memory(list(library._index.documents())[:5])
    assert seen
    seen.clear()
    from kzbrief.core.memindex import MemoryIndex

    memory = MemoryIndex(library.data_dir / "unused")
    memory.ensure("f", lambda: list(library._index.documents())[:5])
    assert seen
    seen.clear()
    with memory.writer("f") as writer:
        writer.add_document(doc_id="n-2", kind="note", body="a protected note", order=2)
    assert seen


def test_blocks_encoded_once_and_reused_are_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    # Blocks and their facts are encoded once per value and reused; a cache cleared often
    # (here every few blocks) writes the same files as one kept all along, and as Whoosh.
    documents = _synthetic(300, 11)
    whoosh = _segment_files(documents, lambda writer: writer)
    assert _segment_files(documents, fastwrite.tuned_writer) == whoosh
    monkeypatch.setattr(fastwrite, "ENCODED_KEPT", 3)
    assert _segment_files(documents, fastwrite.tuned_writer) == whoosh
