"""Reminder wording: a card whose minimum is what is overdue names that figure, as the overview does
(issue 16, point 6: "Credit card — 25 days overdue, ¥17,500.00" beside an overview saying ¥1,300.00)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

from app.core.reminders import Reminder, ReminderKind
from app.ui.widgets import formatting
from app.ui.reminders.reminder_text import notification_text, reminder_line

TODAY = date(2026, 6, 15)


def card_reminder(kind: ReminderKind, due: date, days: int) -> Reminder:
    return Reminder(
        key=f"card:1:{kind.value}{days}",
        loan_id="card",
        loan_name="Credit card",
        currency="CNY",
        installment_number=1,
        due_date=due,
        kind=kind,
        days=days,
        outstanding=Decimal("17500.00"),
        minimum_left=Decimal("1300.00"),
        scheduled_at=datetime(2026, 6, 15, 1, 0, tzinfo=timezone.utc),
    )


def test_an_overdue_card_line_names_the_overdue_minimum_not_the_whole_balance():
    line = reminder_line(card_reminder(ReminderKind.overdue, date(2026, 5, 21), 25), TODAY, "symbol")
    assert line == "Credit card — 25 days overdue, minimum ¥1,300.00 unpaid"
    assert "17,500" not in line


def test_a_coming_card_statement_line_shows_the_balance_and_its_minimum():
    line = reminder_line(card_reminder(ReminderKind.lead, date(2026, 6, 18), 3), TODAY, "symbol")
    assert line == "Credit card — due in 3 days, ¥17,500.00 (minimum ¥1,300.00)"


def test_grouped_notifications_use_the_same_lines():
    reminders = [
        card_reminder(ReminderKind.overdue, date(2026, 5, 21), 25),
        card_reminder(ReminderKind.lead, date(2026, 6, 18), 3),
    ]
    _title, body, _target = notification_text(reminders, TODAY, "symbol")
    assert body.splitlines()[0].endswith("minimum ¥1,300.00 unpaid")


def test_placeholders_are_filled_in_one_pass():
    # A loan called "%2" must not have its name replaced by the second value.
    assert formatting.fill("%1 — %2", "%2", "due today") == "%2 — due today"
    assert formatting.fill("%1 of %3", "a", "b") == "a of %3"
