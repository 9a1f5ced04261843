"""Schedules that change after the loan was made: prepayments, rate changes, a bank's remaining balance.

Only the rate-driven methods can be re-worked (等额本息, 等额本金, 先息后本); the others have no
rate to re-amortise with (REWORKABLE_METHODS). schedule.build_schedule calls rework() when a loan
has rate changes or an opening principal, or when payments include a prepayment; a loan without any
of them keeps the plain builders' schedule.

Conventions (docs/money.md says the same for the GUI and the CLI):
- Whole months bear the monthly rate (annual / 12); broken periods bear the daily rate, annual / 360
  (PBOC 人民币利率管理规定, 1999: 日利率 = 年利率 / 360; Chinese banks count actual days). The first
  period is whole months plus the days left over (first_period_interest).
- A rate change applies from the first period that begins on or after its effective date; the
  instalment is re-worked over the periods left (banks reprice LPR loans from the next period).
- A prepayment of principal on day P within a period [previous due date, due date): the prepaid
  principal bears interest from the period's start up to P at the daily rate, charged with that
  period's instalment; the rest of the period's interest is on the reduced balance; the schedule is
  re-worked from that instalment on, which is still due on its date. 缩短期限 keeps the instalment and
  ends earlier; 减少月供 keeps the end date and lowers the instalment. A prepayment on a due date counts
  after that day's instalment.
- An opening principal (the bank's figure after the first paid_installments instalments) replaces the
  scheduled balance from that point and is re-amortised over the periods left.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from dateutil.relativedelta import relativedelta

from app.core.models import REWORKABLE, Installment, Loan, Payment, PrepaymentMode, RepaymentMethod

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
ONE = Decimal(1)
HUNDRED = Decimal(100)
MONTHS_PER_YEAR = Decimal(12)
# PBOC 人民币利率管理规定 (1999): 日利率 = 年利率 / 360, the day count Chinese banks use.
DAYS_PER_YEAR = Decimal(360)

REWORKABLE_METHODS = REWORKABLE


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


def daily_rate(annual_percent: Decimal) -> Decimal:
    """The annual percentage as a daily fraction, annual / 360."""
    return annual_percent / HUNDRED / DAYS_PER_YEAR


def rate_on(loan: Loan, day: date) -> Decimal:
    """The contract's annual rate (percent) for a period beginning on ``day``: the last rate change
    effective on or before it, else the loan's own rate."""
    rate = loan.annual_rate or ZERO
    for change in loan.rate_changes:
        if change.effective > day:
            break
        rate = change.annual_rate
    return rate


def first_period_split(start: date, first_due: date) -> tuple[int, int]:
    """(whole months, days left over) from the day the money was lent to the first due date.

    Month arithmetic clamps to month ends: lent on 31 January, due on 29 February is one whole month.
    """
    if first_due <= start:
        return 0, 0
    months = 0
    while start + relativedelta(months=months + 1) <= first_due:
        months += 1
    return months, (first_due - (start + relativedelta(months=months))).days


def first_period_interest(balance: Decimal, annual_percent: Decimal, start: date, first_due: date) -> Decimal:
    """Whole months at annual / 12 plus the days left over at annual / 360 (PBOC 1999 rules: 计息期有整
    月又有零头天数的，利息 = 本金 x 月数 x 月利率 + 本金 x 零头天数 x 日利率)."""
    months, days = first_period_split(start, first_due)
    monthly = annual_percent / HUNDRED / MONTHS_PER_YEAR
    return cents(balance * (monthly * months + daily_rate(annual_percent) * days))


def annuity_payment(balance: Decimal, monthly: Decimal, count: int, *, rounding: str = ROUND_HALF_UP) -> Decimal:
    """等额本息: the instalment that repays ``balance`` in ``count`` months at ``monthly``, rounded half
    up to the cent as banks print it (or as ``rounding`` says)."""
    if count <= 0:
        return balance
    if not monthly:
        exact = balance / count
    else:
        growth = (ONE + monthly) ** count
        exact = balance * monthly * growth / (growth - ONE)
    return exact.quantize(CENT, rounding)


def months_to_repay(balance: Decimal, monthly: Decimal, payment: Decimal) -> int | None:
    """How many instalments of ``payment`` repay ``balance`` (the last one smaller); None when the
    payment does not even cover the interest."""
    if payment <= 0:
        return None
    if not monthly:
        return math.ceil(balance / payment)
    if balance * monthly >= payment:
        return None
    rate, ratio = float(monthly), float(balance * monthly / payment)
    exact = -math.log1p(-ratio) / math.log1p(rate)
    return max(1, math.ceil(exact - 1e-9))


@dataclass(frozen=True, slots=True)
class Reworked:
    rows: list[Installment]
    # Prepayments the schedule took (each id with the principal it repaid) and what was paid beyond the
    # whole principal; prepayments on or after the last due date are left to be ordinary payments.
    applied: dict[str, Decimal]
    excess: Decimal


def rework(loan: Loan, prepayments: Sequence[Payment], due: Sequence[date]) -> Reworked:
    """The schedule of a REWORKABLE_METHODS loan with its rate changes, opening principal and the
    given prepayments (the caller passes this loan's, in date order), on the due dates ``due``."""
    method = loan.method
    count = len(due)
    last_number = count
    balance = loan.principal
    opening_after = loan.paid_installments if loan.opening_principal is not None else -1
    period_start = loan.start_date
    annual = rate_on(loan, period_start)
    # The contract's instalment (or principal share), kept until something re-works it.
    payment = annuity_payment(balance, annual / HUNDRED / MONTHS_PER_YEAR, count)
    share = cents(balance / count)
    # What re-works the instalment at the start of a period: a new rate or a bank's balance (the
    # instalment is worked out afresh over the periods left), or principal prepaid in it.
    reprice = shorten = False
    prepaid = ZERO
    rows: list[Installment] = []
    applied: dict[str, Decimal] = {}
    excess = ZERO
    waiting = list(prepayments)
    waiting.reverse()  # popped from the end, oldest first
    # A 30-year loan has 360 periods and a large book a thousand loans: the loop keeps its values in
    # locals and looks at the next rate change and the next prepayment only (benchmark: bench_schedule).
    changes = [(change.effective, change.annual_rate) for change in loan.rate_changes]
    changes.reverse()  # popped from the end, earliest first
    while changes and changes[-1][0] <= period_start:
        changes.pop()  # already in ``annual``
    opening = loan.opening_principal
    opening_number = opening_after + 1 if opening is not None else 0
    monthly = annual / HUNDRED / MONTHS_PER_YEAR
    is_annuity = method is RepaymentMethod.equal_installment
    is_principal = method is RepaymentMethod.equal_principal
    quantize = Decimal.quantize
    # The days of the next rate change and the next prepayment: one comparison each per period.
    never = date.max
    next_change = changes[-1][0] if changes else never
    next_prepayment = waiting[-1].paid_on if waiting else never
    for number in range(1, count + 1):
        due_date = due[number - 1]
        if next_change <= period_start:
            while changes and changes[-1][0] <= period_start:
                rate_here = changes.pop()[1]
                if rate_here != annual:
                    annual, reprice = rate_here, True
                    monthly = annual / HUNDRED / MONTHS_PER_YEAR
            next_change = changes[-1][0] if changes else never
        if number == opening_number:
            balance, reprice = opening, True
        extra = ZERO
        if next_prepayment < due_date:
            while next_prepayment < due_date:
                prepayment = waiting.pop()
                next_prepayment = waiting[-1].paid_on if waiting else never
                taken = min(prepayment.amount, balance)
                excess += prepayment.amount - taken
                applied[prepayment.id] = taken
                days = max((prepayment.paid_on - period_start).days, 0)
                extra += taken * daily_rate(annual) * days
                balance -= taken
                prepaid += taken
                shorten = prepayment.prepayment is PrepaymentMode.shorten_term
            if balance <= ZERO:
                if extra:  # the prepaid principal's interest up to the prepayment day is still owed
                    owed = cents(extra)
                    rows.append(Installment(number, due_date, ZERO, owed, owed, owed, ZERO))
                break
        if reprice or prepaid:
            left = last_number - number + 1
            if reprice:
                payment = annuity_payment(balance, monthly, left)
                share = cents(balance / left)
            elif shorten:
                if is_annuity:
                    kept = months_to_repay(balance, monthly, payment)
                    if kept is not None and kept <= left:
                        last_number = number - 1 + kept
                elif is_principal and share:
                    last_number = min(last_number, number - 1 + math.ceil(balance / share))
            else:
                # 减少月供: the instalment falls by what the prepaid principal alone would have cost over
                # the periods left (an annuity is linear in the balance), rounded down to the cent, so
                # rounding never leaves more to pay than before the prepayment. Within a cent of working
                # the instalment out afresh on the new balance.
                payment -= annuity_payment(prepaid, monthly, left, rounding=ROUND_FLOOR)
                share -= (prepaid / left).quantize(CENT, ROUND_FLOOR)
            reprice = shorten = False
            prepaid = ZERO
        regular = quantize(balance * monthly, CENT, ROUND_HALF_UP)
        interest = regular
        if number == 1:
            interest = first_period_interest(balance, annual, loan.start_date, due_date)
        if extra:
            interest = quantize(interest + extra, CENT, ROUND_HALF_UP)
        if is_annuity:
            principal = payment - regular
        elif is_principal:
            principal = share
        else:
            principal = ZERO
        if principal > balance or number >= last_number:
            principal = balance
        elif principal < ZERO:
            principal = ZERO
        balance -= principal
        amount = principal + interest
        rows.append(Installment(number, due_date, principal, interest, amount, amount, balance))
        period_start = due_date
        if not balance:
            break
    return Reworked(rows, applied, excess)
