"""Accessibility plumbing shared by the panels: announcements and named value labels.

A screen reader learns of a change it was not looking at through an announcement
(``QAccessibleAnnouncementEvent``, Qt 6.8+; AT-SPI's ``Announcement`` signal, which Orca
speaks). Where the Qt build lacks it, the widget's accessible description changes instead,
with a ``DescriptionChanged`` event: a live region's way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget

try:  # Qt 6.8+
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]

#: Every announcement made in this process, newest last (tests read it; at most 50 kept).
ANNOUNCED: list[str] = []


def announce(widget: QObject, message: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``message`` now (politely: after what it is saying)."""
    if not message:
        return
    ANNOUNCED.append(message)
    del ANNOUNCED[:-50]
    if not QAccessible.isActive():
        return
    if QAccessibleAnnouncementEvent is not None:
        event = QAccessibleAnnouncementEvent(widget, message)
        if assertive:
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)
        return
    if isinstance(widget, QWidget):  # pragma: no cover - older Qt: a live region
        widget.setAccessibleDescription(message)
        QAccessible.updateAccessibility(
            QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
        )


def value_label(what: str, *, live: bool = False) -> QLabel:
    """A label that shows a value ("5 results", "Saved"): a screen reader reads the value as
    its name and ``what`` it is as its description. ``live``: changes are announced."""
    label = LiveLabel() if live else QLabel()
    label.setAccessibleDescription(what)
    return label


class LiveLabel(QLabel):
    """A label whose new text a screen reader announces (a live region)."""

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        if changed and text:
            announce(self, text)
