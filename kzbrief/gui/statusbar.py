"""The status bar: where you are (briefing, edition, section) and index progress."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from kzbrief.core.model import Briefing, Section
from kzbrief.core.wording import translate
from kzbrief.gui.a11y import announce, value_label
from kzbrief.gui.i18n import format_date

MESSAGE_MS = 6000
OFFER_MS = 20000  # long enough to read the message and reach the button
BUILDING = QT_TRANSLATE_NOOP("ReaderStatusBar", "Building the search index…")
#: QStatusBar's margins around a message, and the spacing of its permanent widgets (px).
MESSAGE_MARGIN = 18
WIDGET_SPACING = 8
MESSAGE_PADDING = 3
MIN_MESSAGE_WIDTH = 200
MESSAGE_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(
    Qt.TextFlag.TextWordWrap
)


class ReaderStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status-bar")
        self.progress = QProgressBar()
        self.progress.setObjectName("index-progress")
        self.progress.setAccessibleName(self.tr("Search index progress"))
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        # A screen reader reads each label's value as its name, and what it is as its
        # description ("Kazakhstan…", briefing).
        self.briefing_label = value_label(self.tr("Briefing"))
        self.edition_label = value_label(self.tr("Edition"))
        self.section_label = value_label(self.tr("Section"))
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

    def show_read_only(self, reason: str) -> None:
        """A library that cannot be written: say so now, and keep a label saying it."""
        notice = self.tr(
            "This library is read-only: {reason}. You can read, search and export; "
            "changes are not saved."
        ).format(reason=reason)
        self.read_only_label = QLabel(self.tr("Read-only"))
        self.read_only_label.setObjectName("read-only")
        self.read_only_label.setToolTip(notice)
        self.read_only_label.setAccessibleName(notice)
        self.read_only_label.setContentsMargins(8, 0, 8, 0)
        self.insertPermanentWidget(0, self.read_only_label)
        self.showMessage(notice, OFFER_MS)
        announce(self, notice)

    def show_place(self, briefing: Briefing, section: Section | None) -> None:
        self.briefing_label.setText(briefing.title)
        self.edition_label.setText(
            self.tr("Edition {edition} · {date}").format(
                edition=briefing.edition, date=format_date(briefing.date)
            )
        )
        self.section_label.setText(section.title if section is not None else self.tr("Cover"))

    def show_progress(self, done: int, total: int) -> None:
        """Index building: a bar that fills when the total is known, else a busy bar."""
        self.progress.setRange(0, max(total, 0))
        if total:
            self.progress.setValue(done)
        self.progress.setToolTip(
            translate("ReaderStatusBar", "Building the search index: %n document(s)", "", done)
        )
        if self.progress.isHidden():
            self.progress.show()
            self.showMessage(self.tr(BUILDING))

    def hide_progress(self) -> None:
        """The index is ready (or could not be built): the bar goes, and its message too."""
        self.progress.hide()
        if self.currentMessage() == self.tr(BUILDING):
            self.clearMessage()

    def tell(self, message: str) -> None:
        """Show ``message`` for a while; a screen reader says it."""
        self.showMessage(message, MESSAGE_MS)
        announce(self, message)

    def offer(self, message: str, label: str, action: Callable[[], object]) -> None:
        """Show ``message`` with a button ``label`` that runs ``action``, until the next
        message."""
        self._offer, self._offer_message = action, message
        self.offer_button.setText(label)
        self.offer_button.setAccessibleName(label.replace("&", ""))
        self.offer_button.show()
        self.showMessage(message, OFFER_MS)
        announce(self, message)
        self._make_room(message)  # the button takes room too

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
        """QStatusBar draws a message on one line left of its first visible permanent widget
        and cuts it there. So while a message that would not fit is shown, the place labels
        step aside (the briefing's title first, the section's last), and if it still does not
        fit the bar grows to as many lines as it needs (see :meth:`paintEvent`); all come back
        when it goes."""
        for label in self._place_labels():
            label.setVisible(True)
        self.setMinimumHeight(0)
        self.setToolTip(message)
        if not message:
            return
        needed = self.fontMetrics().horizontalAdvance(message)
        for label in self._place_labels():
            if needed <= self.message_width():
                break
            label.setVisible(False)
        height = self.message_rect_for(message).height()
        if height > self.fontMetrics().height():  # more than one line: the bar grows
            self.setMinimumHeight(height + 2 * MESSAGE_PADDING)

    def message_width(self) -> int:
        """How wide a message can be drawn now: the bar less its permanent widgets."""
        permanent = (self.offer_button, self.progress, *self._place_labels())
        taken = sum(w.sizeHint().width() + WIDGET_SPACING for w in permanent if not w.isHidden())
        return max(MIN_MESSAGE_WIDTH, self.width() - MESSAGE_MARGIN - taken)

    def message_rect_for(self, message: str) -> QRect:
        """The rectangle ``message`` takes, wrapped at :meth:`message_width`."""
        return self.fontMetrics().boundingRect(
            QRect(0, 0, self.message_width(), 100_000), MESSAGE_FLAGS, message
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        message = self.currentMessage()
        if not message:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            QRect(MESSAGE_MARGIN // 3, 0, self.message_width(), self.height()),
            MESSAGE_FLAGS,
            message,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.currentMessage() and event.size().width() != event.oldSize().width():
            self._make_room(self.currentMessage())

    def _place_labels(self) -> tuple[QLabel, QLabel, QLabel]:
        return (self.briefing_label, self.edition_label, self.section_label)
