"""Accessibility plumbing shared by the panels: announcements and named value labels.

A screen reader learns of a change it was not looking at through an announcement
(``QAccessibleAnnouncementEvent``, Qt 6.8+; AT-SPI's ``Announcement`` signal, which Orca
speaks). Where the Qt build lacks it, the widget's accessible description changes instead,
with a ``DescriptionChanged`` event: a live region's way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolBar, QToolButton, QWidget

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


def name_clear_button(field: QLineEdit) -> None:
    """Name the clear button of ``field`` (Qt leaves it nameless): "Clear", with what it
    clears as its description."""
    action = field.findChild(QAction, "_q_qlineeditclearaction")
    if action is None:
        return
    what = field.accessibleName() or field.placeholderText()
    description = QCoreApplication.translate("Accessibility", "Empty the field “{field}”").format(
        field=what
    )
    action.setToolTip(description)  # (a text would be drawn on the button, clipped)
    for button in field.findChildren(QToolButton):
        if button.defaultAction() is action:
            button.setAccessibleName(QCoreApplication.translate("Accessibility", "Clear"))
            button.setAccessibleDescription(description)


def name_field_icon(field: QLineEdit, action: QAction, name: str, description: str) -> None:
    """Name an icon ``action`` shown inside ``field`` (the search field's magnifier)."""
    action.setToolTip(description)
    for button in field.findChildren(QToolButton):
        if button.defaultAction() is action:
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)


def name_combo_popup(box: QComboBox) -> None:
    """Name the drop-down list of ``box`` after the box ("Colour: choices")."""
    view = box.view()
    view.setAccessibleName(
        QCoreApplication.translate("Accessibility", "{box}: choices").format(
            box=box.accessibleName()
        )
    )
    view.setAccessibleDescription(
        QCoreApplication.translate("Accessibility", "Up and Down choose, Enter takes, Esc closes")
    )


def name_toolbar_overflow(toolbar: QToolBar) -> None:
    """Name the button a toolbar too narrow for its tools shows (Qt leaves it nameless)."""
    button = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if button is not None:
        button.setAccessibleName(QCoreApplication.translate("Accessibility", "More tools"))
        button.setAccessibleDescription(
            QCoreApplication.translate("Accessibility", "The tools the toolbar has no room to show")
        )
