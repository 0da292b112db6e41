"""The About dialog: version, and where the bundled briefing's facts come from."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kzbrief import __version__
from kzbrief.core.model import Briefing
from kzbrief.core.wording import translate
from kzbrief.gui.i18n import format_date


def about_html(briefings: list[Briefing]) -> str:
    parts = [
        f"<h2>kzbrief {html.escape(__version__)}</h2>",
        "<p>"
        + html.escape(
            translate(
                "About",
                "An offline reader for human-rights briefings. It opens no network connection.",
            )
        )
        + "</p>",
    ]
    for briefing in briefings:
        source = briefing.attribution
        parts.append(
            f"<h3>{html.escape(briefing.title)}</h3>"
            + "<p>"
            + html.escape(
                translate("About", "Edition {edition}, {date}.").format(
                    edition=briefing.edition, date=format_date(briefing.date)
                )
            )
            + "</p>"
        )
        lines = []
        if source.get("article"):
            told = translate("About", "Source article: {source}")
            lines.append(told.format(source=html.escape(source["article"])))
        if source.get("original_source"):
            original = html.escape(source["original_source"])
            if source.get("original_source_url"):
                original += f" ({html.escape(source['original_source_url'])})"
            lines.append(translate("About", "Original source: {source}").format(source=original))
        if lines:
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        if source.get("note"):
            parts.append(f"<p><i>{html.escape(source['note'])}</i></p>")
    return "".join(parts)


class AboutDialog(QDialog):
    def __init__(self, briefings: list[Briefing], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About kzbrief"))
        self.text = QLabel(about_html(briefings))
        self.text.setObjectName("about-text")
        self.text.setAccessibleName(self.tr("About kzbrief"))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
