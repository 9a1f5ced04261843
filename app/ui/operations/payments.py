"""Payments: one loan's, in the order they were paid, and recording, changing or deleting one (each
write one transaction)."""

from __future__ import annotations

from app.core.models import Payment
from app.core.store import Store
from app.ui.operations.record_writes import record_writes


def of_loan(store: Store, loan_id: str) -> list[Payment]:
    return sorted(store.payments(loan_id), key=lambda payment: (payment.paid_on, payment.id))


add, update, delete = record_writes("add_payment", "update_payment", "delete_payment",
                                    delete_key=lambda payment: payment.id)
