"""Payments: one loan's, in the order they were paid, and recording, changing or deleting one (each
write one transaction)."""

from __future__ import annotations

from app.core.models import Payment
from app.core.store import Store


def of_loan(store: Store, loan_id: str) -> list[Payment]:
    return sorted(store.payments(loan_id), key=lambda payment: (payment.paid_on, payment.id))


def add(store: Store, payment: Payment) -> None:
    with store.transaction():
        store.add_payment(payment)


def update(store: Store, payment: Payment) -> None:
    with store.transaction():
        store.update_payment(payment)


def delete(store: Store, payment: Payment) -> None:
    with store.transaction():
        store.delete_payment(payment.id)
