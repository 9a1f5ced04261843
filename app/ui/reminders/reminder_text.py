"""The words of reminders: notification titles and bodies, and the short "due tomorrow" phrases the tray
uses. Worded from the due date and today, so a reminder shown late (after sleep) still says what is true.
Every string comes from the gettext catalogue (resources/locale/<lang>/LC_MESSAGES/repayradar.po) with
named placeholders filled in one pass, so a loan named "%3" or "{name}" is shown as typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from app.core.reminders import Reminder
from app.ui.shell.i18n import ntr, tr
from app.ui.widgets import formatting

# A notification lists this many reminders; the rest are counted ("and 3 more").
MAX_LINES = 5


def when_text(due_date: date, today: date, *, overdue: bool) -> str:
    """How the due date stands today: "due in 3 days", "due today", "5 days overdue", ..."""
    days = (due_date - today).days
    if days > 1:
        return ntr("due in {n} day", "due in {n} days", days)
    if days == 1:
        return tr("due tomorrow")
    if days == 0:
        return tr("due today")
    late = -days
    if overdue:
        return ntr("{n} day overdue", "{n} days overdue", late)
    # Past the due date but still inside the lender's grace days.
    if late == 1:
        return tr("was due yesterday")
    return ntr("was due {n} day ago", "was due {n} days ago", late)


def reminder_line(reminder: Reminder, today: date, display: str) -> str:
    """One reminder on one line: "招行信用卡 — due tomorrow, ¥1,200.00".

    When paying less than the whole instalment is enough (a card's minimum), an overdue line names what
    is overdue, the figure the overview shows, and a coming one names the minimum beside the balance.
    """
    when = when_text(reminder.due_date, today, overdue=reminder.overdue)
    minimum = reminder.minimum_left
    if Decimal("0") < minimum < reminder.outstanding:
        if reminder.overdue:
            return tr("{loan} — {when}, minimum {minimum} unpaid", loan=reminder.loan_name, when=when,
                      minimum=formatting.money(minimum, reminder.currency, display))
        return tr("{loan} — {when}, {amount} (minimum {minimum})", loan=reminder.loan_name, when=when,
                  amount=formatting.money(reminder.outstanding, reminder.currency, display),
                  minimum=formatting.money(minimum, reminder.currency, display))
    return tr("{loan} — {when}, {amount}", loan=reminder.loan_name, when=when,
              amount=formatting.money(reminder.outstanding, reminder.currency, display))


def _single_body(reminder: Reminder, today: date, display: str) -> str:
    amount = formatting.money(reminder.outstanding, reminder.currency, display)
    due = formatting.day(reminder.due_date)
    if reminder.due_date >= today:
        text = tr("{amount} to pay by {date}.", amount=amount, date=due)
    else:
        text = tr("{amount} was due on {date} and is still unpaid.", amount=amount, date=due)
    if Decimal("0") < reminder.minimum_left < reminder.outstanding:
        minimum = formatting.money(reminder.minimum_left, reminder.currency, display)
        if reminder.overdue:
            text += "\n" + tr("Paying at least {minimum} ends the overdue status.", minimum=minimum)
        else:
            text += "\n" + tr("The minimum payment is {minimum}.", minimum=minimum)
    return text


def notification_text(reminders: Sequence[Reminder], today: date, display: str) -> tuple[str, str, str]:
    """(title, body, loan id) of one notification for ``reminders`` (most urgent first). The loan id is
    the one loan they all concern, or "" (open the overview) when they span several."""
    if not reminders:
        raise ValueError("a notification needs at least one reminder")
    loan_ids = {reminder.loan_id for reminder in reminders}
    target = next(iter(loan_ids)) if len(loan_ids) == 1 else ""
    if len(reminders) == 1:
        reminder = reminders[0]
        when = when_text(reminder.due_date, today, overdue=reminder.overdue)
        # Translators: a notification's title, the loan's name and how its due date stands.
        title = tr("{loan}: {when}", loan=reminder.loan_name, when=when)
        return title, _single_body(reminder, today, display), target
    title = ntr("{n} repayment reminder", "{n} repayment reminders", len(reminders))
    lines = [reminder_line(reminder, today, display) for reminder in reminders[:MAX_LINES]]
    if len(reminders) > MAX_LINES:
        more = len(reminders) - MAX_LINES
        lines.append(ntr("…and {n} more", "…and {n} more", more))
    return title, "\n".join(lines), target


def hidden_to_tray_text() -> tuple[str, str]:
    """The one-time hint when the window is first closed to the tray."""
    return (
        tr("RepayRadar is still running"),
        tr("It keeps watching your due dates from the system tray. To stop it, choose Quit in the tray menu."
        ),
    )
