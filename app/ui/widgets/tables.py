"""Table views and models shared by every list in the app: whole-row selection, keyboard activation,
sorting where it makes sense, a height that fits its rows inside a page, and one read-only records model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

_Index = QModelIndex | QPersistentModelIndex


class RowTexts:
    """Each row's cell texts once worded: a view asks for every cell several times over while it fits its
    columns, sorts, filters and paints. The model clears it when its rows, or the words or figures shown
    in them, change."""

    def __init__(self) -> None:
        self._rows: dict[int, list[str]] = {}

    def of(self, row: int, worded: Callable[[], list[str]]) -> list[str]:
        found = self._rows.get(row)
        if found is None:
            found = self._rows[row] = worded()
        return found

    def clear(self) -> None:
        self._rows.clear()


class RecordsModel(QAbstractTableModel):
    """A read-only table model holding one record per row, with translatable column headers.

    A subclass defines ``headers()`` (texts from the catalogue, worded when asked) and ``data()``; rows,
    columns, header data and retranslation are the same for every list.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._column_count: int | None = None
        self._texts = RowTexts()

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts.clear()
        self.endResetModel()

    def texts_of(self, row: int, worded: Callable[[Any], list[str]]) -> list[str]:
        """The texts of the row's cells, from ``worded(record)`` the first time they are asked for, until
        the rows change or retranslate() is called (the words, or figures shown in them, changed)."""
        return self._texts.of(row, lambda: worded(self._rows[row]))

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        if self._column_count is None:  # the headers' words change with the language, not their number
            self._column_count = len(self.headers())  # type: ignore[attr-defined]
        return self._column_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]  # type: ignore[attr-defined]
        return None

    def retranslate(self) -> None:
        """Headers and cells are worded at paint time: tell the views to ask again."""
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))


_DISPLAY = Qt.ItemDataRole.DisplayRole
# Texts of a column that Qt's delegate measures, the widest by the font's own measure (see _fit_to_texts).
_WIDEST_MEASURED = 3
# Rows looked at when fitting column widths to their contents.
_ROWS_MEASURED = 60


class DataTable(QTableView):
    """A read-only table of records; Enter or a double-click activates a row (``activated``)."""

    def __init__(self, parent: QWidget | None = None, *, fit_rows: bool = False) -> None:
        super().__init__(parent)
        self._fit_rows = fit_rows
        self._columns_stale = False
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in every other control
        rows = self.verticalHeader()
        rows.setVisible(False)
        # One line per row: a fixed height from the font instead of measuring every row's cells, which
        # made a list of 1,000 loans take seconds to show.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        # Fit columns to a sample of rows, not all of them (same reason).
        header.setResizeContentsPrecision(_ROWS_MEASURED)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        if fit_rows:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - Qt's signature
        # Enter activates the current row on every platform (macOS sends activated only on double-click).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def fit_columns(self) -> None:
        """Fit the columns to their contents now, or just before the table is next painted when it is
        hidden or out of sight (scrolled off its page: the overview's later tables, below a long list of
        overdue loans). Measuring text is most of the cost of showing a long list, and what is not on
        screen can wait until it is."""
        if not self.isVisible() or self.visibleRegion().isEmpty():
            self._columns_stale = True
            return
        self._columns_stale = False
        self._fit_to_texts()
        self._stretch_last_column()
        if self._fit_rows:
            self.updateGeometry()

    def _fit_to_texts(self) -> None:
        """Each column as wide as its widest text (in the first _ROWS_MEASURED rows, the sample Qt's own
        fitting looks at too) or as its header.

        resizeColumnsToContents() asks every cell's delegate for its size, a dozen model roles a cell,
        and for a few hundred rows that was most of the time the overview took to appear. Here each
        distinct text is measured in the view's font, and Qt's delegate measures only the widest few:
        its size is the one that decides whether Qt cuts the text short with "…" (a font's hinting can
        make two texts of nearly the same width swap places, hence a few)."""
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        rows = range(min(model.rowCount(), _ROWS_MEASURED))
        grid = 1 if self.showGrid() else 0  # as QTableView.sizeHintForColumn adds
        for column in range(model.columnCount()):
            if header.isSectionHidden(column):
                continue
            # model.data() straight from Python: through the index it would go by way of Qt.
            texts = {model.data(model.index(row, column), _DISPLAY) or "": row for row in rows}
            widest = sorted(texts, key=metrics.horizontalAdvance, reverse=True)[:_WIDEST_MEASURED]
            width = max(
                (self.sizeHintForIndex(model.index(texts[text], column)).width() + grid for text in widest),
                default=0,
            )
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))

    def _stretch_last_column(self) -> None:
        # resizeColumnsToContents() sizes the last column to its contents too, and the header stretches it
        # again only when the view is next resized: a table first shown at its final size kept half its
        # width empty. Turning the stretch off and on spreads the last column to the view's edge now.
        header = self.horizontalHeader()
        if header.stretchLastSection():
            header.setStretchLastSection(False)
            header.setStretchLastSection(True)

    def focus_outline(self) -> QRectF:
        """Where the keyboard focus outline is drawn: around the current row while the table has the
        focus (an empty rectangle otherwise)."""
        index = self.currentIndex()
        if not self.hasFocus() or not index.isValid():
            return QRectF()
        cell = self.visualRect(index)
        if cell.isEmpty():
            return QRectF()
        width = min(self.horizontalHeader().length(), self.viewport().width())
        return QRectF(0, cell.top(), width, cell.height()).adjusted(1, 1, -1, -1)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        if self.hasFocus():  # the outline spans the row; Qt repaints only the cells
            self.viewport().update()

    def focusInEvent(self, event) -> None:  # noqa: ANN001 - Qt's signature
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event) -> None:  # noqa: ANN001 - Qt's signature
        super().focusOutEvent(event)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._columns_stale:
            # Shown, or scrolled into sight: fitted before this paint draws a cell. Not when shown (its
            # page's layout has not yet placed it, so it cannot tell whether it will be in sight).
            self.fit_columns()
        super().paintEvent(event)
        # The style's own focus mark is a faint dotted line on one cell, easy to lose: a keyboard user
        # gets a solid two-pixel outline in the text colour around the whole current row.
        outline = self.focus_outline()
        if outline.isEmpty():
            return
        painter = QPainter(self.viewport())
        pen = QPen(self.palette().color(QPalette.ColorRole.Text), 2)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(outline)
        painter.end()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._stretch_last_column()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self._fit_rows:
            return hint
        rows = self.model().rowCount() if self.model() is not None else 0
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += (
            sum(self.rowHeight(row) for row in range(rows))
            if rows
            else self.verticalHeader().defaultSectionSize()
        )
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint() if self._fit_rows else super().minimumSizeHint()
