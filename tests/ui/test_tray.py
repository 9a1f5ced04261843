"""The reminders in the running GUI: what is notified and recorded, the tray icon, tooltip and menu,
marking paid, snoozing, closing to the tray, the no-tray case, waking from sleep, start at login."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from reminder_support import RecordingNotifier, loan_due
from shell_support import TODAY, answer_message_box, when_modal

from app import APP_NAME
from app.core.models import Loan, LoanKind, Payment, RepaymentMethod
from app.ui.reminders import tray as tray_module
from app.ui.reminders.notifier import OPEN, SNOOZE, WindowNotifier
from app.ui.reminders.tray import ReminderServices, SnoozeUntilDialog

TOMORROW = TODAY.date() + timedelta(days=1)
FIVE_DAYS_AGO = TODAY.date() - timedelta(days=5)


@pytest.fixture
def notifier():
    return RecordingNotifier()


@pytest.fixture
def services(window, controller, notifier):
    made = []

    def start(*, tray_available: bool = True) -> ReminderServices:
        made.append(ReminderServices(window, controller, tray_available=tray_available, notifier=notifier))
        return made[-1]

    yield start
    for service in made:
        service.stop()
    QApplication.setQuitOnLastWindowClosed(True)


def menu_action(service: ReminderServices, name: str):
    service.tray.rebuild_menu()
    found = [action for action in service.tray.menu.findChildren(type(service.tray.menu.menuAction()))
             if action.objectName() == name]
    assert found, f"no menu action {name}"
    return found


# ---------------------------------------------------------------------------------- notifications


def test_a_due_reminder_is_notified_with_the_loan_name_and_recorded_once(controller, services, notifier):
    controller.add_loan(loan_due("card", "招行信用卡", TOMORROW))
    first = services()
    assert [(shown.title, shown.loan_id) for shown in notifier.shown] == [("招行信用卡: due tomorrow", "card")]
    assert "¥1,200.00 to pay by 2026-06-16." in notifier.shown[0].body
    assert notifier.shown[0].actions == (OPEN, SNOOZE)
    assert [delivery.key for delivery in controller.database.run(lambda store: store.deliveries())] == ["card:1:lead1"]
    first.stop()
    services()  # the app started again the same day: nothing new to say
    assert len(notifier.shown) == 1


def test_reminders_missed_while_closed_come_as_one_grouped_notification(controller, services, notifier):
    controller.add_loan(loan_due("card", "招行信用卡", TOMORROW))
    controller.add_loan(loan_due("car", "车贷", FIVE_DAYS_AGO, amount="3000.00"))
    services()
    [shown] = notifier.shown
    assert shown.title == "2 repayment reminders"
    assert shown.body.splitlines() == ["车贷 — 5 days overdue, ¥3,000.00", "招行信用卡 — due tomorrow, ¥1,200.00"]
    assert shown.loan_id == ""  # several loans: clicking opens the overview


def test_clicking_a_notification_opens_that_loan(window, controller, services, notifier):
    controller.add_loan(loan_due("card", "招行信用卡", TOMORROW))
    services()
    window.hide()
    notifier.activated.emit("card")
    assert window.isVisible()
    assert window.stack.currentWidget() is window.loan_page
    assert window.loan_page.loan_id == "card"


def test_snooze_on_a_notification_brings_it_back_an_hour_later(controller, services, notifier):
    controller.add_loan(loan_due("card", "招行信用卡", TOMORROW))
    service = services()
    notifier.snoozed.emit("card")
    controller.clock.advance(timedelta(minutes=59))
    assert service.scheduler.check_now() == []
    controller.clock.advance(timedelta(minutes=1))
    assert [reminder.key for reminder in service.scheduler.check_now()] == ["card:1:lead1"]
    assert len(notifier.shown) == 2


def test_the_check_is_aligned_to_the_next_whole_minute(controller, services):
    controller.clock.advance(timedelta(seconds=42))
    service = services()
    assert service.scheduler.running
    # 18 s to the minute plus the scheduler's slack; a coarse Qt timer may move its deadline by up to 5%
    # of the interval (Qt's documented accuracy), which a busy machine shows.
    assert 17_000 < service.scheduler.timer.remainingTime() <= 18_250 * 1.05


def test_after_sleeping_through_the_reminder_time_the_next_tick_delivers_it(controller, services, notifier):
    controller.save_settings(controller.settings().model_copy(update={"reminder_lead_days": [1, 0]}))
    controller.add_loan(loan_due("card", "招行信用卡", TOMORROW + timedelta(days=1)))  # lead1 tomorrow at 09:00
    service = services()
    assert notifier.shown == []
    wall, monotonic = [1000.0], [50.0]
    scheduler = service.scheduler
    scheduler._wall_seconds, scheduler._monotonic_seconds = (lambda: wall[0]), (lambda: monotonic[0])
    scheduler._arm()
    jumps = []
    scheduler.clockJumped.connect(lambda: jumps.append(True))
    # The lid closes; 23 hours later it opens: the monotonic clock moved one minute, the wall clock 23 hours.
    controller.clock.advance(timedelta(hours=23))
    wall[0] += 23 * 3600
    monotonic[0] += 60
    scheduler._tick()
    assert jumps == [True]
    assert [shown.title for shown in notifier.shown] == ["招行信用卡: due tomorrow"]


def test_an_ordinary_tick_is_not_taken_for_a_wake_up(controller, services):
    service = services()
    wall, monotonic = [1000.0], [50.0]
    scheduler = service.scheduler
    scheduler._wall_seconds, scheduler._monotonic_seconds = (lambda: wall[0]), (lambda: monotonic[0])
    scheduler._arm()
    jumps = []
    scheduler.clockJumped.connect(lambda: jumps.append(True))
    wall[0] += 60.3
    monotonic[0] += 60.2
    scheduler._tick()
    assert jumps == []


# ----------------------------------------------------------------------------------- tray icon


def test_the_icon_and_tooltip_follow_the_most_pressing_due(controller, services):
    service = services()
    assert service.tray.level == "ok"
    assert "Nothing due in the next 30 days" in service.tray.icon.toolTip()
    controller.add_loan(loan_due("card", "招行信用卡", TOMORROW))
    assert service.tray.level == "soon"
    assert "Next due: 招行信用卡, ¥1,200.00 on 2026-06-16" in service.tray.icon.toolTip()
    controller.add_loan(loan_due("car", "车贷", FIVE_DAYS_AGO, amount="3000.00"))
    assert service.tray.level == "overdue"
    assert service.tray.icon.toolTip().splitlines()[1] == "Overdue: 1 instalment"


def test_the_menu_lists_the_next_dues_and_a_click_opens_the_loan(window, controller, services):
    controller.add_loan(loan_due("card", "招行信用卡", TOMORROW))
    controller.add_loan(loan_due("car", "车贷", FIVE_DAYS_AGO, amount="3000.00"))
    service = services()
    dues = menu_action(service, "trayDue")
    assert [action.text() for action in dues] == [
        "车贷 · 5 days overdue · ¥3,000.00 to be current today", "招行信用卡 · due tomorrow · ¥1,200.00"]
    window.hide()
    dues[1].trigger()
    assert window.isVisible()
    assert window.loan_page.loan_id == "card"


def test_a_card_carried_over_after_paying_the_minimum_is_listed_by_its_next_statement(controller, services):
    card = Loan(
        id="cmb", lender="招商银行", name="招行信用卡", kind=LoanKind.credit_card, method=RepaymentMethod.credit_card,
        principal=Decimal("18000.00"), annual_rate=Decimal("18.25"), start_date=date(2026, 5, 10), due_day=5,
        grace_days=3,
    )
    controller.add_loan(card)
    controller.add_payment(Payment(loan_id="cmb", paid_on=date(2026, 6, 5), amount=Decimal("1800.00")))
    service = services()
    assert service.tray.level == "ok"
    service.tray.rebuild_menu()
    # Not the paid statement of 5-10, but the 6-10 one that carries the rest on, due 7-5: the 16,200.00
    # left plus interest, the minimum-only payment having lost the interest-free period: 18,000 x 0.05 %
    # x 27 days (5-10 .. 6-5) + 16,200 x 0.05 % x 5 days (6-6 .. 6-10) = 283.50. (Until cards rolled
    # forward, nothing was listed and the card read "not overdue" forever.) Its minimum: 10 % of 16,200.00
    # plus the interest in full = 1,903.50.
    assert [action.text() for action in service.tray.menu.actions() if action.objectName() == "trayDue"] == [
        "招行信用卡 · due in 20 days · ¥16,483.50 (minimum ¥1,903.50)"
    ]


def test_mark_as_paid_records_what_is_left_of_the_instalment_after_confirming(controller, services):
    controller.add_loan(loan_due("car", "车贷", FIVE_DAYS_AGO, TOMORROW, amount="3000.00"))
    controller.add_payment(Payment(loan_id="car", paid_on=FIVE_DAYS_AGO, amount=Decimal("500.00")))
    service = services()
    [item] = menu_action(service, "trayMarkPaidItem")  # only the oldest unpaid one: a payment settles it
    assert item.text() == "车贷 · 5 days overdue · ¥2,500.00"
    asked = answer_message_box(QMessageBox.StandardButton.No)
    item.trigger()
    assert asked and "Record a payment of ¥2,500.00 today for 车贷 (instalment 1, due 2026-06-10)?" in asked[0]
    assert len(controller.payments("car")) == 1
    [item] = menu_action(service, "trayMarkPaidItem")
    answer_message_box(QMessageBox.StandardButton.Yes)
    item.trigger()
    payment = controller.payments("car")[-1]
    assert (payment.amount, payment.paid_on) == (Decimal("2500.00"), TODAY.date())
    assert service.tray.level == "soon"  # the overdue one is settled; the next falls due tomorrow


def test_snooze_all_for_an_hour_quiets_every_current_reminder(controller, services, notifier):
    controller.add_loan(loan_due("card", "招行信用卡", TOMORROW))
    controller.add_loan(loan_due("car", "车贷", FIVE_DAYS_AGO, amount="3000.00"))
    service = services()
    [hour] = menu_action(service, "traySnoozeHour")
    hour.trigger()
    snoozed = {delivery.key: delivery.snoozed_until for delivery in controller.database.run(lambda store: store.deliveries())}
    an_hour_later = TODAY + timedelta(hours=1)
    assert snoozed == {"card:1:lead1": an_hour_later, "car:1:overdue3": an_hour_later}
    controller.clock.advance(timedelta(hours=1))
    service.scheduler.check_now()
    assert notifier.shown[-1].title == "2 repayment reminders"
    assert len(notifier.shown) == 2


def test_snooze_until_a_chosen_time(controller, services):
    controller.add_loan(loan_due("card", "招行信用卡", TOMORROW))
    service = services()

    def choose(dialog: SnoozeUntilDialog) -> None:
        dialog.edit.setDateTime(dialog.edit.dateTime().addSecs(3600))  # the offered +2 h, plus one more
        dialog.accept()

    ran = when_modal(SnoozeUntilDialog, choose)
    [until] = menu_action(service, "traySnoozeUntil")
    until.trigger()
    assert ran == ["done"]
    [delivery] = controller.database.run(lambda store: store.deliveries())
    assert delivery.snoozed_until == TODAY + timedelta(hours=3)


def test_snooze_is_offered_only_when_something_is_current(controller, services):
    service = services()
    service.tray.rebuild_menu()
    snooze_menu = service.tray.menu.findChild(type(service.tray.menu), "traySnooze")
    assert not snooze_menu.isEnabled()


# ---------------------------------------------------------------------------- close and quit


def test_closing_the_window_keeps_the_app_in_the_tray_hinting_once(window, controller, services, notifier):
    services()
    window.close()
    assert not window.isVisible()
    assert not QApplication.quitOnLastWindowClosed()
    assert [shown.title for shown in notifier.shown] == ["RepayRadar is still running"]
    assert controller.settings().tray_hint_shown
    window.show()
    window.close()
    assert not window.isVisible()
    assert len(notifier.shown) == 1


def test_quit_in_the_tray_menu_really_quits(window, services, monkeypatch):
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    service = services()
    [quit_action] = menu_action(service, "trayQuit")
    quit_action.trigger()
    assert quits == [True]
    assert not window.isVisible()


def test_without_a_tray_the_user_is_told_once_and_closing_quits(window, services):
    remembered = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "reminders")
    remembered.remove("tray/no_tray_notice_shown")
    service = services(tray_available=False)
    assert service.tray is None
    assert service.no_tray_notice.isVisible()
    assert "no system tray" in service.no_tray_notice.text()
    service.no_tray_notice.close()
    again = services(tray_available=False)
    assert again.no_tray_notice is None
    window.close()
    assert not window.isVisible()
    assert QApplication.quitOnLastWindowClosed()


def test_the_window_notifier_shows_reminders_with_open_and_snooze(window, qtbot):
    notifier = WindowNotifier(window)
    opened, snoozed = [], []
    notifier.activated.connect(opened.append)
    notifier.snoozed.connect(snoozed.append)
    notifier.notify("招行信用卡: due tomorrow", "¥1,200.00 to pay by 2026-06-16.", "card")
    box = notifier.box
    assert box.isVisible() and box.text() == "¥1,200.00 to pay by 2026-06-16."
    [open_button] = [button for button in box.findChildren(QPushButton) if button.text() == "Open"]
    open_button.click()
    assert opened == ["card"]
    notifier.notify("车贷: 5 days overdue", "…", "car")
    [snooze_button] = [b for b in notifier.box.findChildren(QPushButton) if b.text() == "Snooze 1 hour"]
    snooze_button.click()
    assert snoozed == ["car"]


# ------------------------------------------------------------------------------ start at login


def test_start_at_login_toggle_writes_and_removes_our_entry(controller, services, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "org.repayradar.RepayRadar.desktop"
    service = services()
    [toggle] = menu_action(service, "trayAutostart")
    assert not toggle.isChecked()
    toggle.trigger()
    assert controller.settings().autostart
    assert entry.is_file()
    text = entry.read_text(encoding="utf-8")
    assert f"--data-dir {controller.data_dir}" in text or f'"{controller.data_dir}"' in text
    [toggle] = menu_action(service, "trayAutostart")
    assert toggle.isChecked()
    toggle.trigger()
    assert not controller.settings().autostart
    assert not entry.exists()



def test_an_entry_an_installer_wrote_for_this_app_shows_ticked_and_unticking_removes_it(
    controller, services, tmp_path, monkeypatch
):
    # The Windows installer's "start at login" box writes the same entry the app would: the app adopts
    # it rather than showing "Start at login" unticked while it starts at every login.
    from app.core.autostart import XdgAutostartEntry, launch_command

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = XdgAutostartEntry(tmp_path / "config" / "autostart")
    entry.enable(launch_command(data_dir=controller.data_dir))
    service = services()
    assert controller.settings().autostart
    [toggle] = menu_action(service, "trayAutostart")
    assert toggle.isChecked()
    toggle.trigger()
    assert not entry.is_enabled()


def test_an_entry_for_another_data_folder_is_left_alone_and_not_adopted(controller, services, tmp_path, monkeypatch):
    from app.core.autostart import XdgAutostartEntry, launch_command

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = XdgAutostartEntry(tmp_path / "config" / "autostart")
    entry.enable(launch_command(data_dir=tmp_path / "another folder"))
    service = services()
    assert not controller.settings().autostart
    [toggle] = menu_action(service, "trayAutostart")
    assert not toggle.isChecked()
    assert entry.is_enabled()


# ----------------------------------------------------------------------------------- language


def test_the_tray_speaks_chinese(controller, services, notifier):
    controller.set_language("zh_CN")
    controller.add_loan(loan_due("card", "招行信用卡", TOMORROW))
    service = services()
    assert notifier.shown[0].title == "招行信用卡：明天到期"
    service.tray.rebuild_menu()
    texts = [action.text() for action in service.tray.menu.actions()]
    assert "打开还款雷达" in texts and "退出还款雷达" in texts
    assert "下次还款：招行信用卡，¥1,200.00，2026-06-16 到期" in service.tray.icon.toolTip()


def test_tray_module_starts_the_services_for_the_application(window, controller, monkeypatch):
    monkeypatch.setattr(tray_module.QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(tray_module, "create_notifier", lambda icon, window, parent=None: RecordingNotifier())
    service = tray_module.start(window, controller)
    try:
        assert service.tray is not None and service.tray.icon.isVisible()
        assert service.scheduler.running
    finally:
        service.stop()
        QApplication.setQuitOnLastWindowClosed(True)


def test_mark_as_paid_on_an_overdue_instalment_pays_its_penalty_too_and_settles_it(controller, services):
    # 3,000.00 due five days ago (2026-06-10), 500.00 paid that day; a contract penalty rate of 18 % a
    # year, 0.05 % a day, on the 2,500.00 left: 2,500 x 5 x 0.0005 = 6.25. A payment today pays that
    # first (Civil Code art. 561), so 2,500.00 alone would leave 6.25 of the instalment overdue.
    loan = loan_due("car", "车贷", FIVE_DAYS_AGO, TOMORROW, amount="3000.00")
    controller.add_loan(loan.model_copy(update={"penalty_rate": Decimal("18")}))
    controller.add_payment(Payment(loan_id="car", paid_on=FIVE_DAYS_AGO, amount=Decimal("500.00")))
    service = services()
    [item] = menu_action(service, "trayMarkPaidItem")
    asked = answer_message_box(QMessageBox.StandardButton.Yes)
    item.trigger()
    assert asked and (
        "Record a payment of ¥2,506.25 today for 车贷 (instalment 1, due 2026-06-10: ¥2,500.00 left of it and "
        "¥6.25 penalty interest, which a late payment pays first)?"
    ) in asked[0]
    payment = controller.payments("car")[-1]
    assert (payment.amount, payment.paid_on) == (Decimal("2506.25"), TODAY.date())
    assert service.tray.level == "soon"  # settled: the next instalment falls due tomorrow
