"""The one object between the widgets and the core: it owns the Store, calls the core and the rule
engine, and tells the views what changed through signals. Widgets never see SQL or rule logic.

Signals
    storeOpened()            the data file is open; views may read
    loansChanged()           loans, payments or contacts changed, or the day turned: re-read summaries
    loanChanged(str)         one loan's own records changed (terms, payments, contacts, answers)
    loanRemoved(str)         a loan was deleted
    settingsChanged()        Settings were saved (the reminders service re-reads lead days here)
    risksChanged()           the rule engine's estimates of every loan arrived (see risk())
    languageChanged(str)     the UI language is now "zh_CN" or "en" (catalogues already swapped)
    sampleDataChanged(bool)  the sample set was loaded (True) or removed (False)

Heavy modules (pydantic models, schedules, the rule engine) are imported inside methods: the main window
is painted before any of them is needed (see app/ui/shell/application.py).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.i18n import Lang, resolve_language
from app.ui.shell.i18n import Translations, remember_language, remembered_language
from app.ui.shell.workers import BackgroundTask

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.core.backups import BackupInfo
    from app.core.clock import Clock
    from app.core.exchange import ExchangeSummary
    from app.core.letters import LetterFacts
    from app.core.models import Behaviour, ContactEvent, Loan, Payment, Settings
    from app.core.overview import LoanSummary
    from app.core.rate_check import RateCheck
    from app.core.schedule import InstallmentState, LoanPosition
    from app.core.store import Store
    from app.rules.assessment import Assessment
    from app.rules.conduct import Breach, EntryQuestions
    from app.rules.conduct_complaint import Recipient
    from app.rules.debt_order import Debt, PayOrder
    from app.rules.report_content import ReportContent
    from app.rules.whatif import PaymentSuggestion, PlanOutcome

_DAY_CHECK_MS = 60_000


class DashboardData:
    """What the overview shows, worked out in one go so its parts agree. Totals map a currency to an
    amount. (A plain class: the dataclasses module would be one more import before the first paint.)"""

    def __init__(
        self,
        today: date,
        summaries: list[LoanSummary],
        overdue: list[LoanSummary],
        upcoming: list[tuple[Loan, InstallmentState]],
    ) -> None:
        self.today = today
        self.summaries = summaries
        self.overdue = overdue
        self.upcoming = upcoming
        self.month_totals: dict[str, Decimal] = {}
        self.overdue_totals: dict[str, Decimal] = {}
        self.current_totals: dict[str, Decimal] = {}  # what makes every overdue loan current today
        self.upcoming_totals: dict[str, Decimal] = {}


class Controller(QObject):
    storeOpened = Signal()
    loansChanged = Signal()
    loanChanged = Signal(str)
    loanRemoved = Signal(str)
    settingsChanged = Signal()
    risksChanged = Signal()
    languageChanged = Signal(str)
    sampleDataChanged = Signal(bool)

    def __init__(
        self,
        clock: Clock | None = None,
        *,
        translations: Translations | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if clock is None:
            from app.core.clock import SystemClock

            clock = SystemClock()
        self.clock = clock
        self.translations = translations or Translations()
        self._store: Store | None = None
        self._data_dir: Path | None = None
        self._settings: Settings | None = None
        self._summaries: list[LoanSummary] | None = None
        self._summaries_by_id: dict[str, LoanSummary] | None = None
        self._assessments: dict[str, Assessment] = {}
        # The estimates of every loan are worked out on a worker thread when a view first asks (risk());
        # a change of data or language starts a new generation, and an older answer is dropped.
        self._assessing: BackgroundTask | None = None
        self._generation = 0
        # Work that waits until the data is on screen (see when_data_shown); None once it is.
        self._until_shown: list[Callable[[], None]] | None = None
        self._full_positions: dict[str, LoanPosition] = {}
        self._money_hows: dict[str, dict[str, str]] = {}
        self._day = clock.today()
        self.lang: Lang = self.translations.language
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(_DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._check_day)

    # ---------------------------------------------------------------------------------- the store

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> Store:
        """The open Store, for services that keep their own records in it (reminder deliveries).
        Views use the controller's methods instead."""
        if self._store is None:
            raise RuntimeError("the data file is not open yet")
        return self._store

    @property
    def data_dir(self) -> Path | None:
        return self._store.data_dir if self._store is not None else self._data_dir

    def set_data_dir(self, data_dir: Path | None) -> None:
        """Where the data file will be opened (before it is), so an early fault is logged there."""
        self._data_dir = data_dir

    def open_store(self, data_dir: Path) -> None:
        """Open the data file now, on this thread (tests; the app opens it in the background)."""
        from app.core.store import Store

        self.attach_store(Store.open(data_dir, clock=self.clock, holder="window"))

    def attach_store(self, store: Store, *, summaries: list[LoanSummary] | None = None) -> None:
        """Use ``store`` from now on. ``summaries``, when given, are today's, worked out by whoever
        opened the store (the start-up worker thread), so they need not be worked out again here."""
        self._store = store
        self._data_dir = store.data_dir
        self._settings = store.settings()
        self._invalidate()
        if summaries is not None and all(summary.position.as_of == self.today() for summary in summaries):
            self._summaries = summaries
        self.set_language(self._settings.language, save=False)
        remember_language(self._settings.language)
        self._day_timer.start()
        self.storeOpened.emit()
        self.loansChanged.emit()

    def close(self) -> None:
        self._day_timer.stop()
        if self._store is not None:
            store, self._store = self._store, None
            store.close()

    # ------------------------------------------------------------------------------------ reading

    def today(self) -> date:
        return self.clock.today()

    def settings(self) -> Settings:
        if self._settings is None:
            from app.core.models import Settings

            return Settings()
        return self._settings

    def summaries(self, include_archived: bool = True) -> list[LoanSummary]:
        """Every loan's summary today, most urgent first (app.core.overview's order)."""
        if self._summaries is None:
            from app.core.overview import loan_summaries

            if self._store is None:
                return []
            self._summaries = loan_summaries(
                self._store.loans(), self._store.payments(), self.today(), near_today=True
            )
            self._summaries_by_id = None
        if include_archived:
            return list(self._summaries)
        return [summary for summary in self._summaries if not summary.loan.archived]

    def find_summary(self, loan_id: str) -> LoanSummary | None:
        # Table cells ask for their loan's summary one by one: an index keeps that constant-time.
        self.summaries()
        if self._summaries_by_id is None:
            self._summaries_by_id = {summary.loan.id: summary for summary in self._summaries or ()}
        return self._summaries_by_id.get(loan_id)

    def summary(self, loan_id: str) -> LoanSummary:
        found = self.find_summary(loan_id)
        if found is None:
            from app.core.store import LoanNotFound

            raise LoanNotFound(loan_id)
        return found

    def full_position(self, loan_id: str) -> LoanPosition:
        """One loan's position today with its whole schedule (summaries keep only the instalments near
        today), for the loan's own page."""
        found = self._full_positions.get(loan_id)
        if found is None or found.as_of != self.today():
            from app.core.schedule import position

            found = position(self.loan(loan_id), self.store.payments(loan_id), self.today())
            self._full_positions[loan_id] = found
        return found

    # ------------------------------------------------------------- money as the core works it out

    def money_hows(self, loan_id: str) -> dict[str, str]:
        """How each of the loan's figures today was computed, in the current language, keyed by the
        LoanPosition field (app/core/money_how.py): the texts of the tooltips and "how" lines."""
        found = self._money_hows.get(loan_id)
        if found is None:
            from app.core.money_how import explain_position

            found = explain_position(
                self.loan(loan_id),
                self.full_position(loan_id),
                self.lang,
                display=self.settings().currency_display,
            )
            self._money_hows[loan_id] = found
        return found

    def if_paid_on(self, loan_id: str, day: date) -> tuple[LoanPosition, dict[str, str]]:
        """"If I pay on date D": the loan's position on ``day`` with the payments made so far, and how
        its figures were computed (nothing is saved)."""
        from app.core.money_how import explain_position, if_paid_on

        loan = self.loan(loan_id)
        where = if_paid_on(loan, self.store.payments(loan_id), day)
        return where, explain_position(loan, where, self.lang, display=self.settings().currency_display)

    def rate_check(self, loan_id: str) -> tuple[RateCheck, str, list[str]]:
        """The loan's real APR and its band (app/core/rate_check.py), with the band's wording and the
        sources it rests on, in the current language."""
        from app.core.rate_check import rate_check, rate_check_text, rate_sources_text

        check = rate_check(self.loan(loan_id), self.store.payments(loan_id))
        return check, rate_check_text(check, self.lang), rate_sources_text(check, self.lang)

    def has_loans(self) -> bool:
        return bool(self.summaries())

    def loan(self, loan_id: str) -> Loan:
        return self.summary(loan_id).loan

    def payments(self, loan_id: str) -> list[Payment]:
        return sorted(self.store.payments(loan_id), key=lambda payment: (payment.paid_on, payment.id))

    def contacts(self, loan_id: str) -> list[ContactEvent]:
        return sorted(self.store.contacts(loan_id), key=lambda event: event.at, reverse=True)

    def dashboard(self) -> DashboardData:
        from app.core.overview import month_total, upcoming_dues

        today = self.today()
        summaries = self.summaries(include_archived=False)
        board = DashboardData(
            today=today,
            summaries=summaries,
            overdue=[summary for summary in summaries if summary.is_overdue],
            upcoming=upcoming_dues(summaries, today, days=30),
        )
        for currency in sorted({summary.loan.currency for summary in summaries}):
            same = [summary for summary in summaries if summary.loan.currency == currency]
            board.month_totals[currency] = month_total(same, today.year, today.month)
        for summary in board.overdue:
            currency = summary.loan.currency
            board.overdue_totals[currency] = board.overdue_totals.get(currency, Decimal("0.00")) + (
                summary.position.overdue_amount
            )
            board.current_totals[currency] = board.current_totals.get(currency, Decimal("0.00")) + (
                summary.position.amount_to_become_current
            )
        for loan, state in board.upcoming:
            board.upcoming_totals[loan.currency] = board.upcoming_totals.get(
                loan.currency, Decimal("0.00")
            ) + (state.outstanding)
        return board

    def assessment(self, loan_id: str) -> Assessment:
        """The rule engine's estimate for the loan today, in the current language (cached until a change)."""
        cached = self._assessments.get(loan_id)
        if cached is not None:
            return cached
        from app.rules.engine import assess
        from app.rules.pack import load_pack
        from app.rules.scenario import scenario_for_loan

        summary = self.summary(loan_id)
        scenario = scenario_for_loan(
            summary.loan, summary.position, self.store.contacts(loan_id), self.today(), self.store.payments(loan_id)
        )
        result = assess(scenario, load_pack(), self.lang)
        self._assessments[loan_id] = result
        return result

    def what_if(self, loan_id: str, behaviour: Behaviour) -> Assessment:
        """The estimate if the borrower's answers were ``behaviour`` (nothing is saved)."""
        from app.rules.engine import assess
        from app.rules.pack import load_pack
        from app.rules.scenario import scenario_for_loan

        summary = self.summary(loan_id)
        loan = summary.loan.model_copy(update={"behaviour": behaviour})
        scenario = scenario_for_loan(
            loan, summary.position, self.store.contacts(loan_id), self.today(), self.store.payments(loan_id)
        )
        return assess(scenario, load_pack(), self.lang)

    def payment_suggestion(self, loan_id: str) -> PaymentSuggestion:
        """What the what-if panel's payment starts with (what will be overdue in a few days) and the days
        a plan may use."""
        from app.rules.whatif import suggest_payment

        return suggest_payment(self.loan(loan_id), self.store.payments(loan_id), self.today())

    def plan_outcome(
        self, loan_id: str, amount_text: str | None, on: date | None, stance: str | None,
        budget: tuple[str, date] | None = None,
    ) -> PlanOutcome:
        """What a what-if plan would change in the loan's estimate, in the current language (nothing is
        saved): ``amount_text`` as typed (None: no payment), the day it is paid, and "call_for_instalments",
        "stay_unreachable" or None. A plan that cannot happen comes back as a problem instead.
        ``budget`` ("I have ¥X this month" as typed, the day) pays the loan its share of X in the
        several-debts order instead of ``amount_text``."""
        from app.rules.pack import load_pack
        from app.rules.whatif import PlanOutcome, PlanProblem, Stance, evaluate_plan, read_budget_plan

        if budget is not None:
            text, on = budget
            debts = self._overdue_debts()
            try:
                plan = read_budget_plan(text, loan_id, debts, self.today(), on, load_pack())
            except PlanProblem as problem:
                return PlanOutcome(None, "budget", problem.text(self.lang))
            if all(debt.loan.id != loan_id for debt in debts):
                from app.core.i18n import message

                return PlanOutcome(None, "budget", message("whatif.budget_nothing_overdue", self.lang))
            if plan.payment is None:
                from app.core.i18n import message
                from app.core.money_text import money_text
                from app.rules.whatif import parse_amount

                shown = money_text(parse_amount(text), "CNY", self.settings().currency_display)
                return PlanOutcome(None, "budget", message("whatif.budget_not_reaching", self.lang, budget=shown))
            amount_text = str(plan.payment.amount)
        return evaluate_plan(
            self.loan(loan_id),
            self.store.payments(loan_id),
            self.store.contacts(loan_id),
            self.today(),
            (amount_text, on, Stance(stance) if stance else None),
            load_pack(),
            self.lang,
            currency_display=self.settings().currency_display,
        )

    def _overdue_debts(self) -> list[Debt]:
        """Every loan with something overdue today, with its payments and contact log (the several-debts
        order weighs them together). Today's summaries say which loans are overdue."""
        from app.rules.pay_first_view import overdue_debts

        loans = [summary.loan for summary in self.summaries(include_archived=False)
                 if summary.position.overdue_amount > 0]
        return overdue_debts(loans, self.store.payments(), self.store.contacts(), self.today(), known_overdue=True)

    def pay_first_job(self, budget_text: str | None) -> tuple[Callable[[], PayOrder] | None, str]:
        """Which overdue debt to pay first (app/rules/debt_order.py) with "I have ¥X this month" as typed
        (empty: the order alone), in the current language: the records are read here, and the returned
        work (pure: it assesses every overdue loan, so it belongs on a worker thread) gives the order.
        A bad amount gives (None, what is wrong with it)."""
        from app.rules.pack import load_pack
        from app.rules.pay_first_view import order_for, read_budget
        from app.rules.whatif import PlanProblem

        try:
            budget = read_budget(budget_text)
        except PlanProblem as problem:
            return None, problem.text(self.lang)
        debts, today, pack, lang = self._overdue_debts(), self.today(), load_pack(), self.lang
        display = self.settings().currency_display
        return (lambda: order_for(debts, budget, today, pack, lang, display)), ""

    def rule_source(self, rule_id: str) -> str:
        """Where a rule comes from, in words and in the current language (never the rule's id)."""
        from app.rules.pack import load_pack
        from app.rules.pay_first_view import source_of

        return source_of(rule_id, load_pack(), self.lang)

    def letter_facts(self, loan_id: str) -> LetterFacts:
        """What a letter to the lender says about the loan today (app/core/letters.py)."""
        from app.core.letters import letter_facts

        return letter_facts(self.loan(loan_id), self.full_position(loan_id))

    def report_content(self, loan_id: str, lang: Lang) -> ReportContent:
        """The printable report of the loan today in ``lang``, which may differ from the UI's language
        (the estimate is worked out again in that language; the CLI's report takes the same path)."""
        from app.rules.report_content import report_for_loan

        return report_for_loan(
            self.loan(loan_id), self.store.payments(loan_id), self.store.contacts(loan_id), self.today(), lang
        )

    def risk(self, loan_id: str) -> tuple[str, str, int]:
        """(level, label in the current language, score) of the loan's assessment; ("", "", -1) while the
        estimates are being worked out (risksChanged says when they are in) and for a loan that is no
        longer there (a view may ask once more before it hears of the deletion).

        The tables show every loan's risk, and the rule engine with its pack takes longer to load than
        the rest of the overview: the rows are shown first and the estimates of all loans follow from
        a worker thread."""
        if self.find_summary(loan_id) is None:
            return "", "", -1
        found = self._assessments.get(loan_id)
        if found is None:
            self.when_data_shown(self._assess_every_loan)
            return "", "", -1
        risk = found.risk
        return str(risk.level), risk.label, risk.score

    def hold_until_data_shown(self) -> None:
        """From now until data_shown(), when_data_shown() keeps work back (the start-up: the rows are
        painted before the rule engine loads and estimates every loan)."""
        if self._until_shown is None:
            self._until_shown = []

    def when_data_shown(self, work: Callable[[], None]) -> None:
        """Run ``work`` now, or once the data is on screen while the start-up holds it back."""
        if self._until_shown is None:
            work()
        elif work not in self._until_shown:
            self._until_shown.append(work)

    def data_shown(self) -> None:
        """The page showing the data has been painted: run what waited for it."""
        waiting, self._until_shown = self._until_shown or [], None
        for work in waiting:
            work()

    def _assess_every_loan(self) -> None:
        if self._assessing is not None or self._store is None:
            return
        store, lang, today, generation = self._store, self.lang, self.today(), self._generation
        positions = [(summary.loan, summary.position) for summary in self.summaries()]

        def work() -> dict[str, Assessment]:
            # The engine and its pack are loaded here, on the worker, the first time.
            from app.rules.engine import assess_loans
            from app.rules.pack import load_pack

            return assess_loans(positions, store.payments(), store.contacts(), today, load_pack(), lang)

        def arrived(found: dict[str, Assessment]) -> None:
            self._assessing = None
            if generation != self._generation:
                self.risksChanged.emit()  # the views ask again, which starts the current generation
                return
            for loan_id, assessment in found.items():
                self._assessments.setdefault(loan_id, assessment)
            self.risksChanged.emit()

        def failed(error: BaseException) -> None:
            self._assessing = None
            if self._store is not store:
                return  # the data file was closed or replaced meanwhile (a quit): nothing is waiting
            # A fault in the estimates is a defect: the application's error hook reports it.
            raise error

        task = BackgroundTask(work, self)
        task.finished.connect(arrived)
        task.failed.connect(failed)
        self._assessing = task.start()

    # --------------------------------------------------------------------------- harassment check

    def conduct_breaches(self, loan_id: str, lang: Lang | None = None) -> list[Breach]:
        """The entries of the loan's contact log that break the rule pack's collection-conduct rules,
        oldest first. Hours and days are read in the system's local time, the time the log is entered
        and shown in."""
        from app.rules.conduct import check
        from app.rules.pack import load_pack

        return check(self.store.contacts(loan_id), load_pack(), None, lang or self.lang)

    def contact_questions(
        self, channel: str, direction: str, counterparty: str, contacted: str
    ) -> EntryQuestions:
        """What the contact dialog should ask about an entry like this for the conduct rules to judge it."""
        from app.rules.conduct import entry_questions
        from app.rules.pack import load_pack

        return entry_questions(load_pack(), channel, direction, counterparty, contacted)  # type: ignore[arg-type]

    def complaint_hotline(self) -> str:
        from app.rules.pack import load_pack

        return load_pack().conduct.complaint_hotline

    def complaint_draft(self, loan_id: str, recipient: Recipient, lang: Lang, borrower_name: str = "") -> str:
        """A complaint about the loan's breaches, to the lender or the regulator, in ``lang`` (which may
        differ from the UI's: a letter to a Chinese bank is best in Chinese)."""
        from app.rules.conduct import check
        from app.rules.conduct_complaint import compose_complaint
        from app.rules.pack import load_pack

        pack, log = load_pack(), self.store.contacts(loan_id)
        breaches = check(log, pack, None, lang)
        return compose_complaint(
            breaches, log, self.loan(loan_id), pack, lang, recipient, self.today(), borrower_name=borrower_name
        )

    def save_text(self, path: Path, text: str) -> None:
        """Write a draft the user chose to keep; atomically, so an old file is never left half-written."""
        from app.core.fileio import atomic_write_text

        atomic_write_text(Path(path), text)

    # ------------------------------------------------------------------------------------ writing

    def add_loan(self, loan: Loan) -> None:
        with self.store.transaction():
            self.store.add_loan(loan)
        self._changed(loan.id)

    def update_loan(self, loan: Loan) -> None:
        with self.store.transaction():
            self.store.update_loan(loan)
        self._changed(loan.id)

    def save_behaviour(self, loan_id: str, behaviour: Behaviour) -> None:
        loan = self.store.loan(loan_id)
        if loan.behaviour == behaviour:
            return
        self.update_loan(loan.model_copy(update={"behaviour": behaviour}))

    def delete_loan(self, loan_id: str) -> None:
        with self.store.transaction():
            self.store.delete_loan(loan_id)
        self._invalidate()
        self.loanRemoved.emit(loan_id)
        self.loansChanged.emit()
        self._sample_state_may_have_changed()

    def add_payment(self, payment: Payment) -> None:
        with self.store.transaction():
            self.store.add_payment(payment)
        self._changed(payment.loan_id)

    def update_payment(self, payment: Payment) -> None:
        with self.store.transaction():
            self.store.update_payment(payment)
        self._changed(payment.loan_id)

    def delete_payment(self, payment: Payment) -> None:
        with self.store.transaction():
            self.store.delete_payment(payment.id)
        self._changed(payment.loan_id)

    def add_contact(self, event: ContactEvent) -> None:
        with self.store.transaction():
            self.store.add_contact(event)
        self._changed(event.loan_id)

    def update_contact(self, event: ContactEvent) -> None:
        with self.store.transaction():
            self.store.update_contact(event)
        self._changed(event.loan_id)

    def delete_contact(self, event: ContactEvent) -> None:
        with self.store.transaction():
            self.store.delete_contact(event.id)
        self._changed(event.loan_id)

    def save_settings(self, settings: Settings) -> None:
        language_changed = settings.language != self.settings().language
        self.store.save_settings(settings)
        self._settings = settings
        self._money_hows.clear()  # they quote amounts as the settings show them (symbol or code)
        remember_language(settings.language)
        if language_changed:
            self.set_language(settings.language, save=False)
        self.settingsChanged.emit()

    def set_language(self, setting: str, *, save: bool = True) -> None:
        """Switch the UI to ``setting`` ("system", "zh_CN", "en") now; save it unless told not to."""
        lang = resolve_language(setting)
        if save and self._store is not None and setting != self.settings().language:
            self.save_settings(self.settings().model_copy(update={"language": setting}))
            return
        if lang == self.lang and self.translations.language == lang:
            return
        self.lang = self.translations.apply(lang)
        self._assessments.clear()  # the engine's texts are in the language it was asked for
        self._generation += 1
        self._money_hows.clear()
        self.languageChanged.emit(lang)

    def apply_remembered_language(self) -> None:
        """Before the data file is open: the last session's language, for the first paint."""
        self.lang = self.translations.apply(remembered_language())

    # -------------------------------------------------------------------------------- sample set

    def has_sample_data(self) -> bool:
        from app.ui.shell.sample_data import is_sample_id

        return any(is_sample_id(summary.loan.id) for summary in self.summaries())

    def load_sample_data(self) -> None:
        from app.ui.shell.sample_data import load_sample_set

        sample = load_sample_set(self.lang, self.today())
        self.store.merge(sample.loans, sample.payments, sample.contacts)
        self._store_sample_flag(True)
        self._invalidate()
        self.loansChanged.emit()
        self.sampleDataChanged.emit(True)

    def remove_sample_data(self) -> int:
        """Delete every sample loan (with its payments and contacts); return how many."""
        from app.ui.shell.sample_data import is_sample_id

        ids = [summary.loan.id for summary in self.summaries() if is_sample_id(summary.loan.id)]
        with self.store.transaction():
            for loan_id in ids:
                self.store.delete_loan(loan_id)
        self._store_sample_flag(False)
        self._invalidate()
        for loan_id in ids:
            self.loanRemoved.emit(loan_id)
        self.loansChanged.emit()
        self.sampleDataChanged.emit(False)
        return len(ids)

    def _store_sample_flag(self, loaded: bool) -> None:
        if self.settings().sample_data_loaded != loaded:
            self.save_settings(self.settings().model_copy(update={"sample_data_loaded": loaded}))

    def _sample_state_may_have_changed(self) -> None:
        if self.settings().sample_data_loaded and not self.has_sample_data():
            self._store_sample_flag(False)
            self.sampleDataChanged.emit(False)

    # ------------------------------------------------------------- slow work (run in the background)

    def backups(self) -> list[BackupInfo]:
        return self.store.backups()

    def backup_now(self) -> BackupInfo:
        return self.store.backup_now("manual")

    def restore_backup_work(self, path: Path) -> BackupInfo | None:
        """Runs on a worker thread; call data_replaced() on the UI thread afterwards."""
        return self.store.restore_backup(path)

    def import_backup_work(self, path: Path) -> ExchangeSummary:
        from app.core.exchange import import_backup

        return import_backup(self.store, path)

    def export_backup_work(self, path: Path) -> ExchangeSummary:
        from app.core.exchange import export_backup

        return export_backup(self.store, path)

    def export_ics_work(self, path: Path) -> ExchangeSummary:
        from app.core.exchange import export_ics

        return export_ics(self.store, path, clock=self.clock)

    def data_replaced(self) -> None:
        """After an import or a restore: everything may differ, settings included."""
        self._settings = self.store.settings()
        self._invalidate()
        self.set_language(self._settings.language, save=False)
        remember_language(self._settings.language)
        self.loansChanged.emit()  # first: views drop rows of loans that are gone before anything redraws
        self.settingsChanged.emit()
        self.sampleDataChanged.emit(self.has_sample_data())

    # ---------------------------------------------------------------------------------- internals

    def _invalidate(self) -> None:
        self._summaries = None
        self._summaries_by_id = None
        self._assessments.clear()
        self._generation += 1
        self._full_positions.clear()
        self._money_hows.clear()

    def _changed(self, loan_id: str) -> None:
        self._invalidate()
        self.loanChanged.emit(loan_id)
        self.loansChanged.emit()

    def _check_day(self) -> None:
        today = self.today()
        if today != self._day:
            self._day = today
            self._invalidate()
            self.loansChanged.emit()
