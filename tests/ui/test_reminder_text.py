"""Reminder wording: a card whose minimum is what is overdue names that figure, as the overview does
(issue 16, point 6: "Credit card — 25 days overdue, ¥17,500.00" beside an overview saying ¥1,300.00)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest

from app.core.reminders import Reminder, ReminderKind
from app.ui.shell.i18n import Translations
from app.ui.reminders.reminder_text import notification_text, reminder_line

TODAY = date(2026, 6, 15)


def card_reminder(kind: ReminderKind, due: date, days: int, name: str = "Credit card") -> Reminder:
    return Reminder(
        key=f"card:1:{kind.value}{days}",
        loan_id="card",
        loan_name=name,
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


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_name_full_of_placeholders_is_shown_as_typed_in_every_reminder_text(qapp, tmp_path, lang):
    """Each template is filled in one pass by name: a loan called "%1 %2 %3 {0} {name}" gets no amount,
    date or count pasted into it, and its braces raise nothing, in either language."""
    name = "%1 %2 %3 {0} {name}"
    translations = Translations()
    translations.apply(lang)
    try:
        overdue = card_reminder(ReminderKind.overdue, date(2026, 5, 21), 25, name)
        coming = card_reminder(ReminderKind.lead, date(2026, 6, 18), 3, name)
        for reminder in (overdue, coming):
            assert reminder_line(reminder, TODAY, "symbol").startswith(f"{name} — ")
            title, body, _target = notification_text([reminder], TODAY, "symbol")
            assert title.startswith(name) and "%" not in title.replace(name, "")
            assert "%" not in body and "{" not in body
        _title, body, _target = notification_text([overdue, coming] * 4, TODAY, "symbol")
        assert all(line.startswith(f"{name} — ") for line in body.splitlines()[:5])
    finally:
        translations.apply("en")
