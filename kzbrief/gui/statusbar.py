"""The status bar: where you are (briefing, edition, section) and index progress."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from kzbrief.core.model import Briefing, Section

MESSAGE_MS = 6000


class ReaderStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status-bar")
        self.progress = QProgressBar()
        self.progress.setObjectName("index-progress")
        self.progress.setAccessibleName("Search index progress")
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.briefing_label = QLabel()
        self.briefing_label.setAccessibleName("Briefing")
        self.edition_label = QLabel()
        self.edition_label.setAccessibleName("Edition")
        self.section_label = QLabel()
        self.section_label.setAccessibleName("Section")
        self.addPermanentWidget(self.progress)
        for label in (self.briefing_label, self.edition_label, self.section_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)

    def show_place(self, briefing: Briefing, section: Section | None) -> None:
        self.briefing_label.setText(briefing.title)
        self.edition_label.setText(f"Edition {briefing.edition} · {briefing.date}")
        self.section_label.setText(section.title if section is not None else "Cover")

    def show_progress(self, done: int, total: int) -> None:
        """Index building: a bar that fills when the total is known, else a busy bar."""
        self.progress.setRange(0, max(total, 0))
        if total:
            self.progress.setValue(done)
        self.progress.setToolTip(f"Building the search index: {done} documents")
        if self.progress.isHidden():
            self.progress.show()
            self.showMessage("Building the search index…")

    def hide_progress(self) -> None:
        self.progress.hide()

    def tell(self, message: str) -> None:
        self.showMessage(message, MESSAGE_MS)
