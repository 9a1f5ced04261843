"""Realistic records for the store, exchange and crash tests: every repayment method, Chinese text,
money with cents, contacts in several time zones."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from app.core.clock import FixedClock
from app.core.models import (
    Behaviour,
    ContactChannel,
    ContactDirection,
    ContactEvent,
    Counterparty,
    CustomInstallment,
    Loan,
    LoanKind,
    Payment,
    RepaymentMethod,
    Settings,
)

BEIJING = timezone(timedelta(hours=8))
LENDERS = ("招商银行", "中国工商银行", "蚂蚁借呗", "平安银行", "Hometown Credit Union", "微粒贷")


def fixed_clock(year: int = 2026, month: int = 1, day: int = 15) -> FixedClock:
    return FixedClock(datetime(year, month, day, 9, 30, tzinfo=BEIJING))


def sample_loan(index: int, *, loan_id: str | None = None) -> Loan:
    """The index-th sample loan; the method cycles so every kind of schedule is represented."""
    lender = LENDERS[index % len(LENDERS)]
    start = date(2025, 1 + index % 12, 1 + index % 28)
    common = {
        "id": loan_id or f"loan{index:05d}",
        "lender": lender,
        "start_date": start,
        "due_day": 1 + (index * 7) % 31,
        "notes": f"第{index}笔 · note {index}",
        "behaviour": Behaviour(communicating=index % 2 == 0, broken_promises=index % 3),
    }
    match index % 5:
        case 0:
            return Loan(
                **common,
                name=f"房贷{index}",
                kind=LoanKind.mortgage,
                method=RepaymentMethod.equal_installment,
                principal=Decimal("850000.00") + index,
                annual_rate=Decimal("3.95"),
                term_months=360,
                secured=True,
                collateral="住房",
            )
        case 1:
            return Loan(
                **common,
                kind=LoanKind.credit_card,
                method=RepaymentMethod.credit_card,
                principal=Decimal("18234.56"),
                credit_limit=Decimal("50000.00"),
                annual_rate=Decimal("18.25"),
                statement_day=10,
                grace_days=3,
            )
        case 2:
            return Loan(
                **common,
                name="装修分期",
                kind=LoanKind.unsecured_consumer,
                method=RepaymentMethod.flat_fee,
                principal=Decimal("60000.00"),
                monthly_fee_rate=Decimal("0.6"),
                term_months=24,
            )
        case 3:
            return Loan(
                **common,
                kind=LoanKind.small_online,
                method=RepaymentMethod.custom,
                principal=Decimal("3000.00"),
                custom_installments=[
                    CustomInstallment(
                        due_date=start + timedelta(days=30 * n), principal=Decimal("1000.00"),
                        interest=Decimal("12.34"),
                    )
                    for n in (1, 2, 3)
                ],
            )
        case _:
            return Loan(
                **common,
                name=f"car loan {index}",
                kind=LoanKind.car,
                method=RepaymentMethod.equal_principal,
                principal=Decimal("120000.00"),
                annual_rate=Decimal("4.35"),
                term_months=36,
                archived=index % 10 == 4,
            )


def sample_payments(loan: Loan, count: int) -> list[Payment]:
    return [
        Payment(
            id=f"{loan.id}-pay{number:03d}",
            loan_id=loan.id,
            paid_on=loan.start_date + timedelta(days=30 * (number + 1)),
            amount=Decimal("1234.56") + number,
            note="网银转账" if number % 2 else "",
        )
        for number in range(count)
    ]


def sample_contacts(loan: Loan, count: int) -> list[ContactEvent]:
    zones = (BEIJING, timezone.utc, timezone(timedelta(hours=-5)))
    return [
        ContactEvent(
            id=f"{loan.id}-contact{number:03d}",
            loan_id=loan.id,
            at=datetime.combine(
                loan.start_date + timedelta(days=40 + number), time(10, 15), zones[number % 3]
            ),
            channel=list(ContactChannel)[number % len(ContactChannel)],
            direction=ContactDirection.incoming if number % 2 else ContactDirection.outgoing,
            counterparty=Counterparty.collector if number % 3 == 2 else Counterparty.lender,
            who="客服 王女士",
            summary="承诺月底前还款" if number % 2 else "asked for an instalment plan",
            promised_amount=Decimal("500.00") if number % 2 else None,
            promised_date=loan.start_date + timedelta(days=60) if number % 2 else None,
            promise_kept=False if number % 2 else None,
        )
        for number in range(count)
    ]


def sample_settings() -> Settings:
    return Settings(language="zh_CN", reminder_lead_days=[5, 1, 0], reminder_time=time(8, 30))


def sample_dataset(loans: int, payments_per_loan: int = 3, contacts_per_loan: int = 2):
    """(loans, payments, contacts) for ``loans`` sample loans."""
    loan_list = [sample_loan(index) for index in range(loans)]
    payment_list = [p for loan in loan_list for p in sample_payments(loan, payments_per_loan)]
    contact_list = [c for loan in loan_list for c in sample_contacts(loan, contacts_per_loan)]
    return loan_list, payment_list, contact_list
