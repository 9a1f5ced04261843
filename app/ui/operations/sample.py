"""The sample set (app/ui/shell/sample_data.py) put into the data file and taken out again."""

from __future__ import annotations

from datetime import date

from app.core.i18n import Lang
from app.core.store import Store
from app.ui.shell.sample_data import is_sample_id, load_sample_set

__all__ = ["is_sample_id"]


def load(store: Store, lang: Lang, today: date) -> None:
    """Merge the sample set, moved so that it is in its situation ``today`` (one transaction)."""
    sample = load_sample_set(lang, today)
    store.merge(sample.loans, sample.payments, sample.contacts)


def remove(store: Store, loan_ids: list[str]) -> None:
    """Delete the sample loans ``loan_ids`` with their payments and contacts, all or none."""
    with store.transaction():
        for loan_id in loan_ids:
            store.delete_loan(loan_id)
