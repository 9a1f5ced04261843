"""Bounds on what an import reads, so that a hostile or broken file is refused with the limit it broke.

Without them a JSON file nested 100,000 deep overflowed Python's recursion limit, an integer of more
than 4,300 digits or ``1e999999999`` raised deep in the number code, and a 100 MB backup of 153,304
loans was accepted and then made every start take minutes and gigabytes. Each limit is far beyond a
real borrower's data (the largest realistic backup is a few megabytes) and each refusal names it.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app.core.errors import RepayRadarError

MAX_FILE_BYTES = 32 * 1024 * 1024
# The backup format is four levels deep (document, section, record, custom instalments); 32 leaves room.
MAX_DEPTH = 32
# Digits of one number as written; money below a trillion with cents needs 15.
MAX_NUMBER_CHARS = 40
# A number's decimal exponent, either way: 1e30 is far beyond any amount, 1e-30 below any rate.
MAX_EXPONENT = 30
MAX_RECORDS = {"loans": 2_000, "payments": 100_000, "contacts": 100_000}


class ImportBoundExceeded(RepayRadarError):
    """The file is beyond one of the import bounds; nothing was imported."""


class _NumberRefused(ValueError):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def read_bounded(path: Path) -> bytes:
    """The file's bytes, refused before reading when it is larger than MAX_FILE_BYTES."""
    with open(path, "rb") as file:
        data = file.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ImportBoundExceeded(
            "exchange.limit.file_size", path=path, limit=f"{MAX_FILE_BYTES // (1024 * 1024)} MB"
        )
    return data


def parse_bounded_json(path: Path, text: str) -> Any:
    """``text`` as JSON with Decimal numbers, refusing deep nesting and over-long or huge numbers."""
    from app.core.exchange import BackupFileInvalid  # exchange imports this module

    try:
        # Decimal keeps a number written as 12.34 exactly 12.34 (a float would not).
        document = json.loads(
            text, parse_float=_bounded_decimal, parse_int=_bounded_int, parse_constant=_refuse_constant
        )
    except json.JSONDecodeError as error:
        raise BackupFileInvalid(
            "exchange.not_json", path=path, detail=error.msg, line=error.lineno, column=error.colno
        ) from error
    except RecursionError as error:
        raise ImportBoundExceeded("exchange.limit.depth", path=path, limit=MAX_DEPTH) from error
    except _NumberRefused as error:
        raise ImportBoundExceeded(
            "exchange.limit.number", path=path, number=_shortened(error.text),
            digits=MAX_NUMBER_CHARS, exponent=MAX_EXPONENT,
        ) from error
    if _depth(document) > MAX_DEPTH:
        raise ImportBoundExceeded("exchange.limit.depth", path=path, limit=MAX_DEPTH)
    return document


def check_record_counts(path: Path, document: dict[str, Any]) -> None:
    for section, limit in MAX_RECORDS.items():
        records = document.get(section)
        if isinstance(records, list) and len(records) > limit:
            raise ImportBoundExceeded(
                "exchange.limit.records", path=path, section=section, count=len(records), limit=limit
            )


def _bounded_decimal(text: str) -> Decimal:
    if len(text) > MAX_NUMBER_CHARS:
        raise _NumberRefused(text)
    try:
        value = Decimal(text)
    except InvalidOperation as error:
        raise _NumberRefused(text) from error
    if value and abs(value.adjusted()) > MAX_EXPONENT:
        raise _NumberRefused(text)
    return value


def _bounded_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _NumberRefused(text)
    return int(text)


def _refuse_constant(text: str) -> Decimal:
    # NaN and Infinity are not JSON; Python's parser accepts them unless told otherwise.
    raise _NumberRefused(text)


def _shortened(text: str) -> str:
    return text if len(text) <= 24 else f"{text[:12]}…{text[-8:]} ({len(text)} characters)"


def _depth(document: Any) -> int:
    """Nesting depth, without recursion (the document may be as deep as the parser allowed)."""
    deepest = 0
    pending: list[tuple[Any, int]] = [(document, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict):
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            return depth
        pending.extend((child, depth + 1) for child in children)
    return deepest
