"""Counts in words: one helper chooses the singular or the plural."""

from __future__ import annotations

import gettext

from kzbrief.core.wording import plural, use_catalogue


def test_one_is_singular_everything_else_plural() -> None:
    assert plural(1, "note", "notes") == "1 note"
    assert plural(0, "note", "notes") == "0 notes"
    assert plural(2, "note", "notes") == "2 notes"
    assert plural(1, "match", "matches") == "1 match"
    assert plural(21, "match", "matches") == "21 matches"


def test_a_catalogue_takes_over_the_forms() -> None:
    class Shouting(gettext.NullTranslations):
        def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
            return (msgid1 if n == 1 else msgid2).upper()

    use_catalogue(Shouting())
    try:
        assert plural(1, "note", "notes") == "1 NOTE"
        assert plural(3, "note", "notes") == "3 NOTES"
    finally:
        use_catalogue(gettext.NullTranslations())
