"""The data file has one thread (app/ui/shell/database.py): every use of the Store, whatever screen or
service asks, runs on the DatabaseWorker's thread and never on the UI thread, the Store is never handed
out, and a write that fails still reaches its caller with the reason and leaves nothing written."""

from __future__ import annotations

import inspect
import threading
from datetime import date
from decimal import Decimal

import pytest
from reminder_support import RecordingNotifier

from app.core.models import Loan, Payment
from app.core.store import LoanNotFound, Store
from app.ui.documents import report
from app.ui.reminders.reminder_scheduler import ReminderScheduler
from app.ui.shell.application import GuiSession, create_application
from app.ui.shell.database import DatabaseWorker, DataNotOpen


@pytest.fixture
def store_threads(monkeypatch) -> list[tuple[str, threading.Thread]]:
    """(method, thread) of every call of a public Store method from now on."""
    calls: list[tuple[str, threading.Thread]] = []
    for name, method in inspect.getmembers(Store, inspect.isfunction):
        if name.startswith("_"):
            continue

        def recording(*args, __method=method, __name=name, **kwargs):
            calls.append((__name, threading.current_thread()))
            return __method(*args, **kwargs)

        monkeypatch.setattr(Store, name, recording)
    return calls


def test_every_store_call_of_the_screens_and_services_runs_on_the_one_data_thread(
    qtbot, window, controller, store_threads, tmp_path, monkeypatch
):
    # The screens: the sample set, a loan's page (estimate, contact log, payments), a payment, the
    # what-if panel's sources, the backups list, removing the sample set; the reminders; the PDF.
    window.load_sample()
    window.open_loan("sample-card")
    controller.assessment("sample-card")
    controller.conduct_breaches("sample-card")
    controller.add_payment(Payment(loan_id="sample-card", paid_on=date(2026, 6, 14), amount=Decimal("10.00")))
    controller.payments("sample-card")
    controller.backup_now()
    controller.backups()
    ReminderScheduler(controller, RecordingNotifier()).check_now()
    documents = window.loan_page.documents
    monkeypatch.setattr(documents, "ask_report_path", lambda name: str(tmp_path / "card.pdf"))
    with qtbot.waitSignal(documents.reportSaved):
        documents.report_actions["en"].trigger()
    qtbot.waitUntil(lambda: not controller.risks_pending())
    controller.remove_sample_data()

    used = {name for name, _thread in store_threads}
    assert {"merge", "add_payment", "payments", "contacts", "deliveries", "record_delivery", "backups"} <= used
    threads = {thread for _name, thread in store_threads}
    assert threads == {controller.database.thread}
    assert controller.database.thread is not threading.main_thread()


def test_the_start_up_opens_and_reads_the_data_file_on_the_data_thread_only(qtbot, data_dir, store_threads, monkeypatch):
    opened_on: list[threading.Thread] = []
    real_open = Store.open.__func__

    def recording_open(cls, *args, **kwargs):
        opened_on.append(threading.current_thread())
        return real_open(cls, *args, **kwargs)

    monkeypatch.setattr(Store, "open", classmethod(recording_open))
    session = GuiSession(create_application(), data_dir)
    qtbot.addWidget(session.window)
    try:
        # What the first paint starts (not through run(): a quit application ends every later wait).
        with qtbot.waitSignal(session.controller.storeOpened, timeout=20000):
            session.open_data()
        session.controller.add_loan(Loan(
            lender="Bank", name="Opened", kind="unsecured_consumer", method="equal_installment",
            principal="1200.00", annual_rate="6", start_date=date(2026, 1, 1), term_months=12, due_day=1,
        ))
        assert [summary.loan.name for summary in session.controller.summaries()] == ["Opened"]
    finally:
        session.hook.uninstall()
        session.controller.close()
    assert opened_on and store_threads
    threads = set(opened_on) | {thread for _name, thread in store_threads}
    assert threads == {session.controller.database.thread}
    assert threading.main_thread() not in threads


def test_the_controller_hands_out_no_store(controller):
    assert not hasattr(controller, "store")
    assert not any(isinstance(value, Store) for value in vars(controller).values())


def test_the_pdf_is_laid_out_and_written_off_the_ui_thread(qtbot, window, controller, tmp_path, monkeypatch):
    window.load_sample()
    window.open_loan("sample-online")
    threads: list[threading.Thread] = []
    real = report.render_prepared_report
    monkeypatch.setattr(
        report, "render_prepared_report", lambda prepared: threads.append(threading.current_thread()) or real(prepared)
    )
    documents = window.loan_page.documents
    monkeypatch.setattr(documents, "ask_report_path", lambda name: str(tmp_path / "online.pdf"))
    with qtbot.waitSignal(documents.reportSaved) as saved:
        documents.report_actions["zh_CN"].trigger()
        assert not documents.report_button.isEnabled()  # no second report while the first is written
    assert threads == [controller.database.thread]
    assert (tmp_path / "online.pdf").read_bytes().startswith(b"%PDF")
    assert saved.args[1] >= 1 and documents.report_button.isEnabled()


def test_a_write_that_fails_reaches_its_caller_and_writes_nothing(controller):
    before = controller.summaries()
    with pytest.raises(LoanNotFound):
        controller.add_payment(Payment(loan_id="no-such-loan", paid_on=date(2026, 6, 1), amount=Decimal("1.00")))
    assert controller.database.run(lambda store: store.payments()) == []
    assert controller.summaries() == before


def test_work_before_the_data_file_is_open_is_refused_on_both_paths(qtbot):
    worker = DatabaseWorker()
    try:
        with pytest.raises(DataNotOpen):
            worker.run(lambda store: store.loans())
        job = worker.submit(lambda store: store.loans())
        with qtbot.waitSignal(job.failed) as failed:
            pass
        assert isinstance(failed.args[0], DataNotOpen)
    finally:
        worker.close()
