"""A credit card's statements rolled forward month by month: revolving interest, late fees, minimums.

The user enters the statement the bank's app shows today (Loan.start_date = its statement date,
Loan.principal = its balance, the card_* fields for the rest); card_position() walks forward from it
to any day, one statement a month on the statement day, and says what is owed, what is overdue and
how each figure came about. No purchases after the entered statement are known to the app: when the
bank prints a new statement with new spending, the user enters that statement instead.

How the money moves (the terms of Chinese card contracts; the sources are named beside each rule):

- Interest-free period (免息期): a statement paid in full by its due date (plus grace days, 容时, and
  the 10-yuan shortfall tolerance, 容差) costs no interest. Otherwise revolving interest (循环利息) runs
  on the WHOLE statement balance from the posting date (记账日), day by day on what is still unpaid;
  paying only the minimum loses the interest-free period for all of it.
- Days are counted the way the banks' published example counts them: the posting day and the payment
  day both bear interest on the balance before that day's payment. 10,000 posted on 4-30, 1,000 paid on
  5-23, statement on 6-5 at 0.05 % a day: 10,000 x 0.05 % x 24 days + 9,000 x 0.05 % x 13 days = 178.50.
- Interest is posted on the next statement (rounded half-up to the cent) and from then on bears
  interest itself (monthly compounding, as card contracts provide). Late fees bear no interest.
- Late fee (违约金): when a statement's minimum is not paid by its due date plus grace, a fee of
  Loan.card_late_fee_percent (default 5 %) of the unpaid minimum, posted on the next statement.
- Each statement's minimum follows the common Chinese formula (e.g. 招商银行's published one): the
  min_payment rule on the balance without this statement's new interest and fees, plus that interest
  and those fees in full, plus the previous statement's unpaid minimum; never more than the balance.
- Payments go to the oldest statement first: a statement's minimum counts every payment made after its
  statement date, so the previous statement's shortfall (which the newer minimum includes) is met
  first. Within the balance: fees first, then interest, then purchases (the usual contract order).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from operator import attrgetter

from dateutil.relativedelta import relativedelta

from app.core.i18n import Lang, join_sentences, message
from app.core.models import Loan, Payment
from app.core.money_text import money_text

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)
DAYS_PER_YEAR = Decimal(365)

# 0.05 % a day (日息万分之五) x 365 days. From 2017 to 2020 the central bank capped card overdraft
# interest at 0.05 % a day (floor 0.035 %); since 2021-01-01 both limits are gone and the rate is the
# card contract's, though most banks still charge 0.05 % a day (../shared/domain/collection-facts.md,
# "Verified additions", Cards). The app's default is therefore that rate, and the user can change it.
DEFAULT_CARD_ANNUAL_RATE = Decimal("18.25")
# "Courts support financial lenders' total charges up to about 24% a year" (collection-facts.md,
# "Penalty interest on overdue bank loans"): a long-unpaid card's contract charges (the late fee is 5 %
# of a minimum that grows to the whole balance) run far past it, and the how-text says so.
COURT_SUPPORTED_YEARLY = Decimal("0.24")
# 违约金: "commonly 5 % of the unpaid minimum" (collection-facts.md, same entry): a typical contract term.
DEFAULT_LATE_FEE_PERCENT = Decimal("5")
# A guard, not a policy: left unpaid for decades at a high rate and fee, a card's contract arithmetic
# grows past any number with meaning (and past what Decimal can round). Amounts in the app stay below a
# trillion (models.Money), so once everything owed reaches that, no more interest or fees are added.
CHARGES_CEILING = Decimal("1e12")
# The 2013 banking-association pact's shortfall tolerance (容差); schedule.CARD_SHORTFALL_TOLERANCE too.
SHORTFALL_TOLERANCE = Decimal("10.00")


def daily_to_annual_rate(daily_percent: Decimal) -> Decimal:
    """A daily rate as Chinese cards quote it (0.05 = 日息万分之五) as the annual rate the Loan keeps:
    x 365 (0.05 -> 18.25), to the six places Loan.annual_rate holds."""
    return _plain((daily_percent * DAYS_PER_YEAR).quantize(Decimal("0.000001"), ROUND_HALF_UP))


def annual_to_daily_rate(annual_percent: Decimal) -> Decimal:
    """The annual percentage as a daily one (18.25 -> 0.05), to the six places an editor shows."""
    return _plain((annual_percent / DAYS_PER_YEAR).quantize(Decimal("0.000001"), ROUND_HALF_UP))


def _plain(value: Decimal) -> Decimal:
    """Trailing zeros dropped without an exponent: 36.500000 -> 36.5, 10.000000 -> 10 (not 1E+1)."""
    return Decimal(f"{value.normalize():f}")


def _cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


def _percent_text(value: Decimal) -> str:
    """A rate as people write it: 10, 18.25, 0.05 (never 1E+1)."""
    return f"{value.normalize():f}"


def card_minimum_payment(balance: Decimal, percent: Decimal, floor: Decimal) -> Decimal:
    """A statement's minimum payment: the larger of percent of the balance and the floor, at most the
    balance itself."""
    return min(max(_cents(balance * percent / HUNDRED), floor), balance)


@dataclass(frozen=True, slots=True)
class CardStatement:
    """One statement, as printed on its statement date, and what has been paid towards it since."""

    number: int  # 1 = the statement the user entered
    statement_date: date
    due_date: date
    carried: Decimal  # what was still owed just before it (the entered balance for number 1)
    interest: Decimal  # revolving interest posted on it
    late_fee: Decimal  # late fees posted on it
    balance: Decimal  # carried + interest + late fee: the statement balance (本期应还)
    minimum: Decimal  # 最低还款额
    paid: Decimal  # paid after its statement date, up to the day looked at
    minimum_met_on: date | None  # the day payments after its statement date reached the minimum
    paid_in_full_on: date | None  # the day they reached the whole balance
    # Decided at the end of its due date plus grace days: None before then.
    interest_free: bool | None  # True: paid in full in time, no interest; False: revolving interest
    missed_minimum: bool | None  # True: minimum unpaid then, a late fee was charged

    @property
    def minimum_left(self) -> Decimal:
        return max(self.minimum - self.paid, ZERO)

    @property
    def balance_left(self) -> Decimal:
        return max(self.balance - self.paid, ZERO)


@dataclass(frozen=True, slots=True)
class CardPosition:
    """Where a card stands at the end of ``as_of`` (payments made that day counted)."""

    as_of: date
    statements: tuple[CardStatement, ...]  # every statement up to as_of, oldest first
    next_statement_date: date | None  # when the next one is printed; None once nothing is owed
    # What is owed today, by kind. principal + interest_posted + fees + interest_accrued = full_balance.
    principal: Decimal  # purchases still unpaid
    interest_posted: Decimal  # interest printed on statements and still unpaid (it bears interest too)
    interest_accrued: Decimal  # revolving interest since the last statement, printed on the next one
    # Interest running during an interest-free period still open: charged only if the statement is not
    # paid in full by its due date (plus grace). Not owed today, so outside full_balance.
    interest_at_risk: Decimal
    fees: Decimal  # late fees unpaid, printed or not
    fees_unposted: Decimal  # of which charged since the last statement (printed on the next one)
    full_balance: Decimal  # everything owed today: paying it clears the card
    # Overdue: the statements past their due date plus grace whose minimum is unpaid.
    overdue_statements: tuple[int, ...]  # their numbers
    days_past_due: int  # since the due date of the oldest of them (0 when none)
    overdue_amount: Decimal  # the newest one's unpaid minimum (which includes the older shortfalls)
    # overdue_amount + the late fees charged since the latest overdue statement was printed (on no
    # statement yet, or on a newer one not yet due), which no overdue minimum includes.
    amount_to_become_current: Decimal
    fees_since_overdue: Decimal  # those late fees
    interest_charged: Decimal  # all revolving interest so far (posted and accrued)
    fees_charged: Decimal  # all late fees so far
    # Interest and fees courts commonly support on the entered balance: 24 % a year from the posting
    # date (COURT_SUPPORTED_YEARLY). Contract charges above it are open to challenge in court.
    court_supported_charges: Decimal
    paid_total: Decimal  # payments counted (on or after the entered statement date)
    credit: Decimal  # paid beyond everything owed


# ------------------------------------------------------------------------------------ the walk


def statement_date_after(first: date, months: int, statement_day: int) -> date:
    """The ``months``-th statement date after the statement of ``first``: statement_day of each month,
    clamped to the month's end (a statement day of 31 falls on Feb 28, or 29 in a leap year). When
    ``first`` is not itself on the statement day (the bank moved it), the next one may be in its month."""
    same_month = first + relativedelta(day=statement_day)
    skip = 0 if same_month > first else 1
    return first + relativedelta(months=months - 1 + skip, day=statement_day)


def statement_due_date(statement_date: date, due_day: int) -> date:
    """A card statement is due on the first due_day strictly after the statement date (clamped to the
    month's end like the statement day)."""
    candidate = statement_date + relativedelta(day=due_day)
    return candidate if candidate > statement_date else statement_date + relativedelta(months=1, day=due_day)


@dataclass(slots=True)
class _Open:
    """A statement while the walk goes on: CardStatement's facts, with what the walk still updates."""

    number: int
    statement_date: date
    due_date: date
    carried: Decimal
    interest: Decimal
    late_fee: Decimal
    balance: Decimal
    minimum: Decimal
    paid_before: Decimal  # all payments counted when it was printed: those after count towards it
    minimum_met_on: date | None
    paid_in_full_on: date | None
    interest_free: bool | None = None
    missed_minimum: bool | None = None
    checked: bool = False


class _Walk:
    """The day-by-day state of a card between events (statements, payments, due-date checks)."""

    def __init__(self, loan: Loan) -> None:
        self.loan = loan
        self.daily = (loan.annual_rate or ZERO) / HUNDRED / DAYS_PER_YEAR
        self.grace = timedelta(days=loan.grace_days)
        self.fee_rate = loan.card_late_fee_percent / HUNDRED
        self.principal = loan.principal
        self.interest_posted = ZERO
        self.fees = ZERO
        self.fees_unposted = ZERO
        self.accrued = Decimal(0)  # unrounded until posted
        self.at_risk = Decimal(0)
        self.revolving = False
        self.charged_from = loan.card_posting_date or loan.start_date  # first day not yet charged
        self.paid_cumulative = ZERO
        self.credit = ZERO
        self.accrued_paid = ZERO  # interest paid before it was printed on a statement
        self.fees_charged = ZERO
        self.rows: list[_Open] = []  # the statements printed so far, oldest first
        self.first_unchecked = 0  # rows before it are past their due date plus grace

    # -- money owed
    def owed(self) -> Decimal:
        return self.principal + self.interest_posted + self.fees + self.fees_unposted + _cents(self.accrued)

    def charge_through(self, day: date) -> None:
        """Interest for each day from charged_from through ``day`` on the balance before that day's
        payments (the banks' count: the posting day and the payment day both bear interest)."""
        days = (day - self.charged_from).days + 1
        if days <= 0:
            return
        bearing = self.principal + self.interest_posted
        if bearing and self.daily and self.owed() + self.at_risk < CHARGES_CEILING:
            amount = bearing * self.daily * days
            if self.revolving:
                self.accrued += amount
            else:
                self.at_risk += amount
        self.charged_from = day + timedelta(days=1)

    def open_statement(self, number: int, on: date, interest: Decimal, fee: Decimal, minimum: Decimal | None,
                       carried: Decimal) -> None:
        balance = self.principal + self.interest_posted + self.fees
        if minimum is None:
            previous_left = ZERO
            if self.rows:
                last = self.rows[-1]
                previous_left = max(last.minimum - (self.paid_cumulative - last.paid_before), ZERO)
            base = balance - interest - fee
            minimum = min(
                balance,
                previous_left
                + interest
                + fee
                + card_minimum_payment(base, self.loan.min_payment_percent, self.loan.min_payment_floor),
            )
        self.rows.append(
            _Open(
                number=number,
                statement_date=on,
                due_date=statement_due_date(on, self.loan.due_day),
                carried=carried,
                interest=interest,
                late_fee=fee,
                balance=balance,
                minimum=minimum,
                paid_before=self.paid_cumulative,
                minimum_met_on=None if minimum > 0 else on,
                paid_in_full_on=None if balance > 0 else on,
            )
        )

    def post_statement(self, on: date) -> None:
        carried = self.principal + self.interest_posted + self.fees
        interest = _cents(self.accrued)
        self.accrued = Decimal(0)
        self.interest_posted += interest
        fee = self.fees_unposted
        self.fees_unposted = ZERO
        self.fees += fee
        self.open_statement(len(self.rows) + 1, on, interest, fee, None, carried)

    def pay(self, on: date, amount: Decimal) -> None:
        self.paid_cumulative += amount
        left = amount
        for bucket in ("fees", "interest_posted", "principal", "fees_unposted"):
            held = getattr(self, bucket)
            taken = min(held, left)
            setattr(self, bucket, held - taken)
            left -= taken
        if left and self.accrued:
            taken = min(_cents(self.accrued), left)
            self.accrued -= taken
            self.accrued_paid += taken
            left -= taken
        self.credit += left
        for row in self.rows:
            paid = self.paid_cumulative - row.paid_before
            if row.minimum_met_on is None and paid >= row.minimum:
                row.minimum_met_on = on
            if row.paid_in_full_on is None and paid >= row.balance:
                row.paid_in_full_on = on

    def check_due(self, row: _Open) -> None:
        """The end of a statement's due date plus grace: late fee, and whether interest is forgiven."""
        row.checked = True
        paid = self.paid_cumulative - row.paid_before
        unpaid_minimum = row.minimum - paid
        row.missed_minimum = unpaid_minimum > SHORTFALL_TOLERANCE
        if row.missed_minimum and self.owed() < CHARGES_CEILING:
            fee = _cents(unpaid_minimum * self.fee_rate)
            self.fees_unposted += fee
            self.fees_charged += fee
        if self.revolving:
            row.interest_free = False
        elif row.balance - paid > SHORTFALL_TOLERANCE:
            row.interest_free = False
            self.revolving = True
            self.accrued += self.at_risk
            self.at_risk = Decimal(0)
        else:
            row.interest_free = True
            self.at_risk = Decimal(0)

    def check_date(self, row: _Open) -> date:
        return row.due_date + self.grace


def card_position(loan: Loan, payments: Sequence[Payment], as_of: date) -> CardPosition:
    """The card on ``as_of``: its statements rolled forward from the one entered, the loan's payments
    dated from that statement's date through ``as_of`` applied (earlier ones are already in the balance
    the bank printed), assuming no new purchases.

    "If I pay X on day D" is card_position with that payment added and ``as_of`` = D.
    """
    walk = _Walk(loan)
    walk.open_statement(1, loan.start_date, ZERO, ZERO, _entered_minimum(loan), ZERO)
    counted = sorted(
        (p for p in payments if p.loan_id == loan.id and loan.start_date <= p.paid_on <= as_of),
        key=attrgetter("paid_on"),
    )
    if loan.card_statement_paid:
        walk.charge_through(loan.start_date)
        walk.pay(loan.start_date, loan.card_statement_paid)
    statement_day = loan.statement_day or loan.start_date.day
    months_ahead = 1
    next_statement = statement_date_after(loan.start_date, months_ahead, statement_day)
    index = 0
    while True:
        # Due dates follow statement dates, so the oldest unchecked statement is checked first.
        unchecked = next((row for row in walk.rows[walk.first_unchecked:] if not row.checked), None)
        candidates = [walk.check_date(unchecked)] if unchecked and walk.check_date(unchecked) <= as_of else []
        if index < len(counted):
            candidates.append(counted[index].paid_on)
        if next_statement <= as_of and walk.owed() + _cents(walk.at_risk) > 0:
            candidates.append(next_statement)
        if not candidates:
            break
        day = min(candidates)
        walk.charge_through(day)
        if day == next_statement:
            walk.post_statement(day)
            months_ahead += 1
            next_statement = statement_date_after(loan.start_date, months_ahead, statement_day)
        while index < len(counted) and counted[index].paid_on == day:
            walk.pay(day, counted[index].amount)
            index += 1
        for row in walk.rows[walk.first_unchecked:]:
            if not row.checked and walk.check_date(row) == day:
                walk.check_due(row)
        while walk.first_unchecked < len(walk.rows) and walk.rows[walk.first_unchecked].checked:
            walk.first_unchecked += 1
    walk.charge_through(as_of)
    return _freeze(walk, as_of, next_statement, sum((p.amount for p in counted), loan.card_statement_paid))


def _entered_minimum(loan: Loan) -> Decimal:
    if loan.card_statement_minimum is not None:
        return loan.card_statement_minimum
    return card_minimum_payment(loan.principal, loan.min_payment_percent, loan.min_payment_floor)


def _fees_since(latest_overdue: CardStatement, statements: list[CardStatement], walk: _Walk) -> Decimal:
    later = sum((s.late_fee for s in statements if s.number > latest_overdue.number), ZERO)
    return walk.fees_unposted + later


def _freeze(walk: _Walk, as_of: date, next_statement: date, paid_total: Decimal) -> CardPosition:
    statements = [
        CardStatement(
            number=row.number,
            statement_date=row.statement_date,
            due_date=row.due_date,
            carried=row.carried,
            interest=row.interest,
            late_fee=row.late_fee,
            balance=row.balance,
            minimum=row.minimum,
            paid=walk.paid_cumulative - row.paid_before,
            minimum_met_on=row.minimum_met_on,
            paid_in_full_on=row.paid_in_full_on,
            interest_free=row.interest_free,
            missed_minimum=row.missed_minimum,
        )
        for row in walk.rows
    ]
    overdue = [
        s for s in statements
        if as_of > s.due_date + walk.grace and s.minimum - s.paid > SHORTFALL_TOLERANCE
    ]
    overdue_amount = max((s.minimum_left for s in overdue), default=ZERO)
    accrued = _cents(walk.accrued)
    full_balance = walk.principal + walk.interest_posted + walk.fees + walk.fees_unposted + accrued
    owes = full_balance + _cents(walk.at_risk) > 0
    return CardPosition(
        as_of=as_of,
        statements=tuple(statements),
        next_statement_date=next_statement if owes else None,
        principal=walk.principal,
        interest_posted=walk.interest_posted,
        interest_accrued=accrued,
        interest_at_risk=_cents(walk.at_risk),
        fees=walk.fees + walk.fees_unposted,
        fees_unposted=walk.fees_unposted,
        full_balance=full_balance,
        overdue_statements=tuple(s.number for s in overdue),
        days_past_due=(as_of - overdue[0].due_date).days if overdue else 0,
        overdue_amount=overdue_amount,
        amount_to_become_current=overdue_amount + _fees_since(overdue[-1], statements, walk) if overdue else ZERO,
        fees_since_overdue=_fees_since(overdue[-1], statements, walk) if overdue else ZERO,
        interest_charged=sum((s.interest for s in statements), ZERO) + accrued + walk.accrued_paid,
        fees_charged=walk.fees_charged,
        court_supported_charges=_cents(
            walk.loan.principal * COURT_SUPPORTED_YEARLY
            * max((as_of - (walk.loan.card_posting_date or walk.loan.start_date)).days + 1, 0) / DAYS_PER_YEAR
        ),
        paid_total=paid_total,
        credit=walk.credit,
    )


# ----------------------------------------------------------------------------- how it was computed


def card_explanations(loan: Loan, card: CardPosition, lang: Lang, display: str = "symbol") -> dict[str, str]:
    """A short "how it was computed" sentence for each figure, keyed by the LoanPosition field it
    explains (money_how.EXPLAINED, as for any loan) plus "minimum" and "payoff_amount"."""

    def amount(value: Decimal) -> str:
        return money_text(value, loan.currency, display)

    rate = loan.annual_rate or ZERO
    full = message(
        "card.how.full_balance", lang, total=amount(card.full_balance), principal=amount(card.principal),
        interest=amount(card.interest_posted + card.interest_accrued), fees=amount(card.fees),
    )
    lines = {
        "outstanding_principal": message("card.how.principal", lang, amount=amount(card.principal)),
        "interest_accrued": message(
            "card.how.interest", lang, annual=_percent_text(rate), daily=_percent_text(annual_to_daily_rate(rate)),
            posted=amount(card.interest_posted), accrued=amount(card.interest_accrued),
            at_risk=amount(card.interest_at_risk),
        ),
        "future_interest": message("card.how.future_interest", lang),
        "outstanding": full,
        "payoff_amount": full,
        "penalty_interest": message("card.how.penalty_none", lang),
        "fees": message(
            "card.how.late_fee", lang, percent=_percent_text(loan.card_late_fee_percent),
            fees=amount(card.fees), charged=amount(card.fees_charged),
        ),
    }
    charged = card.interest_charged + card.fees_charged
    if charged > card.court_supported_charges:
        lines["fees"] = join_sentences(lang, [lines["fees"], message(
            "card.how.court_line", lang, charged=amount(charged), supported=amount(card.court_supported_charges),
        )])
    if card.overdue_statements:
        lines["amount_to_become_current"] = message(
            "card.how.to_become_current", lang, total=amount(card.amount_to_become_current),
            minimums=amount(card.overdue_amount), fees=amount(card.fees_since_overdue),
            count=len(card.overdue_statements),
        )
    else:
        lines["amount_to_become_current"] = message("card.how.to_become_current_none", lang)
    if card.statements:
        latest = card.statements[-1]
        lines["minimum"] = message(
            "card.how.minimum", lang, minimum=amount(latest.minimum),
            percent=_percent_text(loan.min_payment_percent), floor=amount(loan.min_payment_floor),
            interest=amount(latest.interest), fees=amount(latest.late_fee),
        )
    return lines
