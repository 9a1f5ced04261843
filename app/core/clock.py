"""Injected time. Logic never reads the wall clock itself; it is handed a Clock.

Instants are timezone-aware datetimes. ``today()`` is the local calendar date of the clock's zone,
which is what due dates are compared with.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


def local_zone() -> tzinfo:
    """The system's current local time zone (follows DST changes)."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


class SystemClock:
    """The real clock, in the system's local zone at the moment of each call."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def today(self) -> date:
        return self.now().date()


class FixedClock:
    """A clock for tests and what-if: stands still until advanced."""

    def __init__(self, instant: datetime) -> None:
        if instant.tzinfo is None or instant.utcoffset() is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._instant = instant

    def now(self) -> datetime:
        return self._instant

    def today(self) -> date:
        return self._instant.date()

    def advance(self, delta: timedelta) -> None:
        # Arithmetic in UTC, then back to the original zone, so DST gaps are crossed correctly.
        zone = self._instant.tzinfo
        self._instant = (self._instant.astimezone(timezone.utc) + delta).astimezone(zone)

    def set(self, instant: datetime) -> None:
        if instant.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._instant = instant
