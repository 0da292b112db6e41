"""The search-language cheat sheet, one click from the search field.

Each example is a link: clicking it puts the example in the search field and runs it.
The dialog is not modal, so it can stay open beside the window while the user types.
"""

from __future__ import annotations

import html
from urllib.parse import quote, unquote

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from kzbrief.gui.textdoc import TextDocumentView

#: (what you type, what it finds), in the order a newcomer needs them.
SYNTAX: tuple[tuple[str, str], ...] = (
    (
        "peaceful assembly",
        QT_TRANSLATE_NOOP(
            "CheatSheet", "sections with both words, in any form (protester finds protests)"
        ),
    ),
    ('"domestic violence"', QT_TRANSLATE_NOOP("CheatSheet", "the exact phrase")),
    (
        '"accountability"',
        QT_TRANSLATE_NOOP("CheatSheet", "the word as written only (not accounts, accountable)"),
    ),
    (
        "Токаев",
        QT_TRANSLATE_NOOP(
            "CheatSheet",
            "a name in any script and spelling: Tokayev, Tokaev, Toqaev, Тоқаев, "
            "and its case forms (Токаева, Тоқаевтың)",
        ),
    ),
    ("religion OR belief", QT_TRANSLATE_NOOP("CheatSheet", "either word")),
    (
        "tokayev -elections",
        QT_TRANSLATE_NOOP("CheatSheet", "the first word but not the second (also: NOT elections)"),
    ),
    ("religi*", QT_TRANSLATE_NOOP("CheatSheet", "words that start with religi")),
    (
        "acountability~",
        QT_TRANSLATE_NOOP("CheatSheet", "words within one typing mistake (~2: two)"),
    ),
    (
        "tag:climate",
        QT_TRANSLATE_NOOP(
            "CheatSheet", "sections with a tag; also section:, kind:editorial, kind:note, title:"
        ),
    ),
    (
        "(assembly OR association) -climate",
        QT_TRANSLATE_NOOP("CheatSheet", "grouping with parentheses"),
    ),
)
EXAMPLE_SCHEME = "example:"


class CheatSheet(QDialog):
    example_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cheat-sheet")
        self.setWindowTitle(self.tr("Search syntax"))
        self.setAccessibleName(self.tr("Search syntax"))
        rows = "".join(
            f'<tr><td style="padding: 5px 14px 5px 0px;">'
            f'<a href="{EXAMPLE_SCHEME}{quote(example)}"><code>{html.escape(example)}</code></a>'
            f'</td><td style="padding: 5px 0px;">'
            f"{html.escape(QCoreApplication.translate('CheatSheet', meaning))}</td></tr>"
            for example, meaning in SYNTAX
        )
        self.table = TextDocumentView(tab_through_links=True)
        self.table.setHtml(
            "<p>"
            + html.escape(
                self.tr(
                    "Search as you type. Click an example, or Tab to it and press Enter, to "
                    "try it. The arrow keys move a caret through this text, as in the reader "
                    "and the editorial notes; F7 turns it off and on."
                )
            )
            + f"</p><table>{rows}</table><p>"
            + html.escape(
                self.tr(
                    "Case and accents never matter. A search that cannot be read as written is "
                    "run as plain words, and a note says so."
                )
            )
            + "</p><p>"
            + html.escape(
                self.tr(
                    "Names match across scripts: a name typed in Latin or Cyrillic letters "
                    "finds its English, Russian and Kazakh spellings (Shymkent, Şymkent, "
                    "Шымкент; Aktobe, Aqtöbe, Ақтөбе) and their case forms (Алматыда). Only "
                    "capitalised words in the text count as names, so a common word keeps "
                    "its meaning (Semey finds the city, not семей, 'of families'). A search "
                    "that finds nothing offers the nearest words the library holds."
                )
            )
            + "</p>"
        )
        self.table.setObjectName("cheat-sheet-table")
        self.table.setAccessibleName(self.tr("Search syntax examples"))
        self.table.anchorClicked.connect(
            lambda url: self._on_link(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 600)

    def _on_link(self, link: str) -> None:
        if link.startswith(EXAMPLE_SCHEME):
            self.example_chosen.emit(unquote(link[len(EXAMPLE_SCHEME) :]))
