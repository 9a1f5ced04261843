"""A check box whose text wraps onto more lines when the box is narrow, as a word-wrapped QLabel does.

QCheckBox draws its text on one line and cuts it at its right edge when a narrow panel gives it less room
than the text needs ("I have talked with the lender about the late payme"). This one asks for the height
its text needs at the width it is given (heightForWidth), so a layout makes it taller instead, and the
whole box, text included, still toggles on a click, Space, or its mnemonic.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QWidget

# The narrowest the box asks to be: this many average characters of text beside the indicator.
MIN_TEXT_CHARS = 12
_FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic | Qt.AlignmentFlag.AlignLeft


class WrappingCheckBox(QCheckBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indent(self) -> int:
        style = self.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self
        )

    def _text_rect(self, width: int) -> QRect:
        room = max(width - self._indent(), 1)
        return self.fontMetrics().boundingRect(QRect(0, 0, room, 100_000), int(_FLAGS), self.text())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, self)
        return max(indicator, self._text_rect(width).height()) + 2

    def sizeHint(self) -> QSize:
        one_line = self.fontMetrics().horizontalAdvance(self.text().replace("&", "")) + self._indent() + 2
        return QSize(one_line, self.heightForWidth(one_line))

    def minimumSizeHint(self) -> QSize:
        width = self._indent() + self.fontMetrics().averageCharWidth() * MIN_TEXT_CHARS
        return QSize(min(width, self.sizeHint().width()), self.heightForWidth(width))

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the text toggles the box too, on every line

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text = option.text
        option.text = ""
        # The indicator at the top, beside the first line of text.
        indicator = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        line = self.fontMetrics().height()
        indicator.moveTop(max(0, (line - indicator.height()) // 2) + 1)
        option.rect = QRect(0, 0, self.width(), indicator.bottom() + 1)
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
        text_rect = QRect(self._indent(), 1, max(self.width() - self._indent(), 1), self.height() - 1)
        painter.drawItemText(text_rect, int(_FLAGS), self.palette(), self.isEnabled(), text,
                             self.foregroundRole())
        if self.hasFocus():
            focus = QStyleOptionButton()
            focus.initFrom(self)
            focus.rect = self._text_rect(self.width()).translated(self._indent(), 1).adjusted(-2, -1, 2, 1)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)
