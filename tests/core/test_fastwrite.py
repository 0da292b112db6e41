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
def test_the_files_are_the_ones_whoosh_writes(seed: int) -> None:
    documents = _synthetic(700, seed)
    ours = _segment_files(documents, fastwrite.write_postings_in_one_loop)
    whoosh = _segment_files(documents, lambda writer: writer)
    assert set(ours) == {"trm", "pst", "col"}
    assert ours == whoosh


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
