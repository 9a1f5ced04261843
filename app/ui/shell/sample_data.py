"""The sample set: four example loans a first-time user can open, look around in and remove in one click.

The files (resources/sample/sample_<lang>.json) are ordinary backups (app.core.exchange's format) that
describe the situation on the day named in their "sample" section. Loaded later, every loan is moved in
time so that it is in the same situation today: the card 25 days late, the online loan 70 days late,
the mortgage current, the car loan due in 5 days. Sample records carry ids starting with "sample-",
which is how they are found again to be removed (a sample loan the user edits is still a sample).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from dateutil.relativedelta import relativedelta

from app.core.exchange import read_backup
from app.core.i18n import Lang
from app.core.models import ContactEvent, Loan, Payment, RepaymentMethod
from app.core.schedule import build_schedule, position
from app.resources import resource_path

SAMPLE_ID_PREFIX = "sample-"
# A card's statement comes about this many days before its due date (banks' usual free period).
_STATEMENT_LEAD_DAYS = 20


@dataclass(frozen=True)
class SampleSet:
    loans: list[Loan]
    payments: list[Payment]
    contacts: list[ContactEvent]


def sample_path(lang: Lang) -> Path:
    return resource_path("sample", f"sample_{lang}.json")


def is_sample_id(record_id: str) -> bool:
    return record_id.startswith(SAMPLE_ID_PREFIX)


def load_sample_set(lang: Lang, today: date, path: Path | None = None) -> SampleSet:
    """The sample records, validated like any backup, moved so that they stand today as described."""
    path = path or sample_path(lang)
    contents = read_backup(path)
    written_for = date.fromisoformat(json.loads(path.read_text(encoding="utf-8"))["sample"]["as_of"])
    shift = today - written_for
    by_loan: dict[str, list[Payment]] = {}
    for payment in contents.payments:
        by_loan.setdefault(payment.loan_id, []).append(payment)
    loans = [_moved_loan(loan, by_loan.get(loan.id, []), written_for, shift) for loan in contents.loans]
    payments = [
        payment.model_copy(update={"paid_on": payment.paid_on + shift}) for payment in contents.payments
    ]
    contacts = [
        event.model_copy(
            update={
                "at": event.at + shift,
                "promised_date": event.promised_date + shift if event.promised_date else None,
            }
        )
        for event in contents.contacts
    ]
    return SampleSet(loans, payments, contacts)


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _moved_loan(loan: Loan, payments: list[Payment], written_for: date, shift: timedelta) -> Loan:
    """The loan with its first unpaid instalment (the one its situation hangs on) ``shift`` later.

    Moving every date by the same number of days would not do: due dates fall on a day of the month,
    so the loan is re-anchored on that one instalment and the rest follow month by month.
    """
    if not shift:
        return loan
    if loan.method is RepaymentMethod.custom:
        rows = [row.model_copy(update={"due_date": row.due_date + shift}) for row in loan.custom_installments]
        return loan.model_copy(update={"start_date": loan.start_date + shift, "custom_installments": rows})
    where = position(loan, payments, written_for)
    anchor = where.first_unpaid_due_date or build_schedule(loan)[-1].due_date
    moved_anchor = anchor + shift
    if loan.method is RepaymentMethod.credit_card:
        statement = moved_anchor - timedelta(days=_STATEMENT_LEAD_DAYS)
        update = {"start_date": statement, "due_day": moved_anchor.day}
        if loan.statement_day is not None:
            update["statement_day"] = statement.day
        return Loan.model_validate({**loan.model_dump(), **update})
    months = _month_index(anchor) - _month_index(loan.start_date)
    start = moved_anchor - relativedelta(months=months)
    return Loan.model_validate({**loan.model_dump(), "start_date": start, "due_day": moved_anchor.day})
