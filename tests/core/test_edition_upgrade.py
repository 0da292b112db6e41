"""A data folder made by kzbrief 0.1.0 (notes, bookmarks, an imported briefing and its index
on edition 1 of the bundled briefing) upgraded in place to edition 2: once, nothing lost.

The 0.1.0 folder (fixture ``folder_010`` in tests/conftest.py) is built by the library with
edition 1 as its bundled briefing (the released files, kept in
resources/editions/kazakhstan-2023/1 as a fixture and as the edition a user can bring back),
with no edition-upgrade step, as 0.1.0 had none.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from kzbrief.core.resources import resource_path
from kzbrief.core.service import Library
from kzbrief.core.upgrade import EDITIONS_SEEN, archived_editions

BRIEFING = "kazakhstan-2023"


@pytest.fixture
def upgraded(folder_010: dict) -> Iterator[tuple[Library, dict]]:
    library = Library(folder_010["data_dir"])
    yield library, folder_010
    library.close()


def test_edition_1_is_kept_and_edition_2_is_bundled() -> None:
    assert archived_editions(BRIEFING) == [1]
    bundled = json.loads((resource_path("briefings", BRIEFING, "briefing.json")).read_text())
    assert bundled["edition"] == 2 and bundled["id"] == BRIEFING


def test_the_upgrade_reanchors_every_note_and_tells_the_user_once(upgraded) -> None:
    library, old = upgraded
    [report] = library.take_upgrades()
    assert (report.briefing, report.old_edition, report.new_edition) == (BRIEFING, 1, 2)
    assert report.notes == len(old["old_notes"])
    after = {n.id: n for n in library.notes(briefing_id=BRIEFING)}
    statuses = [after[n.id].status for n in old["notes"].values()]
    assert (report.stayed, report.moved, report.orphaned) == (
        statuses.count("anchored"),
        statuses.count("moved"),
        statuses.count("orphaned"),
    )
    assert report.orphaned >= 1 and report.moved >= 1
    assert report.message == (
        f"Your 6 notes on 'Kazakhstan: human rights in 2023' were moved to edition 2: "
        f"{report.stayed} stayed, {report.moved} moved, {report.orphaned} need attention"
    )
    assert library.take_upgrades() == []  # told once
    library.close()
    again = Library(old["data_dir"])
    try:
        assert again.take_upgrades() == []  # and once only, across starts
    finally:
        again.close()


def test_nothing_is_lost_and_orphans_keep_their_old_passage(upgraded) -> None:
    library, old = upgraded
    after = {n.id: n for n in library.notes()}
    assert set(after) == set(old["before"])
    for note_id, before in old["before"].items():
        now = after[note_id]
        assert (now.body, now.tags, now.colour, now.section, now.created) == (
            before.body,
            before.tags,
            before.colour,
            before.section,
            before.created,
        )
        if now.status == "orphaned":
            assert now.anchor == before.anchor and now.edition == 1  # the old passage, as it was
        elif now.briefing == BRIEFING:
            section = library.section(now.section, BRIEFING)[1]
            assert section.text[now.anchor.start : now.anchor.end] == now.quote
            assert now.edition == 2
    assert [n.id for n in library.notes(status="orphaned")]  # under Needs attention


def test_imported_briefing_and_its_notes_are_untouched(upgraded) -> None:
    library, old = upgraded
    note = library.note(old["imported"].id)
    assert note == old["imported"]
    assert library.briefing("review").edition == 1 and not library.briefing("review").bundled


def test_bookmarks_on_sections_that_continue_still_open(upgraded) -> None:
    library, old = upgraded
    assert {b.id for b in library.bookmarks()} == {b.id for b in old["bookmarks"]}
    for bookmark in library.bookmarks():
        briefing, section = library.section(bookmark.section, bookmark.briefing)
        assert briefing.edition == 2 and section.paragraphs


def test_the_index_answers_from_edition_2_and_finds_every_note(upgraded) -> None:
    library, old = upgraded
    old_notes = old["old_notes"]
    hits = library.search("Bishimbayev").hits
    assert hits and hits[0].section == "domestic-violence"
    found = {h.annotation for h in library.search("kind:note", limit=100).hits}
    found |= {
        h.annotation
        for _, body, _ in old_notes.values()
        for h in library.search(f'kind:note "{body}"').hits
    }
    assert set(old["before"]) <= found | {old["imported"].id}
    assert library.search("source:IPHR-2024").hits


def test_edition_1_can_be_brought_back_to_read_an_orphan_in_context(upgraded) -> None:
    library, old = upgraded
    library.take_upgrades()
    orphan = next(n for n in library.notes(briefing_id=BRIEFING) if n.status == "orphaned")
    restored = library.restore_briefing(BRIEFING)
    assert restored.edition == 1 and library.briefing(BRIEFING).edition == 1
    back = library.note(orphan.id)
    assert back.status != "orphaned"
    text = library.section(back.section, BRIEFING)[1].text
    assert text[back.anchor.start : back.anchor.end] == back.quote
    assert len(library.notes()) == len(old["before"])
    # Removing the restored edition brings edition 2 back; no upgrade notice this time.
    library.remove_briefing(BRIEFING)
    assert library.briefing(BRIEFING).edition == 2
    assert library.note(orphan.id).status == "orphaned"
    assert len(library.notes()) == len(old["before"]) and library.take_upgrades() == []


def test_a_fresh_folder_has_nothing_to_upgrade(library: Library) -> None:
    assert library.notes() == [] and library.take_upgrades() == []
    assert json.loads(library.store.get_state(EDITIONS_SEEN) or "{}") == {BRIEFING: 2}


def test_the_cli_says_it_in_one_line_once(folder_010: dict, capsys) -> None:
    from kzbrief.cli import main

    data_dir = str(folder_010["data_dir"])
    assert main(["notes", "list", "--data-dir", data_dir]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(
        "kzbrief: Your 6 notes on 'Kazakhstan: human rights in 2023' were moved to edition 2: "
    )
    assert main(["notes", "list", "--data-dir", data_dir]) == 0
    assert capsys.readouterr().err == ""
