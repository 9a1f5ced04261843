"""What is due, decided once (app/core/due.py) for the overview, the tray and the reminders: the cases
where the three used to disagree, month ends and leap years, totals per currency, and properties that
the three agree for random sets of loans."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.due import (
    LIST_DAYS,
    Standing,
    due_board,
    in_grace,
    list_days,
    month_totals,
    reminder_days,
)
from app.core.models import CustomInstallment, Loan, LoanKind, Payment, RepaymentMethod, Settings
from app.core.overview import loan_summaries
from app.core.reminders import current_reminders, delivery_of, reminders_due
from app.core.schedule import position

SHANGHAI = ZoneInfo("Asia/Shanghai")
NO_QUIET = {"quiet_hours_start": None, "quiet_hours_end": None}


def custom(loan_id: str, *dues: date, amount: str = "1200.00", grace: int = 0, currency: str = "CNY") -> Loan:
    rows = [CustomInstallment(due_date=day, principal=Decimal(amount)) for day in dues]
    return Loan(
        id=loan_id, lender="招商银行", name=f"loan {loan_id}", kind=LoanKind.unsecured_consumer,
        method=RepaymentMethod.custom, principal=Decimal(amount) * len(dues), start_date=min(dues) - timedelta(days=40),
        due_day=dues[0].day, custom_installments=rows, grace_days=grace, currency=currency,
    )


def card_loan(**terms) -> Loan:
    values = {
        "id": "card", "lender": "招商银行", "name": "招行信用卡", "kind": LoanKind.credit_card,
        "method": RepaymentMethod.credit_card, "principal": Decimal("10000.00"), "annual_rate": Decimal("18.25"),
        "start_date": date(2026, 1, 5), "statement_day": 5, "due_day": 23, "grace_days": 3,
    }
    values.update(terms)
    return Loan(**values)


def board_of(loans: list[Loan], payments: list[Payment], today: date, user: Settings | None = None, **kw):
    pairs = [(loan, position(loan, payments, today)) for loan in loans]
    return due_board(pairs, today, user or Settings(), **kw)


def reminders_at_end_of(today: date, loans: list[Loan], payments: list[Payment], user: Settings):
    return current_reminders(loans, payments, user, datetime.combine(today, time(23, 59), tzinfo=SHANGHAI))


# ------------------------------------------------------------------------ where they disagreed


def test_past_due_within_grace_is_listed_as_due_and_never_called_overdue():
    # Due June 10, 3 days' grace, nothing paid, today June 12. The lender does not count it late yet.
    # Before: the reminder said "2 days overdue" (an overdue nudge), the tray listed it as "was due 2
    # days ago", and the overview showed it nowhere (neither overdue nor in its next-30-days list).
    loan = custom("a", date(2026, 6, 10), grace=3)
    today = date(2026, 6, 12)
    board = board_of([loan], [], today)
    [item] = board.items
    assert item.standing is Standing.in_grace and not item.overdue
    assert item.days_left(today) == 0
    assert board.level == "soon" and board.overdue_loans == ()
    assert board.coming_totals == {"CNY": Decimal("1200.00")}
    assert in_grace(loan, position(loan, [], today), today)  # the loans list's "Due, within the grace period"
    # The loans list, the loan page and `python -m app list` name it as next due, as the tray does.
    [summary] = loan_summaries([loan], [], today)
    assert (summary.next_due_date, summary.next_due_amount) == (date(2026, 6, 10), Decimal("1200.00"))
    assert summary.as_json()["next_due_number"] == 1
    [reminder] = reminders_at_end_of(today, [loan], [], Settings(**NO_QUIET))
    assert reminder.in_grace and not reminder.overdue
    # The day grace runs out it is overdue everywhere at once, and a reminder says so that day (the
    # nudges of days 1 and 3 only said it was due).
    late = board_of([loan], [], date(2026, 6, 14))
    assert late.level == "overdue" and late.overdue_loans == ("a",)
    user = Settings(**NO_QUIET)
    shown = [delivery_of(r, datetime(2026, 6, 13, 9, 0, tzinfo=SHANGHAI))
             for r in reminders_at_end_of(date(2026, 6, 13), [loan], [], user)]
    assert [d.key for d in shown] == ["a:1:overdue3"]
    now = datetime(2026, 6, 14, 9, 0, tzinfo=SHANGHAI)
    [turned] = reminders_due([loan], [], user, shown, now)
    assert (turned.key, turned.overdue) == ("a:1:overdue4", True)


def test_a_card_shortfall_within_the_pacts_tolerance_is_not_due_once_grace_has_passed():
    # Minimum 1,000.00, 995.00 paid: 5 yuan short is within the pact's 10-yuan tolerance, so the card is
    # not overdue (the overview says so). Before: once past grace the tray kept listing it ("was due 7
    # days ago"), the icon stayed "due soon" and the reminders said "7 days overdue", week after week.
    card = card_loan()
    payments = [Payment(loan_id="card", paid_on=date(2026, 1, 20), amount=Decimal("995.00"))]
    during_grace = board_of([card], payments, date(2026, 1, 24))
    assert [item.standing for item in during_grace.items] == [Standing.in_grace]  # 5 yuan to pay to be safe
    for today in (date(2026, 1, 30), date(2026, 2, 3)):
        board = board_of([card], payments, today)
        assert board.items == () and board.level == "ok"
        assert not in_grace(card, position(card, payments, today), today)
        assert reminders_at_end_of(today, [card], payments, Settings(**NO_QUIET)) == []
    # The next statement (due February 23) is listed on its own; the old one's 5.00 is not.
    later = board_of([card], payments, date(2026, 2, 10))
    assert [(item.number, item.standing) for item in later.items] == [(2, Standing.due_soon)]
    [summary] = loan_summaries([card], payments, date(2026, 2, 10))
    assert summary.next_due_date == date(2026, 2, 23)


def test_a_lead_day_beyond_thirty_days_is_listed_where_the_icon_says_due_soon():
    # Reminders 45 days ahead, an instalment due in 40 days. Before: the icon said "due soon" and a
    # reminder came, while the tray's tooltip said "Nothing due in the next 30 days".
    user = Settings(reminder_lead_days=[45], **NO_QUIET)
    today = date(2026, 6, 1)
    loan = custom("a", today + timedelta(days=40))
    tray = board_of([loan], [], today, user, days=list_days(user))
    assert tray.level == "soon" and tray.next_coming is not None and tray.next_coming.loan_id == "a"
    overview = board_of([loan], [], today, user)  # the overview's list keeps its 30 days
    assert overview.days == LIST_DAYS and overview.coming == () and overview.level == "soon"
    assert [r.loan_id for r in reminders_at_end_of(today, [loan], [], user)] == ["a"]


def test_overdue_is_counted_in_loans_a_card_with_two_overdue_statements_is_one():
    card = card_loan()
    today = date(2026, 3, 1)  # statements due January 23 and February 23 both missed
    board = board_of([card], [], today)
    assert len(board.overdue) == 2 and board.overdue_loans == ("card",)
    assert [item.number for item in board.overdue_per_loan()] == [1]
    reminders = reminders_at_end_of(today, [card], [], Settings(**NO_QUIET))
    assert [r.loan_id for r in reminders if r.overdue] == ["card"]
    where = position(card, [], today)
    assert board.current_totals == {"CNY": where.amount_to_become_current}
    assert board.overdue_totals == {"CNY": where.overdue_amount}


# -------------------------------------------------------------------------- dates and totals


def test_month_end_due_dates_in_a_leap_year_and_the_next():
    # Due on the 31st: February's instalment falls on the 29th in 2028 and on the 28th in 2027.
    loan = Loan(
        id="m", lender="测试银行", name="due the 31st", kind=LoanKind.unsecured_consumer,
        method=RepaymentMethod.equal_installment, principal=Decimal("2400.00"), annual_rate=Decimal("0"),
        term_months=24, start_date=date(2026, 12, 31), due_day=31,
    )
    dues = [state.installment.due_date for state in position(loan, [], date(2029, 1, 1)).states]
    assert date(2027, 2, 28) in dues and date(2028, 2, 29) in dues and date(2027, 3, 31) in dues
    for last_of_february in (date(2027, 2, 28), date(2028, 2, 29)):
        # Everything before February paid, ten days before its due date.
        earlier = sum(1 for day in dues if day < last_of_february)
        paid = [Payment(loan_id="m", paid_on=last_of_february - timedelta(days=10), amount=Decimal(100 * earlier))]
        day_before = last_of_february - timedelta(days=1)
        board = board_of([loan], paid, day_before)
        assert [(item.due_date, item.standing) for item in board.items] == [(last_of_february, Standing.due_soon)]
        assert board.items[0].days_left(day_before) == 1
        on_the_day = board_of([loan], paid, last_of_february)
        assert [item.standing for item in on_the_day.items] == [Standing.due_today]
        assert on_the_day.month_totals == {"CNY": Decimal("100.00")}
        next_day = board_of([loan], paid, last_of_february + timedelta(days=1))
        assert next_day.overdue_loans == ("m",) and next_day.level == "overdue"
        assert [item.due_date for item in next_day.overdue] == [last_of_february]
    # A Feb 29 instalment is in February's total, not March's.
    pairs = [(loan, position(loan, [], date(2028, 2, 1)))]
    assert month_totals(pairs, 2028, 2) == {"CNY": Decimal("100.00")}
    assert month_totals(pairs, 2028, 3) == {"CNY": Decimal("100.00")}


def test_totals_are_kept_per_currency_and_archived_loans_are_left_out():
    today = date(2026, 6, 15)
    yuan = custom("cny", date(2026, 6, 20), amount="1000.00")
    dollars = custom("usd", date(2026, 6, 25), amount="300.00", currency="USD")
    late_dollars = custom("late", date(2026, 6, 1), amount="50.00", currency="USD")
    gone = custom("gone", date(2026, 6, 21), amount="999.00").model_copy(update={"archived": True})
    board = board_of([yuan, dollars, late_dollars, gone], [], today)
    assert board.coming_totals == {"CNY": Decimal("1000.00"), "USD": Decimal("300.00")}
    assert board.overdue_totals == {"USD": Decimal("50.00")}
    assert board.month_totals == {"CNY": Decimal("1000.00"), "USD": Decimal("350.00")}
    assert "gone" not in {item.loan_id for item in board.items}


# ---------------------------------------------------------------------------------- properties

PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Month ends, the 29th of a leap February and ordinary days, around the day the test looks from.
DAY_ZERO = date(2028, 2, 15)
due_days = st.sampled_from(
    [date(2028, 1, 31), date(2028, 2, 28), date(2028, 2, 29), date(2028, 3, 1), date(2028, 3, 31),
     date(2028, 4, 30), date(2027, 12, 31), date(2028, 2, 10), date(2028, 2, 15), date(2028, 2, 17)]
) | st.dates(min_value=date(2027, 12, 1), max_value=date(2028, 5, 31))
amounts = st.integers(min_value=1, max_value=500_000).map(lambda cents: Decimal(cents) / 100)


@st.composite
def books(draw):
    loans: list[Loan] = []
    payments: list[Payment] = []
    for index in range(draw(st.integers(1, 4))):
        loan_id = f"loan{index}"
        currency = draw(st.sampled_from(["CNY", "USD"]))
        grace = draw(st.integers(0, 5))
        if draw(st.booleans()):
            dues = sorted(set(draw(st.lists(due_days, min_size=1, max_size=5))))
            amount = draw(amounts)
            loan = custom(loan_id, *dues, amount=str(amount), grace=grace, currency=currency)
        elif draw(st.booleans()):
            loan = Loan(
                id=loan_id, lender="测试银行", name=f"monthly {index}", kind=LoanKind.unsecured_consumer,
                method=RepaymentMethod.equal_installment, principal=draw(amounts) * 12,
                annual_rate=Decimal(draw(st.integers(0, 2400))) / 100, term_months=draw(st.integers(1, 24)),
                start_date=draw(st.dates(min_value=date(2027, 1, 1), max_value=date(2028, 2, 29))),
                due_day=draw(st.sampled_from([1, 15, 28, 29, 30, 31])), grace_days=grace, currency=currency,
            )
        else:
            loan = card_loan(
                id=loan_id, name=f"card {index}", principal=draw(amounts),
                start_date=draw(st.dates(min_value=date(2027, 10, 1), max_value=date(2028, 2, 15))),
                statement_day=draw(st.integers(1, 31)), due_day=draw(st.integers(1, 31)), grace_days=grace,
                currency=currency,
            )
        loan = loan.model_copy(update={"archived": draw(st.integers(0, 5)) == 0})
        loans.append(loan)
        for offset, amount in draw(st.lists(st.tuples(st.integers(-120, 0), amounts), max_size=4)):
            payments.append(Payment(loan_id=loan_id, paid_on=DAY_ZERO + timedelta(days=offset), amount=amount))
    return loans, payments


lead_lists = st.lists(st.integers(0, 60), min_size=1, max_size=4)


@PROPERTY_SETTINGS
@given(books(), st.integers(0, 40), lead_lists)
def test_the_tray_the_overview_and_the_reminders_agree(book, later, leads):
    loans, payments = book
    today = DAY_ZERO + timedelta(days=later)
    user = Settings(reminder_lead_days=leads, **NO_QUIET)
    summaries = loan_summaries(loans, payments, today, near_today=True)
    pairs = [(summary.loan, summary.position) for summary in summaries]
    overview = due_board(pairs, today, user)
    tray = due_board(pairs, today, user, days=list_days(user))
    reminders = reminders_at_end_of(today, loans, payments, user)

    # The same loans are overdue for all three.
    reminded_overdue = {reminder.loan_id for reminder in reminders if reminder.overdue}
    assert set(overview.overdue_loans) == set(tray.overdue_loans) == reminded_overdue
    assert {item.loan_id for item in tray.overdue} == reminded_overdue
    # Within the reminders' horizon, the same instalments are coming, with the same amounts, and the
    # same ones are within grace.
    horizon = today + timedelta(days=reminder_days(user))
    listed = {
        (item.loan_id, item.number): (item.outstanding, item.standing is Standing.in_grace)
        for item in tray.coming if item.due_date <= horizon
    }
    reminded = {
        (reminder.loan_id, reminder.installment_number): (reminder.outstanding, reminder.in_grace)
        for reminder in reminders if not reminder.overdue
    }
    assert listed == reminded
    # The icon follows them; the tooltip never says "nothing due" beside a "due soon" icon.
    expected = "overdue" if reminded_overdue else "soon" if reminded else "ok"
    assert overview.level == tray.level == expected
    if tray.level == "soon":
        assert tray.next_coming is not None
    # The overview's 30 days are the tray's list cut at 30 days; the totals are the same.
    cut = today + timedelta(days=LIST_DAYS)
    assert overview.coming == tuple(item for item in tray.coming if item.due_date <= cut)
    assert overview.overdue == tray.overdue
    assert overview.current_totals == tray.current_totals and overview.month_totals == tray.month_totals
    # Nothing past its due date is listed as coming unless it is within its loan's grace days.
    grace = {loan.id: loan.grace_days for loan in loans}
    for item in tray.coming:
        if item.due_date < today:
            assert item.standing is Standing.in_grace and (today - item.due_date).days <= grace[item.loan_id]
        assert item.days_left(today) == max((item.due_date - today).days, 0)


@PROPERTY_SETTINGS
@given(books(), st.integers(0, 40))
def test_totals_never_mix_currencies_and_match_each_loans_figures(book, later):
    loans, payments = book
    today = DAY_ZERO + timedelta(days=later)
    full = [(loan, position(loan, payments, today)) for loan in loans]
    kept = loan_summaries(loans, payments, today, near_today=True)
    board = due_board(((s.loan, s.position) for s in kept), today, Settings())
    live = [(loan, where) for loan, where in full if not loan.archived]
    for currency in {"CNY", "USD"}:
        mine = [(loan, where) for loan, where in live if loan.currency == currency]
        month = sum(
            (s.outstanding for _, where in mine for s in where.states
             if (s.installment.due_date.year, s.installment.due_date.month) == (today.year, today.month)),
            Decimal("0.00"),
        )
        assert board.month_totals.get(currency) == (month if mine else None)
        to_be_current = [where.amount_to_become_current for _, where in mine if where.overdue_installments]
        assert board.current_totals.get(currency) == (sum(to_be_current, Decimal("0.00")) if to_be_current else None)
        coming = [item.outstanding for item in board.coming if item.currency == currency]
        assert board.coming_totals.get(currency) == (sum(coming, Decimal("0.00")) if coming else None)
    assert {item.currency for item in board.items} <= {loan.currency for loan, _ in live}
