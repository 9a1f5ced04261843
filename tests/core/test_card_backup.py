"""A card's part-way fields in the JSON backup: they round-trip, and a backup written before they
existed imports unchanged, with the defaults."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from store_samples import fixed_clock

from app.core.exchange import export_backup, import_backup
from app.core.models import Loan, LoanKind, RepaymentMethod
from app.core.schedule import position
from app.core.store import Store

CARD = Loan(
    id="cmb", lender="招商银行", kind=LoanKind.credit_card, method=RepaymentMethod.credit_card,
    principal=Decimal("18000.00"), annual_rate=Decimal("14.6"), start_date=date(2026, 5, 1),
    statement_day=1, due_day=21, grace_days=3, card_statement_minimum=Decimal("900.00"),
    card_statement_paid=Decimal("900.00"), card_posting_date=date(2026, 4, 20),
    card_late_fee_percent=Decimal("3"),
)


def test_the_card_fields_round_trip_through_a_backup(data_dir, tmp_path):
    path = tmp_path / "backup.json"
    with Store.open(data_dir, clock=fixed_clock()) as store:
        store.merge([CARD], [], [])
        export_backup(store, path)
    record = json.loads(path.read_text(encoding="utf-8"))["loans"][0]
    assert record["card_statement_minimum"] == "900.00" and record["card_statement_paid"] == "900.00"
    assert record["card_posting_date"] == "2026-04-20" and record["card_late_fee_percent"] == "3"
    with Store.open(tmp_path / "other", clock=fixed_clock()) as other:
        import_backup(other, path)
        assert other.loans() == [CARD]


def test_a_card_from_a_backup_without_the_card_fields_gets_the_defaults(data_dir, tmp_path):
    record = CARD.model_dump(mode="json")
    for field in ("card_statement_minimum", "card_statement_paid", "card_posting_date", "card_late_fee_percent"):
        del record[field]
    path = tmp_path / "old.json"
    path.write_text(
        json.dumps({"format": "repayradar-backup", "format_version": 1, "loans": [record]}), encoding="utf-8"
    )
    with Store.open(data_dir, clock=fixed_clock()) as store:
        import_backup(store, path)
        (loan,) = store.loans()
    assert loan.card_statement_minimum is None and loan.card_statement_paid == 0
    assert loan.card_posting_date is None and loan.card_late_fee_percent == Decimal("5")
    # Read as before: the 10 % minimum (1,800.00) unpaid, 25 days late on 2026-06-15.
    where = position(loan, [], date(2026, 6, 15))
    assert where.days_past_due == 25 and where.states[0].outstanding == Decimal("1800.00")
