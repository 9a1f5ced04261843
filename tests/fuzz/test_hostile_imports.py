"""Issue 14, point 7: imports that exited 1 ("something unexpected") or were accepted though they
should not be. Each is refused with exit status 2, the limit or field named, and nothing changed.

Run through the CLI's main() in this process: the same path `python -m app import FILE` takes.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import __version__, cli
from app.core.import_bounds import MAX_DEPTH, MAX_FILE_BYTES, MAX_RECORDS

pytestmark = pytest.mark.hostile

LOAN = {
    "id": "loan-1",
    "lender": "招商银行",
    "kind": "unsecured_consumer",
    "method": "equal_installment",
    "principal": "24000.00",
    "annual_rate": "7.2",
    "term_months": 12,
    "start_date": "2026-01-05",
    "due_day": 5,
}
CONTACT = {
    "id": "c-1",
    "loan_id": "loan-1",
    "at": "2026-02-01T10:00:00+08:00",
    "channel": "call",
    "direction": "incoming",
}


def _document(**sections: object) -> dict:
    return {"format": "repayradar-backup", "format_version": 1, "app_version": __version__, **sections}


def _import(data_dir: Path, file: Path, lang: str = "en") -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = cli.main(["--data-dir", str(data_dir), "--lang", lang, "import", str(file)], stdout=out)
    return code, err.getvalue()


def _listed(data_dir: Path) -> list:
    out = io.StringIO()
    assert cli.main(["--data-dir", str(data_dir), "list", "--json"], stdout=out) == 0
    return json.loads(out.getvalue())


def _text_case(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.json"
    path.write_text(text, encoding="utf-8")
    return path


def _nested(depth: int) -> str:
    return '{"format": "repayradar-backup", "format_version": 1, "loans": ' + "[" * depth + "]" * depth + "}"


CASES = {
    # name: (file text, words the English message must contain)
    "nested 100,000 deep": (_nested(100_000), [f"at most {MAX_DEPTH} levels"]),
    "nested 40 deep": (_nested(40), [f"at most {MAX_DEPTH} levels"]),
    "an integer of 5,000 digits": (
        json.dumps(_document(loans=[{**LOAN, "due_day": 0}])).replace('"due_day": 0', '"due_day": ' + "9" * 5000),
        ["at most 40 characters"],
    ),
    "1e999999999": (
        json.dumps(_document(loans=[LOAN])).replace('"24000.00"', "1e999999999"),
        ["1e999999999", "power of ten"],
    ),
    "NaN": (json.dumps(_document(loans=[LOAN])).replace('"24000.00"', "NaN"), ["NaN"]),
    "a contact in year 1": (
        json.dumps(_document(loans=[LOAN], contacts=[{**CONTACT, "at": "0001-01-01T00:00:00+05:00"}])),
        ["contacts[0]", "between 1950-01-01 and 2200-12-31"],
    ),
    "a contact in year 9999": (
        json.dumps(_document(loans=[LOAN], contacts=[{**CONTACT, "at": "9999-12-31T23:59:59-12:00"}])),
        ["contacts[0]", "between 1950-01-01 and 2200-12-31"],
    ),
    "a promise in year 9999": (
        json.dumps(_document(loans=[LOAN], contacts=[{**CONTACT, "promised_date": "9999-12-31"}])),
        ["contacts[0]", "between 1950-01-01 and 2200-12-31"],
    ),
    "a credit limit of -0.00": (
        json.dumps(_document(loans=[{**LOAN, "credit_limit": "-0.00"}])),
        ["Credit limit", "minus sign"],
    ),
    "too many loans": (
        json.dumps(_document(loans=[{**LOAN, "id": f"l{n}"} for n in range(MAX_RECORDS["loans"] + 1)])),
        [f"{MAX_RECORDS['loans'] + 1} records", str(MAX_RECORDS["loans"])],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_import_exits_2_naming_the_limit_or_field_and_changes_nothing(data_dir, tmp_path, case):
    text, words = CASES[case]
    file = _text_case(tmp_path, "case", text)
    code, err = _import(data_dir, file)
    assert code == 2, err
    for word in words:
        assert word in err, err
    assert "Traceback" not in err and "unexpected" not in err
    code_zh, err_zh = _import(data_dir, file, "zh_CN")
    assert code_zh == 2, err_zh
    assert "没有导入任何内容" in err_zh, err_zh
    assert _listed(data_dir) == []


def test_a_file_over_the_size_limit_is_refused_before_it_is_parsed(data_dir, tmp_path):
    file = tmp_path / "huge.json"
    with file.open("wb") as handle:
        handle.write(b'{"format": "repayradar-backup", "format_version": 1, "notes": "')
        handle.write(b"x" * MAX_FILE_BYTES)
        handle.write(b'"}')
    code, err = _import(data_dir, file)
    assert code == 2, err
    assert "32 MB" in err


def test_a_backup_at_the_limits_still_imports(data_dir, tmp_path):
    loans = [LOAN, *({**LOAN, "id": f"l{n}", "notes": "备注"} for n in range(49))]
    file = _text_case(tmp_path, "ok", json.dumps(_document(loans=loans, contacts=[CONTACT])))
    code, err = _import(data_dir, file)
    assert code == 0, err
    assert len(_listed(data_dir)) == 50


NUMBERS = st.one_of(
    st.integers(min_value=-(10**60), max_value=10**60).map(str),
    st.builds(lambda mantissa, exponent: f"{mantissa}e{exponent}", st.integers(-999, 999), st.integers(-10**9, 10**9)),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "-0", "-0.0", "0e0", "1E+30", "1e-31"]),
)
FIELDS = ["principal", "annual_rate", "term_months", "due_day", "credit_limit", "grace_days"]


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(number=NUMBERS, field=st.sampled_from(FIELDS))
def test_any_number_in_any_numeric_field_is_imported_or_refused_with_status_2(tmp_path_factory, number, field):
    folder = tmp_path_factory.mktemp("numbers")
    text = json.dumps(_document(loans=[{**LOAN, field: "@"}])).replace('"@"', number)
    file = _text_case(folder, "number", text)
    code, err = _import(folder / "data", file)
    assert code in (0, 2), err
