"""Light and dark themes: the application palette, reader and snippet style sheets, marks.

"system" follows the desktop's colour scheme (``QStyleHints.colorScheme``) and changes
with it. Colours are declared once per theme here; the style sheets in
``resources/styles/`` refer to them by name.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache
from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QTextCharFormat

from kzbrief.core.resources import resource_path

#: Families for the reader's text, best first; Qt takes the first one installed.
READER_FONTS = ["Charter", "Iowan Old Style", "Georgia", "Source Serif 4", "DejaVu Serif", "serif"]
READER_POINT_SIZE = 12.5


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    window_text: str
    base: str
    alternate_base: str
    button: str
    text: str
    muted: str
    accent: str
    accent_text: str
    page: str  # the reader's background
    page_text: str
    heading: str
    link: str
    match: str  # every search match in the text
    current_match: str  # the match F3 is on
    rule: str
    #: The focus ring (2 px): at least 3:1 against the window, the page and the base.
    focus: str

    @property
    def dark(self) -> bool:
        return self.name == "dark"


LIGHT = Theme(
    name="light",
    window="#efeeea",
    window_text="#1f2328",
    base="#ffffff",
    alternate_base="#f6f5f1",
    button="#f4f3ef",
    text="#1f2328",
    muted="#5c6166",
    accent="#2b64a8",
    accent_text="#ffffff",
    page="#fdfcf8",
    page_text="#1c1c1e",
    heading="#111214",
    link="#1d5aa0",
    match="#ffe27a",
    current_match="#ffa64d",
    rule="#d9d6cd",
    focus="#1d5aa0",
)

DARK = Theme(
    name="dark",
    window="#25262a",
    window_text="#e2e2e2",
    base="#1c1d20",
    alternate_base="#232428",
    button="#2e2f34",
    text="#e2e2e2",
    muted="#a0a5ab",
    accent="#3873b8",
    accent_text="#ffffff",
    page="#1a1b1e",
    page_text="#dcd8cf",
    heading="#f1eee7",
    link="#8db8f2",
    match="#6a5716",
    current_match="#b5621c",
    rule="#3a3b40",
    focus="#7fb0f5",
)

THEMES = {"light": LIGHT, "dark": DARK}


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def error_colour(palette: QPalette) -> str:
    """A red that reads on the window colour of ``palette`` (dialogs' problem messages)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b3261e"


def resolve(choice: str) -> Theme:
    """The theme for a setting value: "light", "dark" or "system"."""
    if choice in THEMES:
        return THEMES[choice]
    return DARK if system_prefers_dark() else LIGHT


def palette(theme: Theme) -> QPalette:
    """The application palette for ``theme`` (used with the Fusion style)."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.window_text,
        QPalette.ColorRole.Base: theme.base,
        QPalette.ColorRole.AlternateBase: theme.alternate_base,
        QPalette.ColorRole.ToolTipBase: theme.base,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.button,
        QPalette.ColorRole.ButtonText: theme.window_text,
        QPalette.ColorRole.BrightText: "#ff5252",
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.accent_text,
        QPalette.ColorRole.Link: theme.link,
        QPalette.ColorRole.LinkVisited: theme.link,
        QPalette.ColorRole.Light: theme.base,
        QPalette.ColorRole.Midlight: theme.rule,
        QPalette.ColorRole.Mid: theme.rule,
        QPalette.ColorRole.Dark: theme.muted,
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.muted))
    return pal


def page_palette(theme: Theme) -> QPalette:
    """The reader's own palette: a page colour a little softer than plain white or black."""
    pal = palette(theme)
    pal.setColor(QPalette.ColorRole.Base, QColor(theme.page))
    pal.setColor(QPalette.ColorRole.Text, QColor(theme.page_text))
    return pal


@cache
def _template(name: str) -> Template:
    return Template(resource_path("styles", name).read_text(encoding="utf-8"))


def style_sheet(name: str, theme: Theme, **overrides: str) -> str:
    """A style sheet from ``resources/styles/`` with the theme's colours filled in."""
    return _template(name).substitute({**asdict(theme), **overrides})


def reader_css(theme: Theme) -> str:
    return style_sheet("reader.css", theme, text=theme.page_text)


def reader_font(zoom_percent: int) -> QFont:
    """The reader's default font at a zoom level (relative CSS sizes scale with it)."""
    font = QFont()
    font.setFamilies(READER_FONTS)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(READER_POINT_SIZE * zoom_percent / 100)
    return font


def mark_format(theme: Theme, style: str) -> QTextCharFormat:
    """How a highlight layer's span is drawn.

    ``style`` is a named style of the theme ("match", "current-match") or any colour Qt
    understands ("#ffeb3b", "yellow"), so that other layers (notes' highlights) can bring
    their own colours.
    """
    fmt = QTextCharFormat()
    named = {"match": theme.match, "current-match": theme.current_match}
    colour = QColor(named.get(style, style))
    if not colour.isValid():
        colour = QColor(theme.match)
    elif style not in named and theme.dark:
        colour = colour.darker(210)  # user colours are chosen on white; tone them down
    fmt.setBackground(colour)
    if style in named:
        fmt.setForeground(QColor(theme.page_text))
    return fmt
