"""Every loan's estimate at once (the overview's risk column, worked out on a worker thread) is the same
as each loan's own estimate with its own payments and contact log."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

from store_samples import sample_dataset  # noqa: E402

from app.core.schedule import position  # noqa: E402
from app.rules.engine import assess, assess_loans  # noqa: E402
from app.rules.scenario import scenario_for_loan  # noqa: E402

TODAY = date(2026, 3, 20)


def test_every_loan_at_once_matches_each_loan_alone(pack):
    loans, payments, contacts = sample_dataset(10, payments_per_loan=2, contacts_per_loan=3)
    positions = [(loan, position(loan, [p for p in payments if p.loan_id == loan.id], TODAY)) for loan in loans]

    together = assess_loans(positions, payments, contacts, TODAY, pack, "zh_CN")

    assert list(together) == [loan.id for loan in loans]
    for loan, where in positions:
        own_payments = [p for p in payments if p.loan_id == loan.id]
        own_contacts = [c for c in contacts if c.loan_id == loan.id]
        alone = assess(scenario_for_loan(loan, where, own_contacts, TODAY, own_payments), pack, "zh_CN")
        assert together[loan.id] == alone
    # The sample set is varied enough for the check to mean something: not every loan looks alike.
    assert len({(found.risk.level, found.risk.score) for found in together.values()}) > 1
