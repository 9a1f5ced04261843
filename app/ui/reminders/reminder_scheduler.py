"""When to look for due reminders, and what to do with them: the Qt glue around app.core.reminders.

It checks once at start (catching up on whatever came due while the app was closed), then on a timer
aligned to the next whole minute (one wake-up a minute, no polling loop), whenever loans, payments or
settings change, and after the wall clock jumped between two ticks (resume from sleep, the clock or the
time zone changed). What is due is shown as one notification (grouped when several) and recorded in the
data file (through the Controller's reminder operations), so it is shown once, in this run or the next.
Snoozes are recorded the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.core.reminders import Reminder, SnoozeChoice, reminders_for_positions, snooze_until
from app.ui.reminders.notifier import OPEN, SNOOZE, Notifier
from app.ui.reminders.reminder_text import notification_text

if TYPE_CHECKING:
    from app.ui.shell.controller import Controller

# Fire just after the minute turns, so a reminder set for 09:00 is never checked at 08:59:59.9.
_SLACK_MS = 250
# More than this between wall-clock and monotonic time since the last tick means the clock jumped
# (suspend stops the monotonic clock on Linux and macOS; a user or NTP may move the wall clock).
JUMP_TOLERANCE_SECONDS = 90.0


class ReminderScheduler(QObject):
    """Signals: remindersShown(list[Reminder]) after a notification; changed() when what the tray shows
    may differ (a check ran, a snooze was recorded); clockJumped() after sleep or a clock change."""

    remindersShown = Signal(list)
    changed = Signal()
    clockJumped = Signal()

    def __init__(
        self,
        controller: Controller,
        notifier: Notifier,
        *,
        wall_seconds: Callable[[], float] = time.time,
        monotonic_seconds: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.notifier = notifier
        self._wall_seconds = wall_seconds
        self._monotonic_seconds = monotonic_seconds
        self._last_tick: tuple[float, float] | None = None
        # What each notification on screen holds, by its loan id, so its Snooze button knows what to snooze.
        self._shown: dict[str, list[Reminder]] = {}
        self._current: list[Reminder] = []
        self._current_minute: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.CoarseTimer)
        self.timer.timeout.connect(self._tick)
        controller.loansChanged.connect(self.check_now)
        controller.settingsChanged.connect(self.check_now)
        notifier.snoozed.connect(self.snooze_notification)

    # ------------------------------------------------------------------------------------ running

    def start(self) -> None:
        self.check_now()
        self._arm()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def _arm(self) -> None:
        now = self.controller.clock.now()
        into_minute_ms = now.second * 1000 + now.microsecond // 1000
        self.timer.start(60_000 - into_minute_ms + _SLACK_MS)
        self._last_tick = (self._wall_seconds(), self._monotonic_seconds())

    def _tick(self) -> None:
        wall, monotonic = self._wall_seconds(), self._monotonic_seconds()
        if self._last_tick is not None:
            last_wall, last_monotonic = self._last_tick
            if abs((wall - last_wall) - (monotonic - last_monotonic)) > JUMP_TOLERANCE_SECONDS:
                if hasattr(time, "tzset"):
                    time.tzset()  # the zone may have changed too (travel, a new system setting)
                self.clockJumped.emit()
        self.check_now()
        self._arm()

    # ----------------------------------------------------------------------------------- checking

    def check_now(self) -> list[Reminder]:
        """Show and record whatever is due now; return it."""
        if not self.controller.is_open:
            return []
        settings = self.controller.settings()
        now = self.controller.clock.now()
        self._current = self._reminders_at(now)
        self._current_minute = now.replace(second=0, microsecond=0)
        due = self.controller.unshown_reminders(self._current, now)
        if due:
            title, body, loan_id = notification_text(due, now.date(), settings.currency_display)
            self.notifier.notify(title, body, loan_id, (OPEN, SNOOZE))
            self.controller.record_reminders_shown(due, now)
            self._shown[loan_id] = due
            self.remindersShown.emit(due)
        self.changed.emit()
        return due

    def _reminders_at(self, now: datetime) -> list[Reminder]:
        settings = self.controller.settings()
        summaries = self.controller.summaries()
        today = now.date()  # current_reminders' day: the local date in now's own zone
        if all(summary.position.as_of == today for summary in summaries):
            # The overview's positions are today's: reuse them rather than rebuild every schedule.
            positions = ((summary.loan, summary.position) for summary in summaries)
            return reminders_for_positions(positions, settings, now)
        # The day has just turned and the overview not yet caught up: from the records themselves.
        return self.controller.reminders_from_records(now)

    def current(self) -> list[Reminder]:
        """The reminders whose time has come and that still hold (shown or not), most urgent first."""
        if not self.controller.is_open:
            return []
        now = self.controller.clock.now()
        # Every change of loans, payments or settings runs a check: within its minute, its answer holds.
        if self._current_minute != now.replace(second=0, microsecond=0):
            self._current = self._reminders_at(now)
            self._current_minute = now.replace(second=0, microsecond=0)
        return list(self._current)

    # ----------------------------------------------------------------------------------- snoozing

    def snooze_until(self, choice: SnoozeChoice) -> datetime:
        return snooze_until(choice, self.controller.clock.now(), self.controller.settings())

    def snooze(self, reminders: Sequence[Reminder], until: datetime) -> None:
        if not reminders or not self.controller.is_open:
            return
        self.controller.record_reminders_snoozed(reminders, until, self.controller.clock.now())
        self.changed.emit()

    def snooze_notification(self, loan_id: str) -> None:
        """The Snooze button of the notification for ``loan_id``: an hour for what it showed."""
        self.snooze(self._shown.pop(loan_id, []), self.snooze_until(SnoozeChoice.hour))

    def snooze_all(self, until: datetime) -> int:
        """Hold back every current reminder until ``until``; return how many."""
        reminders = self.current()
        self.snooze(reminders, until)
        return len(reminders)
