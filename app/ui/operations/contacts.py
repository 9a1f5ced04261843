"""The contact log: one loan's entries, newest first, and adding, changing or deleting one (each write
one transaction)."""

from __future__ import annotations

from app.core.models import ContactEvent
from app.core.store import Store
from app.ui.operations.record_writes import record_writes


def of_loan(store: Store, loan_id: str) -> list[ContactEvent]:
    return sorted(store.contacts(loan_id), key=lambda event: event.at, reverse=True)


add, update, delete = record_writes("add_contact", "update_contact", "delete_contact",
                                    delete_key=lambda event: event.id)
