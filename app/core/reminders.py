"""Which repayment reminders are due at a given instant, and snooze arithmetic. Pure: time, loans,
payments, settings and the delivery record are all handed in.

Each instalment still owed has a ladder of reminders: one on each lead day before its due date
(Settings.reminder_lead_days; 0 is the due date itself) and, while it stays unpaid after that, nudges on
days 1, 3 and 7 after the due date and then every week, and on the day after the loan's grace days end.
A nudge within grace says the instalment was due, not that it is overdue (app.core.due decides). Each rung is meant for the reminder
time of its local day, moved to the end of quiet hours when that time falls inside them.

Only the highest rung whose time has come is ever shown, and only if neither it nor a higher rung of the
same instalment was shown before. So after a gap (the app closed, the laptop asleep, a flight across
zones) the user gets the one reminder that is still true ("due tomorrow"), never the stale ones it
supersedes ("due in 7 days", "due in 3 days"). A snooze re-arms a shown reminder from the chosen instant.
Nothing is ever shown during quiet hours: what comes due then waits for their end.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from app.core.due import Standing, reminder_days, standing
from app.core.models import Loan, Payment, Settings
from app.core.schedule import InstallmentState, InstallmentStatus, LoanPosition, position

if TYPE_CHECKING:
    from app.core.store import ReminderDelivery

ZERO = Decimal("0.00")
# The nudges after a missed due date: a quick one the next day, then days 3 and 7, then weekly.
EARLY_NUDGE_DAYS = (1, 3, 7)
NUDGE_INTERVAL_DAYS = 7

class ReminderKind(StrEnum):
    lead = "lead"  # before the due date (or on it: lead 0)
    overdue = "overdue"  # the due date has passed and the minimum is still unpaid


@dataclass(frozen=True, slots=True)
class Reminder:
    """One rung of an instalment's reminder ladder."""

    key: str  # "<loan_id>:<instalment number>:lead7" or ":overdue14", the delivery record's key
    loan_id: str
    loan_name: str
    currency: str
    installment_number: int
    due_date: date
    kind: ReminderKind
    days: int  # lead days before the due date, or days after it for an overdue nudge
    outstanding: Decimal  # what is left to settle the instalment
    minimum_left: Decimal  # what is left to pay for it not to be (or stay) overdue
    scheduled_at: datetime  # when it is meant to show, in UTC
    # Past its due date but within the loan's grace days (app.core.due.standing): a nudge after the due
    # date, yet not overdue, so it must not say so.
    in_grace: bool = False

    @property
    def overdue(self) -> bool:
        """True when the instalment is overdue today (the overview counts it late), not merely past due."""
        return self.kind is ReminderKind.overdue and not self.in_grace

    @property
    def rank(self) -> int:
        """Position on the ladder: a higher rank supersedes every lower one of the same instalment."""
        return -self.days if self.kind is ReminderKind.lead else self.days


def reminder_key(loan_id: str, installment_number: int, kind: ReminderKind, days: int) -> str:
    return f"{loan_id}:{installment_number}:{kind.value}{days}"


def _parse_key(key: str) -> tuple[str, int, int] | None:
    """(loan_id, instalment number, rank) of a delivery key, or None for a key of another shape."""
    try:
        loan_id, number, rung = key.rsplit(":", 2)
        for kind in ReminderKind:
            if rung.startswith(kind.value):
                days = int(rung[len(kind.value):])
                return loan_id, int(number), -days if kind is ReminderKind.lead else days
    except ValueError:
        return None
    return None


# ------------------------------------------------------------------------------- local wall time


def local_instant(day: date, at: time, zone: tzinfo) -> datetime:
    """The instant (in UTC) at which local clocks in ``zone`` show ``day`` ``at``.

    A wall time the clocks skip (02:30 when spring-forward jumps from 02:00 to 03:00) maps to the same
    distance past the jump (03:30), because Python reads a skipped time with the offset in force before
    the jump. A wall time that happens twice (autumn) is its first occurrence.
    """
    return datetime.combine(day, at, tzinfo=zone).astimezone(timezone.utc)


def _quiet_window(settings: Settings) -> tuple[time, time] | None:
    start, end = settings.quiet_hours_start, settings.quiet_hours_end
    if start is None or end is None or start == end:
        return None
    return start, end


def in_quiet_hours(wall_time: time, settings: Settings) -> bool:
    """True when ``wall_time`` (local) is inside quiet hours; a window like 22:00-08:00 spans midnight."""
    window = _quiet_window(settings)
    if window is None:
        return False
    start, end = window
    wall_time = wall_time.replace(tzinfo=None)
    if start < end:
        return start <= wall_time < end
    return wall_time >= start or wall_time < end


def quiet_hours_end(instant: datetime, settings: Settings, zone: tzinfo) -> datetime:
    """The instant quiet hours that contain ``instant`` end (UTC); ``instant`` itself when outside them."""
    local = instant.astimezone(zone)
    if not in_quiet_hours(local.time(), settings):
        return instant.astimezone(timezone.utc)
    window = _quiet_window(settings)
    assert window is not None
    start, end = window
    end_day = local.date()
    if start > end and local.time().replace(tzinfo=None) >= start:
        end_day += timedelta(days=1)  # the window began this evening and ends tomorrow morning
    return local_instant(end_day, end, zone)


def reminder_instant(day: date, settings: Settings, zone: tzinfo) -> datetime:
    """When a reminder for local ``day`` shows: the reminder time, or the end of quiet hours around it."""
    return quiet_hours_end(local_instant(day, settings.reminder_time, zone), settings, zone)


# ----------------------------------------------------------------------------------- the ladder


def _nudge_days_up_to(days_late: int, grace_days: int = 0) -> list[int]:
    """The last two nudge days on or before ``days_late`` (the latest may not have reached its hour).

    With grace days, the day after they end is a nudge day too: nudges within grace only say "was due"
    (app.core.due), so this is the one that says the instalment is now overdue."""
    days = {day for day in EARLY_NUDGE_DAYS if day <= days_late}
    last_early = EARLY_NUDGE_DAYS[-1]
    if days_late > last_early:
        weekly = last_early + (days_late - last_early) // NUDGE_INTERVAL_DAYS * NUDGE_INTERVAL_DAYS
        days |= {day for day in (weekly - NUDGE_INTERVAL_DAYS, weekly) if day > last_early}
    if grace_days and grace_days + 1 <= days_late:
        days.add(grace_days + 1)
    return sorted(days)[-2:]


def _ladder(
    loan: Loan, state: InstallmentState, placed: Standing, today: date, settings: Settings, zone: tzinfo,
    overdue_amount: Decimal | None = None,
) -> list[Reminder]:
    """The rungs of an instalment that stands ``placed`` today (app.core.due.standing: anything but
    None). ``overdue_amount``, for a card's oldest overdue statement, is what its overdue nudges quote."""
    installment = state.installment
    due = installment.due_date
    minimum_left = max(installment.minimum - state.paid, ZERO)
    rungs: list[tuple[ReminderKind, int, date]] = [
        (ReminderKind.lead, lead, due - timedelta(days=lead)) for lead in settings.reminder_lead_days
    ]
    days_late = (today - due).days
    if days_late > 0:
        rungs += [
            (ReminderKind.overdue, day, due + timedelta(days=day))
            for day in _nudge_days_up_to(days_late, loan.grace_days)
        ]
    return [
        Reminder(
            key=reminder_key(loan.id, installment.number, kind, days),
            loan_id=loan.id,
            loan_name=loan.display_name,
            currency=loan.currency,
            installment_number=installment.number,
            due_date=due,
            kind=kind,
            days=days,
            outstanding=overdue_amount if overdue_amount is not None and kind is ReminderKind.overdue
            else state.outstanding,
            minimum_left=overdue_amount if overdue_amount is not None and kind is ReminderKind.overdue
            else minimum_left,
            scheduled_at=reminder_instant(day, settings, zone),
            in_grace=placed is Standing.in_grace,
        )
        for kind, days, day in rungs
    ]


def _card_overdue_lead(where: LoanPosition) -> InstallmentState | None:
    """A card's oldest overdue statement, or None (not a card, or nothing overdue).

    A card's overdue statements are one debt: each newer minimum includes the older shortfalls. So the
    card gets one overdue reminder, dated from the oldest statement (the overview's days past due) and
    quoting what ends the overdue status (the overview's overdue amount), not a statement's balance:
    the rest of the balance is owed but not overdue."""
    if where.card is None:
        return None
    return next((state for state in where.states if state.status is InstallmentStatus.overdue), None)


def _payments_by_loan(payments: Iterable[Payment]) -> dict[str, list[Payment]]:
    by_loan: dict[str, list[Payment]] = {}
    for payment in payments:
        by_loan.setdefault(payment.loan_id, []).append(payment)
    return by_loan


def _zone_of(now: datetime, zone: tzinfo | None) -> tzinfo:
    if now.utcoffset() is None:
        raise ValueError("reminders need a timezone-aware instant")
    chosen = zone or now.tzinfo
    assert chosen is not None
    return chosen


def current_reminders(
    loans: Iterable[Loan],
    payments: Iterable[Payment],
    settings: Settings,
    now: datetime,
    *,
    zone: tzinfo | None = None,
) -> list[Reminder]:
    """For each instalment still owed, the highest rung whose time has come, shown or not, most urgent
    first. Archived loans (paid off or closed) are left alone. ``zone`` defaults to ``now``'s."""
    today = now.astimezone(_zone_of(now, zone)).date()
    by_loan = _payments_by_loan(payments)
    positions = ((loan, position(loan, by_loan.get(loan.id, ()), today)) for loan in loans if not loan.archived)
    return reminders_for_positions(positions, settings, now, zone=zone)


def reminders_for_positions(
    positions: Iterable[tuple[Loan, LoanPosition]],
    settings: Settings,
    now: datetime,
    *,
    zone: tzinfo | None = None,
) -> list[Reminder]:
    """current_reminders() for loans whose positions on today's local date are already worked out (the
    app keeps them for its overview), so a check does not rebuild every schedule."""
    zone = _zone_of(now, zone)
    now_utc = now.astimezone(timezone.utc)
    today = now.astimezone(zone).date()
    # Instalments whose earliest rung lies after today cannot have a reminder yet: skip their ladders.
    horizon = today + timedelta(days=reminder_days(settings))
    current: list[Reminder] = []
    for loan, where in positions:
        if loan.archived:
            continue
        if where.as_of != today:
            raise ValueError(f"the position of loan {loan.id} is for {where.as_of}, not {today}")
        card_lead = _card_overdue_lead(where)
        for state in where.states:
            if state.outstanding <= 0 or state.installment.due_date > horizon:
                continue
            # What is due is decided in app.core.due, as for the overview and the tray: nothing to
            # remind once paid, or past due with the minimum met (a card carried over, or within the
            # card pact's tolerance after grace).
            placed = standing(state, today, loan.grace_days)
            if placed is None:
                continue
            if card_lead is not None and state.status is InstallmentStatus.overdue and state is not card_lead:
                continue  # included in the card's one overdue reminder
            card_overdue = where.overdue_amount if state is card_lead else None
            ladder = _ladder(loan, state, placed, today, settings, zone, card_overdue)
            arrived = [rung for rung in ladder if rung.scheduled_at <= now_utc]
            if arrived:
                current.append(max(arrived, key=lambda rung: rung.rank))
    return sorted(current, key=urgency)


def urgency(reminder: Reminder) -> tuple[int, int, date, str, int]:
    """Overdue first (longest overdue first), then by due date; the name keeps the order stable."""
    overdue = reminder.overdue
    return (
        0 if overdue else 1,
        -reminder.days if overdue else 0,
        reminder.due_date,
        reminder.loan_name,
        reminder.installment_number,
    )


def reminders_due(
    loans: Iterable[Loan],
    payments: Iterable[Payment],
    settings: Settings,
    deliveries: Iterable[ReminderDelivery],
    now: datetime,
    *,
    zone: tzinfo | None = None,
) -> list[Reminder]:
    """What to show now, most urgent first; empty during quiet hours.

    A current reminder is due unless it, or a higher rung of its instalment, was shown already; a shown
    one is due again once its snooze has run out. Record each shown reminder with ``delivery_of`` so
    the next check (in this run or the next) does not show it again.
    """
    zone = _zone_of(now, zone)
    if in_quiet_hours(now.astimezone(zone).time(), settings):
        return []
    current = current_reminders(loans, payments, settings, now, zone=zone)
    return unshown(current, deliveries, settings, now, zone=zone)


def unshown(
    current: Sequence[Reminder],
    deliveries: Iterable[ReminderDelivery],
    settings: Settings,
    now: datetime,
    *,
    zone: tzinfo | None = None,
) -> list[Reminder]:
    """Of ``current`` (from current_reminders at ``now``), those to show now: reminders_due's second half,
    for a caller that keeps the current reminders for other uses too."""
    zone = _zone_of(now, zone)
    if in_quiet_hours(now.astimezone(zone).time(), settings):
        return []
    now_utc = now.astimezone(timezone.utc)
    by_key = {delivery.key: delivery for delivery in deliveries}
    highest_shown: dict[tuple[str, int], int] = {}
    for key in by_key:
        parsed = _parse_key(key)
        if parsed is not None:
            loan_id, number, rank = parsed
            highest_shown[loan_id, number] = max(rank, highest_shown.get((loan_id, number), rank))
    due = []
    for reminder in current:
        delivery = by_key.get(reminder.key)
        if delivery is not None:
            snoozed_until = delivery.snoozed_until
            if snoozed_until is not None and snoozed_until <= now_utc:
                due.append(reminder)  # the snooze ran out: show it again
            continue
        shown_rank = highest_shown.get((reminder.loan_id, reminder.installment_number))
        if shown_rank is None or shown_rank < reminder.rank:
            due.append(reminder)
    return due


def delivery_of(reminder: Reminder, now: datetime) -> ReminderDelivery:
    """The record saying ``reminder`` was shown at ``now`` (any earlier snooze is spent)."""
    from app.core.store import ReminderDelivery

    return ReminderDelivery(reminder.key, reminder.loan_id, now.astimezone(timezone.utc), None)


def snoozed(
    reminder: Reminder, until: datetime, deliveries: Iterable[ReminderDelivery], now: datetime
) -> ReminderDelivery:
    """The record that holds ``reminder`` back until ``until`` (shown or not, it stays quiet till then)."""
    from app.core.store import ReminderDelivery

    if until.utcoffset() is None:
        raise ValueError("a snooze needs a timezone-aware instant")
    shown_at = next((d.delivered_at for d in deliveries if d.key == reminder.key), now)
    return ReminderDelivery(
        reminder.key, reminder.loan_id, shown_at.astimezone(timezone.utc), until.astimezone(timezone.utc)
    )


# ------------------------------------------------------------------------------------- snoozing


class SnoozeChoice(StrEnum):
    hour = "hour"  # one hour from now
    tomorrow = "tomorrow"  # tomorrow at the reminder time


def snooze_until(
    choice: SnoozeChoice, now: datetime, settings: Settings, *, zone: tzinfo | None = None
) -> datetime:
    """The instant (UTC) a snooze of kind ``choice`` made at ``now`` runs out.

    An hour is sixty real minutes, across a DST change too. "Tomorrow" is the next local day at the
    reminder time, moved past quiet hours like any reminder.
    """
    zone = _zone_of(now, zone)
    if choice is SnoozeChoice.hour:
        return now.astimezone(timezone.utc) + timedelta(hours=1)
    tomorrow = now.astimezone(zone).date() + timedelta(days=1)
    return reminder_instant(tomorrow, settings, zone)
