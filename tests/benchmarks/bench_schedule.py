"""How fast schedules and positions are for a very large book: 1,000 loans of 360 instalments, with
payments, prepayments (缩短期限 and 减少月供) and LPR rate changes (issue 13).

    python tests/benchmarks/bench_schedule.py

Prints one JSON line (for CI logs and comparisons) and a small table. Each figure is the median of
five runs; the first run is also shown on its own, with the due-date cache emptied before it, which is
what the first screen after start-up costs. The target: building every schedule well under a second.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.models import (  # noqa: E402
    REWORKABLE,
    Loan,
    LoanKind,
    Payment,
    PrepaymentMode,
    RateChange,
    RepaymentMethod,
)
from app.core.schedule import _month_end, build_schedule, position  # noqa: E402

CENT = Decimal("0.01")
LOANS = 1000
TERM = 360
RUNS = 5
AS_OF = date(2026, 11, 15)
METHODS = (
    RepaymentMethod.equal_installment,
    RepaymentMethod.equal_principal,
    RepaymentMethod.interest_only,
    RepaymentMethod.flat_fee,
)


def book() -> list[Loan]:
    """Long loans started over ten years, every due day, four methods of 360 instalments each."""
    loans = []
    for index in range(LOANS):
        method = METHODS[index % len(METHODS)]
        loans.append(
            Loan(
                id=f"loan{index:04d}", lender="招商银行", kind=LoanKind.mortgage, method=method,
                principal=Decimal("850000.00") + Decimal(index) * Decimal("137.31"),
                annual_rate=Decimal("3.95") + Decimal(index % 7) / 10,
                monthly_fee_rate=Decimal("0.35") if method is RepaymentMethod.flat_fee else None,
                term_months=TERM, start_date=date(2016, 1, 1) + timedelta(days=index * 3 % 3650),
                due_day=1 + index % 31, grace_days=index % 4,
                # Every other rate-driven loan floats: repriced each 1 January on the LPR.
                rate_changes=[
                    RateChange(effective=date(year, 1, 1), annual_rate=Decimal("3.95") - Decimal(year - 2019) / 20)
                    for year in range(2020, 2027)
                ] if method in REWORKABLE and index % 2 else [],
            )
        )
    return loans


def payments_for(loans: list[Loan]) -> dict[str, list[Payment]]:
    """Paid on time for most months, a missed run now and then, a partial payment at the end."""
    paid: dict[str, list[Payment]] = {}
    for index, loan in enumerate(loans):
        rows = [row for row in build_schedule(loan) if row.due_date <= AS_OF]
        kept = [row for number, row in enumerate(rows) if (number + index) % 17 not in (3, 4)]
        records = [Payment(loan_id=loan.id, paid_on=row.due_date, amount=row.amount) for row in kept]
        if rows:
            records.append(Payment(loan_id=loan.id, paid_on=AS_OF, amount=(rows[-1].amount / 2).quantize(CENT)))
        if loan.method in REWORKABLE and len(rows) > 30:
            # Two prepayments: one on a due date, one between due dates.
            mode = PrepaymentMode.shorten_term if index % 3 else PrepaymentMode.reduce_installment
            records.append(Payment(loan_id=loan.id, paid_on=rows[12].due_date, amount=Decimal("50000.00"),
                                   prepayment=mode))
            records.append(Payment(loan_id=loan.id, paid_on=rows[24].due_date + timedelta(days=9),
                                   amount=Decimal("30000.00"), prepayment=PrepaymentMode.reduce_installment))
        paid[loan.id] = records
    return paid


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    loans = book()
    payments = payments_for(loans)
    payment_count = sum(len(records) for records in payments.values())
    prepayment_count = sum(1 for records in payments.values() for payment in records if payment.prepayment)
    floating = sum(1 for loan in loans if loan.rate_changes)

    def build_all() -> None:
        for loan in loans:
            build_schedule(loan)

    def reworked_all() -> None:  # the schedules as the prepayments re-work them
        for loan in loans:
            build_schedule(loan, payments[loan.id])

    def position_all() -> None:
        for loan in loans:
            position(loan, payments[loan.id], AS_OF)

    _month_end.cache_clear()
    build_first = timed(build_all)
    build_runs = [timed(build_all) for _ in range(RUNS)]
    reworked_runs = [timed(reworked_all) for _ in range(RUNS)]
    position_runs = [timed(position_all) for _ in range(RUNS)]
    instalments = sum(len(build_schedule(loan)) for loan in loans)
    result = {
        "benchmark": "schedule",
        "loans": LOANS,
        "instalments": instalments,
        "payments": payment_count,
        "prepayments": prepayment_count,
        "floating_rate_loans": floating,
        "runs": RUNS,
        "build_schedule_first_s": round(build_first, 4),
        "build_schedule_median_s": round(statistics.median(build_runs), 4),
        "build_with_prepayments_median_s": round(statistics.median(reworked_runs), 4),
        "position_median_s": round(statistics.median(position_runs), 4),
        "python": sys.version.split()[0],
    }
    print(json.dumps(result))
    per_instalment = 1e6 / instalments
    print(f"{'what':<40}{'seconds':>10}{'µs/instalment':>16}")
    for label, seconds in (
        ("build_schedule, first run", build_first),
        ("build_schedule, median of 5", statistics.median(build_runs)),
        ("with prepayments re-worked, median of 5", statistics.median(reworked_runs)),
        ("position with payments, median of 5", statistics.median(position_runs)),
    ):
        print(f"{label:<40}{seconds:>10.3f}{seconds * per_instalment:>16.2f}")


if __name__ == "__main__":
    main()
