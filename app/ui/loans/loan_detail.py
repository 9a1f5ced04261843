"""One loan: its schedule with what is paid and overdue, its payments, its contact log, and the
assessment of what the lender is likely to do. Dialogs for payments and contacts open from here."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import N_, join_clauses
from app.core.models import REWORKABLE
from app.core.overview import loan_row
from app.ui.conduct.conduct_panel import ConductPanel
from app.ui.conduct.contact_log import ContactDialog, ContactsModel
from app.ui.documents.loan_documents import LoanDocuments
from app.ui.loans.loans_model import status_of
from app.ui.loans.money_figures import Figure, FiguresRow
from app.ui.loans.paid_on_dialog import PaidOnDialog, counted_paid_at_entry
from app.ui.loans.payment_dialog import PaymentDialog, PaymentsModel
from app.ui.loans.rate_changes_dialog import RateChangesDialog
from app.ui.loans.schedule_model import ScheduleModel
from app.ui.shell.i18n import current_language, tr
from app.ui.shell.style import status_text_colour
from app.ui.widgets import formatting, labels
from app.ui.widgets.a11y import plain
from app.ui.widgets.retranslating import Retranslating
from app.ui.widgets.tables import DataTable

if TYPE_CHECKING:
    from app.core.overview import LoanSummary
    from app.ui.assessment.assessment_tab import AssessmentTab
    from app.ui.shell.controller import Controller

SCHEDULE_TAB, PAYMENTS_TAB, CONTACTS_TAB, ASSESSMENT_TAB = range(4)


def _list_tab(parent: QWidget, table: DataTable, buttons: list[QPushButton]) -> QWidget:
    page = QWidget(parent)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(page)
    layout.addWidget(table, 1)
    layout.addLayout(row)
    return page


class LoanDetailPage(Retranslating, QWidget):
    """Signals: backRequested(), editRequested(str), deleteRequested(str)."""

    backRequested = Signal()
    editRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loanDetailPage")
        self._controller = controller
        self.loan_id: str | None = None
        self._scroll_to_owed = False  # set when a loan is opened: its schedule starts at what is owed
        self._assessment_tab: AssessmentTab | None = None

        self.back_button = QPushButton(self)
        self.texts.bind(self.back_button.setText, N_("← &Back"))
        self.texts.bind(self.back_button.setToolTip, N_("Back to the list (Alt+Left)"))
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.backRequested)
        self.title = QLabel(self)
        self.title.setObjectName("loanTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("loanSubtitle")
        self.subtitle.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("loanStatus")
        status_font = self.status.font()
        status_font.setBold(True)
        self.status.setFont(status_font)
        # What the loan owes as the core works it out, each figure with how it was computed as its tooltip.
        self.figures = FiguresRow(self)
        self.figures.setObjectName("loanFigures")
        # Above 24 % or 36 % a year: what courts and regulators say about that level (never "illegal").
        self.rate_note = QLabel(self)
        self.rate_note.setObjectName("rateNote")
        self.rate_note.setWordWrap(True)
        self.rate_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rate_note.hide()

        self.pay_button = QPushButton(self)
        self.texts.bind(self.pay_button.setText, N_("&Record a payment…"))
        self.pay_button.setObjectName("recordPayment")
        self.pay_button.clicked.connect(self.record_payment)
        self.contact_button = QPushButton(self)
        self.texts.bind(self.contact_button.setText, N_("&Log a contact…"))
        self.contact_button.setObjectName("logContact")
        self.contact_button.clicked.connect(self.add_contact)
        self.edit_button = QPushButton(self)
        self.texts.bind(self.edit_button.setText, N_("&Edit loan…"))
        self.edit_button.setObjectName("editThisLoan")
        self.edit_button.clicked.connect(lambda: self.loan_id and self.editRequested.emit(self.loan_id))
        self.delete_button = QPushButton(self)
        self.texts.bind(self.delete_button.setText, N_("&Delete loan…"))
        self.delete_button.setObjectName("deleteThisLoan")
        self.delete_button.clicked.connect(lambda: self.loan_id and self.deleteRequested.emit(self.loan_id))

        heading = QHBoxLayout()
        heading.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        # The status on a line of its own, the actions on the next: side by side, a 1024-pixel screen
        # cut both ("70 days overdue · ¥1,644.00 ove", "ave report as PD").
        titles.addWidget(self.status)
        status_row = QHBoxLayout()
        for button in (self.pay_button, self.contact_button):
            status_row.addWidget(button)
        # "Draft a letter…" and "Save report as PDF" (their own module, with their own words).
        self.documents = LoanDocuments(controller, self)
        status_row.addWidget(self.documents)
        for button in (self.edit_button, self.delete_button):
            status_row.addWidget(button)
        status_row.addStretch(1)
        titles.addLayout(status_row)
        titles.addWidget(self.figures)
        titles.addWidget(self.rate_note)
        heading.addLayout(titles, 1)

        self.schedule_model = ScheduleModel(controller, self)
        self.schedule_table = DataTable(self)
        self.texts.bind(self.schedule_table.setAccessibleName, N_("Repayment schedule"))
        self.schedule_table.setObjectName("scheduleTable")
        self.schedule_table.setModel(self.schedule_model)
        self.schedule_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.schedule_table.activated.connect(self.edit_day_paid)
        self.rate_changes_button = QPushButton(self)
        self.texts.bind(
            self.rate_changes_button.setToolTip,
            N_(
                "Record a new annual rate from a date, as when a floating-rate mortgage is re-priced"
            ),
        )
        self.texts.bind(self.rate_changes_button.setText, N_("Rate c&hanges (LPR)…"))
        self.rate_changes_button.setObjectName("rateChanges")
        self.rate_changes_button.clicked.connect(self.edit_rate_changes)
        self.paid_on_button = QPushButton(self)
        self.texts.bind(
            self.paid_on_button.setToolTip,
            N_(
                "For an instalment you counted as paid when you entered the loan: say on which day it was paid"
            ),
        )
        self.texts.bind(self.paid_on_button.setText, N_("Pa&id late?…"))
        self.paid_on_button.setObjectName("setDayPaid")
        self.paid_on_button.clicked.connect(lambda: self.edit_day_paid(self.schedule_table.currentIndex()))

        self.payments_model = PaymentsModel(controller, self)
        self.payments_table = DataTable(self)
        self.texts.bind(self.payments_table.setAccessibleName, N_("Payments"))
        self.payments_table.setObjectName("paymentsTable")
        self.payments_table.setModel(self.payments_model)
        self.payments_table.activated.connect(self._edit_payment)
        self.add_payment_button = QPushButton(self)
        self.texts.bind(self.add_payment_button.setText, N_("Record a payment…"))
        self.add_payment_button.clicked.connect(self.record_payment)
        self.edit_payment_button = QPushButton(self)
        self.texts.bind(self.edit_payment_button.setText, N_("Edit payment…"))
        self.edit_payment_button.clicked.connect(
            lambda: self._edit_payment(self.payments_table.currentIndex())
        )
        self.delete_payment_button = QPushButton(self)
        self.texts.bind(self.delete_payment_button.setText, N_("Delete payment…"))
        self.delete_payment_button.clicked.connect(self._delete_payment)

        self.contacts_model = ContactsModel(controller, self)
        self.contacts_table = DataTable(self)
        self.texts.bind(self.contacts_table.setAccessibleName, N_("Contact log"))
        self.contacts_table.setObjectName("contactsTable")
        self.contacts_table.setModel(self.contacts_model)
        self.contacts_table.activated.connect(self._edit_contact)
        self.add_contact_button = QPushButton(self)
        self.texts.bind(self.add_contact_button.setText, N_("Log a contact…"))
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button = QPushButton(self)
        self.texts.bind(self.edit_contact_button.setText, N_("Edit contact…"))
        self.edit_contact_button.clicked.connect(
            lambda: self._edit_contact(self.contacts_table.currentIndex())
        )
        self.delete_contact_button = QPushButton(self)
        self.texts.bind(self.delete_contact_button.setText, N_("Delete contact…"))
        self.delete_contact_button.clicked.connect(self._delete_contact)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("loanTabs")
        self.tabs.addTab(_list_tab(self, self.schedule_table, [self.paid_on_button, self.rate_changes_button]), "")
        self.tabs.addTab(
            _list_tab(
                self,
                self.payments_table,
                [self.add_payment_button, self.edit_payment_button, self.delete_payment_button],
            ),
            "",
        )
        # The log above its conduct check: the breaches it shows, their rules, and a complaint draft.
        self.conduct_panel = ConductPanel(self)
        self.conduct_panel.entryChosen.connect(self._select_contact)
        self.conduct_panel.draftRequested.connect(self.draft_complaint)
        contacts_split = QSplitter(Qt.Orientation.Vertical, self)
        contacts_split.setObjectName("contactsSplit")
        contacts_split.addWidget(
            _list_tab(
                self,
                self.contacts_table,
                [self.add_contact_button, self.edit_contact_button, self.delete_contact_button],
            )
        )
        contacts_split.addWidget(self.conduct_panel)
        contacts_split.setChildrenCollapsible(False)
        contacts_split.setSizes([1000, 1000])  # half each until the user moves the handle
        self.tabs.addTab(contacts_split, "")
        self._assessment_holder = QWidget(self)
        QVBoxLayout(self._assessment_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._assessment_holder, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        for table, delete in (
            (self.payments_table, self._delete_payment),
            (self.contacts_table, self._delete_contact),
        ):
            action = QAction(table)
            action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(delete)
            table.addAction(action)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.tabs, 1)

        controller.loansChanged.connect(self.refresh)
        controller.loanRemoved.connect(self._removed)
        controller.languageChanged.connect(self._language_changed)
        controller.settingsChanged.connect(self.refresh)
        self._retranslate()

    # ---- public ---------------------------------------------------------------------------------

    def show_loan(self, loan_id: str, tab: int | None = None) -> None:
        self.loan_id = loan_id
        self._scroll_to_owed = True
        self.documents.set_loan(loan_id)
        if tab is not None:
            self.tabs.setCurrentIndex(tab)
        self.refresh()

    @property
    def assessment_tab(self) -> AssessmentTab:
        """Built on first use: the rule engine and ui-assessment load only when an estimate is wanted."""
        if self._assessment_tab is None:
            # A page boundary: the assessment tab (and the rule engine behind it) loads when first opened.
            from app.ui.assessment.assessment_tab import AssessmentTab

            self._assessment_tab = AssessmentTab(self._controller, self._assessment_holder)
            self._assessment_holder.layout().addWidget(self._assessment_tab)
        return self._assessment_tab

    def refresh(self) -> None:
        if self.loan_id is None or not self._controller.is_open:
            return
        summary = self._controller.find_summary(self.loan_id)
        if summary is None:
            return  # just deleted: loanRemoved takes the user back
        loan, where = summary.loan, summary.position
        display = self._controller.settings().currency_display
        self.title.setText(loan.display_name)
        kind = labels.loan_kinds().get(str(loan.kind), str(loan.kind))
        method = labels.repayment_methods().get(str(loan.method), str(loan.method))
        self.subtitle.setText(
            tr("{lender} · {kind} · {method}", lender=loan.lender, kind=kind, method=method)
        )
        self._show_money(summary)
        status_key, status_text = status_of(loan_row(summary), self._controller.today())
        if summary.is_overdue:
            status_text = tr(
                "{status} · {amount} overdue",
                status=status_text,
                amount=formatting.money(where.overdue_amount, loan.currency, display),
            )
        elif summary.next_due_date is not None:
            status_text = tr(
                "{status} · next {amount} on {day}",
                status=status_text,
                amount=formatting.money(summary.next_due_amount, loan.currency, display),
                day=formatting.day(summary.next_due_date),
            )
        self.status.setText(status_text)
        colour = status_text_colour(status_key, self.palette())
        self.status.setStyleSheet(f"QLabel {{ color: {colour.name()}; }}" if colour else "")
        states = list(self._controller.full_position(loan.id).states)
        self.schedule_model.set_records(states, loan.currency)
        self.schedule_table.fit_columns()
        if self._scroll_to_owed:
            # A long loan opens at the first instalment still owed, not at one paid years ago.
            self._scroll_to_owed = False
            owed = next((row for row, state in enumerate(states) if state.outstanding > 0), None)
            if owed is not None:
                # Once the page is laid out: before that the table has no height to scroll in.
                QTimer.singleShot(0, lambda row=owed: self._scroll_schedule_to(row))
        self.payments_model.set_records(self._controller.payments(loan.id), loan.currency)
        self.payments_table.fit_columns()
        events = self._controller.contacts(loan.id)
        breaches = self._controller.conduct_breaches(loan.id)
        self.contacts_model.set_events(events, loan.currency, breaches)
        self.contacts_table.fit_columns()
        self.conduct_panel.set_breaches(breaches, events)
        self._update_buttons()
        if self.tabs.currentIndex() == ASSESSMENT_TAB:
            self.assessment_tab.show_loan(loan.id)

    def _scroll_schedule_to(self, row: int) -> None:
        if row < self.schedule_model.rowCount():
            self.schedule_table.scrollTo(self.schedule_model.index(row, 0), DataTable.ScrollHint.PositionAtTop)

    # ---- money ----------------------------------------------------------------------------------

    def _show_money(self, summary: LoanSummary) -> None:
        """The header's figures: the core's, with the core's own "how it was computed" texts."""
        loan = summary.loan
        assert self.loan_id is not None
        where = self._controller.full_position(loan.id)
        hows = self._controller.money_hows(loan.id)
        display = self._controller.settings().currency_display

        def money(amount: Decimal) -> str:
            return formatting.money(amount, loan.currency, display)

        figures = []
        if where.amount_to_become_current:
            figures.append(
                Figure(
                    "to_be_current",
                    tr("To be current today"),
                    money(where.amount_to_become_current),
                    hows.get("amount_to_become_current", ""),
                    alert=True,
                )
            )
        minimum = summary.card_minimum_due
        if minimum is not None:
            figures.append(
                Figure(
                    "card_minimum",
                    tr("Minimum payment"),
                    money(minimum),
                    hows.get("minimum")
                    or tr(
                        "The least to pay by {day} for the statement not to be overdue.",
                        day=formatting.day(summary.card_minimum_due_date),
                    ),
                )
            )
        figures += [
            Figure("outstanding", tr("Owed today"), money(where.outstanding), hows.get("outstanding", "")),
            Figure(
                "outstanding_principal",
                tr("Remaining principal"),
                money(where.outstanding_principal),
                hows.get("outstanding_principal", ""),
            ),
            Figure(
                "interest_accrued",
                tr("Interest accrued"),
                money(where.interest_accrued),
                hows.get("interest_accrued", ""),
            ),
        ]
        if where.penalty_interest:
            figures.append(
                Figure(
                    "penalty_interest",
                    tr("Penalty interest"),
                    money(where.penalty_interest),
                    hows.get("penalty_interest", ""),
                    alert=True,
                )
            )
        if where.fees:
            figures.append(
                Figure("fees", tr("Late fees"), money(where.fees), hows.get("fees", ""), alert=True)
            )
        if where.card is None:  # a card has no scheduled future interest (docs/money.md, Cards)
            figures.append(
                Figure(
                    "future_interest",
                    tr("Future interest (not owed yet)"),
                    money(where.future_interest),
                    hows.get("future_interest", ""),
                )
            )
        check, check_text, sources = self._controller.rate_check(loan.id)
        sources_text = (
            tr("Sources: {sources}", sources=join_clauses(current_language(), list(sources)))
            if sources
            else ""
        )
        if check.apr is not None:
            how = "\n".join(part for part in (check_text, sources_text) if part)
            figures.append(Figure("apr", tr("Real APR"), tr("{rate} %", rate=check.apr), how))
        colour = status_text_colour("overdue", self.palette())
        self.figures.set_figures(figures, colour.name() if colour else "")
        above = check.band is not None and str(check.band) != "within"
        self.rate_note.setText("\n".join((check_text, sources_text)) if above else "")
        self.rate_note.setVisible(above)

    # ---- payments -------------------------------------------------------------------------------

    def record_payment(self) -> None:
        if self.loan_id is None:
            return
        dialog = PaymentDialog(self._controller, self._controller.loan(self.loan_id), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_payment is not None:
            self._controller.add_payment(dialog.result_payment)

    def _edit_payment(self, index: QModelIndex) -> None:
        if self.loan_id is None or not index.isValid():
            return
        payment = self.payments_model.payment_at(index.row())
        dialog = PaymentDialog(self._controller, self._controller.loan(self.loan_id), payment, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_payment is not None:
            self._controller.update_payment(dialog.result_payment)

    def _delete_payment(self) -> None:
        index = self.payments_table.currentIndex()
        if not index.isValid():
            return
        payment = self.payments_model.payment_at(index.row())
        loan = self._controller.loan(payment.loan_id)
        amount = formatting.money(payment.amount, loan.currency, self._controller.settings().currency_display)
        answer = QMessageBox.question(
            self,
            tr("Delete payment"),
            tr(
                "Delete the payment of {amount} made on {day}?",
                amount=amount,
                day=formatting.day(payment.paid_on),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._controller.delete_payment(payment)

    # ---- the schedule's history and rate changes -------------------------------------------------

    def edit_rate_changes(self) -> None:
        if self.loan_id is None:
            return
        dialog = RateChangesDialog(self._controller, self._controller.loan(self.loan_id), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_loan is not None:
            if dialog.result_loan != self._controller.loan(self.loan_id):
                self._controller.update_loan(dialog.result_loan)

    def edit_day_paid(self, index: QModelIndex) -> None:
        """"This one was paid late, on D" for an instalment counted as paid when the loan was entered."""
        if self.loan_id is None or not index.isValid():
            return
        loan = self._controller.loan(self.loan_id)
        installment = self.schedule_model.state_at(index.row()).installment
        if not counted_paid_at_entry(loan, installment.number):
            return
        dialog = PaidOnDialog(self._controller, loan, installment, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_loan is not None:
            if dialog.result_loan != loan:
                self._controller.update_loan(dialog.result_loan)

    # ---- contacts -------------------------------------------------------------------------------

    def add_contact(self) -> None:
        if self.loan_id is None:
            return
        dialog = ContactDialog(self._controller, self._controller.loan(self.loan_id), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_event is not None:
            self._controller.add_contact(dialog.result_event)

    def _edit_contact(self, index: QModelIndex) -> None:
        if self.loan_id is None or not index.isValid():
            return
        event = self.contacts_model.event_at(index.row())
        dialog = ContactDialog(self._controller, self._controller.loan(self.loan_id), event, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_event is not None:
            self._controller.update_contact(dialog.result_event)

    def _delete_contact(self) -> None:
        index = self.contacts_table.currentIndex()
        if not index.isValid():
            return
        event = self.contacts_model.event_at(index.row())
        answer = QMessageBox.question(
            self,
            tr("Delete contact"),
            tr("Delete the contact of {time} from the log?", time=formatting.instant(event.at)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._controller.delete_contact(event)

    def _select_contact(self, event_id: str) -> None:
        """Show the log entry a breach in the conduct check is about."""
        row = self.contacts_model.row_of(event_id)
        if row >= 0:
            self.contacts_table.selectRow(row)
            self.contacts_table.scrollTo(self.contacts_model.index(row, 0))

    def draft_complaint(self) -> None:
        if self.loan_id is None:
            return
        # A page boundary: the complaint dialog (and the conduct rules it drafts from) loads when opened.
        from app.ui.conduct.conduct_complaint_dialog import ComplaintDialog

        ComplaintDialog(self._controller, self.loan_id, parent=self).exec()

    # ---- internals ------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        loan = self._controller.find_summary(self.loan_id) if self.loan_id else None
        index = self.schedule_table.currentIndex()
        counted = (
            loan is not None
            and index.isValid()
            and index.row() < self.schedule_model.rowCount()
            and counted_paid_at_entry(loan.loan, self.schedule_model.state_at(index.row()).installment.number)
        )
        self.paid_on_button.setEnabled(bool(counted))
        self.paid_on_button.setVisible(loan is not None and loan.loan.paid_installments > 0)
        # The core re-works only rate-driven schedules (models.REWORKABLE); other loans have no rate to change.
        self.rate_changes_button.setVisible(loan is not None and loan.loan.method in REWORKABLE)
        has_payments = self.payments_model.rowCount() > 0
        has_contacts = self.contacts_model.rowCount() > 0
        self.edit_payment_button.setEnabled(has_payments)
        self.delete_payment_button.setEnabled(has_payments)
        self.edit_contact_button.setEnabled(has_contacts)
        self.delete_contact_button.setEnabled(has_contacts)

    def _tab_changed(self, index: int) -> None:
        if index == ASSESSMENT_TAB and self.loan_id is not None:
            self.assessment_tab.show_loan(self.loan_id)

    def _removed(self, loan_id: str) -> None:
        if loan_id == self.loan_id:
            self.loan_id = None
            self.documents.set_loan(None)
            self.backRequested.emit()

    def _language_changed(self) -> None:
        for model in (self.schedule_model, self.payments_model, self.contacts_model):
            model.retranslate()
        self.refresh()

    def _retranslate(self) -> None:
        self.tabs.setTabText(SCHEDULE_TAB, tr("&Schedule"))
        self.tabs.setTabText(PAYMENTS_TAB, tr("&Payments"))
        self.tabs.setTabText(CONTACTS_TAB, tr("&Contact log"))
        self.tabs.setTabText(ASSESSMENT_TAB, tr("&Assessment"))
        for button in (
            self.rate_changes_button,
            self.paid_on_button,
            self.back_button,
            self.pay_button,
            self.contact_button,
            self.edit_button,
            self.delete_button,
            self.add_payment_button,
            self.edit_payment_button,
            self.delete_payment_button,
            self.add_contact_button,
            self.edit_contact_button,
            self.delete_contact_button,
        ):
            button.setAccessibleName(plain(button.text()).lstrip("← "))
        self.refresh()
