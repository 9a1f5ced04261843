"""The collection timeline: what a lender is likely to do, drawn against days past due.

One row per action; a band spans the days the action is expected, its colour and strength follow the
likelihood; a vertical marker shows where the borrower stands today. No standard widget can say "this
happens between day 30 and 90, probably, and you are at day 25", hence the custom painting.

The day axis runs from day 0 (the first unpaid due date) to day 365 and is piecewise linear: the first
90 days take half the width. Almost every step a lender takes starts inside that quarter, and the tick
marks (0, 30, 60, 90, 180, 270, 365) then fall at nearly even spacing, so the scale stays readable. The
axis says so where a reader looks for it: a break mark on the axis line at day 90, where the scale
changes, and a line under the caption ("Days 0–90 are drawn 3 times wider than the rest").

Entries are duck-typed: anything with the attributes of the rule engine's timeline entries (action,
label, from_day, to_day, likelihood, likelihood_word, likelihood_text, status, rules) works, which keeps
this widget free of any import from the rule module.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.core.i18n import Lang, join_clauses, text
from app.ui.shell.i18n import current_language

AXIS_END_DAY = 365
TICK_DAYS = (0, 30, 60, 90, 180, 270, 365)
# (first day, last day, label): the industry's monthly buckets; M0 (not yet late) has no band.
MONTH_BUCKETS = ((0, 30, "M1"), (30, 60, "M2"), (60, 90, "M3"), (90, AXIS_END_DAY, "M4+"))
# Piecewise-linear axis: (day, fraction of the plot width).
_AXIS_KNOTS = ((0, 0.0), (90, 0.5), (AXIS_END_DAY, 1.0))
# Where the scale changes, and how much wider a day is drawn before it than after: (0.5/90)/(0.5/275).
SCALE_BREAK_DAY = 90
SCALE_RATIO = round((_AXIS_KNOTS[1][1] / SCALE_BREAK_DAY) / ((1 - _AXIS_KNOTS[1][1]) / (AXIS_END_DAY - SCALE_BREAK_DAY)))

# A fixed calm-to-alarming ramp, mid-luminance so it reads on light and dark backgrounds alike.
LIKELIHOOD_COLOURS = {
    "unlikely": QColor("#4f9d8f"),
    "possible": QColor("#d9a520"),
    "likely": QColor("#e0702f"),
    "very_likely": QColor("#d03b3b"),
}


def likelihood_word_of(entry: Any) -> str:
    """The entry's likelihood word; derived from the number only if the engine left it out."""
    word = str(getattr(entry, "likelihood_word", "") or "")
    if word in LIKELIHOOD_COLOURS:
        return word
    value = float(entry.likelihood)
    if value < 0.25:
        return "unlikely"
    if value < 0.5:
        return "possible"
    if value < 0.75:
        return "likely"
    return "very_likely"


def _typical_day(entry: Any) -> int | None:
    """The day the step most often comes, when it differs from the day it can first come."""
    typical = getattr(entry, "typical_day", None)
    if typical is None or typical <= entry.from_day:
        return None
    if entry.to_day is not None and typical > entry.to_day:
        return None
    return int(typical)


def _relative_luminance(colour: QColor) -> float:
    return 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()


def _blend(top: QColor, bottom: QColor, alpha: float) -> QColor:
    return QColor.fromRgbF(
        top.redF() * alpha + bottom.redF() * (1 - alpha),
        top.greenF() * alpha + bottom.greenF() * (1 - alpha),
        top.blueF() * alpha + bottom.blueF() * (1 - alpha),
    )


class TimelineWidget(QWidget):
    """Rows of likelihood bands over a 0-365 day axis with a "you are here" marker.

    Signals: actionSelected(str): the user picked a row by click or keyboard; "" when the selection
    was cleared (Escape, or a click outside every row).
    """

    actionSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, lang: Lang | None = None) -> None:
        """``lang``: the language of the widget's own words; None follows the UI's (a printed report
        may be in the other language)."""
        super().__init__(parent)
        self._lang = lang
        self._entries: list[Any] = []
        self._comparison: list[Any] = []
        # Where the what-if plan puts the borrower (days overdue on the plan's day), drawn as a dashed
        # marker; None when the plan leaves them where they are today.
        self._comparison_day: int | None = None
        self._comparison_on = ""
        self._days_past_due = 0
        self._explanations: dict[str, Any] = {}
        self._selected = ""
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._retranslate()

    # ---- public API -------------------------------------------------------------------------------

    def set_timeline(
        self, entries: Iterable[Any], days_past_due: int, *, explanations: Iterable[Any] = ()
    ) -> None:
        """Show ``entries`` with the marker at ``days_past_due``.

        ``explanations`` (objects with rule, text, source) feed the hover tooltips. A selected action
        that is still present stays selected, so recomputing the assessment does not lose the user's place.
        """
        # Stable sort: rows read top to bottom in the order the lender would act.
        self._entries = sorted(entries, key=lambda entry: entry.from_day)
        self._days_past_due = max(0, int(days_past_due))
        self._explanations = {item.rule: item for item in explanations}
        if self._selected not in self.actions():
            self._selected = ""
        self._refresh()

    def set_comparison(
        self, entries: Iterable[Any] | None, days_past_due: int | None = None, on: str = ""
    ) -> None:
        """Draw a second ("with your plan") timeline as dashed outlines; None removes it.

        ``days_past_due`` (with the day ``on`` it counts for, as text) adds a dashed marker where the plan
        puts the borrower; leave it None when that is where they stand today.
        """
        self._comparison = sorted(entries or (), key=lambda entry: entry.from_day)
        shown = bool(self._comparison) and days_past_due is not None
        self._comparison_day = max(0, int(days_past_due)) if shown else None
        self._comparison_on = on if shown else ""
        self._refresh()

    def has_comparison(self) -> bool:
        return bool(self._comparison)

    def comparison_actions(self) -> list[str]:
        """The actions the comparison timeline outlines, in row order."""
        return [str(entry.action) for entry in self._comparison]

    def comparison_day(self) -> int | None:
        """The days overdue the plan's marker stands at; None when no such marker is drawn."""
        return self._comparison_day

    def comparison_marker_x(self) -> float | None:
        return None if self._comparison_day is None else self.day_to_x(self._comparison_day)

    def legend_texts(self) -> list[str]:
        """The legend under the axis while a comparison is drawn: the filled, then the dashed meaning."""
        if not self._comparison:
            return []
        return [text(self.language, "Today"), text(self.language, "With your plan")]

    def actions(self) -> list[str]:
        """Row order: the timeline's actions, then actions only the comparison has."""
        rows = [str(entry.action) for entry in self._entries]
        rows += [str(e.action) for e in self._comparison if str(e.action) not in rows]
        return rows

    def selected_action(self) -> str:
        return self._selected

    def select_action(self, action: str) -> None:
        """Select a row ("" clears) and emit actionSelected if that changed the selection."""
        if action and action not in self.actions():
            raise ValueError(f"no timeline row for action {action!r}")
        if action == self._selected:
            return
        self._selected = action
        self._update_accessible_description()
        self.update()
        self.actionSelected.emit(action)

    def days_past_due(self) -> int:
        return self._days_past_due

    def day_to_x(self, day: float) -> float:
        """Horizontal pixel position of ``day`` (clamped to the axis)."""
        left, right = self._plot_left(), self._plot_right()
        day = min(max(float(day), 0.0), float(AXIS_END_DAY))
        for (day_a, frac_a), (day_b, frac_b) in zip(_AXIS_KNOTS, _AXIS_KNOTS[1:], strict=False):
            if day <= day_b:
                fraction = frac_a + (frac_b - frac_a) * (day - day_a) / (day_b - day_a)
                return left + (right - left) * fraction
        return right

    def marker_x(self) -> float:
        return self.day_to_x(self._days_past_due)

    def band_rect(self, action: str) -> QRectF:
        """The band of ``action`` on the main timeline; an empty QRectF if it has none."""
        return self._band_rect_in(self._entries, action, ghost=False)

    def comparison_rect(self, action: str) -> QRectF:
        """The dashed outline of ``action`` on the comparison timeline; empty if it has none."""
        return self._band_rect_in(self._comparison, action, ghost=True)

    def row_rect(self, action: str) -> QRectF:
        """The whole row of ``action``, label included; empty if there is no such row."""
        rows = self.actions()
        if action not in rows:
            return QRectF()
        top = self._rows_top() + rows.index(action) * self._row_height()
        return QRectF(0, top, self.width(), self._row_height())

    def action_at(self, point: QPointF) -> str:
        """The action of the row under ``point``, or ""."""
        offset = point.y() - self._rows_top()
        if offset < 0:
            return ""
        index = int(offset // self._row_height())
        rows = self.actions()
        return rows[index] if index < len(rows) else ""

    def tooltip_text(self, action: str) -> str:
        """Rich text shown on hover: the action, its days, likelihood and the rules behind it."""
        main = self._entry(self._entries, action)
        comparison = self._entry(self._comparison, action)
        entry = main or comparison
        if entry is None:
            return ""
        lines = [f"<b>{html.escape(str(entry.label))}</b>"]
        if main is not None:
            lines.append(html.escape(self._range_text(main)))
            likelihood = text(self.language, "Likelihood: {likelihood}", likelihood=self._likelihood_text(main))
            lines.append(html.escape(likelihood))
            if str(main.status) == "past":
                lines.append(html.escape(text(self.language, "The usual window for this step has passed.")))
            elif getattr(main, "status_text", ""):
                lines.append(html.escape(text(self.language, "Status: {status}", status=str(main.status_text))))
        if comparison is not None:
            what_if = text(self.language, "What if: {days}, {likelihood}", days=self._range_text(comparison),
                           likelihood=self._likelihood_text(comparison))
            lines.append(html.escape(what_if))
        reasons = []
        for rule in entry.rules:
            explanation = self._explanations.get(rule)
            if explanation is None:
                continue
            source = html.escape(str(explanation.source))
            # Translators: a rule behind a step, in a tooltip (rich text); {source} is shown in italics.
            reasons.append(text(self.language, "• {reason} <i>({source})</i>",
                                reason=html.escape(str(explanation.text)), source=source))
        if reasons:
            lines.append("")
            lines.extend(reasons)
        return "<qt>" + "<br>".join(lines) + "</qt>"

    # ---- sizes ------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        width = self._label_width() + metrics.horizontalAdvance("0") * 90
        return QSize(round(width), round(self._total_height()))

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        width = self._label_width() + metrics.horizontalAdvance("0") * 45
        return QSize(round(width), round(self._total_height()))

    # ---- geometry helpers ---------------------------------------------------------------------------

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _pad(self) -> float:
        return self._metrics().height() / 2

    def _row_height(self) -> float:
        # With a plan to compare, each row holds two lanes: today's band above, the plan's below.
        return round(self._metrics().height() * (2.6 if self._comparison else 1.9))

    def _rows_top(self) -> float:
        # Line 1: the "you are here" label; then the plan's marker label if any; then the month buckets.
        return self._buckets_top() + self._metrics().height() * 1.2

    def _buckets_top(self) -> float:
        extra = self._metrics().height() * 1.3 if self._comparison_day is not None else 0.0
        return self._pad() + self._metrics().height() * 1.2 + extra

    def _rows_bottom(self) -> float:
        return self._rows_top() + max(1, len(self.actions())) * self._row_height()

    def _total_height(self) -> float:
        # Below the rows: tick labels, then the caption line; with a plan, the legend on a line of its own
        # (beside a long caption it ran into the caption and, on a narrow window, into the row labels).
        legend = self._metrics().height() * 1.2 if self._comparison else 0.0
        scale_note = self._metrics().height() * 1.2
        return self._rows_bottom() + self._metrics().height() * 2.6 + scale_note + legend + self._pad()

    def _label_width(self) -> float:
        # Measured in bold: the row of the current step is drawn bold.
        bold = self.font()
        bold.setBold(True)
        metrics = QFontMetricsF(bold)
        labels = [str(entry.label) for entry in [*self._entries, *self._comparison]]
        widest = max((metrics.horizontalAdvance(text) for text in labels), default=0.0)
        return max(widest, metrics.horizontalAdvance("M") * 6) + 3 * self._pad()

    def _plot_left(self) -> float:
        # Long labels are elided rather than squeezing the plot below about 60 % of the width.
        return min(self._label_width(), self.width() * 0.4)

    def _plot_right(self) -> float:
        # Half of the widest tick label must fit to the right of day 365.
        return self.width() - self._pad() - self._metrics().horizontalAdvance("365") / 2

    def _band_rect_in(self, entries: Sequence[Any], action: str, *, ghost: bool) -> QRectF:
        entry = self._entry(entries, action)
        row = self.row_rect(action)
        if entry is None or row.isEmpty():
            return QRectF()
        start = self.day_to_x(entry.from_day)
        end_day = AXIS_END_DAY if entry.to_day is None else entry.to_day
        # A step on a single day still needs a visible band.
        end = max(self.day_to_x(end_day), start + self._pad() / 2)
        if self._comparison:
            lane = row.height() * 0.44
            top = row.top() + row.height() * (0.52 if ghost else 0.05)
            return QRectF(start, top, end - start, lane)
        inset = row.height() * 0.2
        return QRectF(start, row.top() + inset, end - start, row.height() - 2 * inset)

    @staticmethod
    def _entry(entries: Sequence[Any], action: str) -> Any | None:
        return next((entry for entry in entries if str(entry.action) == action), None)

    # ---- texts -----------------------------------------------------------------------------------

    @property
    def language(self) -> Lang:
        return self._lang or current_language()

    def _retranslate(self) -> None:
        self.setAccessibleName(text(self.language, "Collection timeline"))
        self._update_accessible_description()
        self.update()

    def _range_text(self, entry: Any) -> str:
        if entry.to_day is None:
            days = text(self.language, "From day {day} on", day=entry.from_day)
        elif entry.to_day == entry.from_day:
            return text(self.language, "Around day {day}", day=entry.from_day)
        else:
            days = text(self.language, "Days {first}–{last}", first=entry.from_day, last=entry.to_day)
        typical = _typical_day(entry)
        if typical is not None:
            # Translators: {days} is "Days 30–90" or "From day 90 on".
            days = text(self.language, "{days}, typically around day {day}", days=days, day=typical)
        return days

    @staticmethod
    def _likelihood_text(entry: Any) -> str:
        return str(getattr(entry, "likelihood_text", "") or likelihood_word_of(entry))

    def _marker_text(self) -> str:
        return text(self.language, "Today · you are here · day {day}", day=self._days_past_due)

    def _comparison_marker_text(self) -> str:
        return text(self.language, "With your plan · {date} · day {day}", date=self._comparison_on,
                    day=self._comparison_day)

    def _update_accessible_description(self) -> None:
        parts = [self._marker_text(), self.scale_note()]
        if self._comparison_day is not None:
            parts.append(self._comparison_marker_text())
        ordered = sorted(self._entries, key=lambda entry: str(entry.action) != self._selected)
        for entry in ordered:
            parts.append(text(self.language, "{step}: {days}, {likelihood}", step=entry.label,
                              days=self._range_text(entry), likelihood=self._likelihood_text(entry)))
        self.setAccessibleDescription(join_clauses(self.language, parts))

    # ---- events ----------------------------------------------------------------------------------

    def _refresh(self) -> None:
        self._update_accessible_description()
        self.updateGeometry()
        self.setMinimumHeight(round(self._total_height()))
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._retranslate()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._refresh()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_text(self.action_at(QPointF(event.pos())))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.select_action(self.action_at(event.position()))
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        rows = self.actions()
        key = event.key()
        if not rows or key not in _NAVIGATION_KEYS:
            super().keyPressEvent(event)
            return
        index = rows.index(self._selected) if self._selected in rows else -1
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            target = rows[min(index + 1, len(rows) - 1)]
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            target = rows[max(index - 1, 0)]
        elif key == Qt.Key.Key_Home:
            target = rows[0]
        elif key == Qt.Key.Key_End:
            target = rows[-1]
        else:
            target = ""
        self.select_action(target)
        event.accept()

    # ---- painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        self._paint_buckets(painter, palette)
        self._paint_rows(painter, palette)
        self._paint_axis(painter, palette)
        self._paint_marker(painter, palette)
        painter.end()

    def _paint_buckets(self, painter: QPainter, palette: QPalette) -> None:
        metrics = self._metrics()
        text = palette.color(QPalette.ColorRole.WindowText)
        band_top = self._buckets_top()
        for index, (first, last, name) in enumerate(MONTH_BUCKETS):
            left, right = self.day_to_x(first), self.day_to_x(last)
            shade = QColor(text)
            shade.setAlphaF(0.035 if index % 2 == 0 else 0.075)
            painter.fillRect(QRectF(left, band_top, right - left, self._rows_bottom() - band_top), shade)
            label_colour = QColor(text)
            label_colour.setAlphaF(0.6)
            painter.setPen(label_colour)
            painter.drawText(
                QRectF(left, band_top, right - left, metrics.height() * 1.2),
                Qt.AlignmentFlag.AlignCenter,
                name,
            )

    def _paint_rows(self, painter: QPainter, palette: QPalette) -> None:
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        muted_text = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        base = palette.color(QPalette.ColorRole.Window)
        for action in self.actions():
            row = self.row_rect(action)
            entry = self._entry(self._entries, action)
            ghost = self._entry(self._comparison, action)
            shown = entry or ghost
            past = entry is not None and str(entry.status) == "past"
            if action == self._selected:
                highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
                highlight.setAlphaF(0.22)
                painter.fillRect(row, highlight)
                if self.hasFocus():
                    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1))
                    painter.drawRect(row.adjusted(0.5, 0.5, -0.5, -0.5))
            label_rect = QRectF(self._pad(), row.top(), self._plot_left() - 2 * self._pad(), row.height())
            font = self.font()
            font.setBold(entry is not None and str(entry.status) == "current")
            label = QFontMetricsF(font).elidedText(
                str(shown.label), Qt.TextElideMode.ElideRight, label_rect.width()
            )
            painter.setPen(muted_text if past else text_colour)
            painter.setFont(font)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            painter.setFont(self.font())
            if entry is not None:
                self._paint_band(painter, entry, self.band_rect(action), base, text_colour, past)
            if ghost is not None:
                # The plan's lane: the same colours, paler, in a dashed outline.
                ghost_past = str(ghost.status) == "past"
                self._paint_band(painter, ghost, self.comparison_rect(action), base, text_colour, ghost_past,
                                 planned=True)

    def _paint_band(
        self,
        painter: QPainter,
        entry: Any,
        rect: QRectF,
        base: QColor,
        text_colour: QColor,
        past: bool,
        *,
        planned: bool = False,
    ) -> None:
        colour = QColor(LIKELIHOOD_COLOURS[likelihood_word_of(entry)])
        alpha = 0.45 + 0.55 * min(max(float(entry.likelihood), 0.0), 1.0)
        if planned:
            alpha *= 0.45
        if past:
            # What is behind the borrower stays visible for context but must not look like a threat.
            colour = QColor(text_colour)
            alpha = 0.18
        colour.setAlphaF(alpha)
        if entry.to_day is None:
            gradient = QLinearGradient(rect.topLeft(), rect.topRight())
            fade_start = max(0.0, 1.0 - (self._pad() * 5) / max(rect.width(), 1.0))
            faded = QColor(colour)
            faded.setAlphaF(0.0)
            gradient.setColorAt(0.0, colour)
            gradient.setColorAt(fade_start, colour)
            gradient.setColorAt(1.0, faded)
            brush = QBrush(gradient)
        else:
            brush = QBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush)
        painter.drawRoundedRect(rect, 3, 3)
        if planned:
            painter.setPen(QPen(text_colour, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 3, 3)
            # A solid start edge: when the step could first come is what a plan most often moves.
            painter.setPen(QPen(text_colour, 2))
            start = rect.left() + 0.75
            painter.drawLine(QPointF(start, rect.top() + 1), QPointF(start, rect.bottom() - 1))
        elif str(entry.status) == "current":
            painter.setPen(QPen(text_colour, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 3, 3)
        backdrop = _blend(colour, base, colour.alphaF())
        on_band = QColor("#111111") if _relative_luminance(backdrop) > 0.5 else QColor("#ffffff")
        word = self._likelihood_text(entry)
        word_width = self._metrics().horizontalAdvance(word) + self._pad() * 2
        word_left = rect.left() + self._pad()
        typical = _typical_day(entry)
        if typical is not None:
            # A notch where the step usually comes: the band only says from when it can.
            notch = self.day_to_x(typical)
            painter.setPen(QPen(on_band, 2))
            painter.drawLine(QPointF(notch, rect.top() + 2), QPointF(notch, rect.bottom() - 2))
            if word_left - 2 <= notch <= word_left + word_width:
                word_left = notch + self._pad() / 2
        if word_left + word_width - self._pad() <= rect.right():
            painter.setPen(on_band)
            painter.drawText(
                QRectF(word_left, rect.top(), rect.right() - word_left, rect.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                word,
            )
        elif rect.right() + word_width <= self._plot_right():
            # A band too short for its word (a one-day step) gets the word beside it instead.
            beside = QColor(text_colour)
            beside.setAlphaF(0.5 if past else 1.0)
            painter.setPen(beside)
            painter.drawText(
                QRectF(rect.right() + self._pad() / 2, rect.top(), word_width, rect.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                word,
            )

    def _paint_axis(self, painter: QPainter, palette: QPalette) -> None:
        metrics = self._metrics()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlphaF(0.18)
        top, bottom = self._rows_top(), self._rows_bottom()
        tick = self._pad() / 2
        for day in TICK_DAYS:
            x = self.day_to_x(day)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.setPen(QPen(text, 1))
            painter.drawLine(QPointF(x, bottom), QPointF(x, bottom + tick))
            label_width = metrics.horizontalAdvance(str(day)) + self._pad()
            painter.drawText(
                QRectF(x - label_width / 2, bottom + tick, label_width, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                str(day),
            )
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(self._plot_left(), bottom), QPointF(self._plot_right(), bottom))
        caption_top = bottom + tick + metrics.height() * 1.1
        caption_colour = QColor(text)
        caption_colour.setAlphaF(0.75)
        painter.setPen(caption_colour)
        self._paint_scale_break(painter, text, bottom)
        caption = self.axis_caption()
        painter.drawText(
            QRectF(self._plot_left(), caption_top, self._plot_right() - self._plot_left(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            caption,
        )
        painter.drawText(
            QRectF(self._plot_left(), caption_top + metrics.height() * 1.2,
                   self.width() - self._plot_left(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.scale_note(),
        )
        if self._comparison:
            self._paint_legend(painter, text, caption_colour, self.legend_rect().top())

    def axis_caption(self) -> str:
        return text(self.language, "Days since the first missed due date")

    def scale_note(self) -> str:
        """That the scale changes at day 90 (where the break mark is on the axis line), and by how much."""
        return text(self.language, "Days 0–{days} are drawn {times} times wider than the rest (the mark on the axis).",
                    days=SCALE_BREAK_DAY, times=SCALE_RATIO)

    def scale_break_x(self) -> float:
        return self.day_to_x(SCALE_BREAK_DAY)

    def legend_rect(self) -> QRectF:
        """Where the legend is drawn (empty without a plan): its own line under the caption, from the
        plot's left edge, never over the row labels."""
        if not self._comparison:
            return QRectF()
        metrics = self._metrics()
        today, planned = self.legend_texts()
        swatch, gap = self._pad() * 3, self._pad()
        width = 2 * swatch + 4 * gap + metrics.horizontalAdvance(today) + metrics.horizontalAdvance(planned)
        top = self._rows_bottom() + self._pad() / 2 + metrics.height() * 3.5
        return QRectF(self._plot_left(), top, width, metrics.height())

    def _paint_scale_break(self, painter: QPainter, text: QColor, axis_y: float) -> None:
        """Two short slanted strokes across the axis line at day 90, the usual sign of a changed scale."""
        x = self.scale_break_x()
        half = self._pad() * 0.9
        gap = half * 0.45
        # A gap in the axis line between the two strokes, as on a printed chart.
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Window), 3))
        painter.drawLine(QPointF(x - gap, axis_y), QPointF(x + gap, axis_y))
        painter.setPen(QPen(text, 1.6))
        for offset in (-gap, gap):
            painter.drawLine(QPointF(x + offset - half * 0.4, axis_y + half), QPointF(x + offset + half * 0.4, axis_y - half))

    def _paint_legend(self, painter: QPainter, text: QColor, caption_colour: QColor, top: float) -> None:
        """On its own line under the caption, from the plot's left: [filled] Today  [dashed] With your plan."""
        metrics = self._metrics()
        today, planned = self.legend_texts()
        swatch = self._pad() * 3
        gap = self._pad()
        widths = [metrics.horizontalAdvance(today), metrics.horizontalAdvance(planned)]
        left = self.legend_rect().left()
        height = metrics.height()
        sample = QRectF(left, top + 3, swatch, height - 6)
        filled = QColor(LIKELIHOOD_COLOURS["likely"])
        filled.setAlphaF(0.8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(filled)
        painter.drawRoundedRect(sample, 2, 2)
        painter.setPen(caption_colour)
        painter.drawText(QRectF(sample.right() + gap / 2, top, widths[0] + gap, height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, today)
        sample = QRectF(sample.right() + gap * 2 + widths[0], top + 2, swatch, height - 4)
        filled.setAlphaF(0.8 * 0.45)
        painter.setPen(QPen(text, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(filled)
        painter.drawRoundedRect(sample, 2, 2)
        painter.setPen(caption_colour)
        painter.drawText(QRectF(sample.right() + gap / 2, top, widths[1] + gap, height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, planned)

    def _paint_marker(self, painter: QPainter, palette: QPalette) -> None:
        metrics = self._metrics()
        colour = palette.color(QPalette.ColorRole.Highlight)
        x = self.marker_x()
        label_top = self._pad() * 0.5
        painter.setPen(QPen(colour, 2))
        painter.drawLine(QPointF(x, label_top + metrics.height()), QPointF(x, self._rows_bottom()))
        text = self._marker_text()
        width = metrics.horizontalAdvance(text) + self._pad() * 2
        box = QRectF(self._label_left(x, width), label_top, width, metrics.height() * 1.1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        if self._comparison_day is not None:
            self._paint_comparison_marker(painter, palette, box.bottom())

    def _label_left(self, x: float, width: float) -> float:
        """A marker label's left edge: centred on the marker, but over the plot rather than the row labels
        when it fits there, and always inside the widget."""
        left = max(x - width / 2, self._plot_left() if width <= self.width() - self._plot_left() else 0.0)
        return max(min(left, self.width() - width), 0.0)

    def marker_label_rects(self) -> list[QRectF]:
        """Where today's label and the plan's label are drawn (for checks; what paintEvent uses)."""
        metrics = self._metrics()
        height = metrics.height() * 1.1
        rects = []
        width = metrics.horizontalAdvance(self._marker_text()) + self._pad() * 2
        today = QRectF(self._label_left(self.marker_x(), width), self._pad() * 0.5, width, height)
        rects.append(today)
        if self._comparison_day is not None:
            width = metrics.horizontalAdvance(self._comparison_marker_text()) + self._pad() * 2
            x = self.day_to_x(self._comparison_day)
            rects.append(QRectF(self._label_left(x, width), today.bottom() + metrics.height() * 0.2, width, height))
        return rects

    def _paint_comparison_marker(self, painter: QPainter, palette: QPalette, above: float) -> None:
        """The plan's "you would be here": dashed like the plan's outlines, its label under today's."""
        metrics = self._metrics()
        colour = palette.color(QPalette.ColorRole.WindowText)
        x = self.day_to_x(self._comparison_day or 0)
        text = self._comparison_marker_text()
        width = metrics.horizontalAdvance(text) + self._pad() * 2
        box = QRectF(self._label_left(x, width), above + metrics.height() * 0.2, width, metrics.height() * 1.1)
        painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, box.bottom()), QPointF(x, self._rows_bottom()))
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(palette.color(QPalette.ColorRole.Window))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


_NAVIGATION_KEYS = frozenset(
    {
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Escape,
    }
)
