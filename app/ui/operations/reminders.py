"""Reminder deliveries: what has been shown or snoozed, kept in the data file so a reminder is shown once,
in this run or the next (app/ui/reminders/reminder_scheduler.py asks here instead of the store)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from app.core.models import Settings
from app.core.reminders import Reminder, current_reminders, delivery_of, snoozed, unshown
from app.core.store import Store


def due_from_records(store: Store, settings: Settings, now: datetime) -> list[Reminder]:
    """The reminders whose time has come, worked out from the records themselves (the day has turned
    and the overview's positions are yesterday's)."""
    return current_reminders(store.loans(), store.payments(), settings, now)


def not_yet_shown(store: Store, reminders: Sequence[Reminder], settings: Settings, now: datetime) -> list[Reminder]:
    return unshown(list(reminders), store.deliveries(), settings, now)


def record_shown(store: Store, reminders: Sequence[Reminder], now: datetime) -> None:
    """Remember that ``reminders`` were shown at ``now`` (one transaction)."""
    with store.transaction():
        for reminder in reminders:
            store.record_delivery(delivery_of(reminder, now))


def record_snoozed(store: Store, reminders: Sequence[Reminder], until: datetime, now: datetime) -> None:
    """Hold ``reminders`` back until ``until`` (one transaction)."""
    deliveries = store.deliveries()
    with store.transaction():
        for reminder in reminders:
            store.record_delivery(snoozed(reminder, until, deliveries, now))
