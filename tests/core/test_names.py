"""Names across scripts, Kazakh text, exact words and "did you mean" (issue 14, issue 22 item 4)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kzbrief.core.index import MANIFEST, SearchIndex
from kzbrief.core.query import parse_query
from kzbrief.core.search import run_search
from kzbrief.core.service import Library
from tests.bundled import bundled_sections_naming

NAMES = Path(__file__).resolve().parent.parent / "data" / "names" / "names.json"


# -- the key -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "spellings",
    [
        ("Tokayev", "Tokaev", "Toqaev", "Токаев", "Тоқаев"),
        ("Shymkent", "Şymkent", "Шымкент"),
        ("Aktobe", "Aqtöbe", "Ақтөбе", "Актобе"),
        ("Zhanaozen", "Janaozen", "Jañaözen", "Jańaózen", "Жанаозен", "Жаңаөзен"),
        ("Semey", "Semei", "Семей"),
        ("Almaty", "Алматы"),
        ("Nazarbayev", "Nazarbaev", "Назарбаев"),
    ],
)
def test_every_spelling_of_a_name_has_one_key(spellings: tuple[str, ...]) -> None:
    from kzbrief.core.names import name_key

    assert len({name_key(s) for s in spellings}) == 1, [name_key(s) for s in spellings]


@pytest.mark.parametrize(
    ("one", "other"),
    [("Tokyo", "Tokayev"), ("Miami", "Mamay"), ("Samoa", "Semey"), ("Pavlov", "Pavlodar")],
)
def test_look_alike_names_do_not_match(one: str, other: str) -> None:
    from kzbrief.core.names import is_inflection, name_key, query_bases

    keys = {k for k in (name_key(one), name_key(other))}
    assert len(keys) == 2
    key = name_key(one)
    assert key is not None
    assert not any(is_inflection(key, base) for base in query_bases(other))


def test_case_forms_are_inflections_of_the_name() -> None:
    from kzbrief.core.names import is_inflection, name_key, query_bases

    for form in ("Токаева", "Токаеву", "Тоқаевтың", "Тоқаевқа", "Tokayevs"):
        key = name_key(form)
        assert key is not None
        assert any(is_inflection(key, base) for base in query_bases("Tokayev")), form
    # and the other way: the inflected form typed finds the nominative
    assert any(is_inflection(name_key("Токаев") or "", b) for b in query_bases("Токаева"))


def test_kazakh_suffix_stripper_brings_forms_to_one_stem() -> None:
    from kzbrief.core.kazakh import kazakh_stem

    assert {kazakh_stem(w) for w in ("алматы", "алматыда", "алматыға", "алматыдан")} == {"алмат"}
    assert kazakh_stem("қазақстанда") == "қазақстан"  # -стан is kept


# -- the names list ----------------------------------------------------------------------------
def test_names_list_recall_and_wrong_hits() -> None:
    """Our list of real names in every spelling: found across scripts and case forms,
    rarely anything else (figures in bench/names.py and the closing note)."""
    from bench.names import measure

    report = measure(json.loads(NAMES.read_text(encoding="utf-8")))
    assert report["names"] >= 50
    assert report["cross_script_recall"] >= 0.95, report["misses"]
    assert report["inflected_recall"] >= 0.95, report["misses"]
    assert report["wrong_hit_share"] <= 0.03, report["wrong_examples"]


# -- searching a small index -------------------------------------------------------------------
def _doc(doc_id: str, body: str, **extra: Any) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "kind": "text",
        "briefing": "b",
        "section": doc_id,
        "section_title": "Item",
        "body": body,
        "tags": "",
        **extra,
    }


@pytest.fixture
def small_index(tmp_path: Path) -> Iterator[SearchIndex]:
    index = SearchIndex(tmp_path / "index")
    index.rebuild(
        "test",
        [
            _doc("families", "Несколько семей остались без жилья после наводнения."),
            _doc("city", "Город Семей принял делегацию."),
            _doc("decree", "Указ Токаева вышел в понедельник."),
            _doc("nominative", "В заявлении упоминается Токаев."),
            _doc("current", "Сила тока в сети упала ночью."),
            _doc("kazakh", "бүгін алматыда жиналыс өтті және әкімдік мәлімдеме жасады."),
            _doc("declared", "алматыда жиналыс болды", language="kk"),
            _doc("tokyo", "The delegation flew on to Tokyo."),
        ],
    )
    yield index
    index.close()


def _found(index: SearchIndex, query: str) -> set[str]:
    results = run_search(index.searcher(), parse_query(query), limit=50)
    return {h.section for h in results.hits}


def test_semey_in_latin_finds_the_city_not_families(small_index: SearchIndex) -> None:
    assert _found(small_index, "Semey") == {"city"}
    assert _found(small_index, "Semei") == {"city"}
    # Typed in Cyrillic it is the same word as "семей", which is found as written.
    assert _found(small_index, "Семей") == {"city", "families"}


def test_a_name_and_its_case_forms_find_each_other(small_index: SearchIndex) -> None:
    assert _found(small_index, "Токаев") == {"decree", "nominative"}  # not "тока" (current)
    assert _found(small_index, "Токаева") == {"decree", "nominative"}
    assert _found(small_index, "tokayev") == {"decree", "nominative"}
    assert _found(small_index, "Tokyo") == {"tokyo"}


def test_kazakh_text_is_stemmed_as_kazakh(small_index: SearchIndex) -> None:
    # Lower-case, so the names field cannot help: only Kazakh stemming finds these.
    assert _found(small_index, "алматы") == {"kazakh", "declared"}


def test_kazakh_text_is_stemmed_as_kazakh_in_an_index_built_in_memory(
    small_index: SearchIndex,
) -> None:
    # (a protected or read-only folder's index: it analysed every text as Russian)
    from kzbrief.core.index import build_in_memory

    with small_index.searching() as searcher:
        documents = [dict(fields) for fields in searcher.all_stored_fields()]
    declared = next(d for d in documents if d["section"] == "declared")
    declared["language"] = "kk"  # (not stored: given again, as the library gives it)
    index, _count = build_in_memory(documents)
    results = run_search(index.searcher(), parse_query("алматы"), limit=50)
    assert {h.section for h in results.hits} == {"kazakh", "declared"}


def test_a_hit_through_another_spelling_is_marked(small_index: SearchIndex) -> None:
    results = run_search(small_index.searcher(), parse_query("Tokaev"), limit=10)
    decree = next(h for h in results.hits if h.section == "decree")
    assert "**Токаева**" in decree.snippet
    assert "<mark>Токаева</mark>" in decree.snippet_html


# -- the bundled briefing ----------------------------------------------------------------------
TOKAYEV_SECTIONS = bundled_sections_naming("Tokayev")


@pytest.mark.parametrize("query", ["Токаев", "tokaev", "Тоқаев", "Toqaev", "Токаева"])
def test_tokayev_in_any_spelling_finds_the_briefing_sections(library: Library, query: str) -> None:
    found = {h.section for h in library.search(query, limit=100).hits}
    assert {"overview", "reform-and-elections"} <= TOKAYEV_SECTIONS
    assert found == TOKAYEV_SECTIONS


def test_tokyo_is_not_tokayev(library: Library) -> None:
    assert not library.search("Tokyo").hits


def test_a_note_is_found_by_another_spelling(library: Library) -> None:
    library.add_note("overview", "Tokayev", note="Указ Токаева о реформе")
    hits = library.search("Тоқаевтың", kind="note").hits
    assert [h.kind for h in hits] == ["note"]
    assert "**Токаева**" in hits[0].snippet or "**Tokayev**" in hits[0].snippet


# -- did you mean ------------------------------------------------------------------------------
def test_did_you_mean_offers_the_right_word_first(library: Library) -> None:
    results = library.search("presidnet")
    assert not results.hits
    assert results.did_you_mean[0] == "president"
    assert len(results.did_you_mean) <= 3
    assert results.to_dict()["did_you_mean"] == results.did_you_mean


def test_did_you_mean_is_empty_when_the_query_finds_enough(library: Library) -> None:
    results = library.search("president")
    assert results.hits
    assert results.to_dict()["did_you_mean"] == []


def test_did_you_mean_works_for_cyrillic(small_index: SearchIndex) -> None:
    results = run_search(small_index.searcher(), parse_query("наваднения"), limit=10)
    assert not results.hits
    assert results.did_you_mean[:1] == ["наводнения"]


def test_did_you_mean_offers_a_word_only_the_stemmed_field_holds(library: Library) -> None:
    """A note's words are indexed stemmed only: one that is its own stem is still offered
    (here from an index of one segment, built with the note in it)."""
    library.add_note("overview", "Tokayev", note="the ombudsperson wrote back")
    assert library.search("ombudspreson").did_you_mean[:1] == ["ombudsperson"]
    with library._index.index.searching() as searcher:
        assert len(list(searcher.reader().leaf_readers())) == 1


def test_did_you_mean_reads_only_a_new_segment_after_a_note(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A saved note makes a segment of its own: "did you mean" then reads that segment's
    words, not every segment's again, and still offers a word only the note holds."""
    from kzbrief.core import suggest

    library.search("presidnet")  # the briefing's segments read once
    reads: list[str] = []
    read = suggest.SegmentWords.read

    def counting(segment_reader: Any) -> suggest.SegmentWords:
        reads.append(segment_reader.segment().segment_id())
        return read(segment_reader)

    monkeypatch.setattr(suggest.SegmentWords, "read", staticmethod(counting))
    library.add_note("overview", "Tokayev", note="the ombudsperson wrote back")
    results = library.search("ombudspreson")
    assert results.did_you_mean[:1] == ["ombudsperson"]
    with library._index.index.searching() as searcher:
        segments = [leaf.segment().segment_id() for leaf, _ in searcher.reader().leaf_readers()]
    assert len(segments) >= 2 and reads and set(reads) < set(segments)


def test_did_you_mean_counts_words_across_segments_as_the_whole_index(library: Library) -> None:
    """Per-segment counts and words add up to what the reader of all the segments holds."""
    from kzbrief.core import suggest
    from kzbrief.core.indexschema import EXACT_FIELDS

    library.search("courtt")
    for body in ("court court ruling", "ruling appeal", "appeal court"):
        library.add_note("overview", "Tokayev", note=body)
        library.search("courtt")  # each note committed as a segment of its own
    with library._index.index.searching() as searcher:
        reader = searcher.reader()
        assert len(list(reader.leaf_readers())) >= 3
        exact = {b.decode(): i.doc_frequency() for b, i in reader.iter_field(EXACT_FIELDS["body"])}
        words = set(exact) | {b.decode() for b, _ in reader.iter_field("body")}
        lexicon = suggest._word_lexicon(reader)
        assert sorted(lexicon.words_of_lengths(1, 60)) == sorted(words)
        for word in ("court", "ruling", "appeal", "president", "nosuchword"):
            # as many documents as a search for the word as written finds
            assert suggest._word_frequency(reader, word) == library.search(f'"{word}"').total
        assert all(suggest._word_frequency(reader, w) == n for w, n in exact.items())


def test_did_you_mean_forgets_the_words_of_segments_gone(library: Library) -> None:
    """A rebuild replaces every segment: the words of the old ones are not kept on."""
    from kzbrief.core import suggest

    library.search("presidnet")
    before = set(suggest._SEGMENT_WORDS._kept)
    library.rebuild_index()
    assert library.search("presidnet").did_you_mean[:1] == ["president"]
    after = set(suggest._SEGMENT_WORDS._kept)
    assert before and after and not before & after


def test_locking_forgets_the_words_of_each_segment(data_dir: Path, cheap_kdf: None) -> None:
    from kzbrief.core import suggest

    library = Library(data_dir)
    library.protect("correct horse battery")
    library.add_note("overview", "Tokayev", note="the ombudsperson wrote back")
    library.search("ombudspreson")
    assert suggest._SEGMENT_WORDS._kept
    library.lock()
    assert not suggest._SEGMENT_WORDS._kept
    library.close()


# -- an index from an earlier version ----------------------------------------------------------
def test_an_index_from_an_earlier_version_is_rebuilt_once_keeping_notes(data_dir: Path) -> None:
    library = Library(data_dir)
    library.add_note("overview", "Tokayev", note="keep me")
    library.add_bookmark("overview")
    library.search("tokayev")
    library.close()
    manifest_path = data_dir / "index" / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["schema"] = 3
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")

    upgraded = Library(data_dir)
    progress: list[tuple[int, int]] = []
    status = upgraded.ensure_index(lambda done, total: progress.append((done, total)))
    assert status.rebuilt and "another version" in status.reason
    assert progress
    assert {h.section for h in upgraded.search("Токаев").hits} >= TOKAYEV_SECTIONS
    assert [n.body for n in upgraded.notes()] == ["keep me"]
    assert len(upgraded.bookmarks()) == 1
    upgraded.close()

    again = Library(data_dir)
    assert not again.ensure_index().rebuilt
    again.close()


def test_exact_field_leaves_out_words_the_stemmed_field_places_exactly() -> None:
    from kzbrief.core.analysis import exact_term_counts

    assert exact_term_counts("The court ruled.") == {"ruled": 1}  # court is its own stem
    assert exact_term_counts("The court and two courts.") == {"court": 1, "courts": 1}
