"""The one object between the widgets and the data: a thin facade that owns the data file's worker
(app/ui/shell/database.py, the only thread that uses the Store) and the caches of what views show, asks
the operation modules (app/ui/operations/) for the work, and tells the views what changed through
signals. Widgets never see the Store, SQL or rule logic.

Signals
    storeOpened()            the data file is open; views may read
    loansChanged()           loans, payments or contacts changed, or the day turned: re-read summaries
    loanChanged(str)         one loan's own records changed (terms, payments, contacts, answers)
    loanRemoved(str)         a loan was deleted
    settingsChanged()        Settings were saved (the reminders service re-reads lead days here)
    risksChanged()           the rule engine's estimates of every loan arrived (see risk())
    languageChanged(str)     the UI language is now "zh_CN" or "en" (catalogues already swapped)
    sampleDataChanged(bool)  the sample set was loaded (True) or removed (False)

The operation modules load pydantic, the schedules and the rule engine, so they are loaded at two
boundaries (app/ui/operations/__init__.py): the data file's opening and the first estimate; the main
window is painted before either.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.clock import SystemClock
from app.core.errors import RepayRadarError
from app.core.i18n import Lang, resolve_language
from app.ui import operations
from app.ui.shell.database import DatabaseWorker, DataNotOpen, Job
from app.ui.shell.i18n import Translations, remember_language, remembered_language

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from app.core.backups import BackupInfo
    from app.core.clock import Clock
    from app.core.due_items import DueBoard
    from app.core.first_screen import FirstScreen, LoanRow
    from app.core.exchange import ExchangeSummary
    from app.core.letters import LetterFacts
    from app.core.models import Behaviour, ContactEvent, Loan, Payment, Settings
    from app.core.overview import LoanSummary
    from app.core.rate_check import RateCheck
    from app.core.reminders import Reminder
    from app.core.schedule import LoanPosition
    from app.rules.assessment import Assessment
    from app.rules.conduct import Breach, EntryQuestions
    from app.rules.conduct_complaint import Recipient
    from app.rules.debt_order import PayOrder
    from app.rules.report_content import ReportContent
    from app.rules.whatif import PaymentSuggestion, PlanOutcome
    from app.ui.documents.report import PreparedReport
    from app.ui.operations.opening import FirstReading

_DAY_CHECK_MS = 60_000
# The coming days' overviews are worked out this long after today's was kept: after the estimates, which
# the user is looking at, and after the last of a run of changes, each of which would make them stale.
_KEEP_AHEAD_AFTER_MS = 3000


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
        self.clock = clock if clock is not None else SystemClock()
        self.translations = translations or Translations()
        self.database = DatabaseWorker()
        self._opened = False
        self._data_dir: Path | None = None
        self._settings: Settings | None = None
        self._summaries: list[LoanSummary] | None = None
        self._summaries_by_id: dict[str, LoanSummary] | None = None
        # What the overview shows today (app/core/first_screen.py): worked out from the summaries once
        # the data file is open, and before that the one the data file kept from its last reading, if
        # that still holds today.
        self._screen: FirstScreen | None = None
        self._assessments: dict[str, Assessment] = {}
        # The estimates of every loan are worked out on the data file's worker when a view first asks
        # (risk()); a change of data or language starts a new generation, and an older answer is dropped.
        self._assessing: Job | None = None
        self._generation = 0
        # Work that waits until the data is on screen (see when_data_shown); None once it is.
        self._until_shown: list[Callable[[], None]] | None = None
        self._full_positions: dict[str, LoanPosition] = {}
        self._money_hows: dict[str, dict[str, str]] = {}
        self._day = self.clock.today()
        self.lang: Lang = self.translations.language
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(_DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._check_day)
        # The coming days' overviews are kept a while after today's (see _keep_days_ahead).
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(_KEEP_AHEAD_AFTER_MS)
        self._ahead_timer.timeout.connect(self._keep_days_ahead)

    # ------------------------------------------------------------------------ the operation modules

    @property
    def _ops(self) -> operations.Records:
        return operations.load_records()

    @property
    def _rules(self) -> operations.Estimates:
        return operations.load_estimates()

    # ---------------------------------------------------------------------------------- the data file

    @property
    def is_open(self) -> bool:
        """The data file is open and its first reading is in (data_opened() has run)."""
        return self._opened and self.database.is_open

    @property
    def data_dir(self) -> Path | None:
        return self.database.data_dir or self._data_dir

    def set_data_dir(self, data_dir: Path | None) -> None:
        """Where the data file will be opened (before it is), so an early fault is logged there."""
        self._data_dir = data_dir

    def open_data(self, data_dir: Path | None, *, restore_newest: bool = False) -> Job:
        """Open the data file on its worker with the first reading (application.py's start-up; the
        heavy modules load there, off the UI thread); call data_opened() with the Job's result.
        ``restore_newest`` first puts the newest good backup back over damaged records."""
        def first_reading(store: object) -> FirstReading:
            opening = operations.load_records().opening  # on the worker: the data boundary
            return opening.first_reading(store, self.today())

        def opener() -> object:
            opening = operations.load_records().opening
            make = opening.restoring_opener if restore_newest else opening.opener
            return make(data_dir, self.clock)()

        return self.database.open(opener, first_reading)  # type: ignore[arg-type]

    def read_saved_screen(self, data_dir: Path | None) -> Job:
        """Look in the data file, without opening it, for the overview kept at its last reading; the
        Job answers with it (a FirstScreen) when it still holds today, else with None. On the worker,
        before open_data(): the models are not loaded for it (app/core/first_screen.py)."""
        today = self.today()
        # Its modules (sqlite3, json, the screen's records) are imported here, before the worker starts:
        # two threads importing at once take turns on the interpreter, and the worker would be importing
        # while this thread builds the overview's pages, which would hold both back.
        saved_screen = operations.load_saved_screen()

        def read() -> FirstScreen | None:
            return saved_screen.read(data_dir, today)

        return self.database.submit_unopened(read)

    def show_saved_screen(self, screen: FirstScreen) -> None:
        """Show ``screen`` (read_saved_screen's answer) until the data file is open: the overview and the
        list of loans read it; everything else waits for data_opened()."""
        if not self.is_open and screen.as_of == self.today():
            self._screen = screen

    def open_store(self, data_dir: Path) -> None:
        """Open the data file now and wait for it (tests, the self-check)."""
        opening = self._ops.opening
        reading = self.database.open_now(
            opening.opener(data_dir, self.clock), lambda store: opening.first_reading(store, self.today())
        )
        self.data_opened(reading)

    def data_opened(self, reading: FirstReading) -> None:
        """The data file is open (open_data's result): today's summaries and the settings it holds."""
        self._data_dir = self.database.data_dir
        self._opened = True
        self._settings = reading.settings
        self._invalidate()
        if reading.screen.as_of == self.today():
            self._summaries = reading.summaries
            self._screen = reading.screen
            self._keep_screen(reading.screen)
        self.set_language(self._settings.language, save=False)
        remember_language(self._settings.language)
        self._day_timer.start()
        self.storeOpened.emit()
        self.loansChanged.emit()

    def close(self) -> None:
        self._day_timer.stop()
        self._ahead_timer.stop()
        self._opened = False
        self.database.close_store()

    # ------------------------------------------------------------------------------------ reading

    def today(self) -> date:
        return self.clock.today()

    def currency_display(self) -> str:
        """How amounts are written ("symbol" or "code"): the settings' choice, or before the data file is
        open the one the saved overview was shown with."""
        if self._settings is None and self._screen is not None:
            return self._screen.currency_display
        return self.settings().currency_display

    def settings(self) -> Settings:
        if self._settings is None:
            return self._ops.settings.default()
        return self._settings

    def summaries(self, include_archived: bool = True) -> list[LoanSummary]:
        """Every loan's summary today, most urgent first (app.core.overview's order)."""
        if self._summaries is None:
            if not self.is_open:
                return []
            self._summaries = self.database.run(self._ops.loans.summaries, self.today())
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
            raise self._ops.loans.LoanNotFound(loan_id)
        return found

    def full_position(self, loan_id: str) -> LoanPosition:
        """One loan's position today with its whole schedule (summaries keep only the instalments near
        today), for the loan's own page."""
        found = self._full_positions.get(loan_id)
        if found is None or found.as_of != self.today():
            found = self.database.run(self._ops.loans.full_position, self.loan(loan_id), self.today())
            self._full_positions[loan_id] = found
        return found

    def newest_loan_kind(self) -> str | None:
        """The kind of the loan added last (None without loans or before the data file is open)."""
        return self.database.run(self._ops.loans.newest_kind) if self.is_open else None

    def stored_loan_ids(self) -> set[str]:
        """The loans in the data file itself, not in any cache (the self-check reads back with it)."""
        return self.database.run(self._ops.loans.stored_ids)

    # ------------------------------------------------------------- money as the core works it out

    def money_hows(self, loan_id: str) -> dict[str, str]:
        """How each of the loan's figures today was computed, in the current language, keyed by the
        LoanPosition field (app/core/money_how.py): the texts of the tooltips and "how" lines. Empty
        while the kept overview is shown and the data file is still opening."""
        if not self.is_open:
            return {}
        found = self._money_hows.get(loan_id)
        if found is None:
            found = self._ops.loans.explain(
                self.loan(loan_id), self.full_position(loan_id), self.lang, self.settings().currency_display
            )
            self._money_hows[loan_id] = found
        return found

    def if_paid_on(self, loan_id: str, day: date) -> tuple[LoanPosition, dict[str, str]]:
        """"If I pay on date D": the loan's position on ``day`` with the payments made so far, and how
        its figures were computed (nothing is saved)."""
        return self.database.run(
            self._ops.loans.paid_on, self.loan(loan_id), day, self.lang, self.settings().currency_display
        )

    def rate_check(self, loan_id: str) -> tuple[RateCheck, str, list[str]]:
        """The loan's real APR and its band (app/core/rate_check.py), with the band's wording and the
        sources it rests on, in the current language."""
        return self.database.run(self._ops.loans.rate, self.loan(loan_id), self.lang)

    def has_loans(self) -> bool:
        return bool(self.rows())

    def loan(self, loan_id: str) -> Loan:
        return self.summary(loan_id).loan

    def payments(self, loan_id: str) -> list[Payment]:
        return self.database.run(self._ops.payments.of_loan, loan_id)

    def contacts(self, loan_id: str) -> list[ContactEvent]:
        return self.database.run(self._ops.contacts.of_loan, loan_id)

    def due_board(self, days: int | None = None) -> DueBoard:
        """What is due today and its totals (app.core.due), for the overview (30 days ahead) and the
        tray (``days``: further when a reminder lead day is longer)."""
        return self._ops.overview.board(self.summaries(include_archived=False), self.today(), self.settings(), days)

    def first_screen(self) -> FirstScreen | None:
        """What the overview shows today (app/core/first_screen.py): each loan's row, what is due and the
        totals. Worked out on the worker from today's summaries, and kept in the data file for the next
        start; before the data file is open, the one it kept, if that still holds today; else None."""
        if not self.is_open:
            return self._screen
        if self._screen is None or self._screen.as_of != self.today():
            summaries = self.summaries()
            self._screen = self.database.run(self._ops.overview.screen, summaries, self.today())
            self._keep_screen(self._screen)
        return self._screen

    def rows(self, include_archived: bool = True) -> list[LoanRow]:
        """Every loan as the overview and the list of loans show it today, most urgent first."""
        screen = self.first_screen()
        return screen.shown_rows(include_archived) if screen is not None else []

    def find_row(self, loan_id: str) -> LoanRow | None:
        return next((row for row in self.rows() if row.id == loan_id), None)

    def _keep_screen(self, screen: FirstScreen) -> None:
        """Save ``screen`` in the data file for the next start, once the data is on screen (a write, so
        it waits; it is dropped there if the data changed meanwhile)."""

        def keep() -> None:
            job = self.database.submit(self._ops.overview.keep, screen)
            job.failed.connect(_ignore_data_file_problem)
            self._ahead_timer.start()  # again: after the last of several changes

        self.when_data_shown(keep)

    def _keep_days_ahead(self) -> None:
        """Keep the overview of each of the coming days for the first start on it (a week with today's;
        app/ui/operations/overview.py), one day per piece of work on the data worker, so that whatever
        the user asks of the worker meanwhile waits for one day's figures at most. Someone who opens the
        app once a day then does not wait for the figures either, while the data stays as it was."""
        if not self.is_open:
            return
        job = self.database.submit(self._ops.overview.keep_next_day_ahead, self.today())
        job.finished.connect(lambda kept_one: self._keep_days_ahead() if kept_one else None)
        job.failed.connect(_ignore_data_file_problem)

    # -------------------------------------------------------------------------------- estimates

    def assessment(self, loan_id: str) -> Assessment:
        """The rule engine's estimate for the loan today, in the current language (cached until a change)."""
        cached = self._assessments.get(loan_id)
        if cached is not None:
            return cached
        result = self.database.run(self._rules.estimates.assessment, self.summary(loan_id), self.today(), self.lang)
        self._assessments[loan_id] = result
        return result

    def what_if(self, loan_id: str, behaviour: Behaviour) -> Assessment:
        """The estimate if the borrower's answers were ``behaviour`` (nothing is saved)."""
        return self.database.run(
            self._rules.estimates.assessment, self.summary(loan_id), self.today(), self.lang, behaviour
        )

    def payment_suggestion(self, loan_id: str) -> PaymentSuggestion:
        """What the what-if panel's payment starts with (what will be overdue in a few days) and the days
        a plan may use."""
        return self.database.run(self._rules.estimates.payment_suggestion, self.loan(loan_id), self.today())

    def plan_outcome(
        self, loan_id: str, amount_text: str | None, on: date | None, stance: str | None,
        budget: tuple[str, date] | None = None,
    ) -> PlanOutcome:
        """What a what-if plan would change in the loan's estimate, in the current language (nothing is
        saved): ``amount_text`` as typed (None: no payment), the day it is paid, and "call_for_instalments",
        "stay_unreachable" or None. A plan that cannot happen comes back as a problem instead.
        ``budget`` ("I have ¥X this month" as typed, the day) pays the loan its share of X in the
        several-debts order instead of ``amount_text``."""
        return self.database.run(
            self._rules.estimates.plan_outcome, self.loan(loan_id), self._overdue_loans(),
            (amount_text, on, stance), budget, self.today(), self.lang, self.settings().currency_display,
        )

    def _overdue_loans(self) -> list[Loan]:
        """Today's summaries say which loans are overdue (the several-debts order weighs them)."""
        return [summary.loan for summary in self.summaries(include_archived=False) if summary.is_overdue]

    def pay_first_job(self, budget_text: str | None) -> Job:
        """Which overdue debt to pay first (app/rules/debt_order.py) with "I have ¥X this month" as typed
        (empty: the order alone), in the current language. The Job answers on the UI thread with (work,
        problem): the records are read and the rule pack loaded on the data file's worker, and ``work``
        (pure: it assesses every overdue loan, so it belongs on a worker thread of its own) gives the
        order. A bad amount gives (None, what is wrong with it)."""
        overdue, today, lang, display = self._overdue_loans(), self.today(), self.lang, self.currency_display()

        def read(store: object) -> tuple[Callable[[], PayOrder] | None, str]:
            # The rule engine is imported here, on the worker, the first time (not on the UI thread).
            return operations.load_estimates().estimates.pay_first_job(store, overdue, budget_text, today, lang, display)

        return self.database.submit(read)

    def rule_source(self, rule_id: str) -> str:
        """Where a rule comes from, in words and in the current language (never the rule's id)."""
        return self._rules.estimates.rule_source(rule_id, self.lang)

    def letter_facts(self, loan_id: str) -> LetterFacts:
        """What a letter to the lender says about the loan today (app/core/letters.py)."""
        return self._ops.loans.letter(self.loan(loan_id), self.full_position(loan_id))

    def report_content(self, loan_id: str, lang: Lang) -> ReportContent:
        """The printable report of the loan today in ``lang``, which may differ from the UI's language
        (the estimate is worked out again in that language; the CLI's report takes the same path)."""
        return self.database.run(self._rules.documents.report_content, self.loan(loan_id), self.today(), lang,
                                 self.settings().currency_display)

    def write_report(self, prepared: PreparedReport, path: Path) -> Job:
        """Lay out and write a prepared report's PDF on the data file's worker; the Job answers with its
        pages, or fails with ExportFailed (in the user's words) when the file cannot be written."""
        return self.database.submit(self._rules.documents.write_report, prepared, path)

    def risk(self, loan_id: str) -> tuple[str, str, int]:
        """(level, label in the current language, score) of the loan's assessment; ("", "", -1) while the
        estimates are being worked out (risksChanged says when they are in) and for a loan that is no
        longer there (a view may ask once more before it hears of the deletion).

        The tables show every loan's risk, and the rule engine with its pack takes longer to load than
        the rest of the overview: the rows are shown first and the estimates of all loans follow from
        the data file's worker."""
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

    def risks_pending(self) -> bool:
        """Whether the estimates asked for by risk() are still being worked out."""
        return self._assessing is not None

    def _assess_every_loan(self) -> None:
        if self._assessing is not None or not self.is_open:
            return
        lang, today, generation = self.lang, self.today(), self._generation
        positions = [(summary.loan, summary.position) for summary in self.summaries()]

        def every_loan(store: object) -> dict[str, Assessment]:
            # The engine and its pack are loaded here, on the worker, the first time.
            return operations.load_estimates().estimates.every_loan(store, positions, today, lang)

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
            if isinstance(error, DataNotOpen):
                return  # closed while the estimates were on their way: nobody is looking any more
            # A fault in the estimates is a defect: the application's error hook reports it.
            raise error

        job = self.database.submit(every_loan)
        job.finished.connect(arrived)
        job.failed.connect(failed)
        self._assessing = job

    # --------------------------------------------------------------------------- harassment check

    def conduct_breaches(self, loan_id: str, lang: Lang | None = None) -> list[Breach]:
        """The entries of the loan's contact log that break the rule pack's collection-conduct rules,
        oldest first. Hours and days are read in the system's local time, the time the log is entered
        and shown in."""
        return self.database.run(self._rules.conduct.breaches, loan_id, lang or self.lang)

    def contact_questions(
        self, channel: str, direction: str, counterparty: str, contacted: str
    ) -> EntryQuestions:
        """What the contact dialog should ask about an entry like this for the conduct rules to judge it."""
        return self._rules.conduct.questions(channel, direction, counterparty, contacted)

    def complaint_hotline(self) -> str:
        return self._rules.conduct.hotline()

    def complaint_draft(self, loan_id: str, recipient: Recipient, lang: Lang, borrower_name: str = "") -> str:
        """A complaint about the loan's breaches, to the lender or the regulator, in ``lang`` (which may
        differ from the UI's: a letter to a Chinese bank is best in Chinese)."""
        return self.database.run(
            self._rules.conduct.complaint, self.loan(loan_id), recipient, lang, self.today(), borrower_name
        )

    def save_text(self, path: Path, text: str) -> None:
        """Write a draft the user chose to keep; atomically, so an old file is never left half-written."""
        self._rules.documents.save_text(path, text)

    # ------------------------------------------------------------------------------------ writing

    def add_loan(self, loan: Loan) -> None:
        self.database.run(self._ops.loans.add, loan)
        self._changed(loan.id)

    def update_loan(self, loan: Loan) -> None:
        self.database.run(self._ops.loans.update, loan)
        self._changed(loan.id)

    def save_behaviour(self, loan_id: str, behaviour: Behaviour) -> None:
        if self.database.run(self._ops.loans.save_behaviour, loan_id, behaviour):
            self._changed(loan_id)

    def delete_loan(self, loan_id: str) -> None:
        self.database.run(self._ops.loans.delete, loan_id)
        self._invalidate()
        self.loanRemoved.emit(loan_id)
        self.loansChanged.emit()
        self._sample_state_may_have_changed()

    def add_payment(self, payment: Payment) -> None:
        self.database.run(self._ops.payments.add, payment)
        self._changed(payment.loan_id)

    def update_payment(self, payment: Payment) -> None:
        self.database.run(self._ops.payments.update, payment)
        self._changed(payment.loan_id)

    def delete_payment(self, payment: Payment) -> None:
        self.database.run(self._ops.payments.delete, payment)
        self._changed(payment.loan_id)

    def add_contact(self, event: ContactEvent) -> None:
        self.database.run(self._ops.contacts.add, event)
        self._changed(event.loan_id)

    def update_contact(self, event: ContactEvent) -> None:
        self.database.run(self._ops.contacts.update, event)
        self._changed(event.loan_id)

    def delete_contact(self, event: ContactEvent) -> None:
        self.database.run(self._ops.contacts.delete, event)
        self._changed(event.loan_id)

    def save_settings(self, settings: Settings) -> None:
        language_changed = settings.language != self.settings().language
        self.database.run(self._ops.settings.save, settings)
        self._settings = settings
        self._screen = None  # what is due, and how amounts are written, follow the settings
        self._money_hows.clear()  # they quote amounts as the settings show them (symbol or code)
        remember_language(settings.language)
        if language_changed:
            self.set_language(settings.language, save=False)
        self.settingsChanged.emit()

    def set_language(self, setting: str, *, save: bool = True) -> None:
        """Switch the UI to ``setting`` ("system", "zh_CN", "en") now; save it unless told not to."""
        lang = resolve_language(setting)
        if save and self.is_open and setting != self.settings().language:
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

    # ------------------------------------------------------------------------------- reminders

    def reminders_from_records(self, now: datetime) -> list[Reminder]:
        """The reminders whose time has come, from the records (when today's summaries are not in yet)."""
        return self.database.run(self._ops.reminders.due_from_records, self.settings(), now)

    def unshown_reminders(self, reminders: Sequence[Reminder], now: datetime) -> list[Reminder]:
        """Those of ``reminders`` not shown (nor snoozed) yet, by the deliveries the data file keeps."""
        return self.database.run(self._ops.reminders.not_yet_shown, reminders, self.settings(), now)

    def record_reminders_shown(self, reminders: Sequence[Reminder], now: datetime) -> None:
        self.database.run(self._ops.reminders.record_shown, reminders, now)

    def record_reminders_snoozed(self, reminders: Sequence[Reminder], until: datetime, now: datetime) -> None:
        self.database.run(self._ops.reminders.record_snoozed, reminders, until, now)

    # -------------------------------------------------------------------------------- sample set

    def has_sample_data(self) -> bool:
        is_sample_id = self._ops.sample.is_sample_id
        return any(is_sample_id(summary.loan.id) for summary in self.summaries())

    def load_sample_data(self) -> None:
        self.database.run(self._ops.sample.load, self.lang, self.today())
        self._store_sample_flag(True)
        self._invalidate()
        self.loansChanged.emit()
        self.sampleDataChanged.emit(True)

    def remove_sample_data(self) -> int:
        """Delete every sample loan (with its payments and contacts); return how many."""
        is_sample_id = self._ops.sample.is_sample_id
        ids = [summary.loan.id for summary in self.summaries() if is_sample_id(summary.loan.id)]
        self.database.run(self._ops.sample.remove, ids)
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
        return self.database.run(self._ops.backups.listed)

    def backup_now(self) -> BackupInfo:
        return self.database.run(self._ops.backups.back_up_now)

    def restore_backup_work(self, path: Path) -> BackupInfo | None:
        """Runs on a worker thread (it queues on the data file's); call data_replaced() afterwards."""
        return self.database.run(self._ops.backups.restore, path)

    def import_backup_work(self, path: Path) -> ExchangeSummary:
        return self.database.run(self._ops.backups.import_file, path)

    def export_backup_work(self, path: Path) -> ExchangeSummary:
        return self.database.run(self._ops.backups.export_file, path)

    def export_ics_work(self, path: Path) -> ExchangeSummary:
        return self.database.run(self._ops.backups.export_calendar, path, self.clock)

    def data_replaced(self) -> None:
        """After an import or a restore: everything may differ, settings included."""
        self._settings = self.database.run(self._ops.settings.read)
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
        self._screen = None
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


def _ignore_data_file_problem(error: BaseException) -> None:
    """Keeping the overview for the next start failed: a full disk or a folder that became read-only only
    means the next start works the overview out again (the user's own saves report such problems). A
    defect is not hidden: the application's error hook reports it."""
    if isinstance(error, (RepayRadarError, DataNotOpen)):
        return
    raise error
