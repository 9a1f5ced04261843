"""Painting a loan's risk level as a coloured pill inside a table cell (model/view delegate).

The model gives the level ("low".."severe") under RISK_LEVEL_ROLE and the word to print as the cell's
display text, so sorting, filtering and screen readers use the word while the eye gets the colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QStyledItemDelegate

from app.ui.shell.style import risk_colour

# QStyle and QStyleOptionViewItem are looked up where a pill is painted: PySide builds a class's Python
# type, with every enum it holds, when it is first named, and QStyle's (about 5 ms) would otherwise be
# paid by every start, before any estimate (and so any pill) is there to paint.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

RISK_LEVEL_ROLE = Qt.ItemDataRole.UserRole + 20


def _bold(font: QFont) -> tuple[QFont, QFontMetricsF]:
    """The bold face of ``font`` that the pill's word is written in, and its metrics."""
    bold = QFont(font)
    bold.setBold(True)
    return bold, QFontMetricsF(bold)


class RiskBadgeDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:  # noqa: ANN001 - Qt's signature
        super().__init__(parent)
        # A table asks every risk cell for its size while fitting its columns: the bold font's metrics are
        # made once per cell font rather than once per cell.
        self._bold_faces: dict[str, tuple[QFont, QFontMetricsF]] = {}

    def _bold_face(self, font: QFont) -> tuple[QFont, QFontMetricsF]:
        key = font.key()
        found = self._bold_faces.get(key)
        if found is None:
            found = self._bold_faces[key] = _bold(font)
        return found

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        level = index.data(RISK_LEVEL_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not level:
            super().paint(painter, option, index)
            return
        # The selection highlight and focus frame as any other cell, then the pill over them.
        blank = QtWidgets.QStyleOptionViewItem(option)
        self.initStyleOption(blank, index)
        blank.text = ""
        style = blank.widget.style() if blank.widget else None
        if style is not None:
            style.drawControl(QtWidgets.QStyle.ControlElement.CE_ItemViewItem, blank, painter, blank.widget)
        font, metrics = self._bold_face(option.font)
        pad_x, pad_y = metrics.height() * 0.6, 2.0
        width = metrics.horizontalAdvance(text) + 2 * pad_x
        height = min(metrics.height() + 2 * pad_y, option.rect.height() - 2.0)
        rect = QRectF(option.rect.left() + 6.0, option.rect.center().y() - height / 2 + 0.5, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(risk_colour(str(level)))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        _font, metrics = self._bold_face(option.font)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        width = int(metrics.horizontalAdvance(text) + metrics.height() * 1.2) + 16
        return QSize(max(hint.width(), width), max(hint.height(), int(metrics.height()) + 8))
