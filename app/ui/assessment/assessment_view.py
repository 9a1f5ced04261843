"""The assessment tab: how risky the situation is, what the lender is likely to do and when, why, and
what helps most now.

Reads an Assessment (app/rules/assessment.py) by attribute only and never calls the engine: the owner
(the loan detail page) runs assess() and hands the result over.

Language: the view's own words go through tr() and are retranslated on QEvent.LanguageChange; the
assessment's texts (labels, warnings, remedies, explanations) come from the engine in the language it
was asked for. So after switching the language the OWNER re-runs assess() in the new language and calls
set_assessment() again; there is no signal for it.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.assessment.explanations import ExplanationsPanel
from app.ui.assessment.timeline_widget import TimelineWidget
from app.ui.shell.i18n import ntr, tr
from app.ui.shell.style import risk_colour

WARNING_FRAME_STYLE = (
    "QFrame#warningsBox { border: 1px solid #d03b3b; border-left: 5px solid #d03b3b;"
    " border-radius: 4px; background: rgba(208, 59, 59, 0.10); }"
)


def _label(parent: QWidget, name: str, *, rich: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _title(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class AssessmentView(QWidget):
    """Signals: actionSelected(str), forwarded from the timeline ("" when the selection is cleared);
    explanationsWanted(): the "why" panel was just given rules to show (a window too narrow for it and
    the questionnaire side by side brings it back)."""

    actionSelected = Signal(str)
    explanationsWanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._assessment: Any | None = None
        self._days_past_due = 0
        self._item_labels: list[QLabel] = []
        self._plan_panel: QWidget | None = None
        self._comparison: Any | None = None
        self._listed_rules: list[str] = []

        content = QWidget()
        content.setObjectName("assessmentContent")
        main = QVBoxLayout(content)
        main.setSpacing(main.spacing() * 2)

        self._empty = _label(content, "noAssessment")
        main.addWidget(self._empty)

        self._summary = QWidget(content)
        header = QHBoxLayout(self._summary)
        header.setContentsMargins(0, 0, 0, 0)
        self.risk_badge = QLabel(self._summary)
        self.risk_badge.setObjectName("riskBadge")
        self.risk_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.risk_badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        stage_column = QVBoxLayout()
        self._stage = _label(self._summary, "stage")
        stage_font = self._stage.font()
        stage_font.setBold(True)
        self._stage.setFont(stage_font)
        self._grading = _label(self._summary, "grading")
        stage_column.addWidget(self._stage)
        stage_column.addWidget(self._grading)
        self._why_risk = QPushButton(self._summary)
        self._why_risk.setObjectName("whyRisk")
        self._why_risk.clicked.connect(self._explain_risk)
        header.addWidget(self.risk_badge, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(stage_column, 1)
        header.addWidget(self._why_risk, 0, Qt.AlignmentFlag.AlignTop)
        main.addWidget(self._summary)

        self.field_visit_label = _label(content, "fieldVisit")
        main.addWidget(self.field_visit_label)

        self._warnings_box = QFrame(content)
        self._warnings_box.setObjectName("warningsBox")
        self._warnings_box.setStyleSheet(WARNING_FRAME_STYLE)
        self._warnings_layout = QVBoxLayout(self._warnings_box)
        self._warnings_title = _title(self._warnings_box, "warningsTitle")
        self._warnings_layout.addWidget(self._warnings_title)
        main.addWidget(self._warnings_box)

        self._content_layout = main
        self._timeline_title = _title(content, "timelineTitle")
        self.timeline = TimelineWidget(content)
        self.timeline.actionSelected.connect(self._on_action_selected)
        self._timeline_hint = _label(content, "timelineHint")
        main.addWidget(self._timeline_title)
        main.addWidget(self.timeline)
        main.addWidget(self._timeline_hint)

        self._remedies_title = _title(content, "remediesTitle")
        self._remedies_layout = QVBoxLayout()
        main.addWidget(self._remedies_title)
        main.addLayout(self._remedies_layout)

        self._consequences_title = _title(content, "consequencesTitle")
        self._consequences_layout = QVBoxLayout()
        main.addWidget(self._consequences_title)
        main.addLayout(self._consequences_layout)

        self._disclaimer = _label(content, "disclaimer")
        main.addWidget(self._disclaimer)
        main.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setObjectName("assessmentScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        # The "why" side panel scrolls on its own so the reasons stay beside the timeline.
        self.explanations_panel = ExplanationsPanel()
        side = QScrollArea(self)
        side.setObjectName("explanationsScroll")
        side.setWidgetResizable(True)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setWidget(self.explanations_panel)
        side.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 16)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        # Proportions, not pixels: a splitter scales sizes to whatever width it first gets.
        splitter.setSizes([700, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._splitter = splitter
        self._explanations_scroll = side

        self._retranslate()
        self._render()

    # ---- public API -------------------------------------------------------------------------------

    def set_assessment(self, assessment: Any, days_past_due: int) -> None:
        """Show ``assessment``; the timeline marker goes to ``days_past_due``.

        Call again with a fresh assessment after the language changed (see the module docstring).
        """
        self._assessment = assessment
        self._days_past_due = max(0, int(days_past_due))
        self._comparison = None
        self.timeline.set_timeline(
            assessment.timeline, self._days_past_due, explanations=assessment.explanations
        )
        self.timeline.set_comparison(None)
        self._listed_rules = [item.rule for item in assessment.explanations]
        self.explanations_panel.set_explanations(assessment.explanations)
        self._render()
        self._on_action_selected(self.timeline.selected_action())

    def set_comparison(self, assessment: Any | None) -> None:
        """Outline another assessment's timeline (a what-if) over the current one; None removes it.

        The plan's own marker is drawn where it puts the borrower when that differs from today (a payment
        moves the day count; a change of stance alone does not), and the timeline's tooltips explain the
        rules the plan's assessment cites. Call set_assessment() first: it clears the comparison.
        """
        current = self._assessment
        self._comparison = assessment
        if assessment is None or current is None:
            self.timeline.set_comparison(None)
            return
        moved = (assessment.days_past_due, assessment.as_of) != (self._days_past_due, current.as_of)
        self.timeline.set_timeline(current.timeline, self._days_past_due, explanations=self._explanations())
        self.timeline.set_comparison(
            assessment.timeline,
            assessment.days_past_due if moved else None,
            assessment.as_of.isoformat() if moved else "",
        )

    def comparison(self) -> Any | None:
        return self._comparison

    def add_plan_panel(self, panel: QWidget) -> None:
        """Place the what-if panel just above the timeline it draws on; shown while there is an estimate."""
        self._plan_panel = panel
        self._content_layout.insertWidget(self._content_layout.indexOf(self._timeline_title), panel)
        panel.setVisible(self._assessment is not None)

    def show_rules(self, rules: Iterable[str], about: str) -> None:
        """Narrow the "why" panel to ``rules`` (a what-if sentence's, say), listing first any rule only
        the comparison cites. Re-listing builds a label per rule (a tenth of a second), which is why it
        waits for a click rather than following every keystroke in the what-if panel."""
        rules = list(rules)
        if not set(rules) <= set(self._listed_rules):
            explanations = self._explanations()
            self._listed_rules = [item.rule for item in explanations]
            self.explanations_panel.set_explanations(explanations)
        self._explain(rules, about)

    def _explanations(self) -> list[Any]:
        """Today's explanations, then those only the comparison has."""
        items = list(self._assessment.explanations) if self._assessment is not None else []
        if self._comparison is not None:
            known = {item.rule for item in items}
            items += [item for item in self._comparison.explanations if item.rule not in known]
        return items

    def clear(self) -> None:
        self._assessment = None
        self._comparison = None
        self._listed_rules = []
        self.timeline.set_timeline([], 0)
        self.timeline.set_comparison(None)
        self.explanations_panel.set_explanations([])
        self._render()

    def assessment(self) -> Any | None:
        return self._assessment

    def warning_texts(self) -> list[str]:
        """The warnings as shown, top to bottom (plain text)."""
        return self._texts("warning")

    def remedy_texts(self) -> list[str]:
        """The remedies as shown, most useful first (plain text)."""
        return self._texts("remedy")

    # ---- rendering --------------------------------------------------------------------------------

    def _texts(self, name: str) -> list[str]:
        return [label.property("plainText") for label in self._item_labels if label.objectName() == name]

    def _render(self) -> None:
        assessment = self._assessment
        shown = assessment is not None
        self._empty.setVisible(not shown)
        for widget in (
            self._summary, self.field_visit_label, self._timeline_title, self.timeline,
            self._timeline_hint,
        ):
            widget.setVisible(shown)
        if self._plan_panel is not None:
            self._plan_panel.setVisible(shown)
        for label in self._item_labels:
            # Detach at once so the old items vanish before the event loop gets to delete them.
            label.setParent(None)
            label.deleteLater()
        self._item_labels = []
        if assessment is None:
            self._remedies_title.setVisible(False)
            self._warnings_box.setVisible(False)
            self._consequences_title.setVisible(False)
            return
        self._render_summary(assessment)
        self.field_visit_label.setText(self._field_visit_text(assessment.field_visit))
        self._warnings_box.setVisible(bool(assessment.warnings))
        for warning in assessment.warnings:
            self._add_item(self._warnings_layout, "warning", warning.title, warning.text, warning.rules)
        remedies = sorted(assessment.remedies, key=lambda remedy: remedy.priority)
        self._remedies_title.setVisible(bool(remedies))
        for rank, remedy in enumerate(remedies, start=1):
            # Translators: a numbered step, "1. Call the lender".
            title = tr("{rank}. {step}", rank=rank, step=remedy.title)
            self._add_item(self._remedies_layout, "remedy", title, remedy.why, remedy.rules)
        consequences = list(getattr(assessment, "consequences", ()))
        self._consequences_title.setVisible(bool(consequences))
        for consequence in consequences:
            self._add_item(
                self._consequences_layout, "consequence", consequence.title, consequence.text,
                consequence.rules,
            )
        self._render_disclaimer()

    def _render_summary(self, assessment: Any) -> None:
        risk = assessment.risk
        badge = tr("Risk: {level} · {score}/100", level=risk.label, score=risk.score)
        self.risk_badge.setText(badge)
        self.risk_badge.setAccessibleName(badge)
        colour = risk_colour(str(risk.level)).name()
        padding = self.fontMetrics().height() // 2
        self.risk_badge.setStyleSheet(
            f"QLabel#riskBadge {{ background: {colour}; color: white; font-weight: bold;"
            f" border-radius: 6px; padding: {padding}px {padding * 2}px; }}"
        )
        stage = assessment.stage
        self._stage.setText(ntr("Stage: {stage} ({n} day overdue)", "Stage: {stage} ({n} days overdue)",
                                self._days_past_due, stage=stage.label))
        grade = getattr(stage, "grade", None)
        grade_text = grade.label if grade is not None else tr("not graded (nothing is overdue)")
        classification = getattr(stage, "classification", None)
        parts = [tr("Lender's grading: {grade}", grade=grade_text)]
        if classification is not None:
            class_text = classification.label
            if getattr(classification, "verify", False):
                class_text = tr("{loan_class} (thresholds to be verified)", loan_class=class_text)
            parts.append(tr("Loan class: {loan_class}", loan_class=class_text))
        self._grading.setText(" · ".join(parts))

    def _field_visit_text(self, field_visit: Any) -> str:
        earliest, typical = field_visit.earliest_day, field_visit.typical_day
        days = f"{earliest}–{typical}" if earliest < typical else str(typical)
        # {days} is a number of days or a range ("30–60"), so it takes no plural.
        if self._days_past_due < earliest:
            return tr("Field visit: {likelihood} for now (usually only after {days} days overdue)",
                      likelihood=field_visit.likelihood_text, days=days)
        return tr("Field visit: {likelihood} now (lenders visit from about {days} days overdue)",
                  likelihood=field_visit.likelihood_text, days=days)

    def _add_item(
        self, layout: QVBoxLayout, name: str, title: str, text: str, rules: Iterable[str]
    ) -> None:
        rules = list(rules)
        label = _label(self, name, rich=True)
        label.setProperty("plainText", f"{title}\n{text}")
        label.setProperty("rules", rules)
        body = f"<b>{html.escape(title)}</b><br>{html.escape(text)}"
        if rules:
            link = tr("Why? Show the rules behind this")
            body += f"<br><small><a href='why'>{html.escape(link)}</a></small>"
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            label.linkActivated.connect(lambda _link, r=rules, t=title: self._explain(r, t))
        label.setText(body)
        layout.addWidget(label)
        # A layout shows new children only on its next pass; show now so the view is complete at once.
        label.show()
        self._item_labels.append(label)

    def _render_disclaimer(self) -> None:
        # The rule pack words its own disclaimer (it knows its sources); ours stands in without one.
        text = str(getattr(self._assessment, "disclaimer", "") or "") or tr(
            "This is an estimate drawn from published rules and common practice, not legal advice. "
            "Lenders differ; check with your lender and, for legal questions, a lawyer."
        )
        if self._assessment is not None:
            text += "\n" + tr("Rules version {version}.", version=self._assessment.rules_version)
        self._disclaimer.setText(text)

    # ---- slots ------------------------------------------------------------------------------------

    def _on_action_selected(self, action: str) -> None:
        assessment = self._assessment
        entry = None
        if assessment is not None:
            entry = next((item for item in assessment.timeline if str(item.action) == action), None)
        if entry is None:
            self.explanations_panel.show_all()
        else:
            self.explanations_panel.show_rules(entry.rules, entry.label)
            self.explanationsWanted.emit()
        self.actionSelected.emit(action)

    def _explain(self, rules: list[str], about: str) -> None:
        self.explanations_panel.show_rules(rules, about)
        self.explanationsWanted.emit()

    def set_explanations_shown(self, shown: bool) -> None:
        """Show or hide the "why" panel beside the estimate (hidden while a narrow window shows the
        questionnaire in its place)."""
        self._explanations_scroll.setVisible(shown)

    def explanations_shown(self) -> bool:
        return not self._explanations_scroll.isHidden()

    def keep_estimate_whole(self) -> int:
        """Never let a splitter make the estimate narrower than its content (its right edge was cut off);
        returns the least width the view needs with the "why" panel beside it."""
        scroll = self._splitter.widget(0)
        least = scroll.widget().minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(least)
        return least + self._explanations_scroll.minimumWidth() + self._splitter.handleWidth()

    def _explain_risk(self) -> None:
        assessment = self._assessment
        if assessment is None:
            return
        risk = assessment.risk
        rules = [*risk.rules, *(factor.rule for factor in getattr(risk, "factors", ()))]
        rules += list(getattr(assessment.stage, "rules", ()))
        self._explain(list(dict.fromkeys(rules)), self.risk_badge.text())

    # ---- language -----------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self._empty.setText(tr("No assessment to show yet."))
        self._why_risk.setText(tr("Why this risk?"))
        self._warnings_title.setText(tr("Warnings"))
        self._timeline_title.setText(tr("What the lender is likely to do, by days overdue"))
        self._timeline_hint.setText(
            tr("Point at a row for details; click it (or use the arrow keys) to see the rules behind it.")
        )
        self._remedies_title.setText(tr("What you can do now, most useful first"))
        self._consequences_title.setText(tr("What an unpaid debt can lead to"))
        self._render_disclaimer()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._render()
        super().changeEvent(event)
