"""JSON backup round trips, all-or-nothing import with precise messages, calendar and CSV exports."""

from __future__ import annotations

import csv
import errno
import json
import os
import stat
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from icalendar import Calendar
from store_samples import fixed_clock, sample_dataset, sample_loan, sample_settings

from app.core import fileio
from app.core.exchange import (
    BackupFileInvalid,
    BackupRecordInvalid,
    ExportFailed,
    LoanRefError,
    export_backup,
    export_ics,
    export_schedule_csv,
    import_backup,
)
from app.core.models import Loan, LoanKind, Payment, RepaymentMethod, Settings
from app.core.store import Store


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir, clock=fixed_clock()) as opened:
        yield opened


@pytest.fixture
def filled(store):
    loans, payments, contacts = sample_dataset(8)
    store.merge(loans, payments, contacts, sample_settings())
    return store


def _backup_json(store: Store, tmp_path: Path) -> dict:
    path = tmp_path / "backup.json"
    export_backup(store, path)
    return json.loads(path.read_text(encoding="utf-8"))


def _write_json(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- backup round trip


def test_export_import_export_gives_the_same_bytes(filled, tmp_path):
    first = tmp_path / "first.json"
    summary = export_backup(filled, first)
    assert (summary.loans, summary.payments, summary.contacts) == (8, 24, 16)
    with Store.open(tmp_path / "other", clock=fixed_clock(2027, 6, 1)) as empty:
        imported = import_backup(empty, first)
        assert imported.backup is None  # nothing was there to back up
        second = tmp_path / "second.json"
        export_backup(empty, second)
    assert second.read_bytes() == first.read_bytes()


def test_the_backup_file_is_readable_json_with_the_format_header(filled, tmp_path):
    path = tmp_path / "backup.json"
    export_backup(filled, path)
    text = path.read_text(encoding="utf-8")
    assert "招商银行" in text  # not \u escapes: a person can read the file
    document = json.loads(text)
    assert list(document)[:3] == ["format", "format_version", "app_version"]
    # Version 2 since issue 13 (loans entered part-way, prepayments, rate changes, penalty settings).
    assert document["format"] == "repayradar-backup" and document["format_version"] == 2
    assert [loan["id"] for loan in document["loans"]] == sorted(loan["id"] for loan in document["loans"])
    assert document["loans"][0]["principal"] == "850000.00"
    assert document["settings"]["reminder_lead_days"] == [5, 1, 0]
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


# A version-1 backup as the app wrote it before issue 13: no paid_installments, no prepayment.
OLD_BACKUP = """{
  "format": "repayradar-backup",
  "format_version": 1,
  "app_version": "0.9.0",
  "loans": [
    {"id": "home", "lender": "中国建设银行", "name": "房贷", "kind": "mortgage",
     "method": "equal_installment", "principal": "1000000.00", "credit_limit": null,
     "annual_rate": "3.95", "monthly_fee_rate": null, "term_months": 360, "start_date": "2024-03-20",
     "due_day": 20, "statement_day": null, "min_payment_percent": "10", "min_payment_floor": "100.00",
     "custom_installments": [], "collateral": "", "secured": true, "grace_days": 0, "currency": "CNY",
     "notes": "", "behaviour": {"reachable": true, "communicating": false, "hardship_reported": false,
     "negotiating": false, "evading": false, "false_info": false, "broken_promises": 0,
     "overdue_episodes_24m": 0}, "archived": false}
  ],
  "payments": [
    {"id": "p1", "loan_id": "home", "paid_on": "2024-04-20", "amount": "4745.37", "note": "first"}
  ],
  "contacts": []
}
"""


def test_a_version_1_backup_imports_unchanged(store, tmp_path):
    from app.core.schedule import position

    source = tmp_path / "old.json"
    source.write_text(OLD_BACKUP, encoding="utf-8")
    summary = import_backup(store, source)
    assert (summary.loans, summary.payments) == (1, 1)
    loan = store.loan("home")
    # Absent means nothing counted paid, no history, the default penalty, no fees.
    assert loan.paid_installments == 0 and loan.installment_paid_on == {} and loan.opening_principal is None
    assert loan.rate_changes == [] and loan.penalty_rate is None and loan.compound_interest is True
    assert loan.upfront_fee == 0 and loan.late_fee_per_installment == 0
    (payment,) = store.payments("home")
    assert payment.prepayment is None and payment.prepayment_fee == 0 and payment.amount == Decimal("4745.37")
    # The loan reads as it did: one instalment paid by the recorded payment, the second one overdue.
    where = position(loan, [payment], date(2024, 6, 1))
    assert where.paid_installments == 0 and where.states[0].settled_on == date(2024, 4, 20)
    assert where.overdue_installments == 1 and where.days_past_due == 12
    # Written again, it is a version-2 backup carrying the new fields with their defaults.
    again = tmp_path / "again.json"
    export_backup(store, again)
    document = json.loads(again.read_text(encoding="utf-8"))
    assert document["format_version"] == 2
    assert document["loans"][0]["paid_installments"] == 0 and document["payments"][0]["prepayment"] is None


def test_the_new_loan_and_payment_facts_survive_a_round_trip(store, tmp_path):
    from app.core.models import PrepaymentMode, RateChange

    loan = Loan(
        id="home", lender="中国建设银行", kind=LoanKind.mortgage, method=RepaymentMethod.equal_installment,
        principal=Decimal("1000000.00"), annual_rate=Decimal("3.95"), term_months=360,
        start_date=date(2024, 3, 20), due_day=20, paid_installments=32,
        installment_paid_on={5: date(2024, 9, 2)}, penalty_rate=Decimal("5.925"), compound_interest=False,
        rate_changes=[RateChange(effective=date(2025, 1, 1), annual_rate=Decimal("3.6"))],
        upfront_fee=Decimal("300.00"), late_fee_per_installment=Decimal("20.00"),
    )
    prepaid = Payment(
        id="pre", loan_id="home", paid_on=date(2026, 3, 20), amount=Decimal("200000.00"),
        prepayment=PrepaymentMode.shorten_term, prepayment_fee=Decimal("1000.00"),
    )
    store.add_loan(loan)
    store.add_payment(prepaid)
    first = tmp_path / "first.json"
    export_backup(store, first)
    document = json.loads(first.read_text(encoding="utf-8"))
    assert document["loans"][0]["paid_installments"] == 32
    assert document["loans"][0]["installment_paid_on"] == {"5": "2024-09-02"}
    assert document["payments"][0]["prepayment"] == "shorten_term"
    with Store.open(tmp_path / "other", clock=fixed_clock()) as other:
        import_backup(other, first)
        assert other.loan("home") == loan and other.payments("home") == [prepaid]
        second = tmp_path / "second.json"
        export_backup(other, second)
    assert second.read_bytes() == first.read_bytes()


def test_import_merges_by_id_and_backs_up_the_previous_data_first(filled, tmp_path):
    document = _backup_json(filled, tmp_path)
    document["loans"][0]["notes"] = "changed in the backup"
    document["loans"].append(sample_loan(20, loan_id="brand-new").model_dump(mode="json"))
    source = _write_json(tmp_path / "edited.json", document)
    extra = sample_loan(30, loan_id="only-in-store")
    filled.add_loan(extra)

    summary = import_backup(filled, source)

    assert (summary.loans_added, summary.loans_updated) == (1, 8)
    assert filled.loan(document["loans"][0]["id"]).notes == "changed in the backup"
    assert filled.loan("only-in-store") == extra  # merge keeps what the backup does not mention
    assert summary.backup is not None and "before-import" in summary.backup.name
    assert str(summary.backup) in summary.text("en")
    assert "新增 1 笔" in summary.text("zh_CN") and "1 new, 8 replaced" in summary.text("en")


def _bad_loan_backup(filled, tmp_path, index: int, **changes) -> Path:
    document = _backup_json(filled, tmp_path)
    document["loans"][index].update(changes)
    return _write_json(tmp_path / "bad.json", document)


def test_one_bad_record_imports_nothing_and_the_message_names_record_and_field(filled, tmp_path):
    from app.core.validation import field_label

    source = _bad_loan_backup(filled, tmp_path, 3, principal="-5", lender="招商银行")
    document = json.loads(source.read_text(encoding="utf-8"))
    document["loans"][0]["notes"] = "would change if anything were imported"
    _write_json(source, document)
    before = filled.loans()

    with pytest.raises(BackupRecordInvalid) as caught:
        import_backup(filled, source)

    for lang in ("en", "zh_CN"):
        text = caught.value.text(lang)
        assert "loans[3]" in text and "招商银行" in text
        assert field_label("principal", lang) in text
        assert str(source) in text
    assert filled.loans() == before
    assert [info.reason for info in filled.backups()] == []


def test_a_cross_field_problem_is_named_too(filled, tmp_path):
    source = _bad_loan_backup(filled, tmp_path, 1, annual_rate=None)  # a card needs its rate
    with pytest.raises(BackupRecordInvalid) as caught:
        import_backup(filled, source)
    assert "loans[1]" in caught.value.text("en")
    assert "annual interest rate" in caught.value.text("en")


def test_a_payment_for_a_loan_nowhere_to_be_found_imports_nothing(filled, tmp_path):
    document = _backup_json(filled, tmp_path)
    document["payments"][2]["loan_id"] = "ghost-loan"
    document["loans"].append(sample_loan(40, loan_id="would-be-added").model_dump(mode="json"))
    source = _write_json(tmp_path / "orphan.json", document)
    with pytest.raises(BackupFileInvalid) as caught:
        import_backup(filled, source)
    assert "payments[2]" in caught.value.text("en") and "ghost-loan" in caught.value.text("zh_CN")
    assert "would-be-added" not in {loan.id for loan in filled.loans()}


def test_payments_may_refer_to_loans_already_in_the_store(filled, tmp_path):
    loan = filled.loans()[0]
    payment = Payment(id="late-entry", loan_id=loan.id, paid_on=date(2026, 1, 2), amount=Decimal("88.00"))
    document = {
        "format": "repayradar-backup",
        "format_version": 1,
        "payments": [payment.model_dump(mode="json")],
    }
    summary = import_backup(filled, _write_json(tmp_path / "payments-only.json", document))
    assert summary.payments == 1 and summary.loans == 0
    assert payment in filled.payments(loan.id)
    assert filled.settings() == sample_settings()  # no "settings" in the file: left as they were


def test_duplicate_ids_inside_the_file_are_refused(filled, tmp_path):
    document = _backup_json(filled, tmp_path)
    document["contacts"][5]["id"] = document["contacts"][1]["id"]
    with pytest.raises(BackupFileInvalid) as caught:
        import_backup(filled, _write_json(tmp_path / "dup.json", document))
    assert "contacts[5]" in caught.value.text("en") and "contacts[1]" in caught.value.text("en")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"format": "repayradar-backup", "loans": [', "line 1"),
        ('{"loans": []}', "not a RepayRadar backup"),
        ('[1, 2, 3]', "not a RepayRadar backup"),
        ('{"format": "repayradar-backup", "format_version": 9}', "newer version"),
        ('{"format": "repayradar-backup", "format_version": 1, "loans": {}}', '"loans" must be a list'),
        ('{"format": "repayradar-backup", "format_version": 1, "loans": [7]}', "loans[0] is not a record"),
    ],
    ids=["truncated", "no-format", "array", "too-new", "loans-not-list", "record-not-object"],
)
def test_files_that_are_not_acceptable_backups_are_explained(filled, tmp_path, content, expected):
    path = tmp_path / "input.json"
    path.write_text(content, encoding="utf-8")
    before = filled.loans()
    with pytest.raises(BackupFileInvalid) as caught:
        import_backup(filled, path)
    assert expected in caught.value.text("en")
    assert "没有导入任何内容" in caught.value.text("zh_CN")
    assert filled.loans() == before


def test_a_missing_backup_file_is_explained(store, tmp_path):
    with pytest.raises(BackupFileInvalid) as caught:
        import_backup(store, tmp_path / "nope.json")
    assert "nope.json" in caught.value.text("en") and "Cannot read" in caught.value.text("en")


def test_the_merge_is_one_transaction_even_when_it_fails_late(filled, tmp_path, monkeypatch):
    document = _backup_json(filled, tmp_path)
    for record in document["loans"]:
        record["notes"] = "imported"
    source = _write_json(tmp_path / "all.json", document)

    def fail(self, settings):
        raise OSError(errno.EIO, "simulated failure after the loans were written")

    monkeypatch.setattr(Store, "save_settings", fail)
    with pytest.raises(OSError):
        import_backup(filled, source)
    assert all(loan.notes != "imported" for loan in filled.loans())


# ------------------------------------------------------------------------------- writing files


def test_an_export_into_a_missing_folder_says_so(filled, tmp_path):
    target = tmp_path / "no-such-folder" / "backup.json"
    with pytest.raises(ExportFailed) as caught:
        export_backup(filled, target)
    assert str(target) in caught.value.text("en") and "Nothing was written" in caught.value.text("en")


def test_a_full_disk_during_export_leaves_the_old_file_and_no_debris(filled, tmp_path, monkeypatch):
    target = tmp_path / "backup.json"
    target.write_text("previous backup", encoding="utf-8")

    def no_space(descriptor, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(fileio.os, "write", no_space)
    with pytest.raises(ExportFailed) as caught:
        export_backup(filled, target)
    monkeypatch.undo()
    assert os.strerror(errno.ENOSPC) in caught.value.text("zh_CN")
    assert target.read_text(encoding="utf-8") == "previous backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.json", "data"]


# ----------------------------------------------------------------------------------- calendar


def _monthly_loan(loan_id: str, name: str, start: date, term: int = 12, **extra) -> Loan:
    return Loan(
        id=loan_id, lender="招商银行", name=name, kind=LoanKind.unsecured_consumer,
        method=RepaymentMethod.equal_installment, principal=Decimal("12000.00"),
        annual_rate=Decimal("6.00"), term_months=term, start_date=start, due_day=10, **extra,
    )


def _events(path: Path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    return [component for component in calendar.walk("VEVENT")]


def test_the_calendar_has_one_all_day_event_per_future_due_date_with_the_users_alarms(store, tmp_path):
    # Today is 2026-01-15; dues run 2025-11-10 .. 2026-10-10, so February to October remain: 9.
    store.add_loan(_monthly_loan("car", "车贷", date(2025, 10, 10)))
    store.add_loan(_monthly_loan("old", "已结清", date(2020, 1, 1)))  # all due dates in the past
    store.add_loan(_monthly_loan("hidden", "archived", date(2025, 12, 1), archived=True))
    store.save_settings(Settings(language="en", reminder_lead_days=[3, 0]))
    path = tmp_path / "dues.ics"

    summary = export_ics(store, path, clock=fixed_clock())

    events = _events(path)
    assert summary.events == len(events) == 9 and summary.loans == 1
    first = events[0]
    assert first.decoded("dtstart") == date(2026, 2, 10)
    assert first.decoded("dtend") == date(2026, 2, 11)
    assert str(first["uid"]) == "car-4@repayradar"
    assert "车贷" in str(first["summary"]) and "¥" in str(first["summary"])
    triggers = sorted(alarm.decoded("trigger") for alarm in first.walk("VALARM"))
    assert triggers == [timedelta(days=-3, hours=9), timedelta(hours=9)]
    assert "9 due dates" in summary.text("en")


def test_the_calendar_file_ends_each_line_with_one_crlf_as_rfc_5545_asks(store, tmp_path):
    # On Windows a descriptor opened in text mode turned the CRLF into CR CR LF (app/core/fileio.py).
    store.add_loan(_monthly_loan("car", "车贷", date(2025, 10, 10)))
    path = tmp_path / "dues.ics"
    export_ics(store, path, clock=fixed_clock())
    data = path.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert b"\r\r" not in data and data.count(b"\n") == data.count(b"\r\n")


def test_files_are_written_byte_for_byte_whatever_the_platform_makes_of_newlines(tmp_path):
    target = tmp_path / "report.pdf"
    data = bytes(range(256)) + b"\n\r\n\x1a\n"
    fileio.atomic_write_bytes(target, data)
    assert target.read_bytes() == data


def test_exporting_again_keeps_the_same_uids_and_leaves_out_paid_instalments(store, tmp_path):
    loan = _monthly_loan("car", "车贷", date(2025, 10, 10))
    store.add_loan(loan)
    export_ics(store, tmp_path / "a.ics", clock=fixed_clock())
    from app.core.schedule import build_schedule, position

    february = next(row for row in build_schedule(loan) if row.due_date == date(2026, 2, 10))
    # Paid on 2026-01-14, after the November to January due dates: the penalty accrued on those comes
    # first (Civil Code art. 561), so it is paid too for the instalments through February to be settled.
    paid_through_february = position(loan, [], date(2026, 1, 14)).penalty_interest + sum(
        (row.amount for row in build_schedule(loan) if row.due_date <= february.due_date), Decimal("0")
    )
    store.add_payment(Payment(loan_id="car", paid_on=date(2026, 1, 14), amount=paid_through_february))
    export_ics(store, tmp_path / "b.ics", clock=fixed_clock())
    uids_a = [str(event["uid"]) for event in _events(tmp_path / "a.ics")]
    uids_b = [str(event["uid"]) for event in _events(tmp_path / "b.ics")]
    assert uids_b == uids_a[1:]


# ---------------------------------------------------------------------------------------- CSV


def test_the_schedule_csv_has_every_instalment_with_its_status(store, tmp_path):
    loan = _monthly_loan("a1b2c3", "车贷", date(2025, 10, 10))
    store.add_loan(loan)
    store.add_payment(Payment(loan_id=loan.id, paid_on=date(2025, 11, 9), amount=Decimal("1032.80")))
    path = tmp_path / "schedule.csv"
    summary = export_schedule_csv(store, "车贷", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert summary.rows == len(rows) == 12
    assert list(rows[0]) == [
        "number", "due_date", "principal", "interest", "amount", "minimum", "balance_after", "status", "paid",
        "penalty_paid",
    ]
    assert rows[0]["due_date"] == "2025-11-10" and rows[-1]["due_date"] == "2026-10-10"
    assert sum(Decimal(row["principal"]) for row in rows) == Decimal("12000.00")
    assert rows[-1]["balance_after"] in ("0", "0.00")
    assert rows[0]["paid"] == "1032.80" and rows[0]["penalty_paid"] == "0.00"
    assert rows[5]["status"] == "upcoming"
    assert "车贷" in summary.text("zh_CN") and "12" in summary.text("en")


def test_a_loan_is_found_by_id_unique_prefix_or_exact_name(store, tmp_path):
    store.add_loan(_monthly_loan("abc123", "房贷", date(2025, 10, 10)))
    store.add_loan(_monthly_loan("abd999", "车贷", date(2025, 10, 10)))
    for reference in ("abc123", "abc", "房贷"):
        assert export_schedule_csv(store, reference, tmp_path / "x.csv").loan_name == "房贷"
    with pytest.raises(LoanRefError) as ambiguous:
        export_schedule_csv(store, "ab", tmp_path / "x.csv")
    assert "房贷" in ambiguous.value.text("en") and "车贷" in ambiguous.value.text("en")
    with pytest.raises(LoanRefError) as unknown:
        export_schedule_csv(store, "信用卡", tmp_path / "x.csv")
    assert "信用卡" in unknown.value.text("zh_CN")



def test_what_an_export_or_import_did_is_said_with_real_plurals():
    from app.core.exchange import ExchangeSummary

    one = ExchangeSummary("export_csv", Path("/tmp/a.csv"), rows=1, loan_name="Card")
    assert one.text("en") == "Wrote the schedule of Card (1 instalment) to /tmp/a.csv."
    assert one.text("zh_CN") == "已将“Card”的还款计划（1 期）写入 /tmp/a.csv。"
    many = ExchangeSummary("export_backup", Path("/tmp/b.json"), loans=1, payments=2, contacts=1)
    assert many.text("en") == "Backed up 1 loan, 2 payments and 1 contact-log entry to /tmp/b.json."
    assert many.text("zh_CN") == "已将 1 笔贷款、2 条还款记录和 1 条联络记录备份到 /tmp/b.json。"
    ics = ExchangeSummary("export_ics", Path("/tmp/c.ics"), loans=2, events=1)
    assert ics.text("en").startswith("Wrote 1 due date of 2 loans to /tmp/c.ics.")


def test_the_schedule_csv_shows_what_a_late_payment_paid_in_penalty_first(store, tmp_path):
    # 12,000 at 6 % over 12 months: instalment 1 (due 2025-11-10) is 1,032.80 = 972.80 principal + 60.00
    # interest. Paid in full amount 20 days late, on 2025-11-30: penalty 9 % a year, 0.025 % a day, comes
    # first: 972.80 x 20 x 0.00025 = 4.864 -> 4.86 罚息, 60.00 x 20 x 0.00025 = 0.30 复利; 5.16 in all, so
    # 1,027.64 reached the instalment.
    loan = _monthly_loan("late1", "消费贷", date(2025, 10, 10))
    store.add_loan(loan)
    store.add_payment(Payment(loan_id=loan.id, paid_on=date(2025, 11, 30), amount=Decimal("1032.80")))
    path = tmp_path / "schedule.csv"
    export_schedule_csv(store, "消费贷", path)
    first = next(csv.DictReader(path.read_bytes().decode("utf-8-sig").splitlines()))
    assert (first["paid"], first["penalty_paid"], first["status"]) == ("1027.64", "5.16", "overdue")
