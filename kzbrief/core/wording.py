"""Counts in words for core, the CLI and the exports: "1 note", "3 notes".

Every count that core or the CLI shows goes through :func:`plural`, so that the English form
is chosen in one place now and a catalogue can take over later (issue 17: Russian and Kazakh,
whose plural rules differ): install a :class:`gettext.GNUTranslations` with
:func:`use_catalogue` and each ``(singular, plural)`` pair becomes a message id for ngettext.
The GUI counts with Qt's own ``tr("%n note(s)", "", n)`` instead.
"""

from __future__ import annotations

import gettext

_catalogue: gettext.NullTranslations = gettext.NullTranslations()


def use_catalogue(catalogue: gettext.NullTranslations) -> None:
    """Route every later :func:`plural` through ``catalogue`` (its ngettext)."""
    global _catalogue
    _catalogue = catalogue


def plural(count: int, singular: str, plural_form: str) -> str:
    """``count`` followed by the noun form that fits it: ``plural(1, "note", "notes")`` is
    "1 note", ``plural(0, "note", "notes")`` is "0 notes"."""
    return f"{count} {_catalogue.ngettext(singular, plural_form, count)}"
