"""Following the user's notes and bookmarks into a briefing's new edition.

A new edition may give its sections new ids (an imported file's ids come from its
headings: ``expression`` becomes ``freedom-of-expression``), move paragraphs inside a
section or across sections, reword them or delete them. So a section of the old edition is
matched to its counterpart in the new one (:func:`match_sections`): the same id, else the
same title, else the section holding most of its paragraphs, else a close title, else (when
the old edition is not known) a new id made of the old id's words. A note is then looked for
in its section's counterpart first and in every other section after
(:func:`~kzbrief.core.anchoring.reanchor_among`); a note found anywhere stays or moves, and
its section follows. A bookmark follows its section to the counterpart, and its paragraph to
the paragraph with the same (or the closest) text.

Pure functions over briefings, notes and bookmarks: the caller stores what changed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from kzbrief.core.anchoring import reanchor_among
from kzbrief.core.annotations import Note
from kzbrief.core.model import Briefing, Paragraph, Section
from kzbrief.core.store import Bookmark

#: Titles at least this alike (0..1, by edit distance) name the same section.
TITLE_SIMILARITY = 0.8
#: A bookmarked paragraph follows to the new paragraph at least this alike to its old text.
PARAGRAPH_SIMILARITY = 0.6
#: Beyond this many unmatched sections either side, titles are not compared pairwise.
MAX_TITLE_PAIRS = 250_000
_WORD = re.compile(r"\w+")


def match_sections(
    old: Briefing | None, new: Briefing, old_ids: Iterable[str] = ()
) -> dict[str, str]:
    """Old section id → the id of its counterpart in ``new``, for every old section that
    has one (an unchanged id maps to itself).

    ``old`` is the previous edition when it is known; otherwise only ``old_ids`` (the
    sections that notes or bookmarks name) are matched, by id and by the words of the id.
    """
    new_ids = {s.id for s in new.sections}
    wanted = [s.id for s in old.sections] if old is not None else []
    wanted += [i for i in old_ids if i not in wanted]
    found = {i: i for i in wanted if i in new_ids}
    if old is not None:
        _match_by_title(old, new, found)
        _match_by_paragraphs(old, new, found)
        _match_by_close_title(old, new, found)
    _match_by_id_words(wanted, new, found)
    return found


def _unmatched(old: Briefing, found: Mapping[str, str]) -> list[Section]:
    return [s for s in old.sections if s.id not in found]


def _free(new: Briefing, found: Mapping[str, str]) -> list[Section]:
    taken = set(found.values())
    return [s for s in new.sections if s.id not in taken]


def _title_key(title: str) -> str:
    return " ".join(_WORD.findall(title.casefold()))


def _match_by_title(old: Briefing, new: Briefing, found: dict[str, str]) -> None:
    by_title: dict[str, list[str]] = {}
    for section in _free(new, found):
        by_title.setdefault(_title_key(section.title), []).append(section.id)
    for section in _unmatched(old, found):
        candidates = by_title.get(_title_key(section.title))
        if candidates:
            found[section.id] = candidates.pop(0)  # repeated titles pair up in order


def _match_by_paragraphs(old: Briefing, new: Briefing, found: dict[str, str]) -> None:
    """The new section that holds most of an old section's paragraphs, word for word."""
    home = {p.text: s.id for s in _free(new, found) for p in s.paragraphs}
    for section in _unmatched(old, found):
        votes = Counter(home[p.text] for p in section.paragraphs if p.text in home)
        if votes:
            best, count = votes.most_common(1)[0]
            if 2 * count >= len(section.paragraphs):
                found[section.id] = best


def _match_by_close_title(old: Briefing, new: Briefing, found: dict[str, str]) -> None:
    unmatched, free = _unmatched(old, found), _free(new, found)
    if not unmatched or not free or len(unmatched) * len(free) > MAX_TITLE_PAIRS:
        return
    from rapidfuzz.distance import Levenshtein

    for section in unmatched:
        key = _title_key(section.title)
        scored = [
            (Levenshtein.normalized_similarity(key, _title_key(s.title)), s.id)
            for s in _free(new, found)
        ]
        if scored:
            score, best = max(scored)
            if score >= TITLE_SIMILARITY:
                found[section.id] = best


def _match_by_id_words(wanted: Sequence[str], new: Briefing, found: dict[str, str]) -> None:
    """``expression`` → ``freedom-of-expression``: the one new id holding every word of
    the old one (ids are slugs of titles)."""
    for old_id in wanted:
        if old_id in found:
            continue
        words = set(old_id.split("-"))
        holders = [s.id for s in new.sections if words <= set(s.id.split("-"))]
        if len(holders) == 1:
            found[old_id] = holders[0]


def place_notes(
    notes: Sequence[Note], briefing: Briefing, counterparts: Mapping[str, str] | None = None
) -> list[Note]:
    """``notes`` re-anchored in ``briefing``'s current text, in the same order.

    ``counterparts`` maps a note's (old) section id to the section to look in first; by
    default :func:`match_sections` without the old edition. An orphan keeps its old
    selectors and edition (its section follows to the counterpart). Every note records
    the briefing's fingerprint, so it is not tried again on the same text.
    """
    if counterparts is None:
        counterparts = match_sections(None, briefing, {n.section for n in notes})
    sections = briefing.sections
    texts = [s.text for s in sections]  # joined once for all the notes
    index = {s.id: i for i, s in enumerate(sections)}
    placed = []
    for note in notes:
        home = index.get(counterparts.get(note.section, note.section))
        others = texts if home is None else texts[:home] + texts[home + 1 :]
        which, placement = reanchor_among(
            note.anchor, None if home is None else texts[home], others
        )
        if placement.status == "orphaned":
            # Its section follows (so that it can be re-attached there); its anchor stays.
            section = note.section if home is None else sections[home].id
            placed.append(
                replace(note, section=section, status="orphaned", fingerprint=briefing.fingerprint)
            )
            continue
        if which is None:
            assert home is not None
            target = home
        else:
            target = which if home is None or which < home else which + 1
        placed.append(
            replace(
                note,
                section=sections[target].id,
                anchor=placement.anchor,
                status=placement.status,
                edition=briefing.edition,
                fingerprint=briefing.fingerprint,
            )
        )
    return placed


def follow_bookmarks(
    bookmarks: Iterable[Bookmark],
    old: Briefing,
    new: Briefing,
    counterparts: Mapping[str, str],
) -> list[Bookmark]:
    """The bookmarks whose section or paragraph id changed, pointing at the new ones.

    A bookmark whose section has no counterpart is left as it is (the reader says that its
    section is gone); one whose paragraph cannot be found opens at the top of its section.
    """
    moved = []
    for bookmark in bookmarks:
        if bookmark.briefing != new.id or bookmark.section not in counterparts:
            continue
        section = new.section(counterparts[bookmark.section])
        if section is None:
            continue
        paragraph = bookmark.paragraph
        if paragraph is not None and paragraph not in {p.id for p in section.paragraphs}:
            paragraph = _same_paragraph(old.section(bookmark.section), paragraph, section)
        if (section.id, paragraph) != (bookmark.section, bookmark.paragraph):
            moved.append(replace(bookmark, section=section.id, paragraph=paragraph))
    return moved


def _same_paragraph(old: Section | None, paragraph_id: str, new: Section) -> str | None:
    """The id of the paragraph of ``new`` with the old paragraph's text, or the closest."""
    before: Paragraph | None = next(
        (p for p in (old.paragraphs if old else ()) if p.id == paragraph_id), None
    )
    if before is None or not new.paragraphs:
        return None
    for paragraph in new.paragraphs:
        if paragraph.text == before.text:
            return paragraph.id
    from rapidfuzz.distance import Levenshtein

    score, best = max(
        (Levenshtein.normalized_similarity(before.text, p.text), p.id) for p in new.paragraphs
    )
    return best if score >= PARAGRAPH_SIMILARITY else None


@dataclass(frozen=True)
class Followed:
    """What :func:`follow_edition` changed: notes and bookmarks to store, renamed sections."""

    notes: list[Note]
    bookmarks: list[Bookmark]
    #: Old section id → new id, for the sections whose id changed.
    renamed: dict[str, str]


def follow_edition(
    old: Briefing, new: Briefing, notes: Sequence[Note], bookmarks: Iterable[Bookmark]
) -> Followed:
    """Notes (those not yet anchored on ``new``) and bookmarks of ``old`` moved to ``new``."""
    counterparts = match_sections(old, new, {n.section for n in notes})
    stale = [n for n in notes if n.fingerprint != new.fingerprint]
    return Followed(
        notes=place_notes(stale, new, counterparts),
        bookmarks=follow_bookmarks(bookmarks, old, new, counterparts),
        renamed={a: b for a, b in counterparts.items() if a != b},
    )
