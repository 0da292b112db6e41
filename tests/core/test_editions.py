"""A new edition whose sections have new ids: notes and bookmarks follow (issue 22, item 2).

The scenario of the issue: the bundled briefing exported as Markdown and imported back as
its new edition (so every section id now comes from its heading: ``expression`` becomes
``freedom-of-expression``), with one sentence reworded, paragraphs moved within and across
sections, and one paragraph deleted.
"""

from __future__ import annotations

from kzbrief.core.service import Library

BRIEFING = "kazakhstan-2023"


def test_notes_follow_renamed_moved_and_reworded_passages(
    library: Library, edition_scenario
) -> None:
    old = library.briefing(BRIEFING)
    association_p2 = old.section("association").paragraphs[1].text
    climate_p2 = old.section("climate").paragraphs[1].text
    notes = {
        "unchanged": library.add_note("expression", edition_scenario.unchanged),
        "reworded": library.add_note("expression", edition_scenario.reworded),
        "across": library.add_note("expression", edition_scenario.moved_across),
        "across-2": library.add_note("expression", edition_scenario.moved_across_2),
        "within": library.add_note("association", association_p2[:60]),
        "deleted": library.add_note("climate", climate_p2[:60]),
    }

    report = library.import_briefing(edition_scenario.path, briefing_id=BRIEFING, replace=True)

    assert report.notes is not None
    assert report.notes.to_dict() == {"stayed": 1, "moved": 4, "orphaned": 1}
    now = {name: library.note(note.id) for name, note in notes.items()}
    status = {name: (n.status, n.section) for name, n in now.items()}
    assert status == {
        "unchanged": ("anchored", "freedom-of-expression"),
        "reworded": ("moved", "freedom-of-expression"),
        "across": ("moved", "freedom-of-peaceful-assembly"),
        "across-2": ("moved", "freedom-of-peaceful-assembly"),
        "within": ("moved", "freedom-of-association"),
        # An orphan's section follows too, so that it can be re-attached there.
        "deleted": ("orphaned", "climate-policy"),
    }
    for name in ("unchanged", "across", "across-2", "within"):
        note = now[name]
        text = library.section(note.section)[1].text
        assert text[note.anchor.start : note.anchor.end] == notes[name].quote, name
    assert now["reworded"].quote.startswith("The source article calls the time since the January")
    assert now["deleted"].anchor == notes["deleted"].anchor
    # Every note is found by search in its new section, and listed under it.
    assert {n.id for n in library.notes(section_id="freedom-of-peaceful-assembly")} == {
        notes["across"].id,
        notes["across-2"].id,
    }
    # Asking again changes nothing.
    assert library.reanchor_notes(BRIEFING) == {"anchored": 1, "moved": 4, "orphaned": 1}


def test_bookmarks_follow_their_section_and_paragraph(library: Library, edition_scenario) -> None:
    on_section = library.add_bookmark("expression")
    on_paragraph = library.add_bookmark("association", paragraph="association-p3")
    on_gone = library.add_bookmark("outlook", label="Where it is going")

    library.import_briefing(edition_scenario.path, briefing_id=BRIEFING, replace=True)

    by_id = {b.id: b for b in library.bookmarks()}
    assert (by_id[on_section.id].section, by_id[on_section.id].paragraph) == (
        "freedom-of-expression",
        None,
    )
    # association-p3, the last, now stands first in its section.
    assert (by_id[on_paragraph.id].section, by_id[on_paragraph.id].paragraph) == (
        "freedom-of-association",
        "freedom-of-association-p1",
    )
    assert by_id[on_gone.id].section == "outlook"
    # The window follows a section it had open (or a place it stored) the same way.
    assert library.follow_section("expression", BRIEFING) == "freedom-of-expression"
    assert library.follow_section("freedom-of-expression", BRIEFING) == "freedom-of-expression"
    assert library.follow_section("outlook", BRIEFING) is None


def test_cli_import_summary_says_where_the_notes_went(cli, edition_scenario) -> None:
    scenario = edition_scenario
    quotes = (scenario.unchanged, scenario.reworded, scenario.moved_across, scenario.moved_across_2)
    for quote in quotes:
        assert cli("notes", "add", "--section", "expression", "--quote", quote).code == 0
    result = cli("import", str(edition_scenario.path), "--id", BRIEFING, "--replace")
    assert result.code == 0, result.err
    assert "Your notes: 1 stayed, 3 moved, 0 orphaned." in result.out


def test_sections_are_matched_by_id_title_paragraphs_then_id_words(library: Library) -> None:
    from kzbrief.core.editions import match_sections

    old = library.briefing(BRIEFING)
    assert match_sections(old, old) == {s.id: s.id for s in old.sections}
    assert match_sections(None, old, ["expression", "nothing-like-it"]) == {
        "expression": "expression"
    }


def test_notes_orphaned_by_the_old_way_are_tried_once_more(
    library: Library, data_dir, edition_scenario
) -> None:
    """Data from before the fix: notes orphaned (under their old section id) on the current
    edition are placed when the library next opens, once."""
    import sqlite3

    from kzbrief.core import store as store_module

    note = library.add_note("expression", edition_scenario.moved_across)
    library.import_briefing(edition_scenario.path, briefing_id=BRIEFING, replace=True)
    fingerprint = library.briefing(BRIEFING).fingerprint
    library.close()
    db = sqlite3.connect(data_dir / store_module.DB_NAME)
    with db:  # as the old code left it: orphaned, old section, current fingerprint
        db.execute(
            "UPDATE notes SET status = 'orphaned', section = 'expression', anchored_to = ?",
            (fingerprint,),
        )
        db.execute("DELETE FROM reading_state WHERE key LIKE 'notes.%'")
    db.close()
    reopened = Library(data_dir)
    try:
        placed = reopened.note(note.id)
        assert (placed.status, placed.section) == ("moved", "freedom-of-peaceful-assembly")
        hits = reopened.search("kind:note monitors recorded").hits
        assert [(h.annotation, h.section) for h in hits] == [
            (note.id, "freedom-of-peaceful-assembly")
        ]
    finally:
        reopened.close()


def test_an_old_section_id_gets_one_line_that_names_the_new_one(
    library: Library, edition_scenario, cli
) -> None:
    library.import_briefing(edition_scenario.path, briefing_id=BRIEFING, replace=True)
    result = cli("show", "expression")
    assert result.code == 2
    assert result.err.strip() == (
        "kzbrief: no section 'expression' in kazakhstan-2023: its new edition calls it "
        "'freedom-of-expression'"
    )


def test_an_unknown_section_in_a_long_briefing_gets_one_short_line(
    library: Library, tmp_path, cli
) -> None:
    path = tmp_path / "archive.txt"
    path.write_text(
        "Archive\n\n"
        + "\n\n".join(f"{n}. Chapter {n}\n\nText of chapter {n} here." for n in range(1, 501)),
        encoding="utf-8",
    )
    library.import_briefing(path, briefing_id="archive")
    result = cli("show", "nothing", "--briefing", "archive")
    assert result.code == 2 and len(result.err.splitlines()) == 1
    assert len(result.err) < 400 and "and 488 more: see 'kzbrief sections'" in result.err


def test_removing_the_new_edition_brings_notes_and_bookmarks_back(
    library: Library, edition_scenario
) -> None:
    note = library.add_note("expression", edition_scenario.moved_across)
    bookmark = library.add_bookmark("expression")
    library.import_briefing(edition_scenario.path, briefing_id=BRIEFING, replace=True)
    assert library.note(note.id).section == "freedom-of-peaceful-assembly"
    library.remove_briefing(BRIEFING)  # the bundled edition comes back
    back = library.note(note.id)
    # Moved (from where the new edition had it), to exactly where it was made.
    assert (back.section, back.status, back.anchor) == ("expression", "moved", note.anchor)
    assert library.store.bookmark(bookmark.id).section == "expression"
    assert library.follow_section("expression", BRIEFING) == "expression"
