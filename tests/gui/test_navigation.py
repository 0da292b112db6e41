"""Locations and the back/forward history (no Qt)."""

from __future__ import annotations

from kzbrief.gui.navigation import History, Location, paragraph_offset


def test_history_goes_back_and_forward_across_jumps() -> None:
    history = History()
    a, b, c = Location("k", "a"), Location("k", "b", 40), Location("k", "c")
    history.record(a)  # jumped from a to b
    history.record(b)  # jumped from b to c
    assert history.back(c) == b
    assert history.back(b) == a
    assert history.back(a) is None
    assert history.forward(a) == b
    assert history.forward(b) == c
    assert not history.can_go_forward


def test_a_new_jump_forgets_the_forward_stack() -> None:
    history = History()
    a, b, c = Location("k", "a"), Location("k", "b"), Location("k", "c")
    history.record(a)
    assert history.back(b) == a
    assert history.can_go_forward
    history.record(a)  # jumped somewhere new from a
    assert not history.can_go_forward
    assert history.back(c) == a


def test_history_is_bounded() -> None:
    history = History(limit=3)
    for n in range(10):
        history.record(Location("k", str(n)))
    here = Location("k", "x")
    found = []
    while (target := history.back(here)) is not None:
        found.append(target.section)
        here = target
    assert found == ["9", "8", "7"]


def test_location_round_trips_and_rejects_garbage() -> None:
    place = Location("kazakhstan-2023", "religion", 120)
    assert Location.from_json(place.to_json()) == place
    assert Location.from_json(Location("k").to_json()) == Location("k", None, 0)
    for junk in (None, "", "{", "[]", '{"briefing": 3, "offset": 0}', '{"briefing": "k"}'):
        assert Location.from_json(junk) is None


def test_paragraph_offset_counts_in_section_text(library) -> None:
    section = library.default_briefing().sections[1]
    second = section.paragraphs[1]
    offset = paragraph_offset(section, second.id)
    assert section.text[offset:].startswith(second.text)
    assert paragraph_offset(section, "no-such-paragraph") == 0
