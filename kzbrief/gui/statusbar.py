"""The status bar: where you are (briefing, edition, section) and index progress."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from kzbrief.core.model import Briefing, Section

MESSAGE_MS = 6000
OFFER_MS = 20000  # long enough to read the message and reach the button
BUILDING = "Building the search index…"
MESSAGE_MARGIN = 32  # the status bar's own margins and the size grip


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
        #: The button of an offer ("Open Folder"), shown while its message is.
        self.offer_button = QPushButton()
        self.offer_button.setObjectName("status-offer")
        self.offer_button.setFlat(True)
        self.offer_button.hide()
        self._offer: Callable[[], object] | None = None
        self._offer_message = ""
        self.offer_button.clicked.connect(self._take_offer)
        self.messageChanged.connect(self._on_message_changed)
        self.addPermanentWidget(self.offer_button)
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
            self.showMessage(BUILDING)

    def hide_progress(self) -> None:
        """The index is ready (or could not be built): the bar goes, and its message too."""
        self.progress.hide()
        if self.currentMessage() == BUILDING:
            self.clearMessage()

    def tell(self, message: str) -> None:
        self.showMessage(message, MESSAGE_MS)

    def offer(self, message: str, label: str, action: Callable[[], object]) -> None:
        """Show ``message`` with a button ``label`` that runs ``action``, until the next
        message."""
        self._offer, self._offer_message = action, message
        self.offer_button.setText(label)
        self.offer_button.setAccessibleName(label.replace("&", ""))
        self.showMessage(message, OFFER_MS)
        self.offer_button.show()
        self._make_room(message)  # with the button in the count

    def _take_offer(self) -> None:
        action = self._offer
        self.clearMessage()  # hides the button
        if action is not None:
            action()

    def _on_message_changed(self, message: str) -> None:
        if message != self._offer_message:
            self.offer_button.hide()
            self._offer, self._offer_message = None, ""
        self._make_room(message)

    def _make_room(self, message: str) -> None:
        """In a narrow window the place labels give way to a message while it shows
        (briefing first, then edition, then section), so that it is not cut."""
        places = (self.briefing_label, self.edition_label, self.section_label)
        for label in places:
            label.show()
        if not message:
            return
        need = self.fontMetrics().horizontalAdvance(message) + MESSAGE_MARGIN
        others = [w for w in (self.offer_button, self.progress) if not w.isHidden()]
        for label in places:
            shown = others + [p for p in places if not p.isHidden()]
            if self.width() - sum(w.sizeHint().width() for w in shown) >= need:
                return
            label.hide()
