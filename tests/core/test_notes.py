"""Notes through the Library: adding, filtering, editing, undo, re-attaching, new editions,
the store underneath (migration, transactions) and the search index kept current."""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from kzbrief.core import notebook, notestore
from kzbrief.core import store as store_module
from kzbrief.core.annotations import is_note_id
from kzbrief.core.errors import BadInputError, DataError, NotFoundError
from kzbrief.core.resources import resource_path
from kzbrief.core.service import Library
from kzbrief.core.store import Store

BRIEFING = "kazakhstan-2023"
TRIALS_QUOTE = "activists received long prison terms"
CLIMATE_QUOTE = "greenhouse gas emissions remain significant"  # in the first paragraph only
BUNDLED_EDITION = json.loads(
    (resource_path("briefings") / BRIEFING / "briefing.json").read_text(encoding="utf-8")
)["edition"]


def write_edition(
    data_dir: Path, edit_sections: dict[str, str], edition: int | None = None
) -> None:
    """Put a new edition of the bundled briefing in the library (the next one unless
    ``edition`` says), with ``edit_sections`` (section id → new plain text of its first
    paragraph)."""
    source = resource_path("briefings") / BRIEFING
    target = data_dir / "library" / BRIEFING
    target.mkdir(parents=True, exist_ok=True)
    data = json.loads((source / "briefing.json").read_text(encoding="utf-8"))
    data["edition"] = data["edition"] + 1 if edition is None else edition
    for section in data["sections"]:
        if section["id"] in edit_sections:
            section["paragraphs"][0]["text"] = edit_sections[section["id"]]
    (target / "briefing.json").write_text(json.dumps(data), encoding="utf-8")
    shutil.copy(source / "editorial.json", target / "editorial.json")


def section_text(library: Library, section: str) -> str:
    return library.section(section)[1].text


# -- adding ---------------------------------------------------------------------------------------
def test_add_note_stores_the_design_shape(library: Library) -> None:
    note = library.add_note(
        "climate",
        f"  {CLIMATE_QUOTE} ",
        note="Compare with *2019* figures",
        tags=["Climate", " Emissions  data", "#climate"],
        colour="Green",
    )
    assert is_note_id(note.id)
    data = library.note(note.id).to_dict()
    assert list(data) == [
        "id",
        "briefing",
        "section",
        "quote",
        "note",
        "tags",
        "colour",
        "status",
        "created",
        "modified",
    ]
    assert data["briefing"] == BRIEFING and data["section"] == "climate"
    assert data["quote"] == CLIMATE_QUOTE
    assert data["note"] == "Compare with *2019* figures"
    assert data["tags"] == ["climate", "emissions-data"]
    assert data["colour"] == "green" and data["status"] == "anchored"
    assert data["created"] == data["modified"] and data["created"].endswith("Z")
    text = section_text(library, "climate")
    stored = library.note(note.id).anchor
    assert text[stored.start : stored.end] == CLIMATE_QUOTE
    assert text[: stored.start].endswith(stored.prefix) and text[stored.end :].startswith(
        stored.suffix
    )


def test_quote_not_in_the_section_is_bad_input(library: Library) -> None:
    with pytest.raises(BadInputError, match="is not in section climate of kazakhstan-2023"):
        library.add_note("climate", "peaceful assembly was respected")
    with pytest.raises(BadInputError):
        library.add_note("climate", "   ")
    with pytest.raises(NotFoundError):
        library.add_note("no-such-section", CLIMATE_QUOTE)
    with pytest.raises(BadInputError, match="unknown colour"):
        library.add_note("climate", CLIMATE_QUOTE, colour="orange")
    assert library.notes() == []
    assert library.store.data_version == 0


def test_quote_across_a_paragraph_break_and_a_repeated_quote(library: Library) -> None:
    text = section_text(library, "climate")
    first_end = text.index("\n\n")
    across = text[first_end - 12 : first_end] + " " + text[first_end + 2 : first_end + 10]
    note = library.add_note("climate", across)
    assert "\n\n" in note.quote
    occurrences = text.count("climate")
    assert occurrences >= 2
    second = library.add_note("climate", "climate", occurrence=2)
    assert second.anchor.start == text.index("climate", text.index("climate") + 1)
    last_start = text.rindex("climate")
    near = library.add_note("climate", "climate", near=last_start + 3)
    assert near.anchor.start == last_start
    with pytest.raises(BadInputError, match="occurrence 99 does not exist"):
        library.add_note("climate", "climate", occurrence=99)


# -- listing --------------------------------------------------------------------------------------
def test_filters_and_sorting(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    ticks = iter(range(10, 60))
    monkeypatch.setattr(notebook, "now_iso", lambda: f"2024-01-01T00:00:{next(ticks)}Z")
    late = library.add_note("trials", TRIALS_QUOTE, tags=["fair-trial"], colour="pink")
    early = library.add_note("overview", "Kazakhstan", note="Opening line", tags=["context"])
    climate = library.add_note("climate", CLIMATE_QUOTE, tags=["climate", "fair-trial"])
    assert [n.id for n in library.notes()] == [early.id, late.id, climate.id]
    assert {n.id for n in library.notes(tag="Fair-Trial")} == {late.id, climate.id}
    assert [n.id for n in library.notes(colour="pink")] == [late.id]
    assert [n.id for n in library.notes(section_id="climate")] == [climate.id]
    assert [n.id for n in library.notes(text="OPENING")] == [early.id]
    assert [n.id for n in library.notes(text="prison terms")] == [late.id]
    assert library.notes(briefing_id="elsewhere") == []
    assert len(library.notes(status="anchored")) == 3 and library.notes(status="orphaned") == []
    assert [n.id for n in library.notes(sort="created")] == [climate.id, early.id, late.id]
    library.update_note(late.id, note="edited last")
    assert [n.id for n in library.notes(sort="modified")] == [late.id, climate.id, early.id]
    with pytest.raises(BadInputError):
        library.notes(sort="colour")
    with pytest.raises(BadInputError):
        library.notes(status="lost")


def test_tags_offer_the_vocabulary_and_those_in_use(library: Library) -> None:
    library.add_note("climate", CLIMATE_QUOTE, tags=["my-own-tag"])
    tags = library.tags()
    assert "my-own-tag" in tags
    assert {"fair-trial", "gender-violence", "climate"} <= set(tags)
    assert tags == sorted(tags)


# -- editing, undo, re-attaching ------------------------------------------------------------------
def test_update_note_changes_only_what_is_given(library: Library) -> None:
    note = library.add_note("climate", CLIMATE_QUOTE, note="first", tags=["a"])
    version = library.store.data_version
    same = library.update_note(note.id, note="first", tags=["A"], colour="yellow")
    assert same == note and library.store.data_version == version  # autosave of no change
    edited = library.update_note(note.id, note="second draft")
    assert edited.body == "second draft" and edited.tags == ("a",)
    assert library.store.data_version == version + 1
    retagged = library.update_note(note.id, tags=["b", "c"], colour="purple")
    assert retagged.tags == ("b", "c") and retagged.colour == "purple"
    assert retagged.body == "second draft"
    assert library.note(note.id) == retagged
    with pytest.raises(NotFoundError):
        library.update_note("urn:uuid:00000000-0000-0000-0000-000000000000", note="x")


def test_remove_and_restore_is_an_exact_undo(library: Library) -> None:
    note = library.add_note("trials", TRIALS_QUOTE, note="keep me", tags=["x", "y"])
    removed = library.remove_note(note.id)
    assert removed == note and library.notes() == []
    with pytest.raises(NotFoundError):
        library.note(note.id)
    library.restore_note(removed)
    assert library.notes() == [note]
    with pytest.raises(NotFoundError):
        library.remove_note("urn:uuid:00000000-0000-0000-0000-000000000000")


def test_reattach_places_an_orphan_on_new_text(library: Library, data_dir: Path) -> None:
    note = library.add_note("trials", TRIALS_QUOTE, note="about sentences")
    write_edition(data_dir, {"trials": "The trials chapter was rewritten entirely."})
    library.reload()
    orphan = library.note(note.id)
    assert orphan.status == "orphaned" and orphan.quote == TRIALS_QUOTE
    text = section_text(library, "trials")
    start = text.index("rewritten")
    attached = library.reattach_note(note.id, start, start + len("rewritten entirely"))
    assert attached.status == "anchored" and attached.quote == "rewritten entirely"
    assert attached.body == "about sentences" and attached.edition == BUNDLED_EDITION + 1
    climate = section_text(library, "climate")
    moved = library.reattach_note(note.id, 4, 12, section_id="climate")
    assert moved.section == "climate" and moved.quote == climate[4:12]
    with pytest.raises(BadInputError, match="cannot attach"):
        library.reattach_note(note.id, 10, 5)


# -- new editions ---------------------------------------------------------------------------------
def test_new_edition_reanchors_moves_and_orphans_but_keeps_every_note(
    library: Library, data_dir: Path
) -> None:
    trials = library.add_note("trials", TRIALS_QUOTE, tags=["fair-trial"])
    climate = library.add_note("climate", CLIMATE_QUOTE)
    overview = library.add_note("overview", "Kazakhstan")
    old_trials = section_text(library, "trials")
    old_climate_p1 = library.section("climate")[1].paragraphs[0].text
    write_edition(
        data_dir,
        {
            "trials": "Updated in edition 2. " + old_trials,  # text inserted before
            "climate": old_climate_p1.replace(CLIMATE_QUOTE, "carbon output"),  # deleted
        },
    )
    library.reload()
    by_id = {n.id: n for n in library.notes()}
    assert by_id[trials.id].status == "moved"
    assert by_id[trials.id].anchor.start == trials.anchor.start + len("Updated in edition 2. ")
    assert (
        by_id[trials.id].quote == TRIALS_QUOTE and by_id[trials.id].edition == BUNDLED_EDITION + 1
    )
    assert by_id[climate.id].status == "orphaned"
    assert (
        by_id[climate.id].anchor == climate.anchor and by_id[climate.id].edition == BUNDLED_EDITION
    )
    assert by_id[overview.id].status == "anchored"
    # Asking again changes nothing: the anchors are current for this edition.
    assert library.reanchor_notes(BRIEFING) == {"anchored": 1, "moved": 1, "orphaned": 1}
    assert library.reanchor_notes(BRIEFING) == {"anchored": 1, "moved": 1, "orphaned": 1}
    # A restarted app sees the same, and search finds the orphan's note too.
    library.close()
    reopened = Library(data_dir)
    assert reopened.note(climate.id).status == "orphaned"
    hits = reopened.search("kind:note greenhouse").hits
    assert [h.annotation for h in hits] == [climate.id]
    reopened.close()


def test_notes_of_a_briefing_that_is_gone_are_kept(library: Library, data_dir: Path) -> None:
    note = library.add_note("climate", CLIMATE_QUOTE)
    db = sqlite3.connect(data_dir / store_module.DB_NAME)
    with db:
        db.execute("UPDATE notes SET briefing = 'removed-briefing' WHERE id = ?", (note.id,))
    db.close()
    library.reload()
    kept = library.notes()
    assert [n.id for n in kept] == [note.id] and kept[0].briefing == "removed-briefing"
    assert library.notes(briefing_id="removed-briefing")[0].id == note.id


# -- the store underneath -------------------------------------------------------------------------
def test_migration_from_schema_1_keeps_bookmarks_and_takes_a_backup(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir(mode=0o700)
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:1])
    old = Store(data_dir)
    old.add_bookmark(BRIEFING, "climate", "Before notes existed")
    old.close()
    monkeypatch.undo()
    library = Library(data_dir)
    assert library.store.schema_version == 2
    assert [b.label for b in library.bookmarks()] == ["Before notes existed"]
    backup = next((data_dir / "backups").glob("store-v1-*.sqlite3"))
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == 1
    assert library.add_note("climate", CLIMATE_QUOTE).status == "anchored"
    library.close()


def test_a_failed_write_leaves_nothing_behind(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = library.add_note("climate", CLIMATE_QUOTE, tags=["a", "b"])
    version = library.store.data_version

    def broken(db: sqlite3.Connection, note: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(notestore.NoteStore, "_insert_tags", staticmethod(broken))
    with pytest.raises(DataError, match="disk I/O error"):
        library.add_note("trials", TRIALS_QUOTE, tags=["c"])
    with pytest.raises(DataError, match="disk I/O error"):
        library.update_note(kept.id, note="lost?", tags=["z"])
    monkeypatch.undo()
    assert library.notes() == [kept]  # neither the new note nor the half-edit
    assert library.store.data_version == version
    assert library.store.integrity_check() == "ok"


def test_removing_a_note_removes_its_tags(library: Library) -> None:
    note = library.add_note("climate", CLIMATE_QUOTE, tags=["gone-soon"])
    library.remove_note(note.id)
    assert library.store.query("SELECT COUNT(*) FROM note_tags")[0][0] == 0
    assert "gone-soon" not in library.tags()


# -- search ---------------------------------------------------------------------------------------
def test_search_finds_a_note_at_once_and_follows_edits(library: Library) -> None:
    library.ensure_index()
    note = library.add_note("climate", CLIMATE_QUOTE, note="methane flaring", tags=["energy"])
    assert library.check_index()["ok"]  # the index's fingerprint followed the write
    hits = library.search("methane").hits
    assert [(h.kind, h.annotation, h.section) for h in hits] == [("note", note.id, "climate")]
    assert hits[0].section_title == "Climate policy"
    assert [h.annotation for h in library.search("tag:energy").hits] == [note.id]
    assert [h.annotation for h in library.search("greenhouse", kind="note").hits] == [note.id]
    library.update_note(note.id, note="coal plants", tags=["coal"])
    assert library.search("methane").hits == []
    assert [h.annotation for h in library.search("coal").hits] == [note.id]
    assert library.search("tag:energy").hits == []
    library.remove_note(note.id)
    assert library.search("kind:note").hits == []
    assert library.check_index()["ok"]
    assert not library.ensure_index().rebuilt


def test_note_bodies_are_searched_as_text_and_escaped_in_snippets(library: Library) -> None:
    library.add_note("climate", CLIMATE_QUOTE, note="<script>alert('x')</script> flaring")
    (hit,) = library.search("flaring").hits
    assert "<script>" not in hit.snippet_html and "&lt;script&gt;" in hit.snippet_html


def test_index_rebuild_includes_notes(library: Library) -> None:
    note = library.add_note("trials", TRIALS_QUOTE, note="cassation pending")
    library.rebuild_index()
    assert [h.annotation for h in library.search("cassation").hits] == [note.id]


def test_note_writes_and_an_index_rebuild_in_another_thread_do_not_deadlock(
    library: Library,
) -> None:
    """The GUI writes notes on its thread while a worker rebuilds the index. (Both run in
    threads here, so that a deadlock fails the test instead of hanging it.)"""
    library.ensure_index()
    errors: list[BaseException] = []
    added: list[str] = []

    def rebuild() -> None:
        try:
            for _ in range(4):
                library.rebuild_index()
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    def write() -> None:
        try:
            for i in range(15):
                added.append(library.add_note("climate", CLIMATE_QUOTE, note=f"n{i}").id)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=job, daemon=True) for job in (rebuild, write)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "deadlock between note writes and a rebuild"
    assert errors == []
    found = {h.annotation for h in library.search("kind:note", limit=50).hits}
    assert found == set(added) and len(added) == 15


def test_the_notes_tables_are_one_object_not_one_per_read(library: Library) -> None:
    assert library._session.notes is library._session.notes
    library.close()  # a new store after closing gets its own
    assert library._session.notes.store is library.store


def test_tags_follow_a_new_edition_of_the_briefing(library: Library, data_dir: Path) -> None:
    """The briefings' tags are gathered once per change of the briefings, not at each note
    opened: a new edition's tags are offered all the same."""
    assert "new-edition-tag" not in library.tags()
    write_edition(data_dir, {})
    editorial_path = data_dir / "library" / BRIEFING / "editorial.json"
    editorial = json.loads(editorial_path.read_text(encoding="utf-8"))
    editorial["vocabulary"]["new-edition-tag"] = "A tag the second edition brings"
    editorial_path.write_text(json.dumps(editorial), encoding="utf-8")
    library.reload()
    assert "new-edition-tag" in library.tags()


def test_locking_forgets_the_briefings_tags(data_dir: Path, cheap_kdf: None) -> None:
    # (imported briefings are personal in a protected library: nothing of them stays)
    library = Library(data_dir)
    library.protect("correct horse battery")
    assert "climate" in library.tags()
    assert library._notebook._kept_tags is not None
    library.lock()
    assert library._notebook._kept_tags is None
    library.close()
