"""The loan page's assessment tab: ui-assessment's AssessmentView (the estimate) beside its
BehaviourForm (the borrower's own answers). An edited answer is saved to loan.behaviour at once and the
estimate is worked out again; hints beside the answers say what the contact log already shows, since the
rule engine counts the log too (broken promises, recent contact, a written agreement).

Above the timeline, the what-if panel (assessment/whatif_panel.py) lets the borrower try a plan: the tab
asks the controller to compare it with carrying on as now (app/rules/whatif.py) and the view draws both."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.assessment.assessment_view import AssessmentView
from app.ui.assessment.behaviour_form import BehaviourForm
from app.ui.assessment.whatif_panel import WhatIfPanel
from app.ui.shell.i18n import ntr, tr
from app.ui.widgets import formatting
from app.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from app.core.models import ContactEvent
    from app.ui.shell.controller import Controller

# The rule engine counts a contact the borrower started in the last 30 days as communicating
# (app/rules/scenario.py, COMMUNICATING_WINDOW_DAYS); the hint uses the same window.
_RECENT_DAYS = 30
# Below this width (in pixels) the questionnaire starts folded away.
_SIDE_BY_SIDE_WIDTH = 1500
# Below this width (or the panels' own least widths, if more) the questionnaire and the "why" panel take
# turns beside the estimate.
_THREE_PANELS_WIDTH = 1180
# The splitter handle between the estimate and the questionnaire, and the margins around them.
_SPLITTER_ROOM = 16


class AssessmentTab(Retranslating, QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentTab")
        self._controller = controller
        self._loan_id: str | None = None
        self._plan_is_stale = True
        self.view = AssessmentView(self)
        self.form = BehaviourForm()
        self.form.changed.connect(self._answers_changed)
        # The what-if plan: the panel collects it, the controller compares, the view draws both.
        self.plan_panel = WhatIfPanel()
        self.plan_panel.planChanged.connect(self._plan_changed)
        self.plan_panel.sentenceChosen.connect(self.view.show_rules)
        self.view.add_plan_panel(self.plan_panel)

        self.form_title = QLabel()
        font = self.form_title.font()
        font.setBold(True)
        self.form_title.setFont(font)
        self.form_note = QLabel()
        self.form_note.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.form_title)
        side_layout.addWidget(self.form_note)
        side_layout.addWidget(self.form)
        side_layout.addStretch(1)
        self.side = QScrollArea(self)
        self.side.setObjectName("behaviourScroll")
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setWidget(side)
        self.side.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 26)

        # The questionnaire sits beside the estimate when the window is wide enough; on a narrower
        # screen it opens with the toggle, so that the timeline keeps room to be read.
        self.toggle = QPushButton(self)
        self.toggle.setObjectName("toggleQuestionnaire")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self.side.setVisible)
        self.toggle.toggled.connect(self._fit_side_panels)
        self.toggle.clicked.connect(self._chosen_by_user)
        self.view.explanationsWanted.connect(self._explanations_wanted)
        self.toggle_hint = QLabel(self)
        self.toggle_hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.toggle_hint, 1)
        bar.addWidget(self.toggle)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.side)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._user_chose = False
        self.side.hide()
        self._retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Follows the width until the user opens or closes the questionnaire; then their choice holds.
        if not self._user_chose:
            self.toggle.setChecked(event.size().width() >= _SIDE_BY_SIDE_WIDTH)
        super().resizeEvent(event)
        self._fit_side_panels()

    def _fit_side_panels(self) -> None:
        # The estimate, the "why" panel and the questionnaire side by side need about _THREE_PANELS_WIDTH:
        # on a narrower window (a 1024-pixel screen) the questionnaire takes the "why" panel's place
        # instead of squeezing all three until their text is cut off.
        # Never narrower than the questionnaire itself (its words differ by language): a narrower panel
        # cut off its right edge.
        needed = self.side.widget().minimumSizeHint().width() + self.side.verticalScrollBar().sizeHint().width()
        self.side.setMinimumWidth(max(self.fontMetrics().horizontalAdvance("M") * 26, needed))
        three_panels = self.view.keep_estimate_whole() + self.side.minimumWidth() + _SPLITTER_ROOM
        crowded = self.toggle.isChecked() and self.width() < max(three_panels, _THREE_PANELS_WIDTH)
        self.view.set_explanations_shown(not crowded)

    def _explanations_wanted(self) -> None:
        # A "why?" link on a narrow window: the reasons come back in place of the questionnaire.
        if not self.view.explanations_shown():
            self._user_chose = True
            self.toggle.setChecked(False)

    def _chosen_by_user(self) -> None:
        self._user_chose = True

    def show_loan(self, loan_id: str) -> None:
        if loan_id != self._loan_id:
            self._loan_id = loan_id
            self._plan_is_stale = True  # another loan's plan means nothing here
        self.refresh()

    def refresh(self) -> None:
        if self._loan_id is None:
            return
        summary = self._controller.summary(self._loan_id)
        self.form.set_behaviour(summary.loan.behaviour)
        self.form.set_hints(self.hints(self._controller.contacts(self._loan_id)))
        self.view.set_assessment(self._controller.assessment(self._loan_id), summary.position.days_past_due)
        self._fit_side_panels()  # the estimate's words (and so its least width) may have changed
        # A payment recorded or a language switched: the plan stays, worked out again against the new facts;
        # an untouched panel takes the new suggestion.
        if self._plan_is_stale or not self.plan_panel.is_touched():
            self._plan_is_stale = False
            self._suggest_plan(summary.loan.currency)
        self._plan_changed()

    def _suggest_plan(self, currency: str) -> None:
        assert self._loan_id is not None
        suggestion = self._controller.payment_suggestion(self._loan_id)
        display = self._controller.settings().currency_display
        symbol = formatting.CURRENCY_SYMBOLS.get(currency) if display == "symbol" else None
        self.plan_panel.set_suggestion(
            formatting.plain_amount(suggestion.amount),
            suggestion.on,
            suggestion.earliest,
            suggestion.latest,
            symbol or currency,
            can_pay=suggestion.amount is not None,
        )

    def _plan_changed(self) -> None:
        # The panel's pause may end after the loan was deleted or the data file closed.
        if not self._controller.is_open or self._loan_id is None:
            return
        if self._controller.find_summary(self._loan_id) is None:
            return
        self._show_to_be_current()
        if not self.plan_panel.is_active():
            self.plan_panel.show_outcome(None)
            self.view.set_comparison(None)
            return
        outcome = self._controller.plan_outcome(
            self._loan_id, *self.plan_panel.request(), budget=self.plan_panel.budget_request()
        )
        self.plan_panel.show_outcome(outcome)
        if outcome.comparison is not None:
            self.view.set_comparison(outcome.comparison.planned)

    def _show_to_be_current(self) -> None:
        """The core's "to be current" figure today and on the plan's day, with how the latter was worked
        out (penalty interest runs on to that day)."""
        assert self._loan_id is not None
        summary = self._controller.summary(self._loan_id)
        day = self.plan_panel.plan_day()
        later, hows = self._controller.if_paid_on(self._loan_id, day)
        now = summary.position.amount_to_become_current
        if not now and not later.amount_to_become_current:
            self.plan_panel.show_to_be_current("", "")
            return
        display = self._controller.settings().currency_display
        currency = summary.loan.currency
        text = tr(
            "To be current: {today} today, {later} if you pay on {day}",
            today=formatting.money(now, currency, display),
            later=formatting.money(later.amount_to_become_current, currency, display),
            day=formatting.day(day),
        )
        self.plan_panel.show_to_be_current(text, hows.get("amount_to_become_current", ""))

    def hints(self, log: list[ContactEvent]) -> dict[str, str]:
        """What the contact log already tells the estimate, as short notes beside the answers."""
        today = self._controller.today()
        past = [event for event in log if event.at.astimezone().date() <= today]
        hints: dict[str, str] = {}
        broken = sum(1 for event in past if event.promise_kept is False)
        if broken:
            hints["broken_promises"] = ntr("Your log: {n} broken promise", "Your log: {n} broken promises", broken)
        recent = [
            event
            for event in past
            if str(event.direction) == "outgoing"
            and event.at.astimezone().date() > today - timedelta(days=_RECENT_DAYS)
        ]
        if recent:
            latest = max(recent, key=lambda event: event.at)
            hints["communicating"] = tr(
                "Your log: you reached out on {day}", day=formatting.day(latest.at.astimezone().date())
            )
        agreements = [event for event in past if str(event.channel) == "agreement"]
        if agreements:
            latest = max(agreements, key=lambda event: event.at)
            hints["negotiating"] = tr(
                "Your log: agreement of {day}", day=formatting.day(latest.at.astimezone().date())
            )
        return hints

    def _answers_changed(self) -> None:
        if self._loan_id is not None:
            # The controller saves and announces the change; the loan page then calls refresh().
            self._controller.save_behaviour(self._loan_id, self.form.behaviour())

    def _retranslate(self) -> None:
        self.toggle.setText(tr("&Your situation…"))
        self.toggle.setAccessibleName(tr("Show or hide the questions about your situation"))
        self.toggle_hint.setText(
            tr(
                "The estimate uses this loan's days overdue, your contact log and your answers about how "
                "things stand with the lender."
            )
        )
        self.form_title.setText(tr("Your situation"))
        self.form_note.setText(
            tr("Your answers are saved as you change them and the estimate on the left follows at once.")
        )
