"""Fusion, with a focus indicator that can be seen (issue 21; WCAG 2.4.7 and 1.4.11).

Fusion marks the focus with a 1 px line in a shade of the window colour (1.6-1.8:1) and draws
text fields' borders at 1.1-2:1. This style draws, round whatever has the keyboard focus
(buttons, tool buttons, tabs, check boxes, combo boxes, fields, the current item of a list),
a 2 px ring in the palette's Accent colour, which each theme sets to its focus colour (at
least 3:1 against its window, base and page), and on a selected item in the selected text's
colour (the selection is the focus colour's kin); and text fields' borders in the placeholder
colour (the theme's muted text: at least 4.5:1 against the base).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

PE = QStyle.PrimitiveElement
CE = QStyle.ControlElement
CC = QStyle.ComplexControl
RING = 2


def draw_ring(
    painter: QPainter,
    rect: QRect,
    palette: QPalette,
    role: QPalette.ColorRole = QPalette.ColorRole.Accent,
) -> None:
    """A 2 px ring just inside ``rect`` in the focus colour (or ``role``'s)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(palette.color(role), RING)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(1, 1, -1, -1))
    painter.restore()


def _focused(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


class FocusStyle(QProxyStyle):
    """``QProxyStyle("Fusion")`` with the focus ring and field borders above."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == PE.PE_FrameFocusRect:
            # The current item of a list, when selected, lies on the selection colour,
            # which is the focus colour's kin: its ring is drawn in the selected text's.
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Accent
            draw_ring(painter, option.rect, option.palette, role)
            return
        if element == PE.PE_FrameLineEdit:
            if _focused(option):
                draw_ring(painter, option.rect, option.palette)
            else:
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
                painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        # (Fusion marks neither a focused button's nor a focused tab's focus.)
        if element in (CE.CE_PushButtonBevel, CE.CE_TabBarTab) and _focused(option):
            draw_ring(painter, option.rect, option.palette)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        rings = (CC.CC_ComboBox, CC.CC_SpinBox, CC.CC_ToolButton)
        if control in rings and _focused(option):
            draw_ring(painter, option.rect, option.palette)
