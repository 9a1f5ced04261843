"""Adding, changing and deleting one kind of record, each write one transaction: the trio the loan,
payment and contact operations share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from app.core.store import Store

StoreWrite = Callable[[Store, Any], None]


class RecordWrites(NamedTuple):
    add: StoreWrite
    update: StoreWrite
    delete: StoreWrite


def _unchanged(record: Any) -> Any:
    return record


def _in_transaction(method: str, argument: Callable[[Any], Any]) -> StoreWrite:
    # The Store method is looked up on each call, not bound once, so it is always the Store's own.
    def run(store: Store, record: Any) -> None:
        with store.transaction():
            getattr(store, method)(argument(record))

    return run


def record_writes(
    add: str, update: str, delete: str, delete_key: Callable[[Any], Any] = _unchanged
) -> RecordWrites:
    """The three writes through the Store methods named; ``delete_key`` turns what delete is handed into
    what the store's delete method takes (its id)."""
    return RecordWrites(_in_transaction(add, _unchanged), _in_transaction(update, _unchanged),
                        _in_transaction(delete, delete_key))
