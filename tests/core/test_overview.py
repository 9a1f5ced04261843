"""The overview of all loans: order by urgency, this month's total, what falls due soon, and the JSON
`python -m app list` prints."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from app.cli import main as cli_main
from app.core.clock import FixedClock
from app.core.models import Loan, LoanKind, Payment, RepaymentMethod
from app.core.due import Standing, due_items, month_totals
from app.core.overview import LoanSummary, loan_summaries
from app.core.schedule import InstallmentStatus, position
from app.core.store import Store

TODAY = date(2026, 5, 15)
BEIJING = timezone(timedelta(hours=8))


def monthly(loan_id: str, name: str, start: date, due_day: int, **terms) -> Loan:
    # Interest-free 1,200 over 12 months: 100.00 due on due_day of each month after the start.
    values = {
        "id": loan_id, "lender": "测试银行", "name": name, "kind": LoanKind.unsecured_consumer,
        "method": RepaymentMethod.equal_installment, "principal": Decimal("1200.00"),
        "annual_rate": Decimal("0"), "term_months": 12, "start_date": start, "due_day": due_day,
    }
    values.update(terms)
    return Loan(**values)


def paid_through(loan: Loan, last_due: date, on: date) -> Payment:
    """A payment on ``on`` of every instalment due up to ``last_due``: keeps the loan current."""
    count = sum(1 for state in position(loan, [], on).states if state.installment.due_date <= last_due)
    return Payment(loan_id=loan.id, paid_on=on, amount=Decimal("100.00") * count)


def month_total(summaries: list[LoanSummary], year: int, month: int) -> Decimal:
    """The overview's "due this month" figure for these all-yuan loans."""
    totals = month_totals(((s.loan, s.position) for s in summaries), year, month)
    assert set(totals) <= {"CNY"}
    return totals.get("CNY", Decimal("0.00"))


def upcoming_dues(summaries: list[LoanSummary], today: date, days: int = 30) -> list[tuple[str, date, Standing]]:
    """The overview's "due in the next N days" rows: (loan id, due date, standing)."""
    items = due_items(((s.loan, s.position) for s in summaries), today, days)
    return [(item.loan_id, item.due_date, item.standing) for item in items if not item.overdue]


def sample_book() -> tuple[list[Loan], list[Payment]]:
    current_late = monthly("a", "current, due the 20th", date(2026, 1, 5), 20)
    current_soon = monthly("b", "current, due the 16th", date(2026, 1, 5), 16)
    long_overdue = monthly("c", "60 days overdue", date(2026, 2, 1), 15)  # unpaid since March 15
    short_overdue = monthly("d", "5 days overdue", date(2026, 4, 1), 10)  # unpaid since May 10
    finished = monthly("e", "paid off", date(2024, 1, 1), 1)
    payments = [
        paid_through(current_late, date(2026, 4, 20), date(2026, 4, 18)),
        paid_through(current_soon, date(2026, 4, 16), date(2026, 4, 16)),
        Payment(loan_id="e", paid_on=date(2024, 1, 2), amount=Decimal("1200.00")),
    ]
    return [current_late, finished, short_overdue, current_soon, long_overdue], payments


def test_overdue_loans_come_first_longest_overdue_first_then_by_next_due_date():
    loans, payments = sample_book()
    summaries = loan_summaries(loans, payments, TODAY)
    assert [summary.loan.id for summary in summaries] == ["c", "d", "b", "a", "e"]
    assert [summary.position.days_past_due for summary in summaries] == [61, 5, 0, 0, 0]
    assert summaries[0].is_overdue and not summaries[2].is_overdue
    assert summaries[2].next_due_date == date(2026, 5, 16) and summaries[3].next_due_date == date(2026, 5, 20)
    assert summaries[-1].next_due_date is None  # nothing left to pay sorts last


def test_each_loan_takes_only_its_own_payments():
    loans, payments = sample_book()
    by_id = {summary.loan.id: summary for summary in loan_summaries(loans, payments, TODAY)}
    assert by_id["e"].position.paid_total == Decimal("1200.00")
    assert by_id["c"].position.paid_total == 0
    assert by_id["b"].position.paid_total == Decimal("300.00")  # February to April's dues


def test_month_total_adds_what_falls_due_that_month_across_loans():
    loans, payments = sample_book()
    summaries = loan_summaries(loans, payments, TODAY)
    # May 2026: loans a, b, c and d each have one 100.00 instalment; e ended in January 2025.
    assert month_total(summaries, 2026, 5) == Decimal("400.00")
    # e's last instalment fell due in January 2025 and is paid: nothing is left to pay that month (the
    # total counted paid instalments until issue 16 point 6).
    assert month_total(summaries, 2025, 1) == Decimal("0.00")
    assert month_total(summaries, 2030, 1) == Decimal("0.00")


def test_month_total_leaves_out_what_is_already_paid():
    loans, payments = sample_book()
    # 30.00 paid early towards a's May instalment and all of b's: 400.00 - 30.00 - 100.00 still to pay.
    payments = [
        *payments,
        Payment(loan_id="a", paid_on=date(2026, 5, 2), amount=Decimal("30.00")),
        Payment(loan_id="b", paid_on=date(2026, 5, 3), amount=Decimal("100.00")),
    ]
    summaries = loan_summaries(loans, payments, TODAY)
    assert month_total(summaries, 2026, 5) == Decimal("270.00")


def test_a_cards_minimum_is_in_its_summary():
    card = Loan(
        id="card", lender="招商银行", kind=LoanKind.credit_card, method=RepaymentMethod.credit_card,
        principal=Decimal("18000.00"), annual_rate=Decimal("18.25"), start_date=date(2026, 4, 1),
        statement_day=1, due_day=21, grace_days=3,
    )
    summary = loan_summaries([card], [], date(2026, 4, 10))[0]
    assert summary.card_minimum_due == Decimal("1800.00") and summary.card_minimum_due_date == date(2026, 4, 21)
    assert summary.as_json()["card_minimum_due"] == "1800.00"
    paid = Payment(loan_id="card", paid_on=date(2026, 4, 20), amount=Decimal("18000.00"))
    assert loan_summaries([card], [paid], date(2026, 4, 25))[0].card_minimum_due is None
    other = loan_summaries(sample_book()[0], [], TODAY)[0]
    assert other.card_minimum_due is None and other.as_json()["card_minimum_due"] is None


def test_archived_loans_are_left_out_of_totals_and_upcoming_dues():
    loans, payments = sample_book()
    loans = [loan.model_copy(update={"archived": loan.id == "b"}) for loan in loans]
    summaries = loan_summaries(loans, payments, TODAY)
    assert month_total(summaries, 2026, 5) == Decimal("300.00")
    assert all(loan_id != "b" for loan_id, _, _ in upcoming_dues(summaries, TODAY))


def test_upcoming_dues_lists_unpaid_instalments_in_the_window_soonest_first():
    loans, payments = sample_book()
    summaries = loan_summaries(loans, payments, TODAY)
    dues = upcoming_dues(summaries, TODAY, days=10)
    assert [(loan_id, due_date) for loan_id, due_date, _ in dues] == [
        ("c", date(2026, 5, 15)), ("b", date(2026, 5, 16)), ("a", date(2026, 5, 20)),
    ]
    # c is overdue for March and April, but May's instalment itself is due today, not yet overdue.
    assert dues[0][2] is Standing.due_today
    assert len(upcoming_dues(summaries, TODAY, days=0)) == 1
    # Thirty days reach June 14: d's June 10 comes in; its overdue May 10 is not "upcoming".
    assert [(loan_id, due_date) for loan_id, due_date, _ in upcoming_dues(summaries, TODAY)] == [
        ("c", date(2026, 5, 15)), ("b", date(2026, 5, 16)), ("a", date(2026, 5, 20)), ("d", date(2026, 6, 10)),
    ]


def test_an_instalment_paid_early_is_not_upcoming():
    loan = monthly("a", "paid ahead", date(2026, 4, 1), 20)  # due May 20, June 20, ...
    summaries = loan_summaries([loan], [Payment(loan_id="a", paid_on=TODAY, amount=Decimal("100.00"))], TODAY)
    assert upcoming_dues(summaries, TODAY) == []
    assert [due_date for _, due_date, _ in upcoming_dues(summaries, TODAY, days=40)] == [
        date(2026, 6, 20)
    ]


def test_as_json_holds_plain_values_with_money_and_dates_as_strings():
    loans, payments = sample_book()
    summary = next(s for s in loan_summaries(loans, payments, TODAY) if s.loan.id == "c")
    data = summary.as_json()
    assert json.loads(json.dumps(data)) == data
    assert data["id"] == "c" and data["name"] == "60 days overdue" and data["lender"] == "测试银行"
    assert data["days_past_due"] == 61 and data["overdue_installments"] == 2
    assert data["overdue_amount"] == "200.00" and data["outstanding_total"] == "1200.00"
    assert data["first_unpaid_due_date"] == "2026-03-15" and data["next_due_date"] == "2026-05-15"
    assert data["next_due_amount"] == "100.00" and data["as_of"] == "2026-05-15"
    assert data["kind"] == "unsecured_consumer" and data["method"] == "equal_installment"


def test_a_summary_of_a_card_shows_the_minimum_still_to_pay():
    card = Loan(
        id="card", lender="招商银行", kind=LoanKind.credit_card, method=RepaymentMethod.credit_card,
        principal=Decimal("5000.00"), annual_rate=Decimal("18.25"), start_date=date(2026, 5, 5), due_day=25,
    )
    summary = LoanSummary(card, position(card, [Payment(loan_id="card", paid_on=TODAY, amount=Decimal("200.00"))],
                                         TODAY))
    assert summary.next_due_amount == Decimal("4800.00") and summary.next_due_minimum == Decimal("300.00")


def test_the_list_command_prints_every_loan_most_urgent_first(tmp_path):
    loans, payments = sample_book()
    with Store.open(tmp_path / "data", clock=FixedClock(datetime(2026, 5, 15, 9, 0, tzinfo=BEIJING))) as store:
        for loan in loans:
            store.add_loan(loan)
        for payment in payments:
            store.add_payment(payment)
    out = io.StringIO()
    assert cli_main(["--data-dir", str(tmp_path / "data"), "list", "--json"], stdout=out) == 0
    rows = json.loads(out.getvalue())
    assert {row["id"] for row in rows} == {"a", "b", "c", "d", "e"}
    # Whatever today is for the machine running this, c has been unpaid longer than d.
    assert [row["id"] for row in rows].index("c") < [row["id"] for row in rows].index("d")
    assert all(isinstance(row["outstanding_total"], str) for row in rows)



def test_summaries_kept_all_day_hold_only_instalments_near_today_with_the_same_totals():
    # A 30-year mortgage paid for years, a card-like loan overdue: the app keeps their summaries in
    # memory all day, so it keeps only what the overview, the tray and the reminders look at.
    mortgage = monthly(
        "m", "mortgage", date(2020, 1, 10), 10, principal=Decimal("360000.00"), term_months=360
    )
    late = monthly("late", "three months late", date(2026, 1, 5), 20)
    book = [mortgage, late]
    owed_by_may = sum(
        state.installment.amount
        for state in position(mortgage, [], TODAY).states
        if state.installment.due_date <= date(2026, 5, 10)
    )
    payments = [Payment(loan_id="m", paid_on=date(2026, 5, 10), amount=owed_by_may)]
    full = loan_summaries(book, payments, TODAY)
    near = loan_summaries(book, payments, TODAY, near_today=True)

    kept = {summary.loan.id: summary.position.states for summary in near}
    # The mortgage: May (this month, paid), June and July (within 62 days); none of the other 357.
    assert [state.installment.due_date for state in kept["m"]] == [
        date(2026, 5, 10), date(2026, 6, 10), date(2026, 7, 10),
    ]
    # The late loan keeps every instalment still owed that is overdue, however old.
    assert [s.status for s in kept["late"] if s.status is InstallmentStatus.overdue] == [
        s.status for s in full[0].position.states if s.status is InstallmentStatus.overdue
    ]
    assert [summary.loan.id for summary in near] == [summary.loan.id for summary in full]
    for whole, trimmed in zip(full, near, strict=True):
        assert trimmed.as_json() == whole.as_json()
    assert month_total(near, 2026, 5) == month_total(full, 2026, 5)
    assert upcoming_dues(near, TODAY) == upcoming_dues(full, TODAY)
