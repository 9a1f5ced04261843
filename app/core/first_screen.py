"""The overview as it was worked out on a day, kept in the data file so the next start can show it
before the models and the schedules are loaded.

Whenever the app works out every loan's position (app.core.overview), it also works out what the
overview shows from it, a FirstScreen: each loan's row, what is due, the totals. That is saved with the
day, the app's version and the data's revision: a token that every change to the loans, payments,
contacts or settings renews, inside the same transaction (SQL triggers, app/core/migrations.py version
3). At the next start the saved screen is used only when all three still hold (the same day, the same
app, the same data); otherwise nothing is shown until the figures are worked out again. Either way the
data file is then opened and everything worked out afresh, and what that gives replaces the screen.

A few seconds after the overview is on screen, the app also keeps the screens of the coming six days
(app.core.overview.screens_ahead: each worked out for its own day, as it will be if nothing changes
meanwhile), one row per day (version 4), so that the first start of a day needs nothing worked out
either. Any change to the data makes them all unusable, as it does today's.

Only sqlite3, json, Decimal and dates here: reading the saved screen must not load pydantic or the
schedules (that is the point of it).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, TypeVar, get_type_hints

from app.core.due_items import DueBoard, DueItem, Standing
from app.core.migrations import CURRENT_VERSION, schema_version

# Bumped when what is saved changes shape, so an older layout is never read as the new one.
FORMAT = 2

_Record = TypeVar("_Record", "LoanRow", DueItem)


class LoanRow(NamedTuple):
    """One loan as the overview and the list of loans show it on a day (plain values, in the loan's
    currency). Worked out by app.core.overview.loan_row from the loan's summary."""

    id: str
    name: str
    lender: str
    kind: str
    currency: str
    archived: bool
    notes: str
    collateral: str
    is_overdue: bool
    in_grace: bool  # past a due date but within the grace days, and nothing overdue
    days_past_due: int
    overdue_amount: Decimal
    amount_to_become_current: Decimal
    outstanding: Decimal  # what is owed today, never future interest
    outstanding_total: Decimal  # what is left of the whole schedule
    future_interest: Decimal
    next_due_date: date | None
    next_due_amount: Decimal | None
    card_minimum_due: Decimal | None  # a card's minimum still to pay; None for other loans

    @property
    def amount_due(self) -> Decimal | None:
        """What to pay now: when late, what makes the loan current today; else what is left of the next
        instalment."""
        return self.amount_to_become_current if self.is_overdue else self.next_due_amount


class FirstScreen(NamedTuple):
    """What the overview shows on ``as_of``: every loan's row (archived ones too), most urgent first,
    and from app.core.due's board over the loans not archived, what falls due soon and the totals (each
    maps a currency to an amount)."""

    as_of: date
    revision: str  # the data's revision the figures were worked out from
    rows: tuple[LoanRow, ...]
    overdue_loans: tuple[str, ...]  # the ids of the loans with something overdue, longest overdue first
    coming: tuple[DueItem, ...]  # in grace, due today or within the next LIST_DAYS days, soonest first
    overdue_totals: Mapping[str, Decimal]  # what is overdue over the overdue loans
    current_totals: Mapping[str, Decimal]  # what makes every overdue loan current today
    coming_totals: Mapping[str, Decimal]  # what is left of the coming ones
    month_totals: Mapping[str, Decimal]  # what is left of everything falling due this calendar month
    currency_display: str  # the user's setting: how amounts are written ("symbol" or "code")

    @classmethod
    def of(
        cls, as_of: date, revision: str, rows: Sequence[LoanRow], board: DueBoard, currency_display: str
    ) -> FirstScreen:
        """The screen of ``rows`` and what of ``board`` (app.core.due's, on ``as_of``) the overview shows."""
        return cls(
            as_of=as_of,
            revision=revision,
            rows=tuple(rows),
            overdue_loans=board.overdue_loans,
            coming=board.coming,
            overdue_totals=board.overdue_totals,
            current_totals=board.current_totals,
            coming_totals=board.coming_totals,
            month_totals=board.month_totals,
            currency_display=currency_display,
        )

    def shown_rows(self, include_archived: bool = True) -> list[LoanRow]:
        return [row for row in self.rows if include_archived or not row.archived]

    @property
    def overdue_rows(self) -> list[LoanRow]:
        """The rows of the loans with something overdue, in the overview's order."""
        overdue = set(self.overdue_loans)
        return [row for row in self.rows if row.id in overdue and not row.archived]


# ------------------------------------------------------------------------------ saved and read back


def read_saved(path: Path, today: date, app_version: str) -> FirstScreen | None:
    """The screen saved in the data file at ``path`` when it still holds today: saved on ``today`` by
    this ``app_version`` from the data as it is now. None in every other case: no file yet, a file of
    another schema version, nothing saved, another day, another version, changed data, or anything that
    cannot be read (the data file's opening explains real problems with it; this only looks)."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if schema_version(connection) != CURRENT_VERSION:
                return None
            found = connection.execute(
                "SELECT saved.data FROM first_screen AS saved JOIN revision ON saved.revision = revision.token"
                " WHERE saved.as_of = ? AND saved.app_version = ?",
                (today.isoformat(), app_version),
            ).fetchone()
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeDecodeError):  # UnicodeDecodeError: SQLite's message quoting damage
        return None
    if found is None:
        return None
    try:
        screen = decode(found[0])
    except (ValueError, TypeError, KeyError, ArithmeticError):
        return None
    return screen if screen.as_of == today else None


# One row per day; the parameters of the three are (revision, as_of, app_version[, data]).
SAVE_SQL = "INSERT OR REPLACE INTO first_screen (revision, as_of, app_version, data) VALUES (?, ?, ?, ?)"
SAVED_SQL = "SELECT data FROM first_screen WHERE revision = ? AND as_of = ? AND app_version = ?"
SAVED_DAYS_SQL = "SELECT as_of FROM first_screen WHERE revision = ? AND app_version = ?"
# Drops what can no longer be used: screens of other data or another version, and of days gone by.
FORGET_SQL = "DELETE FROM first_screen WHERE revision != ? OR app_version != ? OR as_of < ?"
REVISION_SQL = "SELECT token FROM revision"


# ---------------------------------------------------------------------------------------- JSON


def encode(screen: FirstScreen) -> str:
    """``screen`` as JSON text (amounts and dates as strings: nothing loses a cent on the way)."""
    document = {
        "format": FORMAT,
        "as_of": screen.as_of.isoformat(),
        "revision": screen.revision,
        "currency_display": screen.currency_display,
        "rows": [_record_json(row) for row in screen.rows],
        "overdue_loans": list(screen.overdue_loans),
        "coming": [_record_json(item) for item in screen.coming],
        "overdue_totals": _totals_json(screen.overdue_totals),
        "current_totals": _totals_json(screen.current_totals),
        "coming_totals": _totals_json(screen.coming_totals),
        "month_totals": _totals_json(screen.month_totals),
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def decode(text: str) -> FirstScreen:
    """The screen ``encode`` wrote; ValueError (or TypeError, KeyError) when it is anything else."""
    document = json.loads(text)
    if document.get("format") != FORMAT:
        raise ValueError("another layout of the saved first screen")
    return FirstScreen(
        as_of=date.fromisoformat(document["as_of"]),
        revision=_text(document["revision"]),
        currency_display=_text(document["currency_display"]),
        rows=tuple(_record(LoanRow, entry) for entry in _list(document["rows"])),
        overdue_loans=tuple(_text(loan_id) for loan_id in _list(document["overdue_loans"])),
        coming=tuple(_record(DueItem, entry) for entry in _list(document["coming"])),
        overdue_totals=_totals(document["overdue_totals"]),
        current_totals=_totals(document["current_totals"]),
        coming_totals=_totals(document["coming_totals"]),
        month_totals=_totals(document["month_totals"]),
    )


def _record_json(record: LoanRow | DueItem) -> dict[str, Any]:
    return {name: write(getattr(record, name)) for name, write, _read in _codecs_of(type(record))}


def _record(cls: type[_Record], entry: Mapping[str, Any]) -> _Record:
    return cls(**{name: read(entry[name]) for name, _write, read in _codecs_of(cls)})


@cache
def _codecs_of(cls: type) -> tuple[tuple[str, Callable[[Any], Any], Callable[[Any], Any]], ...]:
    """Each field of the record ``cls`` with how it is written and read back (by its type), so
    that the saved layout follows the class: a field added there is saved without another word here."""
    types = get_type_hints(cls)
    return tuple((name, *_FIELD_CODECS[types[name]]) for name in cls._fields)


def _totals_json(totals: Mapping[str, Decimal]) -> list[list[str]]:
    # A list of pairs, not an object: the order (currencies as the board gives them) is kept.
    return [[currency, str(amount)] for currency, amount in totals.items()]


def _totals(entries: Any) -> dict[str, Decimal]:
    return {_text(currency): _money(amount) for currency, amount in _list(entries)}


def _day_json(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _money_json(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {value!r}")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, found {value!r}")
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected a whole number, found {value!r}")
    return value


def _list(value: Any) -> Sequence[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, found {value!r}")
    return value


def _money(value: Any) -> Decimal:
    amount = Decimal(_text(value))
    if not amount.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    return amount


def _optional_money(value: Any) -> Decimal | None:
    return None if value is None else _money(value)


def _optional_day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(_text(value))


def _same(value: Any) -> Any:
    return value


def _day(value: Any) -> date:
    return date.fromisoformat(_text(value))


# How a field is written to JSON and read back, checked, by its type (the records of this module and
# of app/core/due_items.py).
_FIELD_CODECS: dict[Any, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
    str: (_same, _text),
    bool: (_same, _flag),
    int: (_same, _int),
    Decimal: (str, _money),
    Decimal | None: (_money_json, _optional_money),
    date: (date.isoformat, _day),
    date | None: (_day_json, _optional_day),
    Standing: (str, Standing),
}
