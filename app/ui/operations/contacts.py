"""The contact log: one loan's entries, newest first, and adding, changing or deleting one (each write
one transaction)."""

from __future__ import annotations

from app.core.models import ContactEvent
from app.core.store import Store


def of_loan(store: Store, loan_id: str) -> list[ContactEvent]:
    return sorted(store.contacts(loan_id), key=lambda event: event.at, reverse=True)


def add(store: Store, event: ContactEvent) -> None:
    with store.transaction():
        store.add_contact(event)


def update(store: Store, event: ContactEvent) -> None:
    with store.transaction():
        store.update_contact(event)


def delete(store: Store, event: ContactEvent) -> None:
    with store.transaction():
        store.delete_contact(event.id)
