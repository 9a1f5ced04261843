"""What a person checks on a screen, in code: no text cut off, nothing on top of its neighbour, every
window inside the screen's available area. Used by screenshots.py --check (run by test_screens.py).

A finding is a dict: {"kind", "widget", "text", "detail"}; "widget" is the path of object names (or class
names) from the window down, so a finding says where to look.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect
from PySide6.QtGui import Qt  # the QtGui namespace adds mightBeRichText
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QTableView,
    QTabBar,
    QToolButton,
    QWidget,
)

# A pixel of rounding either way is no defect.
SLACK = 1


def widget_path(widget: QWidget, top: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and current is not top:
        parts.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def shown(widget: QWidget, top: QWidget) -> bool:
    """Visible on the window (not hidden, not on a page of a stack that is not shown, not zero-sized)."""
    return widget.isVisibleTo(top) and widget.isVisible() and widget.width() > 0 and widget.height() > 0


def visible_widgets(top: QWidget) -> Iterator[QWidget]:
    for widget in top.findChildren(QWidget):
        if widget.isWindow() or not shown(widget, top):
            continue
        yield widget


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _finding(kind: str, widget: QWidget, top: QWidget, text: str, detail: str) -> dict[str, str]:
    return {"kind": kind, "widget": widget_path(widget, top), "text": text[:120], "detail": detail}


def clipped_text(top: QWidget) -> list[dict[str, str]]:
    """Labels, buttons, fields and spin boxes whose text does not fit the room they were given."""
    found = []
    for widget in visible_widgets(top):
        if isinstance(widget, QLabel):
            found += _label(widget, top)
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
            found += _button(widget, top)
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            found += _line_edit(widget, top)
        elif isinstance(widget, QAbstractSpinBox):
            found += _spin_box(widget, top)
        elif isinstance(widget, QComboBox):
            found += _combo(widget, top)
        elif isinstance(widget, QTabBar):
            found += _tab_bar(widget, top)
    return found


def _label(label: QLabel, top: QWidget) -> list[dict[str, str]]:
    text = label.text()
    if not text.strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return []
    room = label.contentsRect()
    margin = label.margin() * 2 + label.indent() if label.indent() > 0 else label.margin() * 2
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return [_finding("clipped", label, top, text, f"needs {needed} px high at {label.width()}, has {label.height()}")]
        return []
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        document.setDocumentMargin(0)
        width = document.idealWidth()
        height = document.size().height()
    else:
        metrics = QFontMetrics(label.font())
        lines = _plain(text).split("\n") if label.textInteractionFlags() else text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.height() * len(lines)
    if width > room.width() - margin + SLACK:
        return [_finding("clipped", label, top, text, f"text is {width:.0f} px wide, room {room.width() - margin}")]
    if height > room.height() + 2 * SLACK + 1:
        return [_finding("clipped", label, top, text, f"text is {height:.0f} px high, room {room.height()}")]
    return []


def _button(button: QAbstractButton, top: QWidget) -> list[dict[str, str]]:
    text = button.text()
    if not text.strip():
        return []
    hint = button.sizeHint()
    if button.hasHeightForWidth():  # text that wraps: it needs height, not width
        needed = button.heightForWidth(button.width())
        if needed > button.height() + SLACK:
            return [_finding("clipped", button, top, text, f"needs {needed} px high, has {button.height()}")]
        return []
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return []
    if hint.width() > button.width() + SLACK:
        return [_finding("clipped", button, top, text, f"wants {hint.width()} px wide, has {button.width()}")]
    if hint.height() > button.height() + SLACK + 2:
        return [_finding("clipped", button, top, text, f"wants {hint.height()} px high, has {button.height()}")]
    return []


def _line_edit(edit: QLineEdit, top: QWidget) -> list[dict[str, str]]:
    text = edit.text() or edit.placeholderText()
    if not text or edit.echoMode() != QLineEdit.EchoMode.Normal:
        return []
    # Text longer than a field is normal for free text (it scrolls); a short value (an amount, a date)
    # must show whole. Fields whose text is short enough to be a value are checked.
    if len(text) > 24:
        return []
    margins = edit.textMargins()
    width = QFontMetrics(edit.font()).horizontalAdvance(text) + margins.left() + margins.right()
    # The frame and the style's padding take about one average character either side.
    room = edit.width() - 2 * edit.style().pixelMetric(edit.style().PixelMetric.PM_DefaultFrameWidth) - 4
    if width > room + SLACK:
        return [_finding("clipped", edit, top, text, f"text is {width} px wide, room {room}")]
    return []


def _spin_box(spin: QAbstractSpinBox, top: QWidget) -> list[dict[str, str]]:
    hint = spin.minimumSizeHint()
    if isinstance(spin, QDateEdit):
        hint = spin.sizeHint()
    if hint.width() > spin.width() + SLACK:
        return [_finding("clipped", spin, top, spin.text(), f"needs {hint.width()} px wide, has {spin.width()}")]
    return []


def _combo(combo: QComboBox, top: QWidget) -> list[dict[str, str]]:
    text = combo.currentText()
    if not text:
        return []
    # The style's arrow and frame take the rest of the combo's minimum width.
    needed = QFontMetrics(combo.font()).horizontalAdvance(text) + (
        combo.minimumSizeHint().width() - QFontMetrics(combo.font()).horizontalAdvance("x" * combo.minimumContentsLength())
        if combo.minimumContentsLength()
        else 28
    )
    if needed > combo.width() + SLACK:
        return [_finding("clipped", combo, top, text, f"needs {needed} px wide, has {combo.width()}")]
    return []


def _tab_bar(bar: QTabBar, top: QWidget) -> list[dict[str, str]]:
    found = []
    metrics = QFontMetrics(bar.font())
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = _plain(bar.tabText(index))
        if metrics.horizontalAdvance(text) > bar.tabRect(index).width() - 2:
            found.append(_finding("clipped", bar, top, text, f"tab {index} is {bar.tabRect(index).width()} px"))
    return found


def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            yield item.widget()
        elif item.layout() is not None:
            yield from _layout_widgets(item.layout())


def overlaps(top: QWidget) -> list[dict[str, str]]:
    """Widgets laid out side by side that overlap: what a layout squeezed below its minimum."""
    found = []
    parents = [top, *visible_widgets(top)]
    for parent in parents:
        layout = parent.layout()
        if layout is None:
            continue
        siblings = [widget for widget in _layout_widgets(layout) if shown(widget, top)]
        for index, first in enumerate(siblings):
            for second in siblings[index + 1:]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > SLACK and common.height() > SLACK:
                    found.append({
                        "kind": "overlap",
                        "widget": widget_path(first, top),
                        "text": widget_path(second, top),
                        "detail": f"{_rect(first.geometry())} and {_rect(second.geometry())} share {_rect(common)}",
                    })
    return found


def _rect(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


def narrow_tables(top: QWidget) -> list[dict[str, str]]:
    """Tables that leave part of their width empty on display (columns not spread to the view)."""
    found = []
    for table in top.findChildren(QTableView):
        if not shown(table, top) or table.model() is None or table.model().columnCount() == 0:
            continue
        header: QHeaderView = table.horizontalHeader()
        if table.horizontalScrollBar().isVisible():
            continue
        empty = table.viewport().width() - header.length()
        if empty > max(8, table.viewport().width() // 20):
            found.append(_finding("narrow table", table, top, "", f"{empty} px of {table.viewport().width()} unused"))
    return found


def elided_list_items(top: QWidget) -> list[dict[str, str]]:
    """Rows of a word-wrapping list whose text needs more lines than the row has: the list's style cuts
    the last line short with "…" (the what-if panel's sentences in Chinese at 1024 pixels)."""
    from PySide6.QtCore import QRect as _Rect
    from PySide6.QtWidgets import QListView

    found = []
    for view in top.findChildren(QListView):
        model = view.model()
        if not shown(view, top) or model is None or not view.wordWrap():
            continue
        metrics = QFontMetrics(view.font())
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            text = str(index.data() or "")
            rect = view.visualRect(index)
            if not text or rect.isEmpty():
                continue
            # The style keeps a few pixels of margin either side of an item's text.
            room = _Rect(0, 0, max(rect.width() - 8, 1), 100_000)
            needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text).height()
            if needed > rect.height() + SLACK:
                found.append(_finding(
                    "elided", view, top, text, f"row {row} needs {needed} px high, has {rect.height()}"
                ))
    return found


def cut_by_scroll_areas(top: QWidget) -> list[dict[str, str]]:
    """A page in a scroll area that is wider than the area's view: its right edge is cut off (what
    scrolls down a form must not need scrolling sideways)."""
    from PySide6.QtWidgets import QScrollArea

    found = []
    for area in top.findChildren(QScrollArea):
        page = area.widget()
        if page is None or not shown(area, top) or not area.widgetResizable():
            continue
        if page.width() > area.viewport().width() + SLACK:
            found.append(_finding(
                "cut off", area, top, "", f"content {page.width()} px wide in a view of {area.viewport().width()}"
            ))
    return found


def outside_screen(window: QWidget, available: QRect) -> list[dict[str, str]]:
    """The window, its frame included, must lie inside the screen's available area."""
    frame = window.frameGeometry()
    if available.contains(frame):
        return []
    return [{
        "kind": "off screen",
        "widget": window.objectName() or type(window).__name__,
        "text": window.windowTitle(),
        "detail": f"frame {_rect(frame)} not inside available {_rect(available)}",
    }]


def scroll_bars_needed(window: QWidget) -> list[str]:
    """Scroll areas whose content is larger than the view (for the report, not a finding)."""
    return [
        widget_path(area, window)
        for area in window.findChildren(QAbstractScrollArea)
        if any(isinstance(bar, QScrollBar) and bar.isVisible() for bar in area.findChildren(QScrollBar))
    ]


def check_window(window: QWidget, available: QRect) -> list[dict[str, str]]:
    return [
        *outside_screen(window, available),
        *clipped_text(window),
        *overlaps(window),
        *narrow_tables(window),
        *cut_by_scroll_areas(window),
        *elided_list_items(window),
    ]
