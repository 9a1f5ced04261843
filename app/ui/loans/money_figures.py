"""A row of money figures, each under its caption and with the core's "how it was computed" text as its
tooltip and accessible description: the loan page's header shows what a loan owes this way.

The widget shows what it is given; which figures a loan has and their texts come from the core
(app/ui/loans/loan_detail.py turns the core's figures into Figure rows).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.ui.shell.i18n import tr


@dataclass(frozen=True)
class Figure:
    key: str  # stable name for tests and object names ("outstanding", "to_be_current", ...)
    caption: str
    text: str  # the figure as shown ("¥951,028.06", "4.02 %")
    how: str = ""  # how it was computed, in the user's language
    alert: bool = False  # shown in the overdue colour


class FigureBox(QFrame):
    """One figure: its caption above, the figure in bold below."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"figure_{key}")
        self.caption = QLabel(self)
        self.caption.setObjectName(f"figureCaption_{key}")
        self.value = QLabel(self)
        self.value.setObjectName(f"figureValue_{key}")
        font = self.value.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def show_figure(self, figure: Figure, alert_colour: str) -> None:
        self.caption.setText(figure.caption)
        self.value.setText(figure.text)
        self.value.setStyleSheet(f"QLabel {{ color: {alert_colour}; }}" if figure.alert and alert_colour else "")
        for widget in (self, self.caption, self.value):
            widget.setToolTip(figure.how)
        # Translators: a caption and its value, as a screen reader reads a figure ("Owed today: ¥1,200.00").
        # Chinese uses the full-width colon and no space.
        self.setAccessibleName(tr("{label}: {value}", label=figure.caption, value=figure.text))
        self.setAccessibleDescription(figure.how)


class FiguresRow(QWidget):
    """Figures left to right in the order given, wrapping onto further lines when the page is too narrow
    for all of them (a loan can have nine); boxes are reused as figures change."""

    SPACING = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._boxes: dict[str, FigureBox] = {}
        self._order: list[str] = []
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(self.SPACING)
        self._grid.setVerticalSpacing(6)

    def set_figures(self, figures: list[Figure], alert_colour: str = "") -> None:
        wanted = [figure.key for figure in figures]
        self._order = []  # a resize while boxes come and go lays out nothing half-changed
        for key in list(self._boxes):
            if key not in wanted:
                box = self._boxes.pop(key)
                self._grid.removeWidget(box)
                # Hidden at once: deleteLater waits for the event loop, which a nested
                # processEvents() (a dialog, a test) does not give it.
                box.hide()
                box.setParent(None)
                box.deleteLater()
        for figure in figures:
            box = self._boxes.get(figure.key)
            if box is None:
                box = FigureBox(figure.key, self)
                self._boxes[figure.key] = box
            box.show_figure(figure, alert_colour)
            box.show()
        self._order = wanted
        self._reflow(force=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _columns_for(self, width: int) -> int:
        """As many figures a line as fit in ``width``, all cells as wide as the widest figure so the
        lines' columns stand under each other."""
        if not self._order:
            return 1
        cell = max(self._boxes[key].sizeHint().width() for key in self._order) + self.SPACING
        return max(1, min(len(self._order), (width + self.SPACING) // cell))

    def _reflow(self, force: bool = False) -> None:
        columns = self._columns_for(self.width())
        if columns == self._columns and not force:
            return
        for key in self._order:
            self._grid.removeWidget(self._boxes[key])
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        for index, key in enumerate(self._order):
            self._grid.addWidget(self._boxes[key], index // columns, index % columns)
        self._grid.setColumnStretch(columns, 1)  # figures keep to the left, the space goes after them
        self._columns = columns
        # The page may be narrower than one line of every figure: only the widest figure is a minimum.
        widest = max((self._boxes[key].sizeHint().width() for key in self._order), default=0)
        self.setMinimumWidth(widest)

    def box(self, key: str) -> FigureBox | None:
        return self._boxes.get(key)

    def texts(self) -> dict[str, str]:
        """key -> the figure as shown (what a test or a screen reader reads)."""
        return {key: box.value.text() for key, box in self._boxes.items()}

    def hows(self) -> dict[str, str]:
        return {key: box.value.toolTip() for key, box in self._boxes.items()}
