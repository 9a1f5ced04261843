"""Opening the data file on its thread, and the first reading the overview needs from it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.core.clock import Clock
from app.core.first_screen import FirstScreen
from app.core.models import Settings
from app.core.overview import LoanSummary, first_screen, loan_summaries
from app.core.store import Store, StoreDamaged, default_data_dir


@dataclass(frozen=True)
class FirstReading:
    """What the UI thread gets once the file is open: today's loan summaries, the overview worked out from
    them (to keep for the next start) and the settings."""

    summaries: list[LoanSummary]
    screen: FirstScreen
    settings: Settings


def opener(data_dir: Path | None, clock: Clock) -> Callable[[], Store]:
    """Opens the data file in ``data_dir`` (the user's default folder when None) for this window."""

    def open_store() -> Store:
        clock.now()  # a clock past 2262 (ClockOutOfRange) is explained before the data is opened
        return Store.open(data_dir or default_data_dir(), clock=clock, holder="window")

    return open_store


def restoring_opener(data_dir: Path | None, clock: Clock) -> Callable[[], Store]:
    """Puts the newest good backup back over damaged records, then opens as opener() does."""

    def restore_then_open() -> Store:
        with Store.open(data_dir or default_data_dir(), clock=clock, holder="window") as store:
            store.restore_backup(store.newest_good_backup().path)
        return opener(data_dir, clock)()

    return restore_then_open


def first_reading(store: Store, today: date) -> FirstReading:
    """Every loan's position today (every schedule is built: about a second for a thousand loans), so
    that the UI thread only lays out pages.

    A damaged record (which SQLite's integrity check cannot see) surfaces here as StoreDamaged, with a
    way out, instead of failing a page later. Opening decoded every record (the reminder history too: a
    damaged row there broke every start) unless there was nothing to decode or the file was just
    migrated; then they are read here."""
    if store.records_intact is False:
        raise StoreDamaged(store.path, "a stored record is not valid", in_record=True)
    revision = store.revision()
    summaries = loan_summaries(store.loans(), store.payments(), today, near_today=True)
    if store.records_intact is None:
        store.contacts()
        store.deliveries()
    settings = store.settings()
    return FirstReading(summaries, first_screen(summaries, today, settings, revision), settings)
