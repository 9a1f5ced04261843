"""Repayment schedules derived from a loan's terms, and where a loan stands on a given day.

build_schedule(loan) turns the terms into instalments; position(loan, payments, as_of) applies the
user's payments to them and says what is paid, what is due and how long anything has been overdue.

Money is Decimal rounded half-up to the cent (how Chinese lenders print schedules). Every rounding
difference ends up in the last instalment, so the principals always add up to the amount borrowed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import lru_cache
from operator import attrgetter

from dateutil.relativedelta import relativedelta

from app.core.amortization import (
    DAYS_PER_YEAR,
    REWORKABLE_METHODS,
    Reworked,
    first_period_interest,
    rate_on,
    rework,
)
from app.core.card_statements import (  # statement_due_date and card_minimum_payment: kept importable here
    SHORTFALL_TOLERANCE,
    CardPosition,
    CardStatement,
    card_minimum_payment,
    card_position,
    statement_due_date,
)
from app.core.models import Installment, Loan, Payment, RepaymentMethod

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
ONE = Decimal(1)
HUNDRED = Decimal(100)
MONTHS_PER_YEAR = Decimal(12)

# The 2013 China Banking Association card pact (中国银行卡行业自律公约) asks banks for a shortfall
# tolerance (容差): paying less than the minimum by at most 10 yuan is not treated as late. Banks may be
# more generous; none may be stricter, so this is the value the app assumes (card_statements keeps it).
CARD_SHORTFALL_TOLERANCE = SHORTFALL_TOLERANCE


# ----------------------------------------------------------------------------------- due dates

_MONTH_ZERO = date(1, 1, 1)


@lru_cache(maxsize=1 << 13)
def _month_end(month_index: int) -> tuple[int, int, int]:
    """(year, month, last day) of the month ``month_index`` months after January of year 1.

    relativedelta clamps day 31 to the month's last day (Feb 28 or 29). It costs about 4 µs a call,
    which would take 1.5 s for a thousand 30-year mortgages; loans share calendar months, so each month
    is worked out once (8192 months: 680 years of schedules, under a MB).
    """
    last = _MONTH_ZERO + relativedelta(months=month_index, day=31)
    return last.year, last.month, last.day


def _due_date_in_month(month_index: int, due_day: int) -> date:
    # Cached by month, not by (month, due day): the pairs of a few hundred loans ran to tens of
    # thousands of cached dates (about 3 MB) that the month's last day alone gives.
    year, month, last_day = _month_end(month_index)
    return date(year, month, due_day if due_day < last_day else last_day)


def _month_index(day: date) -> int:
    """Months since January of year 1, so that 'k months later' is plain addition."""
    return (day.year - 1) * 12 + day.month - 1


def due_dates(start_date: date, due_day: int, count: int) -> list[date]:
    """The due_day of each of the ``count`` months after the one containing start_date."""
    first = _month_index(start_date) + 1
    return [_due_date_in_month(month, due_day) for month in range(first, first + count)]


# --------------------------------------------------------------------------------- instalments

def _cents(value: Decimal) -> Decimal:
    # An explicit rounding argument instead of a local decimal context: no context switch per call.
    return value.quantize(CENT, ROUND_HALF_UP)


def _monthly_rate(loan: Loan) -> Decimal:
    """The annual percentage as a monthly fraction (4.9 % -> 0.049 / 12), as Chinese banks compute it."""
    return (loan.annual_rate or ZERO) / HUNDRED / MONTHS_PER_YEAR


def _equal_installment(loan: Loan) -> list[Installment]:
    """等额本息: the same payment every month; interest on the balance, the rest repays principal."""
    count, balance, rate = loan.term_months, loan.principal, _monthly_rate(loan)
    if rate:
        growth = (ONE + rate) ** count
        payment = _cents(balance * rate * growth / (growth - ONE))
    else:
        payment = _cents(balance / count)
    rows = []
    quantize = Decimal.quantize
    for number, due in enumerate(due_dates(loan.start_date, loan.due_day, count), 1):
        interest = quantize(balance * rate, CENT, ROUND_HALF_UP)
        # A payment rounded up by half a cent over many months could repay more than is owed; the
        # balance caps each principal so that no later instalment turns negative.
        principal = payment - interest
        if principal > balance or number == count:
            principal = balance
        balance -= principal
        amount = principal + interest
        rows.append(Installment(number, due, principal, interest, amount, amount, balance))
    return rows


def _equal_principal(loan: Loan) -> list[Installment]:
    """等额本金: principal / n every month plus interest on the balance, so payments fall."""
    count, balance, rate = loan.term_months, loan.principal, _monthly_rate(loan)
    share = _cents(balance / count)
    rows = []
    quantize = Decimal.quantize
    for number, due in enumerate(due_dates(loan.start_date, loan.due_day, count), 1):
        interest = quantize(balance * rate, CENT, ROUND_HALF_UP)
        principal = balance if share > balance or number == count else share
        balance -= principal
        amount = principal + interest
        rows.append(Installment(number, due, principal, interest, amount, amount, balance))
    return rows


def _interest_only(loan: Loan) -> list[Installment]:
    """先息后本: interest every month, all the principal with the last instalment."""
    count, principal = loan.term_months, loan.principal
    interest = _cents(principal * _monthly_rate(loan))
    rows = []
    for number, due in enumerate(due_dates(loan.start_date, loan.due_day, count), 1):
        if number == count:
            amount = principal + interest
            rows.append(Installment(number, due, principal, interest, amount, amount, ZERO))
        else:
            rows.append(Installment(number, due, ZERO, interest, interest, interest, principal))
    return rows


def _bullet(loan: Loan) -> list[Installment]:
    """一次还本付息: principal plus simple interest for the whole term, on the maturity date."""
    count, principal = loan.term_months, loan.principal
    interest = _cents(principal * _monthly_rate(loan) * count)
    due = due_dates(loan.start_date, loan.due_day, count)[-1]
    amount = principal + interest
    return [Installment(1, due, principal, interest, amount, amount, ZERO)]


def _flat_fee(loan: Loan) -> list[Installment]:
    """等本等息: principal / n plus a fixed fee on the ORIGINAL principal every month.

    The fee never falls as the balance does, which is why the real rate is nearly twice the quoted
    monthly fee times twelve; implied_apr() computes it.
    """
    count, balance = loan.term_months, loan.principal
    fee = _cents(balance * (loan.monthly_fee_rate or ZERO) / HUNDRED)
    share = _cents(balance / count)
    rows = []
    for number, due in enumerate(due_dates(loan.start_date, loan.due_day, count), 1):
        principal = balance if number == count else min(share, balance)
        balance -= principal
        amount = principal + fee
        rows.append(Installment(number, due, principal, fee, amount, amount, balance))
    return rows


def _credit_card(loan: Loan) -> list[Installment]:
    """The card statement the user entered: the whole balance is due; the minimum keeps it from being
    overdue. position() rolls the statements forward (app/core/card_statements.py)."""
    first = card_position(loan, [], loan.start_date).statements[0]
    return [_statement_row(first)]


def _custom(loan: Loan) -> list[Installment]:
    """The lender's own schedule as the user typed it, in date order (a stable sort keeps the order
    of rows the user gave the same date)."""
    balance = loan.principal
    rows = []
    for number, typed in enumerate(sorted(loan.custom_installments, key=attrgetter("due_date")), 1):
        balance -= typed.principal
        amount = typed.principal + typed.interest
        rows.append(Installment(number, typed.due_date, typed.principal, typed.interest, amount, amount, balance))
    return rows


_BUILDERS: dict[RepaymentMethod, Callable[[Loan], list[Installment]]] = {
    RepaymentMethod.equal_installment: _equal_installment,
    RepaymentMethod.equal_principal: _equal_principal,
    RepaymentMethod.interest_only: _interest_only,
    RepaymentMethod.bullet: _bullet,
    RepaymentMethod.flat_fee: _flat_fee,
    RepaymentMethod.credit_card: _credit_card,
    RepaymentMethod.custom: _custom,
}


def build_schedule(loan: Loan, payments: Sequence[Payment] = ()) -> list[Installment]:
    """The loan's instalments in due-date order. Instalment loans fall due on due_day of each month
    after the start month (day 29-31 clamps to the month's end); a card statement is one instalment.

    ``payments`` matter only for their prepayments (Payment.prepayment), which re-work the schedule
    from their date (app/core/amortization.py); without them this is the contract's schedule, with the
    loan's rate changes and opening principal.
    """
    return _schedule(loan, payments).rows


def _prepayments(loan: Loan, payments: Sequence[Payment]) -> list[Payment]:
    if loan.method not in REWORKABLE_METHODS:
        return []  # no rate to re-work with: position() applies them as ordinary payments
    found = [payment for payment in payments if payment.prepayment is not None and payment.loan_id == loan.id]
    found.sort(key=attrgetter("paid_on"))
    return found


def _schedule(loan: Loan, payments: Sequence[Payment]) -> Reworked:
    prepayments = _prepayments(loan, payments)
    if loan.method in REWORKABLE_METHODS and (prepayments or loan.rate_changes or loan.opening_principal is not None):
        dates = due_dates(loan.start_date, loan.due_day, loan.term_months)
        return rework(loan, prepayments, dates)
    rows = _BUILDERS[loan.method](loan)
    if loan.method in REWORKABLE_METHODS and rows:
        rows[0] = _first_period_by_days(loan, rows[0])
    return Reworked(rows, {}, ZERO)


def _first_period_by_days(loan: Loan, first: Installment) -> Installment:
    """The first instalment's interest for the actual first period: whole months at the monthly rate,
    days left over at annual / 360. Its principal stays the regular one, so the balance after it and
    every later instalment are the textbook schedule's (the convention docs/money.md describes)."""
    interest = first_period_interest(loan.principal, loan.annual_rate or ZERO, loan.start_date, first.due_date)
    if interest == first.interest:
        return first
    amount = first.principal + interest
    return Installment(first.number, first.due_date, first.principal, interest, amount, amount, first.balance_after)


# ------------------------------------------------------------------------------------------ APR

_IRR_STEPS = 64  # bisection halves the bracket each step; 64 steps fix the monthly rate to ~1e-19


def implied_apr(loan: Loan, payments: Sequence[Payment] = ()) -> Decimal | None:
    """The yearly rate the schedule really costs, in percent to the cent: 12 x its monthly IRR.

    The IRR is the monthly rate i at which the instalments (and prepayments with their fees), discounted
    by (1 + i) per month from the start month, are worth exactly what the borrower received: the
    principal less any fee taken when the loan was made (Loan.upfront_fee). Times twelve is the
    annualised rate the central bank's 2021 announcement on showing 年化利率 allows (the simple form),
    and the one lenders print: a 等本等息 loan at 0.6 % a month over 12 months costs 13.03 % a year, not
    the 7.2 % the fee suggests (compounded monthly it would be 13.84 %).

    None for a card statement (no term) and when nothing is repaid after the start month, where no
    rate describes the loan.
    """
    if loan.method is RepaymentMethod.credit_card:
        return None
    start = _month_index(loan.start_date)
    flows: dict[int, Decimal] = {}
    worked = _schedule(loan, payments)
    for row in worked.rows:
        months = _month_index(row.due_date) - start
        flows[months] = flows.get(months, ZERO) + row.amount
    for payment in _prepayments(loan, payments):
        if payment.id in worked.applied:
            months = _month_index(payment.paid_on) - start
            flows[months] = flows.get(months, ZERO) + worked.applied[payment.id] + payment.prepayment_fee
    if not any(amount for months, amount in flows.items() if months > 0):
        return None
    received = loan.principal - loan.upfront_fee
    monthly = _internal_rate(received, sorted(flows.items()))
    return None if monthly is None else _cents(monthly * MONTHS_PER_YEAR * HUNDRED)


def _internal_rate(principal: Decimal, flows: list[tuple[int, Decimal]]) -> Decimal | None:
    def surplus(rate: Decimal) -> Decimal:  # value of the repayments at ``rate`` minus the principal
        discount = ONE / (ONE + rate)
        return sum((amount * discount**months for months, amount in flows), -principal)

    # The surplus falls as the rate rises, so the root is bracketed between a rate at which the
    # repayments are worth more than the principal and one at which they are worth less.
    low, high = Decimal("-0.99"), ONE
    if surplus(low) < 0:
        return None
    while surplus(high) > 0:
        high *= 2
        if high > 1024:
            return None
    for _ in range(_IRR_STEPS):
        middle = (low + high) / 2
        if surplus(middle) > 0:
            low = middle
        else:
            high = middle
    return (low + high) / 2


# ------------------------------------------------------------------------------------- position


class InstallmentStatus(StrEnum):
    upcoming = "upcoming"  # due later; nothing paid towards it yet
    due = "due"  # its due date has come (or it is within grace); nothing paid; not overdue
    partly_paid = "partly_paid"  # something paid, not all, and not overdue
    paid = "paid"
    overdue = "overdue"  # past the due date and grace days, less than the minimum paid


@dataclass(frozen=True, slots=True)
class InstallmentState:
    installment: Installment
    paid: Decimal
    outstanding: Decimal
    status: InstallmentStatus
    days_overdue: int  # days since the due date while it is overdue now; 0 otherwise
    settled_on: date | None  # the payment date that completed it; None while unpaid or if nothing was owed
    # 罚息 and 复利 that late payments paid on this instalment before reaching it (``paid`` leaves it out).
    penalty_paid: Decimal = ZERO
    # 罚息 and 复利 owed on it on as_of while it is overdue: a payment today pays this before ``outstanding``.
    penalty_owed: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class PenaltyTaken:
    """A payment made past an instalment's due date and grace, and what of it went to penalty interest
    first (Civil Code art. 561; docs/money.md): the rest went to the instalments, oldest first."""

    paid_on: date
    amount: Decimal  # the whole payment
    penalty: Decimal  # to 罚息 and 复利 together
    compound: Decimal  # the 复利 part of ``penalty``


@dataclass(frozen=True, slots=True)
class LoanPosition:
    loan_id: str
    as_of: date
    states: tuple[InstallmentState, ...]
    # Days count from the first unpaid due date (day 0); 0 while it is within grace.
    days_past_due: int
    first_unpaid_due_date: date | None
    overdue_amount: Decimal  # what must still be paid to be overdue no more (a card's unpaid minimum)
    overdue_installments: int
    # Mortgage contracts let the bank call in the loan after three missed instalments in a row or six
    # in total: the run ending at the latest instalment past grace, and every one ever overdue.
    consecutive_overdue: int
    cumulative_overdue: int
    # Every scheduled amount not yet paid, future interest included: NOT what the borrower owes today
    # (see ``outstanding``); kept for the schedule's own totals.
    outstanding_total: Decimal
    outstanding_principal: Decimal  # remaining principal; payments cover an instalment's interest first
    next_due: InstallmentState | None  # the first unpaid instalment due on or after as_of
    credit: Decimal  # paid beyond the whole schedule
    paid_total: Decimal  # recorded payments (prepayment fees included) plus the instalments marked paid
    # --- honest money (issue 13; docs/money.md) ---
    interest_due: Decimal  # unpaid interest of instalments already due (on or before as_of)
    interest_accrued: Decimal  # interest of the running period up to as_of, by actual days, not yet due
    future_interest: Decimal  # scheduled interest not yet accrued: shown apart, never as owed
    outstanding: Decimal  # what is owed today: remaining principal + interest_due + interest_accrued
    penalty_interest: Decimal  # 罚息 on overdue principal plus 复利 on overdue interest, to as_of
    compound_interest: Decimal  # the 复利 part of penalty_interest
    fees: Decimal  # late fees (违约金) on the instalments overdue now
    amount_to_become_current: Decimal  # overdue_amount + penalty_interest + fees
    payoff_amount: Decimal  # outstanding + penalty_interest + fees: settling the whole loan today
    penalty_rate: Decimal  # the yearly penalty rate used, percent (the loan's, or its default)
    paid_installments: int  # instalments counted paid without payment records (Loan.paid_installments)
    accrual_since: date | None  # start of the running period interest_accrued counts from; None if none
    # A credit card's statements, interest and fees behind the figures above (None for other loans).
    card: CardPosition | None = None
    # Payments that paid penalty interest before the instalment they reached, in date order.
    penalty_taken: tuple[PenaltyTaken, ...] = ()


def default_penalty_rate(loan: Loan, on: date | None = None) -> Decimal:
    """The penalty rate (罚息利率) when the contract's is not entered: the contract rate plus 50 %.

    PBOC 银发〔2003〕251号 (关于人民币贷款利率有关问题的通知): overdue principal bears the contract rate plus
    30 %-50 %, and interest not paid on time bears compound interest at that rate; banks' contracts
    commonly take the upper end (see /work/shared/domain/collection-facts.md). A 等本等息 loan has no
    annual rate: its monthly fee rate x 12 stands for it.
    """
    if loan.annual_rate is None and loan.monthly_fee_rate is not None:
        base = loan.monthly_fee_rate * MONTHS_PER_YEAR
    else:
        base = rate_on(loan, on) if on is not None else (loan.annual_rate or ZERO)
    return (base * PENALTY_MARKUP).quantize(Decimal("0.000001"))


PENALTY_MARKUP = Decimal("1.5")


def penalty_rate_of(loan: Loan, on: date | None = None) -> Decimal:
    return loan.penalty_rate if loan.penalty_rate is not None else default_penalty_rate(loan, on)


def _penalty_on(
    row: Installment, paid_by_due: Decimal, later: list[tuple[date, Decimal]], as_of: date, daily: Decimal, compound: bool
) -> tuple[Decimal, Decimal]:
    """(罚息, 复利) on one overdue instalment from its due date to as_of, at ``daily`` a day; payments made
    after the due date reduce the overdue amounts from their day on (interest is covered first)."""
    penalty = compounded = ZERO
    paid = paid_by_due
    since = row.due_date
    for day, taken in [*later, (as_of, ZERO)]:
        days = (day - since).days
        if days > 0:
            unpaid_interest = max(row.interest - paid, ZERO)
            unpaid_principal = row.amount - paid - unpaid_interest
            penalty += unpaid_principal * daily * days
            if compound:
                compounded += unpaid_interest * daily * days
            since = day
        paid += taken
    return penalty, compounded


class _PenaltyLedger:
    """Penalty interest per instalment as payments arrive (Civil Code art. 561): a payment made past an
    instalment's due date and grace first pays the 罚息 and 复利 accrued on it to the payment day, then
    the instalment (its interest, then its principal). Penalty accrues by actual days from the due date
    on what is unpaid of the instalment. Each payment day charges what accrued since the previous one,
    rounded to the cent; what was paid is not charged again, what was not stays owed."""

    def __init__(self, loan: Loan, schedule: list[Installment], paid: list[Decimal]) -> None:
        self._loan = loan
        self._schedule = schedule
        self._paid = paid  # position()'s list: what reached each instalment itself
        self._takes: dict[int, list[tuple[date, Decimal]]] = {}  # payments reaching it after its due date
        # index -> (罚息, 复利) accrued, unrounded, up to the last payment day that charged it ...
        self._accrued_then: dict[int, tuple[Decimal, Decimal]] = {}
        # ... and what those days charged in all, in cents, and what was paid of it.
        self._charged: dict[int, tuple[Decimal, Decimal]] = {}
        self._paid_penalty: dict[int, tuple[Decimal, Decimal]] = {}

    def took(self, index: int, day: date, amount: Decimal) -> None:
        """``amount`` of a payment on ``day`` reached instalment ``index`` itself."""
        if day > self._schedule[index].due_date:
            self._takes.setdefault(index, []).append((day, amount))

    def owed(self, index: int, day: date, *, charge: bool = False) -> tuple[Decimal, Decimal]:
        """(罚息, 复利) on instalment ``index`` up to ``day`` not yet paid, in cents; ``charge`` books what
        accrued up to ``day`` (a payment day), so later days charge only what accrues after it."""
        row = self._schedule[index]
        daily = penalty_rate_of(self._loan, row.due_date) / HUNDRED / DAYS_PER_YEAR
        takes = self._takes.get(index, [])
        paid_by_due = self._paid[index] - sum((taken for _, taken in takes), ZERO)
        penalty, compounded = _penalty_on(row, paid_by_due, takes, day, daily, self._loan.compound_interest)
        penalty_then, compounded_then = self._accrued_then.get(index, (ZERO, ZERO))
        charged_penalty, charged_compound = self._charged.get(index, (ZERO, ZERO))
        charged_penalty += _cents(penalty - penalty_then)
        charged_compound += _cents(compounded - compounded_then)
        if charge:
            self._accrued_then[index] = (penalty, compounded)
            self._charged[index] = (charged_penalty, charged_compound)
        paid_penalty, paid_compound = self._paid_penalty.get(index, (ZERO, ZERO))
        return charged_penalty - paid_penalty, charged_compound - paid_compound

    def pay(self, index: int, penalty: Decimal, compounded: Decimal) -> None:
        paid_penalty, paid_compound = self._paid_penalty.get(index, (ZERO, ZERO))
        self._paid_penalty[index] = (paid_penalty + penalty, paid_compound + compounded)

    def paid_on(self, index: int) -> Decimal:
        """罚息 and 复利 paid on instalment ``index`` so far."""
        return sum(self._paid_penalty.get(index, (ZERO, ZERO)), ZERO)


def _owed_parts(outstanding: Decimal, principal: Decimal) -> tuple[Decimal, Decimal]:
    """What is still owed on an instalment, as (principal, interest): what was paid towards it covered
    the interest first, so the principal part is at most the instalment's principal."""
    if outstanding > principal:
        return principal, outstanding - principal
    return outstanding, ZERO


def position(loan: Loan, payments: Sequence[Payment], as_of: date) -> LoanPosition:
    """Where the loan stands on ``as_of``: the loan's own payments made by then (others are ignored)
    applied in date order to the oldest instalment still unpaid, early and partial payments included;
    whatever exceeds the whole schedule is credit. A payment made past an instalment's due date and
    grace pays the penalty interest accrued on it to that day first (_PenaltyLedger), so paying only
    the instalment's amount late leaves part of it unpaid, as the lender's system does.

    The first Loan.paid_installments instalments count as paid on their due dates (or on the day
    Loan.installment_paid_on gives) without payment records. Prepayments re-work the schedule
    (build_schedule) instead of paying instalments. Penalty interest accrues on instalments overdue now.
    A credit card's statements roll forward month by month instead (see _card_loan_position).
    """
    if loan.method is RepaymentMethod.credit_card:
        return _card_loan_position(loan, payments, as_of)
    counted = sorted(
        (payment for payment in payments if payment.loan_id == loan.id and payment.paid_on <= as_of),
        key=attrgetter("paid_on"),
    )
    worked = _schedule(loan, counted)
    schedule = worked.rows
    count = len(schedule)
    is_card = loan.method is RepaymentMethod.credit_card
    tolerance = CARD_SHORTFALL_TOLERANCE if is_card else ZERO
    # How much of each instalment must be paid for it not to count as overdue.
    thresholds = [row.minimum - tolerance for row in schedule]
    paid = [ZERO] * count
    settled_on: list[date | None] = [None] * count
    threshold_met_on: list[date | None] = [None] * count
    ledger = _PenaltyLedger(loan, schedule, paid)
    penalty_taken: list[PenaltyTaken] = []
    grace_days = loan.grace_days
    declared = min(loan.paid_installments, count)
    paid_total = ZERO
    paid_on_day = loan.installment_paid_on
    for index in range(declared):
        row = schedule[index]
        day = paid_on_day.get(row.number, row.due_date)
        paid[index] = row.amount
        paid_total += row.amount
        settled_on[index] = threshold_met_on[index] = day if row.amount > 0 else None
    owing = [index for index, row in enumerate(schedule) if row.amount > 0 and index >= declared]
    cursor = 0
    credit = worked.excess
    for payment in counted:
        taken_by_schedule = worked.applied.get(payment.id)
        if taken_by_schedule is not None:
            paid_total += payment.amount + payment.prepayment_fee
            continue
        left = payment.amount
        paid_total += left + payment.prepayment_fee
        day = payment.paid_on
        to_penalty = to_compound = ZERO
        while left and cursor < len(owing):
            index = owing[cursor]
            row = schedule[index]
            if (day - row.due_date).days > grace_days:
                # Past grace: the penalty accrued to this day first, then the instalment itself.
                penalty_owed, compound_owed = ledger.owed(index, day, charge=True)
                penalty_part = min(penalty_owed, left)
                left -= penalty_part
                compound_part = min(compound_owed, left)
                left -= compound_part
                ledger.pay(index, penalty_part, compound_part)
                to_penalty += penalty_part
                to_compound += compound_part
                if not left:
                    break
            owed = row.amount - paid[index]
            taken = owed if owed < left else left
            paid[index] += taken
            left -= taken
            ledger.took(index, day, taken)
            if threshold_met_on[index] is None and paid[index] >= thresholds[index]:
                threshold_met_on[index] = day
            if paid[index] == row.amount:
                settled_on[index] = day
                cursor += 1
        if to_penalty or to_compound:
            penalty_taken.append(PenaltyTaken(day, payment.amount, to_penalty + to_compound, to_compound))
        credit += left

    states = []
    overdue_amount = outstanding_total = outstanding_principal = ZERO
    interest_due = interest_accrued = future_interest = penalty = compounded = ZERO
    overdue_installments = cumulative_overdue = days_past_due = 0
    last_past_grace = -1
    first_unpaid_due_date = next_due = None
    # Instalments due by as_of: paid, due, within grace or overdue.
    index = 0
    for index, row in enumerate(schedule):  # on break, index is the first instalment due after as_of
        due = row.due_date
        if due > as_of:
            break
        paid_here = paid[index]
        outstanding = row.amount - paid_here
        threshold = thresholds[index]
        late_by = (as_of - due).days
        past_grace = late_by > grace_days
        if past_grace:
            last_past_grace = index
        days_overdue = 0
        on_principal = on_interest = ZERO
        if not outstanding:
            status = InstallmentStatus.paid
        elif past_grace and paid_here < threshold:
            status = InstallmentStatus.overdue
            days_overdue = late_by
            on_principal, on_interest = ledger.owed(index, as_of)
        else:
            status = InstallmentStatus.partly_paid if paid_here else InstallmentStatus.due
        state = InstallmentState(
            row, paid_here, outstanding, status, days_overdue, settled_on[index], ledger.paid_on(index),
            on_principal + on_interest,
        )
        states.append(state)
        if outstanding:
            outstanding_total += outstanding
            owed_principal, owed_interest = _owed_parts(outstanding, row.principal)
            outstanding_principal += owed_principal
            interest_due += owed_interest
            if first_unpaid_due_date is None:
                first_unpaid_due_date = due
            if next_due is None and due == as_of:
                next_due = state
        if status is InstallmentStatus.overdue:
            overdue_installments += 1
            overdue_amount += row.minimum - paid_here
            days_past_due = max(days_past_due, days_overdue)
            cumulative_overdue += 1
            penalty += on_principal
            compounded += on_interest
        elif threshold > 0 and (met_on := threshold_met_on[index]) is not None and (met_on - due).days > grace_days:
            cumulative_overdue += 1  # paid enough, but only after it had become overdue
    else:
        index = count  # every instalment is due by as_of
    # Instalments due after as_of: upcoming or partly paid ahead; the first one's interest is accruing.
    running = True
    accrual_since = None
    upcoming = InstallmentStatus.upcoming
    for later in range(index, count):
        row = schedule[later]
        paid_here = paid[later]
        if not paid_here and not running and next_due is not None and row.amount:
            # The common case, most of a long loan: nothing paid ahead, past the running period, the
            # next instalment already found. What is owed is the whole instalment.
            states.append(InstallmentState(row, paid_here, row.amount, upcoming, 0, None))
            outstanding_total += row.amount
            outstanding_principal += row.principal
            future_interest += row.amount - row.principal
            continue
        outstanding = row.amount - paid_here
        status = InstallmentStatus.partly_paid if paid_here else upcoming
        if not outstanding:
            status = InstallmentStatus.paid
        state = InstallmentState(row, paid_here, outstanding, status, 0, settled_on[later])
        states.append(state)
        if running:
            # The running period: its interest accrues day by day (actual days elapsed over the period's
            # days); what was paid towards it covers the interest first.
            running = False
            period_start = schedule[later - 1].due_date if later else loan.start_date
            unpaid_interest = max(row.interest - paid_here, ZERO)
            if period_start <= as_of and not is_card and unpaid_interest:
                elapsed, length = (as_of - period_start).days, (row.due_date - period_start).days
                accrued = _cents(row.interest * elapsed / length) if length > 0 else ZERO
                interest_accrued = min(max(accrued - paid_here, ZERO), unpaid_interest)
                accrual_since = period_start
        if outstanding:
            outstanding_total += outstanding
            owed_principal, owed_interest = _owed_parts(outstanding, row.principal)
            outstanding_principal += owed_principal
            future_interest += owed_interest
            if first_unpaid_due_date is None:
                first_unpaid_due_date = row.due_date
            if next_due is None:
                next_due = state
    future_interest -= interest_accrued

    consecutive_overdue = 0
    for position_index in range(last_past_grace, -1, -1):
        if states[position_index].status is not InstallmentStatus.overdue:
            break
        consecutive_overdue += 1

    penalty_interest = penalty + compounded  # each instalment's already in cents (_PenaltyLedger)
    fees = ZERO if is_card else loan.late_fee_per_installment * overdue_installments
    outstanding_now = outstanding_principal + interest_due + interest_accrued
    return LoanPosition(
        loan_id=loan.id,
        as_of=as_of,
        states=tuple(states),
        days_past_due=days_past_due,
        first_unpaid_due_date=first_unpaid_due_date,
        overdue_amount=overdue_amount,
        overdue_installments=overdue_installments,
        consecutive_overdue=consecutive_overdue,
        cumulative_overdue=cumulative_overdue,
        outstanding_total=outstanding_total,
        outstanding_principal=outstanding_principal,
        next_due=next_due,
        credit=credit,
        paid_total=paid_total,
        interest_due=interest_due,
        interest_accrued=interest_accrued,
        future_interest=future_interest,
        outstanding=outstanding_now,
        penalty_interest=penalty_interest,
        compound_interest=compounded,
        fees=fees,
        amount_to_become_current=overdue_amount + penalty_interest + fees,
        payoff_amount=outstanding_now + penalty_interest + fees,
        penalty_rate=penalty_rate_of(loan, as_of),
        paid_installments=declared,
        accrual_since=accrual_since,
        penalty_taken=tuple(penalty_taken),
    )


# -------------------------------------------------------------------------------- credit cards


def _statement_row(statement: CardStatement) -> Installment:
    """A card statement as a schedule row: what it asks for (its balance) and its minimum."""
    charges = statement.interest + statement.late_fee
    return Installment(
        statement.number, statement.due_date, statement.balance - charges, charges,
        statement.balance, statement.minimum, ZERO,
    )


def _card_loan_position(loan: Loan, payments: Sequence[Payment], as_of: date) -> LoanPosition:
    """A card's statements as instalment states. Once a newer statement is printed, an older one's
    unpaid balance lives on in the newer one: what is left of the older is only its unpaid minimum
    (the newer minimum includes it), so nothing is counted twice and the oldest shortfall is paid first."""
    card = card_position(loan, payments, as_of)
    grace = timedelta(days=loan.grace_days)
    states = []
    latest = len(card.statements) - 1
    cumulative = 0
    for index, statement in enumerate(card.statements):
        row = _statement_row(statement)
        paid_here = min(statement.paid, statement.balance)
        owed = statement.balance_left if index == latest else statement.minimum_left
        if statement.missed_minimum:
            cumulative += 1
        days_overdue = 0
        if statement.number in card.overdue_statements:
            status = InstallmentStatus.overdue
            days_overdue = (as_of - statement.due_date).days
        elif not owed:  # paid in full, or (an older statement) its minimum met and the rest carried on
            status = InstallmentStatus.paid
        elif statement.due_date > as_of:
            status = InstallmentStatus.partly_paid if paid_here else InstallmentStatus.upcoming
        else:
            status = InstallmentStatus.partly_paid if paid_here else InstallmentStatus.due
        settled = statement.paid_in_full_on
        if index != latest:  # an older statement is settled once its minimum is met
            settled = settled or statement.minimum_met_on
        states.append(InstallmentState(row, paid_here, owed, status, days_overdue, settled if not owed else None))
    consecutive = 0
    for state in reversed([s for s, st in zip(states, card.statements) if as_of > st.due_date + grace]):
        if state.status is not InstallmentStatus.overdue:
            break
        consecutive += 1
    unpaid = [state for state in states if state.outstanding]
    next_due = next((state for state in unpaid if state.installment.due_date >= as_of), None)
    return LoanPosition(
        loan_id=loan.id,
        as_of=as_of,
        states=tuple(states),
        days_past_due=card.days_past_due,
        first_unpaid_due_date=unpaid[0].installment.due_date if unpaid else None,
        overdue_amount=card.overdue_amount,
        overdue_installments=len(card.overdue_statements),
        consecutive_overdue=consecutive,
        cumulative_overdue=cumulative,
        outstanding_total=card.full_balance,  # no future interest: nothing is scheduled beyond today
        outstanding_principal=card.principal,
        next_due=next_due,
        credit=card.credit,
        paid_total=card.paid_total,
        interest_due=card.interest_posted,
        interest_accrued=card.interest_accrued,
        future_interest=ZERO,
        outstanding=card.full_balance,
        penalty_interest=ZERO,  # cards charge revolving interest and a late fee, not 罚息
        compound_interest=ZERO,
        fees=card.fees,
        amount_to_become_current=card.amount_to_become_current,
        payoff_amount=card.full_balance,
        penalty_rate=ZERO,
        paid_installments=0,
        accrual_since=_card_accrual_since(loan, card),
        card=card,
    )


def _card_accrual_since(loan: Loan, card: CardPosition) -> date | None:
    """Where a card's interest_accrued runs from: the day after the latest statement printed since the
    one entered, or the entered statement's posting date (the interest-free period's own interest, not
    owed unless the period is lost, is not "accrued")."""
    if not card.interest_accrued:
        return None
    if len(card.statements) > 1:
        return card.statements[-1].statement_date + timedelta(days=1)
    return loan.card_posting_date or loan.start_date
