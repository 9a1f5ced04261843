"""Injected time. Logic never reads the wall clock itself; it is handed a Clock.

Instants are timezone-aware datetimes. ``today()`` is the local calendar date of the clock's zone,
which is what due dates are compared with.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Protocol

from app.core.errors import RepayRadarError

# Past 2262-04-11 an instant no longer fits in a signed 64-bit count of nanoseconds, which parts of
# the stack (Qt, file times) use; dates from 2262 on are refused as a wrong clock before anything is
# named or computed after them.
FIRST_UNSUPPORTED = datetime(2262, 1, 1, tzinfo=timezone.utc)


class ClockOutOfRange(RepayRadarError):
    """The system clock is set to a moment RepayRadar cannot work with; nothing was opened."""

    key = "clock.out_of_range"

    def __init__(self, instant: datetime) -> None:
        self.instant = instant
        latest = (FIRST_UNSUPPORTED - timedelta(days=1)).date().isoformat()
        super().__init__(now=instant.strftime("%Y-%m-%d %H:%M"), latest=latest)


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


def local_zone() -> tzinfo:
    """The system's current local time zone (follows DST changes)."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def _wall_clock() -> datetime:
    return datetime.now().astimezone()


class SystemClock:
    """The real clock, in the system's local zone at the moment of each call.

    Raises ClockOutOfRange when the clock is at or past FIRST_UNSUPPORTED.
    """

    def now(self) -> datetime:
        try:
            instant = _wall_clock()
        except (OverflowError, OSError, ValueError) as error:
            # The local-time conversion itself fails that far out.
            raise ClockOutOfRange(datetime.now(timezone.utc)) from error
        if instant >= FIRST_UNSUPPORTED:
            raise ClockOutOfRange(instant)
        return instant

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
