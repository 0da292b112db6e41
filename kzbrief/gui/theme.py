"""Light and dark themes: the application palette, reader and snippet style sheets, marks.

"system" follows the desktop's colour scheme (``QStyleHints.colorScheme``) and changes
with it. Colours are declared once per theme here; the style sheets in
``resources/styles/`` refer to them by name.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache
from string import Template
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from kzbrief.core.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCharFormat

# The ``Qt`` namespace and QTextCharFormat are imported where they are used: creating the
# Python types of the ``Qt`` namespace's enums costs PySide ~22 ms, which the window's early
# first paint (kzbrief.gui.startpage, which uses the palettes, style sheet and font here)
# must not pay.

#: Families for the reader's text, best first; Qt takes the first one installed.
READER_FONTS = ["Charter", "Iowan Old Style", "Georgia", "Source Serif 4", "DejaVu Serif", "serif"]
READER_POINT_SIZE = 12.5
#: WCAG 2.1 AA: text (4.5:1) and the parts of the interface (3:1) against what is beside them.
AA_TEXT = 4.5
AA_PARTS = 3.0


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
    #: How much darker the notes' highlight colours (chosen on white) are drawn, in percent
    #: (QColor.darker): 100 as they are, under dark text.
    mark_shade: int = 100

    @property
    def dark(self) -> bool:
        """Light text on a dark page (the dark and the high-contrast themes)."""
        return QColor(self.page).lightness() < 128


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
    current_match="#8a4a14",
    rule="#3a3b40",
    focus="#7fb0f5",
    mark_shade=250,  # the page text keeps 4.5:1 on each of the five colours
)

#: White on black, yellow links, highlights in their own colours under black text: for low
#: vision, and chosen by itself when the desktop asks for high contrast.
HIGH_CONTRAST = Theme(
    name="high-contrast",
    window="#000000",
    window_text="#ffffff",
    base="#000000",
    alternate_base="#0d0d0d",
    button="#000000",
    text="#ffffff",
    muted="#d6d6d6",
    accent="#1aebff",
    accent_text="#000000",
    page="#000000",
    page_text="#ffffff",
    heading="#ffffff",
    link="#ffff00",
    match="#ffff00",
    current_match="#00ff7f",
    rule="#ffffff",
    focus="#1aebff",
)

THEMES = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}


def system_prefers_dark() -> bool:
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def system_prefers_high_contrast() -> bool:
    """Whether the desktop asks for high contrast (Qt 6.10+: QAccessibilityHints)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None) if hints is not None else None
    if accessibility is None:
        return False
    from PySide6.QtCore import Qt

    preference = accessibility().contrastPreference()
    return bool(preference == Qt.ContrastPreference.HighContrast)


def error_colour(palette: QPalette) -> str:
    """A red that reads on the window colour of ``palette`` (dialogs' problem messages)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b3261e"


def resolve(choice: str) -> Theme:
    """The theme for a setting value: "light", "dark" or "system"."""
    if choice in THEMES:
        return THEMES[choice]
    if system_prefers_high_contrast():
        return HIGH_CONTRAST
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
        QPalette.ColorRole.Accent: theme.focus,  # the focus ring (kzbrief.gui.focusstyle)
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
    values = {**asdict(theme), "match_text": text_on(theme, theme.match), **overrides}
    return _template(name).substitute(values)


def reader_css(theme: Theme) -> str:
    return style_sheet("reader.css", theme, text=theme.page_text)


def reader_font(zoom_percent: int) -> QFont:
    """The reader's default font at a zoom level (relative CSS sizes scale with it)."""
    font = QFont()
    font.setFamilies(READER_FONTS)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(READER_POINT_SIZE * zoom_percent / 100)
    return font


def panel_font(zoom_percent: int) -> QFont:
    """The panels' font at a zoom level: the application's, scaled."""
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(font.pointSizeF() * zoom_percent / 100)
    return font


def mark_format(theme: Theme, style: str) -> QTextCharFormat:
    """How a highlight layer's span is drawn.

    ``style`` is a named style of the theme ("match", "current-match") or any colour Qt
    understands ("#ffeb3b", "yellow"), so that other layers (notes' highlights) can bring
    their own colours. The text on it is the page's, or black or white where that reads
    better; the current match is underlined too (not told by colour alone).
    """
    from PySide6.QtGui import QTextCharFormat

    fmt = QTextCharFormat()
    colour = mark_colour(theme, style)
    fmt.setBackground(colour)
    fmt.setForeground(QColor(text_on(theme, colour.name())))
    if style == "current-match":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    return fmt


def mark_colour(theme: Theme, style: str) -> QColor:
    """The background a layer's span of ``style`` is drawn on (see :func:`mark_format`)."""
    named = {"match": theme.match, "current-match": theme.current_match}
    colour = QColor(named.get(style, style))
    if not colour.isValid():
        return QColor(theme.match)
    if style not in named and theme.mark_shade != 100:
        return colour.darker(theme.mark_shade)  # user colours are chosen on white
    return colour


def luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of ``colour``."""
    c = QColor(colour)
    channels = [
        v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        for v in (c.redF(), c.greenF(), c.blueF())
    ]
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]


def contrast(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_on(theme: Theme, background: str) -> str:
    """The page's text colour on ``background``, or black or white where it reads less than
    4.5:1 there."""
    if contrast(theme.page_text, background) >= AA_TEXT:
        return theme.page_text
    return max(("#000000", "#ffffff"), key=lambda c: contrast(c, background))
