"""Libraries that tests fill as a user would."""

from __future__ import annotations

from pathlib import Path

from kzbrief.core.service import Library


def fill_and_close(library: Library, sample: Path) -> dict[str, str]:
    """An imported briefing, a note and a bookmark, a search, then closed as a user leaves
    it; returns the section and quote of the note."""
    library.import_briefing(sample, briefing_id="review")
    section = library.default_briefing().sections[1]
    quote = " ".join(section.paragraphs[0].text.split()[:5])
    library.add_note(section.id, quote, note="archived note", tags=["archive"])
    library.add_bookmark(section.id, label="archived bookmark")
    library.search("Tokayev")
    library.close()
    return {"section": section.id, "quote": quote}
