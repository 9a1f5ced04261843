"""The loan dialog: every term of a loan or card, checked as it is typed, with the schedule it gives.

The loan is validated on every edit (pydantic + app.core.validation; the preview follows), but a
field's problem is shown under it only once the field has been left, or on Save (a message before
anything is typed only alarms); each field keeps a line for its message, so nothing moves. Choosing a
kind offers the repayment methods its lenders use and fills in what is usual (a card: card statement
and 3 days' grace; a mortgage: 30 years, secured), and puts the fields in the order the paperwork
gives them (a card's statement, then its limit and balance). The right-hand side previews the
schedule build_schedule() derives and, for flat-fee loans, the real yearly rate (implied_apr).

The dialog is sized to the screen's available area and its form scrolls, so a 1024x700 screen shows
all of it, Save and Cancel included.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from pydantic import ValidationError

from app.core.card_statements import DEFAULT_CARD_ANNUAL_RATE, annual_to_daily_rate
from app.core.i18n import N_, join_sentences
from app.core.models import NEW_ENTRY, Loan, LoanKind, default_grace_days
from app.core.schedule import build_schedule, implied_apr
from app.ui.loans.card_statement_input import StatementPaidInput, statement_date, statement_minimum
from app.ui.loans.dialog_parts import save_cancel_buttons
from app.ui.loans.loan_form_fields import (
    CARD_ORDER,
    FIRST_KIND,
    KIND_DEFAULTS,
    KIND_METHODS,
    LOAN_ORDER,
    field_labels,
    lender_types,
    name_hints,
)
from app.ui.loans.loan_form_inputs import CustomScheduleEditor, RateInput, date_of, qdate, typed_text
from app.ui.loans.partway_input import PARTWAY_FIELDS, PartwayInput
from app.ui.loans.schedule_model import PreviewModel
from app.ui.shell.i18n import current_language, ntr, tr
from app.ui.shell.window_geometry import fit_dialog, screen_room
from app.ui.widgets import formatting, labels
from app.ui.widgets.form_fields import FieldGrid, errors_by_field
from app.ui.widgets.problem_label import in_error_colour
from app.ui.widgets.retranslating import Retranslating
from app.ui.widgets.tables import DataTable

if TYPE_CHECKING:
    from app.ui.shell.controller import Controller

_PREFERRED_SIZE = QSize(1040, 760)
_CURRENCIES = ("CNY", "HKD", "USD", "EUR", "GBP", "JPY", "TWD", "MOP", "SGD")
_MONEY_FIELDS = ("principal", "credit_limit", "min_payment_floor", "card_statement_minimum")
_RATE_FIELDS = ("annual_rate", "monthly_fee_rate", "min_payment_percent", "card_late_fee_percent")


class LoanEditor(Retranslating, QDialog):
    """New loan (``loan`` None) or edit one. After exec() == Accepted, ``result_loan`` holds it."""

    def __init__(
        self, controller: Controller, loan: Loan | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loanEditor")
        self._controller = controller
        self._original = loan
        self.result_loan: Loan | None = None
        self._valid_loan: Loan | None = None
        self._errors: dict[str, str] = {}
        self._loading = True
        # Fields whose problems are shown: those the user has left, or all of them after Save.
        self._left: set[str] = set()
        self._reveal_all = False
        self._focus_fields: dict[QObject, str] = {}

        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(0)
        self._validate_timer.timeout.connect(self._validate)

        self.form_widget = QWidget(self)
        self.form_widget.setObjectName("loanForm")
        form_layout = QVBoxLayout(self.form_widget)
        self.grid = FieldGrid(reserve_error_space=True)
        form_layout.addLayout(self.grid)
        form_layout.addStretch(1)  # fields stay packed at the top whatever the height
        self._build_fields(self.form_widget)
        self.general_error = QLabel(self.form_widget)
        self.general_error.setObjectName("generalError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.grid.add_wide(self.general_error)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("loanFormScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(self.form_widget)

        self.preview_box = QGroupBox(self)
        self.texts.bind(self.preview_box.setTitle, N_("Schedule preview"))
        self.preview_model = PreviewModel(controller, self)
        self.preview_table = DataTable(self.preview_box)
        self.texts.bind(self.preview_table.setAccessibleName, N_("Schedule preview"))
        self.preview_table.setObjectName("schedulePreview")
        self.preview_table.setModel(self.preview_model)
        self.preview_summary = QLabel(self.preview_box)
        self.preview_summary.setObjectName("previewSummary")
        self.preview_summary.setWordWrap(True)
        self.apr_label = QLabel(self.preview_box)
        self.apr_label.setObjectName("impliedApr")
        self.apr_label.setWordWrap(True)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.preview_summary)
        preview_layout.addWidget(self.apr_label)
        preview_layout.addWidget(self.preview_table, 1)

        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.form_scroll)
        self.splitter.addWidget(self.preview_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.buttons, self.save_button = save_cancel_buttons(self, "saveLoan", self._save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # Said beside the buttons when Save found something to correct (Save itself stays enabled: it
        # is how the user asks what is still missing).
        self.save_hint = QLabel(self)
        self.save_hint.setObjectName("saveHint")
        self.save_hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_hint, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self._fit_to_screen()

        self._fill(loan)
        self._retranslate()
        self._loading = False
        self._update_visibility()
        self._validate()

    # ---- size ---------------------------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """As large as the form wants, no larger than the screen's available area less the frame."""
        fit_dialog(self, _PREFERRED_SIZE)
        width = self.width()
        # Half and half; the form a little wider on a narrow screen, where its labels need the room.
        form = width // 2 if width >= 1000 else width * 11 // 20
        self.splitter.setSizes([form, width - form])

    def _give_form_room(self) -> None:
        """The form as wide as its widest row needs, if the preview keeps two fifths of the width: a
        form cut off at the right would hide the end of its fields behind a scroll bar."""
        scroll = self.form_scroll
        needed = (
            self.form_widget.minimumSizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
            + 2 * scroll.frameWidth()
        )
        form, preview = self.splitter.sizes()
        total = form + preview
        if form < needed <= total * 3 // 5:
            self.splitter.setSizes([needed, total - needed])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._give_form_room()
        # Centred over a parent that may itself reach past the screen: keep the whole frame on it.
        area = screen_room(self.parentWidget() or self)
        frame = self.frameGeometry()
        left = min(max(frame.left(), area.left()), area.right() - frame.width() + 1)
        top = min(max(frame.top(), area.top()), area.bottom() - frame.height() + 1)
        if (left, top) != (frame.left(), frame.top()):
            self.move(max(left, area.left()), max(top, area.top()))

    # ---- building ---------------------------------------------------------------------------------

    def _build_fields(self, parent: QWidget) -> None:
        changed = self._schedule_validation
        self.kind = QComboBox(parent)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.method = QComboBox(parent)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.lender = QLineEdit(parent)
        self.lender_type = QComboBox(parent)
        self.lender_type.currentIndexChanged.connect(changed)
        self.name = QLineEdit(parent)
        self.money_edits: dict[str, QLineEdit] = {}
        for field in (*_MONEY_FIELDS, *_RATE_FIELDS):
            if field == "annual_rate":
                continue
            edit = QLineEdit(parent)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
            self.money_edits[field] = edit
        self.rate = RateInput(changed, parent)
        self.money_edits["annual_rate"] = self.rate.edit
        self.statement_paid = StatementPaidInput(changed, parent)
        self.partway = PartwayInput(changed, parent)
        self.term_months = QSpinBox(parent)
        self.term_months.setRange(1, 480)
        self.start_date = QDateEdit(parent)
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat("yyyy-MM-dd")
        self.due_day = QSpinBox(parent)
        self.due_day.setRange(1, 31)
        self.statement_day = QSpinBox(parent)
        self.statement_day.setRange(0, 31)
        self.grace_days = QSpinBox(parent)
        self.grace_days.setRange(0, 60)
        self.custom = CustomScheduleEditor(changed, parent)
        self.custom.table.itemChanged.connect(lambda _item: self._field_left("custom_installments"))
        self.secured = QCheckBox(parent)
        self.secured.toggled.connect(self._update_visibility)
        self.collateral = QLineEdit(parent)
        self.currency = QComboBox(parent)
        self.currency.setEditable(True)
        self.currency.addItems(_CURRENCIES)
        self.notes = QPlainTextEdit(parent)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.archived = QCheckBox(parent)

        def one(field: str, widget: QWidget) -> tuple[str, QWidget, tuple[QWidget, ...]]:
            return field, widget, (widget,)

        money = self.money_edits
        custom_parts = (self.custom.table, self.custom.add_button, self.custom.remove_button)
        paid_parts = (self.statement_paid.choice, self.statement_paid.amount)
        partway = self.partway
        partway_parts = (
            partway.by_count, partway.count, partway.by_balance, partway.remaining, partway.next_due
        )
        # field, its widget, the parts of it that take the keyboard focus in turn
        fields: list[tuple[str, QWidget, tuple[QWidget, ...]]] = [
            one("kind", self.kind),
            one("method", self.method),
            one("lender", self.lender),
            one("lender_type", self.lender_type),
            one("name", self.name),
            one("principal", money["principal"]),
            one("credit_limit", money["credit_limit"]),
            ("annual_rate", self.rate, (self.rate.edit, self.rate.unit)),
            one("monthly_fee_rate", money["monthly_fee_rate"]),
            one("term_months", self.term_months),
            one("start_date", self.start_date),
            one("due_day", self.due_day),
            one("statement_day", self.statement_day),
            one("min_payment_percent", money["min_payment_percent"]),
            one("min_payment_floor", money["min_payment_floor"]),
            one("card_statement_minimum", money["card_statement_minimum"]),
            ("card_statement_paid", self.statement_paid, paid_parts),
            one("card_late_fee_percent", money["card_late_fee_percent"]),
            ("custom_installments", self.custom, custom_parts),
            ("paid_installments", self.partway, partway_parts),
            one("grace_days", self.grace_days),
            one("secured", self.secured),
            one("collateral", self.collateral),
            one("currency", self.currency),
            one("notes", self.notes),
            one("archived", self.archived),
        ]
        self._focus_chain: dict[str, tuple[QWidget, ...]] = {}
        for field, widget, focusable in fields:
            self.grid.add(field, widget, parent=parent, buddy=focusable[0])
            if field in ("paid_installments", "custom_installments", "notes"):
                self.grid.align_label_top(field)
            self._focus_chain[field] = focusable
            for part in focusable:
                if part is not self.custom.table:  # its cells commit (itemChanged) as they are left
                    self._focus_fields[part] = field
                    part.installEventFilter(self)
        for edit in (self.lender, self.name, self.collateral, *self.money_edits.values()):
            if edit is not self.rate.edit:
                edit.textChanged.connect(changed)
        for spin in (self.term_months, self.due_day, self.statement_day, self.grace_days):
            spin.valueChanged.connect(changed)
        self.start_date.dateChanged.connect(changed)
        self.currency.currentTextChanged.connect(changed)
        self.notes.textChanged.connect(changed)
        for box in (self.secured, self.archived):
            box.toggled.connect(changed)

    def _fill(self, loan: Loan | None) -> None:
        for key in labels.loan_kinds():
            self.kind.addItem("", key)
        self.lender_type.addItem("", None)
        for key in lender_types(self._controller.lang):
            self.lender_type.addItem("", key)
        today = self._controller.today()
        if loan is None:
            kind = self._first_kind()
            self._select(self.kind, kind)
            self._apply_kind_defaults(kind)
            self.start_date.setDate(qdate(today))
            self.due_day.setValue(min(today.day, 28))
            self.money_edits["min_payment_percent"].setText("10")
            self.money_edits["min_payment_floor"].setText("100.00")
            self.money_edits["card_late_fee_percent"].setText("5")
            self.partway.next_due.setDate(qdate(today))
            self.currency.setCurrentText("CNY")
            self.archived.setVisible(False)
            return
        self._select(self.kind, str(loan.kind))
        self._offer_methods(str(loan.kind), str(loan.method))
        if loan.lender_type is not None:
            self._select(self.lender_type, str(loan.lender_type))
        self.lender.setText(loan.lender)
        self.name.setText(loan.name)
        for field in _MONEY_FIELDS:
            self.money_edits[field].setText(formatting.plain_amount(getattr(loan, field)))
        for field in _RATE_FIELDS:
            self.money_edits[field].setText(formatting.rate(getattr(loan, field)))
        self.term_months.setValue(loan.term_months)
        self.start_date.setDate(qdate(loan.start_date))
        self.due_day.setValue(loan.due_day)
        self.statement_day.setValue(loan.statement_day or 0)
        self.grace_days.setValue(loan.grace_days)
        self.partway.show_loan(loan, today)
        if loan.method == "credit_card":
            self.statement_day.setValue(loan.statement_day or loan.start_date.day)
            minimum = statement_minimum(loan)
            self.statement_paid.set_paid(loan.card_statement_paid, minimum, loan.principal)
        for row in loan.custom_installments:
            self.custom.add_row(
                (
                    row.due_date.isoformat(),
                    formatting.plain_amount(row.principal),
                    formatting.plain_amount(row.interest),
                )
            )
        self.secured.setChecked(loan.secured)
        self.collateral.setText(loan.collateral)
        self.currency.setCurrentText(loan.currency)
        self.notes.setPlainText(loan.notes)
        self.archived.setChecked(loan.archived)

    def _first_kind(self) -> str:
        """The kind of the loan added last; a consumer loan when there is none (see FIRST_KIND)."""
        return self._controller.newest_loan_kind() or FIRST_KIND

    def _offer_methods(self, kind: str, chosen: str) -> None:
        """The methods lenders use for ``kind`` (and ``chosen``, an edited loan's own, if it is not one)."""
        keys = list(KIND_METHODS[kind])
        if chosen not in keys:
            keys.append(chosen)
        names = labels.repayment_methods()
        with QSignalBlocker(self.method):
            self.method.clear()
            for key in keys:
                self.method.addItem(names[key], key)
            self._select(self.method, chosen)

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        index = combo.findData(key)
        if index >= 0:
            combo.setCurrentIndex(index)

    # ---- reacting -----------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        if self._loading:
            return
        self._loading = True
        self._apply_kind_defaults(self.kind.currentData())
        self._loading = False
        self._update_visibility()
        self._retranslate_field_labels()
        self._schedule_validation()

    def _apply_kind_defaults(self, kind: str) -> None:
        """What is usual for ``kind``: its method, term, security, grace days and, for a card, the
        rate most banks charge (日息万分之五), which leaves again with the card if the user kept it."""
        method, term, secured = KIND_DEFAULTS[kind]
        self._offer_methods(kind, method)
        self.term_months.setValue(term)
        self.secured.setChecked(secured)
        self.grace_days.setValue(default_grace_days(LoanKind(kind)))
        card_rate = formatting.rate(annual_to_daily_rate(DEFAULT_CARD_ANNUAL_RATE))
        rate_is_cards = self.rate.is_daily() and self.rate.edit.text() == card_rate
        if kind == "credit_card" and not self.rate.edit.text().strip():
            self.rate.edit.setText(card_rate)
            self.rate.set_daily(True)
        elif kind != "credit_card" and rate_is_cards:
            self.rate.edit.clear()
            self.rate.set_daily(False)

    def _method_changed(self) -> None:
        if self._loading:
            return
        self._update_visibility()
        self._retranslate_field_labels()
        self._schedule_validation()

    def _is_card_statement(self) -> bool:
        return self.method.currentData() == "credit_card"

    def _update_visibility(self) -> None:
        kind, method = self.kind.currentData(), self.method.currentData()
        card_statement = method == "credit_card"
        shown = {
            "lender_type": kind != "credit_card",  # cards are issued by banks
            "credit_limit": kind == "credit_card",
            "annual_rate": method not in ("flat_fee", "custom"),
            "monthly_fee_rate": method == "flat_fee",
            "term_months": method not in ("credit_card", "custom"),
            # A card's statement date is its statement day's latest date: one field, not two.
            "start_date": not card_statement,
            "statement_day": card_statement,
            "min_payment_percent": card_statement,
            "min_payment_floor": card_statement,
            "card_statement_minimum": card_statement,
            "card_statement_paid": card_statement,
            "card_late_fee_percent": card_statement,
            "custom_installments": method == "custom",
            "paid_installments": not card_statement and self.partway.wanted(),
            "collateral": self.secured.isChecked(),
            "archived": self._original is not None,
        }
        for field, visible in shown.items():
            self.grid.set_visible(field, visible)
        self._arrange()
        self._schedule_validation()

    def _arrange(self) -> None:
        order = CARD_ORDER if self._is_card_statement() else LOAN_ORDER
        self.grid.arrange(order)
        chain = [part for field in order for part in self._focus_chain[field]]
        chain += [part for field, parts in self._focus_chain.items() if field not in order for part in parts]
        chain += [self.preview_table, self.save_button, self.cancel_button, chain[0]]  # and round again
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._order = [*order, *(field for field in self._focus_chain if field not in order)]

    def _schedule_validation(self, *_args: object) -> None:
        if not self._loading:
            self._validate_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._focus_fields:
            reason = event.reason() if isinstance(event, QFocusEvent) else None
            # A calendar or list popping up, or another window, is not the user leaving the field.
            if reason not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
                self._field_left(self._focus_fields[watched])
        return super().eventFilter(watched, event)

    def _field_left(self, field: str) -> None:
        if self._loading or field in self._left:
            return
        self._left.add(field)
        self._validate_timer.stop()
        self._validate()

    # ---- validation ---------------------------------------------------------------------------------

    def raw_values(self) -> dict[str, Any]:
        """What the form holds, as pydantic input: fields hidden for this kind/method are left out."""
        data: dict[str, Any] = {}
        if self._original is not None:
            # What the form does not ask (the id, the questionnaire's answers, rate changes, penalty
            # terms...) stays as it was; what it asks is all set below.
            asked = {*self.grid.fields(), "start_date", "lender_type", *PARTWAY_FIELDS}
            data.update(self._original.model_dump(exclude=asked))
        kind = self.kind.currentData()
        data.update(
            kind=kind,
            method=self.method.currentData(),
            lender=self.lender.text(),
            name=self.name.text(),
            start_date=self._start_date(),
            due_day=self.due_day.value(),
            grace_days=self.grace_days.value(),
            secured=self.secured.isChecked(),
            currency=self.currency.currentText().strip().upper(),
            notes=self.notes.toPlainText(),
            archived=self.archived.isChecked() if self._original is not None else False,
        )
        if kind == "credit_card":
            data["lender_type"] = "bank"
        elif self.lender_type.currentData() is not None:
            data["lender_type"] = self.lender_type.currentData()
        for field in (*_MONEY_FIELDS, *_RATE_FIELDS):
            if not self.grid.is_shown(field):
                continue
            if field == "annual_rate":
                text = self.rate.value_text()
            else:
                text = typed_text(self.money_edits[field].text())
            if text:
                data[field] = text
            elif field == "principal":
                continue  # left out: pydantic then says it is required, not "not a number"
            elif field in ("min_payment_percent", "min_payment_floor", "card_late_fee_percent"):
                continue  # the model's defaults apply
            else:
                data[field] = None  # (a card statement's minimum: worked out from the percentage and floor)
        if self.grid.is_shown("term_months"):
            data["term_months"] = self.term_months.value()
        if self.grid.is_shown("statement_day") and self.statement_day.value():
            data["statement_day"] = self.statement_day.value()
        if self.grid.is_shown("custom_installments"):
            data["custom_installments"] = self.custom.rows()
        if self.grid.is_shown("card_statement_paid"):
            paid = self.statement_paid.paid_value(data)
            if paid is not None:
                data["card_statement_paid"] = paid
        if self.grid.is_shown("collateral"):
            data["collateral"] = self.collateral.text()
        return data

    def _start_date(self) -> date:
        if not self._is_card_statement():
            return date_of(self.start_date)
        return statement_date(self.statement_day.value(), self._original, self._controller.today())

    def _validate(self) -> None:
        try:
            loan: Loan | None = Loan.model_validate(self.raw_values(), context=NEW_ENTRY)
        except ValidationError as error:
            loan = None
            self._errors = errors_by_field(error, self._controller.lang)
        else:
            self._errors = {}
        if loan is not None and not self._is_card_statement():
            # The terms are complete: where the loan stands today can be worked out from them.
            loan = self._with_partway(loan)
        self._valid_loan = loan
        self._show_errors()
        self._update_preview()

    def _with_partway(self, loan: Loan) -> Loan | None:
        """``loan`` (as if nothing were paid yet) with the instalments the part-way section says are
        paid; None with the section's message in self._errors when it does not fit the loan."""
        self.partway.follow_terms(loan, self._controller.today())
        wanted = self.partway.wanted()
        if wanted != self.grid.is_shown("paid_installments"):
            self.grid.set_visible("paid_installments", wanted)
        if not wanted:
            return loan
        kept = self._original.installment_paid_on if self._original is not None else {}
        loan_paid, problems = self.partway.applied_to(loan, kept, self._controller.lang)
        self._errors.update(problems)
        return loan_paid

    def _revealed(self, field: str) -> bool:
        return self._reveal_all or field in self._left

    def _show_errors(self) -> None:
        left = self.grid.set_errors(self._errors, self._revealed)
        left = left if self._reveal_all else []
        self.general_error.setText("\n".join(left))
        self.general_error.setVisible(bool(left))
        if left:
            in_error_colour(self.general_error)
        blocked = self._reveal_all and self._valid_loan is None
        self.save_hint.setText(tr("Correct the fields marked in red first") if blocked else "")
        if blocked:
            in_error_colour(self.save_hint)

    def _update_preview(self) -> None:
        loan = self._valid_loan
        if loan is None:
            self.preview_model.set_records([], "CNY")
            self.preview_table.resizeColumnsToContents()  # headers only: no scroll bar under an empty table
            self.preview_summary.setText(tr("The schedule appears here once the terms are complete."))
            self.apr_label.hide()
            return
        rows = build_schedule(loan)
        self.preview_model.set_records(rows, loan.currency)
        self.preview_table.resizeColumnsToContents()
        display = self._controller.settings().currency_display
        interest = sum((row.interest for row in rows), start=rows[0].interest * 0)
        total = sum((row.amount for row in rows), start=rows[0].amount * 0)
        sentences = [
            ntr(
                "{n} instalment, due {day}. Interest and fees {interest}; {total} to repay in all.",
                "{n} instalments, the first due {day}. Interest and fees {interest}; {total} to repay in all.",
                len(rows),
                day=formatting.day(rows[0].due_date),
                interest=formatting.money(interest, loan.currency, display),
                total=formatting.money(total, loan.currency, display),
            )
        ]
        if loan.paid_installments and loan.method != "credit_card":
            last_paid = rows[min(loan.paid_installments, len(rows)) - 1].due_date
            sentences.append(
                ntr(
                    "The first is counted as paid on time ({day}).",
                    "The first {n} are counted as paid on time (to {day}).",
                    loan.paid_installments,
                    day=formatting.day(last_paid),
                )
            )
        self.preview_summary.setText(join_sentences(current_language(), sentences))
        apr = implied_apr(loan) if loan.method == "flat_fee" else None
        if apr is None:
            self.apr_label.hide()
            return
        quoted = (loan.monthly_fee_rate or 0) * 12
        apr_text = format(apr, ".2f")
        self.apr_label.setText(
            tr(
                "Real yearly cost (APR): {apr} %. A fee of {fee} % a month looks like {quoted} % a year, but it "
                "is charged on the whole amount borrowed even as you repay it.",
                apr=apr_text,
                fee=formatting.rate(loan.monthly_fee_rate),
                quoted=formatting.rate(quoted),
            )
        )
        self.apr_label.show()

    def field_error(self, field: str) -> str:
        """The message shown under ``field`` (empty while it has none or it is not shown yet)."""
        return self.grid.error(field)

    def _save(self) -> None:
        self._validate_timer.stop()
        self._validate()
        if self._valid_loan is None:
            self._reveal_all = True
            self._show_errors()
            self._focus_first_problem()
            return
        self.result_loan = self._valid_loan
        self.accept()

    def _focus_first_problem(self) -> None:
        for field in self._order:
            if field in self._errors and self.grid.is_shown(field):
                target = self.grid.focus_target(field)
                self.form_scroll.ensureWidgetVisible(self.grid.field_widget(field))
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # ---- language ----------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(tr("New loan") if self._original is None else tr("Edit loan"))
        for index, text in enumerate(labels.loan_kinds().values()):
            self.kind.setItemText(index, text)
        names = labels.repayment_methods()
        for index in range(self.method.count()):
            self.method.setItemText(index, names[self.method.itemData(index)])
        kinds_of_lender = lender_types(self._controller.lang)
        self.lender_type.setItemText(0, tr("Not said"))
        for index in range(1, self.lender_type.count()):
            self.lender_type.setItemText(index, kinds_of_lender[self.lender_type.itemData(index)])
        self.lender.setPlaceholderText(tr("Bank or platform, e.g. China Merchants Bank"))
        self.collateral.setPlaceholderText(tr("e.g. the flat at …, the car"))
        self.statement_day.setSpecialValueText(tr("—"))
        self.secured.setText(tr("Backed by collateral (house, car…)"))
        self.archived.setText(tr("Archived (paid off or closed; hidden from the lists)"))
        self.save_button.setText(tr("&Save"))
        self.custom.retranslate()
        self.rate.retranslate()
        self.statement_paid.retranslate()
        self.partway.retranslate()
        self.money_edits["card_statement_minimum"].setPlaceholderText(tr("As printed, or leave empty"))
        self.money_edits["card_statement_minimum"].setToolTip(
            tr("Left empty, it is worked out from the minimum payment's percentage and floor below.")
        )
        self._retranslate_field_labels()

    def _retranslate_field_labels(self) -> None:
        card = self._is_card_statement()
        self.name.setPlaceholderText(name_hints()[self.kind.currentData()])
        for field, text in field_labels(card).items():
            self.grid.set_label(field, text)
        self.secured.setAccessibleName(self.secured.text())
        self.archived.setAccessibleName(self.archived.text())
        self.money_edits["card_late_fee_percent"].setToolTip(
            tr(
                "违约金: a percentage of the minimum payment still unpaid after the due date and grace "
                "days; 5 % is the usual contract term."
            )
        )
        self.name.setToolTip(tr("What you call it; the lender's name is used if you leave it empty."))
        self.grace_days.setToolTip(
            tr("Days after the due date before a payment counts as late; card issuers commonly allow 3.")
        )
        self.rate.setToolTip(
            tr(
                "As your contract or app quotes it: a yearly rate, or a daily one "
                "(日息万分之五 is 0.05 % a day)."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # Retranslating re-words the widget first
        if event.type() == QEvent.Type.LanguageChange:
            if not self._loading:
                self._validate()

