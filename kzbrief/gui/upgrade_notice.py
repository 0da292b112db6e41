"""Telling the user, once, that their notes moved onto a new edition of a bundled briefing.

The library moves the notes when a data folder made by an earlier kzbrief is first opened
(:meth:`kzbrief.core.service.Library.upgrade_editions`); this words its report for the
window, through the interface's catalogue with plural forms.
"""

from __future__ import annotations

import re

from kzbrief.core.upgrade import EditionUpgrade
from kzbrief.core.wording import translate

#: The English plural forms (singular, plural) of the counted sentences below whose English
#: is not made by resolving "(s)" ("was"/"were", "needs"/"need"), as the English catalogue
#: gives them: used while no catalogue is installed.
ENGLISH_PLURALS = {
    "Your %n note(s) on '%1' were moved to edition %2: %3, %4, %5": (
        "Your %n note on '%1' was moved to edition %2: %3, %4, %5",
        "Your %n notes on '%1' were moved to edition %2: %3, %4, %5",
    ),
    "%n need(s) attention": ("%n needs attention", "%n need attention"),
}


def _english(source: str, translated: str, n: int) -> str:
    """``translated``, or the right English form where no catalogue gave one (the source
    came back with %n filled, as Qt or core's English default return it)."""
    forms = ENGLISH_PLURALS.get(source)
    untranslated = {
        source.replace("%n", str(n)),
        source.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s"),
    }
    if forms is not None and translated in untranslated:
        return forms[0 if n == 1 else 1].replace("%n", str(n))
    return translated


def _fill(template: str, *args: str) -> str:
    """``template`` with ``%1`` … ``%9`` replaced in one pass (an argument may hold ``%2``)."""
    return re.sub(r"%([1-9])", lambda m: args[int(m.group(1)) - 1], template)


def upgrade_message(upgrade: EditionUpgrade) -> str:
    """'Your 6 notes on 'Kazakhstan: …' were moved to edition 2: 4 stayed, 1 moved, 1 needs
    attention', translated."""
    # Plain names as counts: lupdate skips a translate() whose count is an expression.
    notes, stayed, moved, orphaned = upgrade.notes, upgrade.stayed, upgrade.moved, upgrade.orphaned
    told = "Your %n note(s) on '%1' were moved to edition %2: %3, %4, %5"
    attention = "%n need(s) attention"
    return _fill(
        _english(
            told,
            translate(
                "EditionUpgrade",
                "Your %n note(s) on '%1' were moved to edition %2: %3, %4, %5",
                "",
                notes,
            ),
            notes,
        ),
        upgrade.title,
        str(upgrade.new_edition),
        translate("EditionUpgrade", "%n stayed", "", stayed),
        translate("EditionUpgrade", "%n moved", "", moved),
        _english(
            attention, translate("EditionUpgrade", "%n need(s) attention", "", orphaned), orphaned
        ),
    )


def show_notes_label() -> str:
    return translate("EditionUpgrade", "Show Notes")
