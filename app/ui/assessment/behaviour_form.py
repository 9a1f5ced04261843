"""The self-assessment questionnaire: the borrower's own answers about dealing with the lender.

Edits a Behaviour (app/core/models.py). The seed article names what moves a lender's hand (staying
reachable, explaining hardship, negotiating; or evading and lying), so each question asks exactly one
of those things in the borrower's words. Answers the app could infer from the contact log can carry a
hint ("prefilled from your contact log") so the user knows where a tick came from.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.models import Behaviour
from app.ui.shell.i18n import tr
from app.ui.widgets.wrapping_check_box import WrappingCheckBox
from app.ui.widgets.retranslating import Retranslating

YES_NO_FIELDS = (
    "reachable", "communicating", "hardship_reported", "negotiating", "disputing", "evading", "false_info"
)
COUNT_FIELDS = ("broken_promises", "overdue_episodes_24m")
FIELDS = YES_NO_FIELDS + COUNT_FIELDS
# The model's own bound, so the form cannot produce an answer Behaviour refuses.
MAX_COUNT = 100


class BehaviourForm(Retranslating, QWidget):
    """Signals: changed(): the user edited an answer (never emitted by set_behaviour or set_hints)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._behaviour = Behaviour()
        self._loading = False
        self._checks: dict[str, QCheckBox] = {}
        self._spins: dict[str, QSpinBox] = {}
        self._questions: dict[str, QLabel] = {}
        self._details: dict[str, QLabel] = {}
        self._hints: dict[str, QLabel] = {}
        self._grids: list[QGridLayout] = []
        self._places: dict[str, tuple[QGridLayout, int]] = {}  # a question's grid and row

        self._intro = self._wrapped_label("intro")
        self._talking = QGroupBox(self)
        self._worse = QGroupBox(self)
        self._history = QGroupBox(self)
        self._fill_group(
            self._talking, ("reachable", "communicating", "hardship_reported", "negotiating", "disputing")
        )
        self._fill_group(self._worse, ("evading", "false_info", "broken_promises"))
        self._fill_group(self._history, ("overdue_episodes_24m",))

        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._talking)
        layout.addWidget(self._worse)
        layout.addWidget(self._history)
        layout.addStretch(1)
        self._retranslate()
        self.set_behaviour(self._behaviour)

    # ---- public API -------------------------------------------------------------------------------

    def set_behaviour(self, behaviour: Behaviour) -> None:
        """Show ``behaviour``'s answers; does not emit changed."""
        self._behaviour = behaviour
        self._loading = True
        try:
            for field, box in self._checks.items():
                box.setChecked(bool(getattr(behaviour, field)))
            for field, spin in self._spins.items():
                spin.setValue(int(getattr(behaviour, field)))
        finally:
            self._loading = False

    def behaviour(self) -> Behaviour:
        """The answers as shown; fields the form does not ask about keep their last set value."""
        answers: dict[str, object] = {field: box.isChecked() for field, box in self._checks.items()}
        answers.update({field: spin.value() for field, spin in self._spins.items()})
        return self._behaviour.model_copy(update=answers)

    def set_hints(self, hints: Mapping[str, str]) -> None:
        """Show ``hints`` (field -> short text) beside those answers and hide every other hint."""
        unknown = sorted(set(hints) - set(FIELDS))
        if unknown:
            raise ValueError(f"no question for {', '.join(unknown)}")
        for field, label in self._hints.items():
            text = hints.get(field, "")
            label.setText(text)
            label.setVisible(bool(text))
            if field in self._checks:
                # Without a hint beside it, a question takes the hint's room too (it wraps less).
                grid, row = self._places[field]
                grid.removeWidget(self._checks[field])
                grid.addWidget(self._checks[field], row, 0, 1, 2 if text else 3)
        # One line where it fits, but never more than about a third of a typical form's width.
        widest = max(
            (label.fontMetrics().horizontalAdvance(label.text()) + 2 for label in self._hints.values()),
            default=0,
        )
        widest = min(widest, self.fontMetrics().horizontalAdvance("M") * 16)
        for grid in self._grids:
            grid.setColumnMinimumWidth(2, widest)

    def hint(self, field: str) -> str:
        """The hint shown beside ``field``, or "" when none is shown."""
        label = self._hints[field]
        return label.text() if not label.isHidden() else ""

    # ---- building -----------------------------------------------------------------------------------

    def _wrapped_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _fill_group(self, group: QGroupBox, fields: tuple[str, ...]) -> None:
        # Columns: question, count box, hint. Every group gets the same hint width (set_hints) so
        # the count boxes of different groups line up.
        grid = QGridLayout(group)
        grid.setColumnStretch(0, 1)
        self._grids.append(grid)
        style = self.style()
        # Line the explanation up with the checkbox's text, not its box.
        indent = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing
        )
        for index, field in enumerate(fields):
            row = index * 2
            if field in YES_NO_FIELDS:
                # Wraps in a narrow panel rather than cutting its question off at the edge.
                box = WrappingCheckBox(group)
                box.setObjectName(field)
                box.toggled.connect(self._on_edit)
                self._checks[field] = box
                self._places[field] = (grid, row)
                grid.addWidget(box, row, 0, 1, 2)
                detail_indent = indent
            else:
                question = QLabel(group)
                question.setWordWrap(True)
                spin = QSpinBox(group)
                spin.setObjectName(field)
                spin.setRange(0, MAX_COUNT)
                spin.valueChanged.connect(self._on_edit)
                question.setBuddy(spin)
                self._questions[field] = question
                self._spins[field] = spin
                grid.addWidget(question, row, 0)
                grid.addWidget(spin, row, 1)
                detail_indent = 0
            hint = QLabel(group)
            hint.setObjectName(f"hint_{field}")
            hint.setWordWrap(True)
            font = hint.font()
            font.setItalic(True)
            hint.setFont(font)
            hint.setForegroundRole(QPalette.ColorRole.Link)
            hint.setVisible(False)
            self._hints[field] = hint
            grid.addWidget(hint, row, 2, Qt.AlignmentFlag.AlignVCenter)
            detail = QLabel(group)
            detail.setWordWrap(True)
            detail.setContentsMargins(detail_indent, 0, 0, 0)
            detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self._details[field] = detail
            grid.addWidget(detail, row + 1, 0, 1, 3)

    def _on_edit(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    # ---- language -----------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self._intro.setText(
            tr(
                "Answer for how things stand today. Your answers change the estimate and stay on this "
                "computer."
            )
        )
        self._talking.setTitle(tr("Talking with the lender"))
        self._worse.setTitle(tr("What can make it worse"))
        self._history.setTitle(tr("Your history"))
        texts = {
            "reachable": (
                tr("I answer the lender's calls"),
                tr("My phone is on and I pick up or call back."),
            ),
            "communicating": (
                tr("I have talked with the lender about the late payment"),
                tr("I called, wrote or went to a branch myself to explain."),
            ),
            "hardship_reported": (
                tr("I told the lender why I cannot pay"),
                tr("For example job loss, illness or a failing business, with proof if I have it."),
            ),
            "negotiating": (
                tr("I am working out a repayment plan with the lender"),
                tr("Instalments (个性化分期), an extension (展期) or a reduced payment."),
            ),
            "disputing": (
                tr("I dispute this debt or its amount"),
                tr("For example charges I do not recognise, a loan I never took, or a payment not counted."),
            ),
            "evading": (
                tr("I have been avoiding the lender"),
                tr("Not answering, blocking the number, or moving or changing my number without telling them."),
            ),
            "false_info": (
                tr("I gave the lender information that was not true"),
                tr("For example a false address, job or reason."),
            ),
            "broken_promises": (
                tr("Promises to pay that I did not keep"),
                tr("Times I said I would pay by a date and then did not."),
            ),
            "overdue_episodes_24m": (
                tr("Other late payments in the last 24 months"),
                tr("Times this or another loan was overdue before, not counting this one."),
            ),
        }
        for field, (question, detail) in texts.items():
            if field in self._checks:
                self._checks[field].setText(question)
            else:
                self._questions[field].setText(question)
                self._spins[field].setAccessibleName(question)
            self._details[field].setText(detail)
