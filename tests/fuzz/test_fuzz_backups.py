"""A backup file changed in any way is imported whole or refused in words, and a refusal changes
nothing; what an import accepts can be read back and listed.

Each example starts from a valid backup (as `python -m app export` writes it) and either changes its
JSON structure (a value replaced by any JSON, a key removed or added, a record doubled) or its bytes
(bytes replaced, inserted or cut, the file truncated, invalid UTF-8). The import runs against one
real data folder for the whole test, as import_backup does for the CLI and the GUI.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest
from fuzz_profile import explain_refusal, fuzz_settings
from hypothesis import event, given
from hypothesis import strategies as st

from app import __version__
from app.core.clock import SystemClock
from app.core.errors import RepayRadarError
from app.core.exchange import import_backup
from app.core.overview import loan_summaries
from app.core.store import Store

LOANS = [
    {
        "id": "card-1",
        "lender": "招商银行",
        "name": "信用卡",
        "kind": "credit_card",
        "method": "credit_card",
        "principal": "18234.56",
        "credit_limit": "50000.00",
        "annual_rate": "18.25",
        "start_date": "2026-03-10",
        "due_day": 28,
        "statement_day": 10,
        "grace_days": 3,
        "notes": "账单",
    },
    {
        "id": "home-1",
        "lender": "工商银行",
        "name": "房贷",
        "kind": "mortgage",
        "method": "equal_installment",
        "principal": "850000.00",
        "annual_rate": "3.95",
        "term_months": 360,
        "start_date": "2024-05-20",
        "due_day": 20,
        "secured": True,
        "collateral": "住房",
        "behaviour": {"reachable": True, "communicating": True, "broken_promises": 1},
    },
    {
        "id": "app-1",
        "lender": "网商银行",
        "kind": "small_online",
        "method": "custom",
        "principal": "3000.00",
        "start_date": "2026-01-01",
        "due_day": 10,
        "custom_installments": [
            {"due_date": "2026-02-10", "principal": "1000.00", "interest": "12.34"},
            {"due_date": "2026-03-10", "principal": "2000.00", "interest": "0.00"},
        ],
    },
]
DOCUMENT = {
    "format": "repayradar-backup",
    "format_version": 1,
    "app_version": __version__,
    "loans": LOANS,
    "payments": [
        {"id": "pay-1", "loan_id": "card-1", "paid_on": "2026-04-01", "amount": "2000.00", "note": "网银"},
        {"id": "pay-2", "loan_id": "home-1", "paid_on": "2026-05-20", "amount": "4033.00"},
        {"id": "pay-3", "loan_id": "app-1", "paid_on": "2026-02-10", "amount": "1012.34"},
    ],
    "contacts": [
        {
            "id": "c-1",
            "loan_id": "card-1",
            "at": "2026-04-05T10:15:00+08:00",
            "channel": "call",
            "direction": "incoming",
            "counterparty": "collector",
            "who": "王女士",
            "summary": "催收",
            "promised_amount": "500.00",
            "promised_date": "2026-04-30",
            "promise_kept": False,
        },
    ],
    "settings": {"language": "zh_CN", "reminder_lead_days": [7, 1, 0], "reminder_time": "08:30:00"},
}

json_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "0",
            "-1.00",
            "1e12",
            "0.001",
            "2026-02-30",
            "9999-12-31",
            "card-1",
            "home-1",
            "credit_card",
            "custom",
            "2026-04-05T10:15:00",
            "25:00",
            "zh_CN",
            "fr",
        ]
    ),
)
json_value = st.recursive(
    json_scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=5,
)


def _paths(node: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*prefix, index)))
    return found


@st.composite
def mutated_documents(draw) -> dict | object:
    document = copy.deepcopy(DOCUMENT)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = _paths(document)
        path = draw(st.sampled_from(paths))
        if not path:
            return draw(json_value)
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        action = draw(st.sampled_from(["replace", "replace", "remove", "add", "double"]))
        if action == "replace":
            parent[last] = draw(json_value)
        elif action == "remove":
            del parent[last]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = draw(json_value)
        elif action == "double" and isinstance(parent, list):
            parent.insert(last, copy.deepcopy(parent[last]))
    return document


@st.composite
def mutated_bytes(draw) -> bytes:
    data = bytearray(
        json.dumps(DOCUMENT, ensure_ascii=False, indent=draw(st.sampled_from([None, 2]))).encode()
    )
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        return bytes(data[: draw(st.integers(min_value=0, max_value=len(data)))])
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        at = draw(st.integers(min_value=0, max_value=len(data)))
        piece = draw(
            st.one_of(
                st.binary(max_size=3),
                st.sampled_from([b"\xff", b"\xe4\xbd", b'"', b"}", b"\\u0000", b"\xef\xbb\xbf", b"9" * 30]),
            )
        )
        data[at : at + draw(st.integers(min_value=0, max_value=3))] = piece
    return bytes(data)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz-backups")


@pytest.fixture(scope="module")
def store(scratch):
    with Store.open(scratch / "data", clock=SystemClock()) as opened:
        yield opened


def _counts(store: Store) -> tuple[int, int, int, str]:
    return (
        len(store.loans()),
        len(store.payments()),
        len(store.contacts()),
        store.settings().model_dump_json(),
    )


def _import_or_refuse(store: Store, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    before = _counts(store)
    try:
        import_backup(store, path)
    except RepayRadarError as error:
        explain_refusal(error)
        assert _counts(store) == before, "a refused import changed the data"
        event("refused")
        return
    except Exception as error:  # noqa: BLE001 - the point: anything else is a crash
        explain_refusal(error)
    event("imported")
    loans = store.loans()
    store.payments()
    store.contacts()
    store.settings()
    loan_summaries(loans, store.payments(), date(2026, 12, 1))


@fuzz_settings("backup_structured")
@given(document=mutated_documents())
def test_a_backup_with_any_structural_change_is_imported_whole_or_refused(store, scratch, document):
    _import_or_refuse(store, scratch / "structured.json", json.dumps(document, ensure_ascii=False).encode())


@fuzz_settings("backup_bytes")
@given(data=mutated_bytes())
def test_a_backup_with_any_bytes_changed_is_imported_whole_or_refused(store, scratch, data):
    _import_or_refuse(store, scratch / "bytes.json", data)
