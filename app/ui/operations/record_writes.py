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


def _in_transaction(write: StoreWrite, argument: Callable[[Any], Any]) -> StoreWrite:
    def run(store: Store, record: Any) -> None:
        with store.transaction():
            write(store, argument(record))

    return run


def record_writes(add_one: StoreWrite, update_one: StoreWrite, delete_one: StoreWrite,
                  delete_key: Callable[[Any], Any] = _unchanged) -> RecordWrites:
    """The three writes over the Store methods given; ``delete_key`` turns what delete is handed into
    what the store's delete method takes (its id)."""
    return RecordWrites(_in_transaction(add_one, _unchanged), _in_transaction(update_one, _unchanged),
                        _in_transaction(delete_one, delete_key))
