"""Which reminders the user sees, and when: lead days, the time of day, quiet hours, month ends, overdue
nudges, snoozes, catch-up after the app was closed, restarts, DST and time-zone changes."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from app.core.clock import FixedClock
from app.core.due import due_board
from app.core.models import CustomInstallment, Loan, LoanKind, Payment, RepaymentMethod, Settings
from app.core.reminders import (
    ReminderKind,
    SnoozeChoice,
    current_reminders,
    delivery_of,
    reminders_due,
    snooze_until,
    snoozed,
)
from app.core.schedule import position
from app.core.store import ReminderDelivery, Store

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
NO_QUIET = {"quiet_hours_start": None, "quiet_hours_end": None}


def custom_loan(
    loan_id: str = "card", name: str = "招行信用卡", dues: tuple[date, ...] = (date(2026, 3, 5),),
    amount: str = "1200.00",
) -> Loan:
    rows = [CustomInstallment(due_date=day, principal=Decimal(amount)) for day in dues]
    return Loan(
        id=loan_id, lender="招商银行", name=name, kind=LoanKind.unsecured_consumer,
        method=RepaymentMethod.custom, principal=Decimal(amount) * len(dues),
        start_date=dues[0] - timedelta(days=40), due_day=dues[0].day, custom_installments=rows,
    )


def at(zone, *parts) -> datetime:
    return datetime(*parts, tzinfo=zone)


class Deliveries:
    """An in-memory delivery record, keyed like the store's table."""

    def __init__(self) -> None:
        self.by_key: dict[str, ReminderDelivery] = {}

    def __iter__(self):
        return iter(list(self.by_key.values()))

    def record(self, delivery: ReminderDelivery) -> None:
        self.by_key[delivery.key] = delivery


def due_keys(loans, settings, now, *, payments=(), record=(), zone=None) -> list[str]:
    return [reminder.key for reminder in reminders_due(loans, payments, settings, record, now, zone=zone)]


def check(loans, settings, record, now, payments=(), zone=None) -> list[str]:
    """One check as the scheduler does it: what is due is shown and recorded. Returns the shown keys."""
    due = reminders_due(loans, payments, settings, record, now, zone=zone)
    for reminder in due:
        record.record(delivery_of(reminder, now))
    return [reminder.key for reminder in due]


# ------------------------------------------------------------------------------ lead days, time


def test_each_lead_day_reminds_once_at_the_reminder_time():
    loans, settings, record = [custom_loan()], Settings(), Deliveries()
    assert check(loans, settings, record, at(SHANGHAI, 2026, 2, 26, 8, 59)) == []
    assert check(loans, settings, record, at(SHANGHAI, 2026, 2, 26, 9, 0)) == ["card:1:lead7"]
    assert check(loans, settings, record, at(SHANGHAI, 2026, 2, 26, 9, 1)) == []
    assert check(loans, settings, record, at(SHANGHAI, 2026, 3, 2, 9, 0)) == ["card:1:lead3"]
    assert check(loans, settings, record, at(SHANGHAI, 2026, 3, 4, 9, 0)) == ["card:1:lead1"]
    assert check(loans, settings, record, at(SHANGHAI, 2026, 3, 5, 9, 0)) == ["card:1:lead0"]
    assert check(loans, settings, record, at(SHANGHAI, 2026, 3, 5, 21, 0)) == []


def test_a_reminder_carries_what_the_user_must_pay_and_when():
    [reminder] = reminders_due([custom_loan()], [], Settings(), [], at(SHANGHAI, 2026, 3, 4, 9, 0))
    assert reminder.loan_name == "招行信用卡"
    assert (reminder.due_date, reminder.outstanding) == (date(2026, 3, 5), Decimal("1200.00"))
    assert (reminder.kind, reminder.days) == (ReminderKind.lead, 1)
    assert reminder.scheduled_at == at(SHANGHAI, 2026, 3, 4, 9, 0)


def test_the_chosen_time_of_day_is_when_it_shows():
    settings = Settings(reminder_time=time(18, 30), reminder_lead_days=[0])
    loans = [custom_loan()]
    assert reminders_due(loans, [], settings, [], at(SHANGHAI, 2026, 3, 5, 18, 29)) == []
    assert due_keys(loans, settings, at(SHANGHAI, 2026, 3, 5, 18, 30)) == ["card:1:lead0"]


def test_lead_days_the_user_removed_never_remind():
    settings = Settings(reminder_lead_days=[1])
    loans = [custom_loan()]
    assert reminders_due(loans, [], settings, [], at(SHANGHAI, 2026, 2, 26, 12, 0)) == []
    assert reminders_due(loans, [], settings, [], at(SHANGHAI, 2026, 3, 2, 12, 0)) == []
    assert [r.days for r in reminders_due(loans, [], settings, [], at(SHANGHAI, 2026, 3, 4, 12, 0))] == [1]


def test_a_paid_instalment_is_not_reminded_and_a_partial_payment_lowers_the_amount():
    loans, now = [custom_loan()], at(SHANGHAI, 2026, 3, 5, 9, 0)
    partial = Payment(loan_id="card", paid_on=date(2026, 3, 3), amount=Decimal("200.00"))
    [reminder] = reminders_due(loans, [partial], Settings(), [], now)
    assert reminder.outstanding == Decimal("1000.00")
    rest = Payment(loan_id="card", paid_on=date(2026, 3, 5), amount=Decimal("1000.00"))
    assert reminders_due(loans, [partial, rest], Settings(), [], now) == []


def test_archived_loans_are_left_alone():
    loan = custom_loan().model_copy(update={"archived": True})
    assert reminders_due([loan], [], Settings(), [], at(SHANGHAI, 2026, 3, 5, 9, 0)) == []


# ------------------------------------------------------------------------------------- month end


def test_due_day_31_reminds_on_the_last_day_of_short_months():
    loan = Loan(
        id="rent", lender="微粒贷", kind=LoanKind.small_online, method=RepaymentMethod.equal_principal,
        principal=Decimal("6000.00"), annual_rate=Decimal("7.2"), term_months=6, start_date=date(2026, 1, 10),
        due_day=31,
    )
    settings = Settings(reminder_lead_days=[1, 0], **NO_QUIET)
    record = Deliveries()
    shown = []
    clock = FixedClock(at(SHANGHAI, 2026, 1, 31, 0, 0))
    while clock.now() < at(SHANGHAI, 2026, 5, 2, 0, 0):
        shown += [(clock.now().date(), key) for key in check([loan], settings, record, clock.now())]
        clock.advance(timedelta(hours=3))
    # The first instalment is due in February: the 28th (2026 is no leap year); then March 31, April 30.
    assert [(day, key) for day, key in shown if ":lead" in key] == [
        (date(2026, 2, 27), "rent:1:lead1"), (date(2026, 2, 28), "rent:1:lead0"),
        (date(2026, 3, 30), "rent:2:lead1"), (date(2026, 3, 31), "rent:2:lead0"),
        (date(2026, 4, 29), "rent:3:lead1"), (date(2026, 4, 30), "rent:3:lead0"),
    ]
    # Unpaid, the February instalment is nudged from March 1, the day after its month-end due date.
    assert (date(2026, 3, 1), "rent:1:overdue1") in shown


# ---------------------------------------------------------------------------------- quiet hours


def test_a_reminder_time_inside_quiet_hours_waits_for_their_end():
    settings = Settings(reminder_time=time(7, 0), quiet_hours_start=time(22, 0), quiet_hours_end=time(8, 0))
    loans = [custom_loan()]
    assert reminders_due(loans, [], settings, [], at(SHANGHAI, 2026, 3, 5, 7, 59)) == []
    [reminder] = reminders_due(loans, [], settings, [], at(SHANGHAI, 2026, 3, 5, 8, 0))
    assert reminder.scheduled_at == at(SHANGHAI, 2026, 3, 5, 8, 0)


def test_nothing_shows_during_quiet_hours_even_when_overdue_and_never_shown():
    settings = Settings(quiet_hours_start=time(22, 0), quiet_hours_end=time(8, 0))
    loans = [custom_loan()]
    assert reminders_due(loans, [], settings, [], at(SHANGHAI, 2026, 3, 20, 23, 30)) == []
    assert reminders_due(loans, [], settings, [], at(SHANGHAI, 2026, 3, 21, 7, 59)) == []
    assert due_keys(loans, settings, at(SHANGHAI, 2026, 3, 21, 8, 0)) == ["card:1:overdue14"]


def test_daytime_quiet_hours_that_do_not_span_midnight():
    settings = Settings(
        reminder_time=time(12, 30), quiet_hours_start=time(12, 0), quiet_hours_end=time(14, 0)
    )
    loans = [custom_loan()]
    assert reminders_due(loans, [], settings, [], at(SHANGHAI, 2026, 3, 5, 13, 59)) == []
    [reminder] = reminders_due(loans, [], settings, [], at(SHANGHAI, 2026, 3, 5, 14, 0))
    assert reminder.scheduled_at == at(SHANGHAI, 2026, 3, 5, 14, 0)


# ------------------------------------------------------------------------------ overdue nudges


def test_an_unpaid_instalment_is_nudged_on_days_1_3_7_then_weekly():
    loans, settings, record = [custom_loan()], Settings(), Deliveries()
    clock = FixedClock(at(SHANGHAI, 2026, 2, 20, 0, 0))
    shown = []
    while clock.now() < at(SHANGHAI, 2026, 4, 10, 0, 0):
        shown += [(clock.now().date(), key) for key in check(loans, settings, record, clock.now())]
        clock.advance(timedelta(minutes=30))
    assert shown == [
        (date(2026, 2, 26), "card:1:lead7"),
        (date(2026, 3, 2), "card:1:lead3"),
        (date(2026, 3, 4), "card:1:lead1"),
        (date(2026, 3, 5), "card:1:lead0"),
        (date(2026, 3, 6), "card:1:overdue1"),
        (date(2026, 3, 8), "card:1:overdue3"),
        (date(2026, 3, 12), "card:1:overdue7"),
        (date(2026, 3, 19), "card:1:overdue14"),
        (date(2026, 3, 26), "card:1:overdue21"),
        (date(2026, 4, 2), "card:1:overdue28"),
        (date(2026, 4, 9), "card:1:overdue35"),
    ]


def test_nudges_stop_once_the_card_minimum_is_paid():
    card = Loan(
        id="cmb", lender="招商银行", kind=LoanKind.credit_card, method=RepaymentMethod.credit_card,
        principal=Decimal("18000.00"), annual_rate=Decimal("18.25"), start_date=date(2026, 2, 18), due_day=8,
        grace_days=3,
    )
    minimum = Payment(loan_id="cmb", paid_on=date(2026, 3, 9), amount=Decimal("1800.00"))
    settings = Settings()
    assert due_keys([card], settings, at(SHANGHAI, 2026, 3, 9, 9, 0)) == ["cmb:1:overdue1"]
    assert reminders_due([card], [minimum], settings, [], at(SHANGHAI, 2026, 3, 11, 9, 0)) == []


def test_a_card_reminder_quotes_the_overdue_amount_the_overview_shows():
    # The sample set's card: an 18,000 statement of 5-1, due 5-21, 500 paid late on 5-30. On 6-15 the
    # overview says 25 days and 1,300.00 overdue; the reminder said "25 days overdue, ¥17,500.00" (the
    # statement's unpaid balance) until issue 16 point 6.
    card = Loan(
        id="cmb", lender="招商银行", kind=LoanKind.credit_card, method=RepaymentMethod.credit_card,
        principal=Decimal("18000.00"), annual_rate=Decimal("18.25"), start_date=date(2026, 5, 1),
        statement_day=1, due_day=21, grace_days=3,
    )
    paid = [Payment(loan_id="cmb", paid_on=date(2026, 5, 30), amount=Decimal("500.00"))]
    now = at(SHANGHAI, 2026, 6, 15, 10, 0)
    where = position(card, paid, date(2026, 6, 15))
    assert (where.days_past_due, where.overdue_amount) == (25, Decimal("1300.00"))
    overdue = [r for r in current_reminders([card], paid, Settings(), now) if r.kind is ReminderKind.overdue]
    assert len(overdue) == 1 and overdue[0].due_date == date(2026, 5, 21)
    assert overdue[0].outstanding == overdue[0].minimum_left == Decimal("1300.00")
    # Two statements overdue (7-15): still one overdue reminder, from the oldest, for all of it.
    later = at(SHANGHAI, 2026, 7, 15, 10, 0)
    where = position(card, paid, date(2026, 7, 15))
    assert where.overdue_installments == 2
    overdue = [r for r in current_reminders([card], paid, Settings(), later) if r.kind is ReminderKind.overdue]
    assert [(r.due_date, r.outstanding) for r in overdue] == [(date(2026, 5, 21), where.overdue_amount)]


def test_catch_up_after_days_away_shows_one_current_reminder_per_instalment_most_urgent_first():
    loans = [
        custom_loan(),
        custom_loan("car", "车贷", (date(2026, 3, 12),), "3000.00"),
        custom_loan("huabei", "花呗", (date(2026, 2, 20), date(2026, 3, 15)), "500.00"),
    ]
    # Last check on Feb 25; the laptop slept until the morning of March 10.
    record = Deliveries()
    check(loans, Settings(), record, at(SHANGHAI, 2026, 2, 25, 9, 0))
    due = reminders_due(loans, [], Settings(), record, at(SHANGHAI, 2026, 3, 10, 9, 5))
    # No "due in 7 days", "in 3 days" ... replayed: each instalment's newest rung only.
    assert [r.key for r in due] == ["huabei:1:overdue14", "card:1:overdue3", "car:1:lead3", "huabei:2:lead7"]


# ----------------------------------------------------------------------------- restarts, store


def test_no_reminder_is_shown_twice_across_restarts(data_dir):
    loans = [custom_loan()]
    first = at(SHANGHAI, 2026, 3, 4, 9, 0)
    with Store.open(data_dir, clock=FixedClock(first)) as store:
        store.add_loan(loans[0])
        due = reminders_due(store.loans(), store.payments(), store.settings(), store.deliveries(), first)
        assert [r.key for r in due] == ["card:1:lead1"]
        for reminder in due:
            store.record_delivery(delivery_of(reminder, first))
    later = first + timedelta(hours=5)
    with Store.open(data_dir, clock=FixedClock(later)) as store:
        assert due_keys(store.loans(), store.settings(), later, record=store.deliveries()) == []
        snooze = snoozed(due[0], later + timedelta(hours=1), store.deliveries(), later)
        store.set_snooze(snooze.key, snooze.snoozed_until)
    with Store.open(data_dir, clock=FixedClock(later)) as store:
        again = later + timedelta(hours=1)
        assert due_keys(store.loans(), store.settings(), again, record=store.deliveries()) == ["card:1:lead1"]


# -------------------------------------------------------------------------------------- snooze


def test_snooze_for_an_hour_rearms_the_reminder_sixty_minutes_later_once():
    loans, settings, record = [custom_loan()], Settings(), Deliveries()
    shown_at = at(SHANGHAI, 2026, 3, 5, 9, 0)
    [reminder] = reminders_due(loans, [], settings, record, shown_at)
    record.record(delivery_of(reminder, shown_at))
    record.record(snoozed(reminder, snooze_until(SnoozeChoice.hour, shown_at, settings), record, shown_at))
    assert check(loans, settings, record, shown_at + timedelta(minutes=59)) == []
    assert check(loans, settings, record, shown_at + timedelta(minutes=60)) == ["card:1:lead0"]
    assert check(loans, settings, record, shown_at + timedelta(minutes=61)) == []


def test_snooze_until_tomorrow_returns_at_the_reminder_time():
    settings = Settings(reminder_time=time(9, 30))
    assert snooze_until(SnoozeChoice.tomorrow, at(SHANGHAI, 2026, 3, 5, 21, 0), settings) == at(
        SHANGHAI, 2026, 3, 6, 9, 30)


def test_snooze_to_a_chosen_time_inside_quiet_hours_waits_for_morning():
    loans, settings, record = [custom_loan()], Settings(), Deliveries()
    now = at(SHANGHAI, 2026, 3, 5, 9, 0)
    [reminder] = reminders_due(loans, [], settings, record, now)
    record.record(snoozed(reminder, at(SHANGHAI, 2026, 3, 5, 23, 0), record, now))
    assert check(loans, settings, record, at(SHANGHAI, 2026, 3, 5, 23, 0)) == []
    assert check(loans, settings, record, at(SHANGHAI, 2026, 3, 6, 8, 0)) == ["card:1:lead0"]


def test_a_newer_reminder_replaces_a_snoozed_one():
    loans, settings, record = [custom_loan()], Settings(), Deliveries()
    now = at(SHANGHAI, 2026, 3, 4, 9, 0)
    assert check(loans, settings, record, now) == ["card:1:lead1"]
    [reminder] = current_reminders(loans, [], settings, now)
    record.record(snoozed(reminder, at(SHANGHAI, 2026, 3, 5, 12, 0), record, now))
    assert check(loans, settings, record, at(SHANGHAI, 2026, 3, 5, 9, 0)) == ["card:1:lead0"]
    # The snooze runs out at noon, but "due tomorrow" is no longer true: it stays quiet.
    assert check(loans, settings, record, at(SHANGHAI, 2026, 3, 5, 12, 0)) == []


def test_a_reminder_not_yet_shown_can_be_snoozed_too():
    loans, settings, record = [custom_loan()], Settings(), Deliveries()
    now = at(SHANGHAI, 2026, 3, 5, 9, 0)
    [reminder] = current_reminders(loans, [], settings, now)
    record.record(snoozed(reminder, now + timedelta(hours=2), record, now))
    assert check(loans, settings, record, now + timedelta(hours=1)) == []
    assert check(loans, settings, record, now + timedelta(hours=2)) == ["card:1:lead0"]


# ---------------------------------------------------------------------------- DST, zone changes


@pytest.mark.parametrize(
    ("zone", "day", "jump_utc"),
    [(BERLIN, date(2026, 3, 29), datetime(2026, 3, 29, 1, 0, tzinfo=timezone.utc)),
     (NEW_YORK, date(2026, 3, 8), datetime(2026, 3, 8, 7, 0, tzinfo=timezone.utc))],
)
def test_a_reminder_time_skipped_by_spring_forward_shows_once_after_the_jump(zone, day, jump_utc):
    loans = [custom_loan(dues=(day,))]
    settings = Settings(reminder_time=time(2, 30), reminder_lead_days=[0], **NO_QUIET)
    record, shown = Deliveries(), []
    clock = FixedClock(jump_utc.astimezone(zone) - timedelta(hours=2))
    while clock.now() < jump_utc + timedelta(hours=3):
        shown += [(clock.now(), key) for key in check(loans, settings, record, clock.now())]
        clock.advance(timedelta(minutes=1))
    # 02:30 does not exist that night; it shows at 03:30, the same time after midnight on the clock.
    assert [(moment.strftime("%H:%M %Z"), key) for moment, key in shown] == [
        (jump_utc.astimezone(zone).replace(minute=30).strftime("%H:%M %Z"), "card:1:lead0")]
    assert shown[0][0].astimezone(timezone.utc) == jump_utc + timedelta(minutes=30)


@pytest.mark.parametrize(
    ("zone", "day", "first_utc"),
    [(BERLIN, date(2026, 10, 25), datetime(2026, 10, 25, 0, 30, tzinfo=timezone.utc)),
     (NEW_YORK, date(2026, 11, 1), datetime(2026, 11, 1, 5, 30, tzinfo=timezone.utc))],
)
def test_a_reminder_time_repeated_by_fall_back_shows_only_the_first_time(zone, day, first_utc):
    loans = [custom_loan(dues=(day,))]
    # New York falls back from 02:00 to 01:00, Berlin from 03:00 to 02:00: each repeats half past.
    reminder_time = time(1, 30) if zone is NEW_YORK else time(2, 30)
    settings = Settings(reminder_time=reminder_time, reminder_lead_days=[0], **NO_QUIET)
    record, shown = Deliveries(), []
    clock = FixedClock(first_utc.astimezone(zone) - timedelta(hours=1))
    while clock.now() < first_utc + timedelta(hours=3):
        shown += [clock.now().astimezone(timezone.utc) for _ in check(loans, settings, record, clock.now())]
        clock.advance(timedelta(minutes=1))
    # (Compared in UTC: Python never calls a time inside the repeated hour equal to another zone's.)
    assert shown == [first_utc]


def test_snoozing_an_hour_across_spring_forward_is_sixty_real_minutes():
    before = at(BERLIN, 2026, 3, 29, 1, 45)
    assert snooze_until(SnoozeChoice.hour, before, Settings()) - before == timedelta(hours=1)
    assert snooze_until(SnoozeChoice.hour, before, Settings()).astimezone(BERLIN).strftime("%H:%M") == "03:45"


def test_flying_west_does_not_bring_back_a_reminder_already_shown():
    loans, settings, record = [custom_loan()], Settings(**NO_QUIET), Deliveries()
    assert check(loans, settings, record, at(SHANGHAI, 2026, 3, 5, 9, 0)) == ["card:1:lead0"]
    # Twelve hours later in New York it is still March 4: "due tomorrow" must not come back.
    landed = at(SHANGHAI, 2026, 3, 5, 12, 0).astimezone(NEW_YORK)
    assert landed.date() == date(2026, 3, 4)
    assert check(loans, settings, record, landed) == []
    # The next rung comes at the reminder time of New York's next day after the due date.
    assert check(loans, settings, record, at(NEW_YORK, 2026, 3, 6, 8, 59)) == []
    assert check(loans, settings, record, at(NEW_YORK, 2026, 3, 6, 9, 0)) == ["card:1:overdue1"]


def test_flying_east_reminds_at_the_new_zones_reminder_time():
    loans, settings, record = [custom_loan()], Settings(), Deliveries()
    assert check(loans, settings, record, at(NEW_YORK, 2026, 3, 3, 9, 0)) == ["card:1:lead3"]
    assert check(loans, settings, record, at(SHANGHAI, 2026, 3, 4, 8, 59)) == []
    assert check(loans, settings, record, at(SHANGHAI, 2026, 3, 4, 9, 0)) == ["card:1:lead1"]


def test_an_explicit_zone_overrides_the_instants_own():
    now_utc = datetime(2026, 3, 5, 1, 0, tzinfo=timezone.utc)  # 09:00 in Shanghai
    assert reminders_due([custom_loan()], [], Settings(), [], now_utc) == []
    assert [r.key for r in reminders_due([custom_loan()], [], Settings(), [], now_utc, zone=SHANGHAI)] == [
        "card:1:lead0"]


def test_a_naive_instant_is_refused():
    with pytest.raises(ValueError):
        reminders_due([custom_loan()], [], Settings(), [], datetime(2026, 3, 5, 9, 0))


# ----------------------------------------------------------------------------- tray icon state


def test_the_tray_level_follows_the_most_pressing_instalment():
    loan, settings = custom_loan(), Settings()

    def level(payments, day):
        return due_board([(loan, position(loan, payments, day))], day, settings).level

    assert level([], date(2026, 2, 20)) == "ok"
    assert level([], date(2026, 2, 27)) == "soon"
    assert level([], date(2026, 3, 6)) == "overdue"
    paid = Payment(loan_id="card", paid_on=date(2026, 3, 1), amount=Decimal("1200.00"))
    assert level([paid], date(2026, 3, 6)) == "ok"


def test_reminders_from_positions_kept_near_today_match_a_full_check():
    # The app checks reminders against the overview's positions (instalments near today only): the
    # answer must be the one a check from the loans and payments gives.
    from app.core.overview import loan_summaries
    from app.core.reminders import reminders_for_positions

    zone = ZoneInfo("Asia/Shanghai")
    loans = [
        custom_loan(f"loan-{day}", dues=(date(2026, 3, day), date(2026, 4, day), date(2026, 6, day)))
        for day in (1, 10, 28)
    ]
    payments = [Payment(loan_id="loan-10", paid_on=date(2026, 3, 9), amount=Decimal("1200.00"))]
    settings = Settings(reminder_lead_days=[60, 7, 0])
    now = at(zone, 2026, 4, 12, 10, 0)
    summaries = loan_summaries(loans, payments, now.date(), near_today=True)
    from_positions = reminders_for_positions(((s.loan, s.position) for s in summaries), settings, now)
    full = current_reminders(loans, payments, settings, now)
    assert from_positions == full
    assert {reminder.loan_id for reminder in full} == {"loan-1", "loan-10", "loan-28"}
    with pytest.raises(ValueError):  # yesterday's positions are refused, not silently used
        reminders_for_positions(((s.loan, s.position) for s in summaries), settings, now + timedelta(days=1))
