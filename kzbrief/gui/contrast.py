"""Every colour pair of a theme that someone must be able to tell apart, with the contrast
WCAG 2.1 AA asks of it (4.5:1 for text, 3:1 for the parts of the interface): the test
(tests/gui/test_contrast.py) checks them all; ``python -m kzbrief.gui.contrast`` prints
the table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from kzbrief.core.annotations import COLOURS
from kzbrief.gui import theme as themes
from kzbrief.gui.highlights import SWATCH_BORDER_SHADE, colour_hex


@dataclass(frozen=True)
class Pair:
    what: str
    first: str
    second: str
    needed: float

    @property
    def ratio(self) -> float:
        return themes.contrast(self.first, self.second)

    @property
    def passes(self) -> bool:
        return self.ratio >= self.needed


def theme_pairs(theme: themes.Theme) -> list[Pair]:
    """The pairs of ``theme``, read from its application palette and the reader's marks."""
    pal = themes.palette(theme)

    def role(name: QPalette.ColorRole) -> str:
        return pal.color(name).name()

    R = QPalette.ColorRole
    text, parts = themes.AA_TEXT, themes.AA_PARTS
    pairs = [
        Pair("window text on the window", role(R.WindowText), role(R.Window), text),
        Pair("text on fields and lists", role(R.Text), role(R.Base), text),
        Pair("text on alternate rows", role(R.Text), role(R.AlternateBase), text),
        Pair("button text", role(R.ButtonText), role(R.Button), text),
        Pair("muted text on the window", role(R.PlaceholderText), role(R.Window), text),
        Pair("muted text on fields and lists", role(R.PlaceholderText), role(R.Base), text),
        Pair("selected text", role(R.HighlightedText), role(R.Highlight), text),
        Pair("links in panels", role(R.Link), role(R.Base), text),
        Pair("reader text", theme.page_text, theme.page, text),
        Pair("reader headings", theme.heading, theme.page, text),
        Pair("reader muted text", theme.muted, theme.page, text),
        Pair("reader links", theme.link, theme.page, text),
        Pair("problem messages", themes.error_colour(pal), role(R.Window), text),
    ]
    for style, label in (("match", "search match"), ("current-match", "current match")):
        back = themes.mark_colour(theme, style).name()
        pairs.append(Pair(f"text on a {label}", themes.text_on(theme, back), back, text))
    for colour in COLOURS:
        back = themes.mark_colour(theme, colour_hex(colour)).name()
        pairs.append(Pair(f"text on a {colour} highlight", themes.text_on(theme, back), back, text))
    pairs += [
        Pair("text on a match in results", themes.text_on(theme, theme.match), theme.match, text),
        Pair("focus ring on the window (tabs)", role(R.Accent), role(R.Window), parts),
        Pair("focus ring on buttons", role(R.Accent), role(R.Button), parts),
        Pair("focus ring on fields and lists", role(R.Accent), role(R.Base), parts),
        Pair("focus ring round the reader", role(R.Accent), theme.page, parts),
        # (the current item of a list, selected: its ring is in the selected text's colour)
        Pair("focus ring on a selected item", role(R.HighlightedText), role(R.Highlight), parts),
        Pair("text field borders on the field", role(R.PlaceholderText), role(R.Base), parts),
        Pair("text field borders on the window", role(R.PlaceholderText), role(R.Window), parts),
    ]
    for colour in COLOURS:
        fill = QColor(colour_hex(colour))
        border = fill.darker(SWATCH_BORDER_SHADE).name()
        # A swatch shows against the window by its border or by its fill, whichever differs.
        edge = max((border, fill.name()), key=lambda c: themes.contrast(c, role(R.Window)))
        pairs.append(Pair(f"{colour} swatch on the window", edge, role(R.Window), parts))
    return pairs


def table() -> str:
    """The pairs of every theme as a Markdown table."""
    lines = ["| theme | what | colours | ratio | needs |", "|---|---|---|---|---|"]
    for name, theme in themes.THEMES.items():
        for pair in theme_pairs(theme):
            mark = "" if pair.passes else " **FAILS**"
            lines.append(
                f"| {name} | {pair.what} | {pair.first} / {pair.second} "
                f"| {pair.ratio:.2f}{mark} | {pair.needed:g} |"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())
