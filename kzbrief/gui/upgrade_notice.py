"""Telling the user, once, that their notes moved onto a new edition of a bundled briefing.

The library moves the notes when a data folder made by an earlier kzbrief is first opened
(:meth:`kzbrief.core.service.Library.upgrade_editions`); this words its report for the
window, through Qt's translation with plural forms.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from kzbrief.core.upgrade import EditionUpgrade

CONTEXT = "EditionUpgrade"


#: The English plural forms (singular, plural) of the numerus strings below, as an English
#: translation file would give them: used while no translator has replaced the source text.
ENGLISH_PLURALS = {
    "Your %n note(s) on '%1' were moved to edition %2: %3, %4, %5": (
        "Your %n note on '%1' was moved to edition %2: %3, %4, %5",
        "Your %n notes on '%1' were moved to edition %2: %3, %4, %5",
    ),
    "%n need(s) attention": ("%n needs attention", "%n need attention"),
}


def _tr(text: str, n: int = -1) -> str:
    translated = QCoreApplication.translate(CONTEXT, text, None, n)
    forms = ENGLISH_PLURALS.get(text)
    if forms is not None and translated == text.replace("%n", str(n)):
        return forms[0 if n == 1 else 1].replace("%n", str(n))
    return translated


def _fill(template: str, *args: str) -> str:
    """``template`` with ``%1`` … ``%9`` replaced in one pass (an argument may hold ``%2``)."""
    return re.sub(r"%([1-9])", lambda m: args[int(m.group(1)) - 1], template)


def upgrade_message(upgrade: EditionUpgrade) -> str:
    """'Your 6 notes on 'Kazakhstan: …' were moved to edition 2: 4 stayed, 1 moved, 1 needs
    attention', translated."""
    return _fill(
        _tr("Your %n note(s) on '%1' were moved to edition %2: %3, %4, %5", upgrade.notes),
        upgrade.title,
        str(upgrade.new_edition),
        _tr("%n stayed", upgrade.stayed),
        _tr("%n moved", upgrade.moved),
        _tr("%n need(s) attention", upgrade.orphaned),
    )


def show_notes_label() -> str:
    return _tr("Show Notes")
