"""The command line as a user runs it: `python -m app ...` in a fresh process, with --data-dir.

Every run is checked for the two promises of the CLI: exit status 0/2 as documented, and never a
Python traceback on the terminal.
"""

from __future__ import annotations

import gc
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from icalendar import Calendar
from store_samples import fixed_clock, sample_dataset, sample_settings

import app
from app import cli
from app.core.store import DB_NAME, Store
from app.startup_gc import pause_collection, resume_collection

REPO_ROOT = Path(app.__file__).resolve().parents[1]


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(*args: str | Path, cwd: Path) -> Run:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "LANG": "en_US.UTF-8", "LANGUAGE": "en"}
    completed = subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert "Traceback" not in completed.stderr, completed.stderr
    assert "Traceback" not in completed.stdout, completed.stdout
    return Run(completed.returncode, completed.stdout, completed.stderr)


@pytest.fixture
def seeded(tmp_path) -> Path:
    data_dir = tmp_path / "seeded"
    loans, payments, contacts = sample_dataset(6)
    with Store.open(data_dir, clock=fixed_clock()) as store:
        store.merge(loans, payments, contacts, sample_settings())
    return data_dir


def test_version(tmp_path):
    result = run_cli("--version", cwd=tmp_path)
    assert result.code == 0
    assert result.out.strip() == f"RepayRadar {app.__version__}"


def test_export_then_import_elsewhere_gives_an_identical_backup(seeded, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    exported = run_cli("--data-dir", seeded, "--lang", "en", "export", first, cwd=tmp_path)
    assert exported.code == 0
    assert "6 loans, 18 payments and 12 contact-log entries" in exported.out

    other = tmp_path / "other"
    imported = run_cli("--data-dir", other, "--lang", "zh_CN", "import", first, cwd=tmp_path)
    assert imported.code == 0
    assert "导入 6 笔贷款" in imported.out
    assert run_cli("--data-dir", other, "export", second, cwd=tmp_path).code == 0
    assert second.read_bytes() == first.read_bytes()


def test_a_file_that_is_not_json_is_refused_with_its_line(seeded, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "repayradar-backup",\n "loans": [}', encoding="utf-8")
    result = run_cli("--data-dir", seeded, "--lang", "en", "import", broken, cwd=tmp_path)
    assert result.code == 2
    assert "is not valid JSON" in result.err and "line 2" in result.err


def test_a_backup_with_one_bad_record_changes_nothing_and_names_record_and_field(seeded, tmp_path):
    good = tmp_path / "good.json"
    assert run_cli("--data-dir", seeded, "export", good, cwd=tmp_path).code == 0
    document = json.loads(good.read_text(encoding="utf-8"))
    for record in document["loans"]:
        record["notes"] = "this import must not happen"
    document["loans"][3]["lender"] = "招商银行"
    document["loans"][3]["due_day"] = 45
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    english = run_cli("--data-dir", seeded, "--lang", "en", "import", bad, cwd=tmp_path)
    chinese = run_cli("--data-dir", seeded, "--lang", "zh_CN", "import", bad, cwd=tmp_path)

    from app.core.validation import field_label

    for result, lang in ((english, "en"), (chinese, "zh_CN")):
        assert result.code == 2
        assert "loans[3]" in result.err and "招商银行" in result.err
        assert field_label("due_day", lang) in result.err
    after = tmp_path / "after.json"
    assert run_cli("--data-dir", seeded, "export", after, cwd=tmp_path).code == 0
    assert after.read_bytes() == good.read_bytes()
    with Store.open(seeded, clock=fixed_clock()) as store:
        assert "before-import" not in {info.reason for info in store.backups()}


def test_a_missing_file_is_named(seeded, tmp_path):
    result = run_cli("--data-dir", seeded, "--lang", "en", "import", tmp_path / "absent.json", cwd=tmp_path)
    assert result.code == 2
    assert "absent.json" in result.err and "Nothing was imported" in result.err


def test_the_calendar_export_parses_and_has_every_future_due_date(tmp_path):
    from app.core.clock import SystemClock
    from app.core.schedule import InstallmentStatus, position

    data_dir = tmp_path / "data"
    loans, _, _ = sample_dataset(5, 0, 0)
    with Store.open(data_dir, clock=fixed_clock()) as store:
        store.merge(loans, [], [])
        active = store.loans(include_archived=False)
    today = SystemClock().today()
    # A card's statements roll forward to today, so its due dates come from its position, not from the
    # statement it was entered with.
    expected = sum(
        1
        for loan in active
        for state in position(loan, [], today).states
        if state.installment.due_date >= today and state.status is not InstallmentStatus.paid
    )
    path = tmp_path / "dues.ics"
    result = run_cli("--data-dir", data_dir, "--lang", "en", "export-ics", path, cwd=tmp_path)
    assert result.code == 0
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert len(events) == expected > 0
    assert len({str(event["uid"]) for event in events}) == expected
    assert f"{expected} due dates" in result.out


def test_an_unknown_loan_for_the_csv_export_is_explained(seeded, tmp_path):
    target = tmp_path / "x.csv"
    result = run_cli("--data-dir", seeded, "--lang", "en", "export-csv", "no such loan", target, cwd=tmp_path)
    assert result.code == 2
    assert 'No loan matches "no such loan"' in result.err
    assert not (tmp_path / "x.csv").exists()


def test_a_second_instance_is_told_the_data_is_open_elsewhere(seeded, tmp_path):
    with Store.open(seeded, clock=fixed_clock(), holder="window"):
        result = run_cli("--data-dir", seeded, "--lang", "en", "export", tmp_path / "x.json", cwd=tmp_path)
    assert result.code == 2
    assert "already open in another RepayRadar window" in result.err


def test_a_damaged_data_file_is_set_aside_and_the_newest_backup_restored(seeded, tmp_path):
    reference = tmp_path / "reference.json"
    assert run_cli("--data-dir", seeded, "export", reference, cwd=tmp_path).code == 0  # also backs up
    (seeded / DB_NAME).write_bytes(b"\x00" * 8192)

    detected = run_cli("--data-dir", seeded, "--lang", "en", "export", tmp_path / "x.json", cwd=tmp_path)
    assert detected.code == 2
    assert "damaged" in detected.err and "restore-backup" in detected.err
    assert str(seeded / "backups") in detected.err

    restored = run_cli("--data-dir", seeded, "--lang", "en", "restore-backup", cwd=tmp_path)
    assert restored.code == 0, restored.err
    assert "Restored the data from" in restored.out
    again = tmp_path / "again.json"
    assert run_cli("--data-dir", seeded, "export", again, cwd=tmp_path).code == 0
    assert again.read_bytes() == reference.read_bytes()


def test_an_export_to_a_folder_that_does_not_exist_fails_cleanly(seeded, tmp_path):
    target = tmp_path / "nowhere" / "b.json"
    result = run_cli("--data-dir", seeded, "--lang", "en", "export", target, cwd=tmp_path)
    assert result.code == 2
    assert "Cannot write" in result.err


def test_report_finds_a_loan_by_a_part_of_its_name_in_any_case(seeded, tmp_path):
    target = tmp_path / "car.pdf"
    result = run_cli("--data-dir", seeded, "--lang", "en", "report", "CAR LOAN", target, cwd=tmp_path)
    assert result.code == 0, result.err
    assert target.read_bytes().startswith(b"%PDF")
    by_id = run_cli("--data-dir", seeded, "--lang", "en", "report", "loan00002", tmp_path / "id.pdf", cwd=tmp_path)
    assert by_id.code == 0, by_id.err


def test_report_lists_the_loans_an_ambiguous_name_matches_and_writes_nothing(seeded, tmp_path):
    target = tmp_path / "x.pdf"
    result = run_cli("--data-dir", seeded, "--lang", "en", "report", "房贷", target, cwd=tmp_path)
    assert result.code == 2
    assert '"房贷" matches 2 loans: ' in result.err
    assert "(loan00000)" in result.err and "(loan00005)" in result.err
    assert not target.exists()


def test_a_file_that_cannot_be_read_is_explained_in_words_not_python_errors(tmp_path):
    missing = run_cli("--lang", "en", "assess", tmp_path / "absent.json", cwd=tmp_path)
    assert missing.code == 2
    assert "absent.json: there is no such file" in missing.err
    assert "Errno" not in missing.err
    chinese = tmp_path / "场景.json"
    chinese.write_bytes('{"loan": {"type": "信用卡"}}'.encode("gbk"))
    unreadable = run_cli("--lang", "zh_CN", "assess", chinese, cwd=tmp_path)
    assert unreadable.code == 2
    assert "它不是 UTF-8 编码的文本" in unreadable.err
    assert "codec" not in unreadable.err and "decode" not in unreadable.err
    backup = run_cli("--data-dir", tmp_path / "d", "--lang", "zh_CN", "import", tmp_path / "absent.json", cwd=tmp_path)
    assert backup.code == 2 and "没有这个文件" in backup.err and "No such file" not in backup.err


def test_a_scenario_may_name_the_kind_of_loan_as_list_does_and_an_unknown_field_is_named_as_written(tmp_path):
    scenario = {"as_of": "2026-06-15", "days_past_due": 10, "loan": {"kind": "credit_card", "outstanding": "100"}}
    path = tmp_path / "kind.json"
    path.write_text(json.dumps(scenario), encoding="utf-8")
    result = run_cli("--lang", "en", "assess", path, cwd=tmp_path)
    assert result.code == 0, result.err
    assert json.loads(result.out)["loan_type"] == "credit_card"
    scenario["loan"] = {"type": "credit_card", "outstandng": "100"}
    path.write_text(json.dumps(scenario), encoding="utf-8")
    result = run_cli("--lang", "en", "assess", path, cwd=tmp_path)
    assert result.code == 2
    assert "loan.outstandng: is not a field RepayRadar knows" in result.err
    assert "Kind of loan: is not a field" not in result.err


# ------------------------------------------------------------------ `list`: table and JSON (issue 13)

LIST_JSON_CONTRACT = (
    "id", "days_past_due", "overdue_amount", "outstanding_principal", "next_due_date", "next_due_amount",
    "interest_accrued", "penalty_interest", "amount_to_become_current",
)


def _mortgage_entered_today(tmp_path: Path) -> Path:
    """The issue's mortgage (1,000,000, 30 years at 3.95 %, borrowed 2024-03-20), entered as paid on time
    up to whatever today is for the machine running this, plus a consumer loan left unpaid."""
    from datetime import date
    from decimal import Decimal

    from app.core.models import Loan, LoanKind, RepaymentMethod
    from app.core.partway import installments_due_before

    data_dir = tmp_path / "data"
    home = Loan(
        id="home", lender="中国建设银行", name="房贷", kind=LoanKind.mortgage,
        method=RepaymentMethod.equal_installment, principal=Decimal("1000000.00"), annual_rate=Decimal("3.95"),
        term_months=360, start_date=date(2024, 3, 20), due_day=20,
    )
    home = home.model_copy(update={"paid_installments": installments_due_before(home, date.today())})
    late = Loan(
        id="late", lender="招商银行", name="消费贷", kind=LoanKind.unsecured_consumer,
        method=RepaymentMethod.equal_installment, principal=Decimal("100000.00"), annual_rate=Decimal("6"),
        term_months=360, start_date=date(2024, 1, 10), due_day=10,
    )
    with Store.open(data_dir, clock=fixed_clock()) as store:
        store.add_loan(home)
        store.add_loan(late)
    return data_dir


def test_list_json_carries_the_honest_figures_as_decimal_strings(tmp_path):
    data_dir = _mortgage_entered_today(tmp_path)
    result = run_cli("--data-dir", data_dir, "list", "--json", cwd=tmp_path)
    assert result.code == 0, result.err
    rows = {row["id"]: row for row in json.loads(result.out)}
    for row in rows.values():
        assert set(LIST_JSON_CONTRACT) <= set(row)
        for field in LIST_JSON_CONTRACT[2:]:
            if field != "next_due_date":
                assert isinstance(row[field], str) and row[field].count(".") == 1, (field, row[field])
    home = rows["home"]
    assert home["days_past_due"] == 0 and home["overdue_amount"] == "0.00"
    assert home["penalty_interest"] == "0.00" and home["amount_to_become_current"] == "0.00"
    # Remaining principal, never principal plus future interest.
    assert 0 < float(home["outstanding_principal"]) < 1_000_000
    assert float(home["outstanding"]) < float(home["outstanding_total"])
    late = rows["late"]
    assert late["days_past_due"] > 300 and float(late["penalty_interest"]) > 0
    assert float(late["amount_to_become_current"]) == round(
        float(late["overdue_amount"]) + float(late["penalty_interest"]) + float(late["fees"]), 2
    )


@pytest.mark.parametrize(("lang", "words"), [("en", ("Loan", "Days late", "Principal left")),
                                             ("zh_CN", ("贷款", "逾期天数", "剩余本金"))])
def test_list_prints_a_table_in_the_users_language(tmp_path, lang, words):
    data_dir = _mortgage_entered_today(tmp_path)
    result = run_cli("--data-dir", data_dir, "--lang", lang, "list", cwd=tmp_path)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert all(word in lines[0] for word in words)
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].startswith("消费贷") and lines[3].startswith("房贷")  # the overdue loan first
    assert "{" not in result.out  # a table, not JSON


def test_list_of_no_loans_says_so(tmp_path):
    result = run_cli("--data-dir", tmp_path / "empty", "--lang", "zh_CN", "list", cwd=tmp_path)
    assert result.code == 0 and result.out.strip() == "还没有贷款。"


def _two_overdue_debts(tmp_path: Path) -> Path:
    """A card with malicious-overdraft exposure and a small online loan, overdue on the machine's today."""
    from datetime import date

    from debt_samples import overdue_card, small_online_loan

    data_dir = tmp_path / "debts"
    with Store.open(data_dir, clock=fixed_clock()) as store:
        store.add_loan(overdue_card(date.today()))
        store.add_loan(small_online_loan(date.today()))
    return data_dir


def test_pay_first_gives_the_order_the_budget_split_and_the_reasons(tmp_path):
    data_dir = _two_overdue_debts(tmp_path)
    result = run_cli("--data-dir", data_dir, "pay-first", "--budget", "¥2,000", "--json", cwd=tmp_path)
    assert result.code == 0, result.err
    order = json.loads(result.out)
    # The small loan clears for a fraction of the money before it is reported; the card takes the rest.
    assert [place["loan_id"] for place in order["order"]] == ["phone", "card"]
    phone, card = order["order"]
    assert phone["pay"] == phone["overdue"]
    assert float(phone["pay"]) + float(card["pay"]) == 2000.00
    assert float(card["pay"]) < float(card["overdue"]) and float(order["shortfall"]) > 0
    assert "law.malicious_overdraft" in {reason["rule"] for reason in card["reasons"]}
    assert all(reason["text"] and reason["source"] for place in order["order"] for reason in place["reasons"])

    chinese = run_cli("--data-dir", data_dir, "--lang", "zh_CN", "pay-first", "--budget", "2000", cwd=tmp_path)
    assert chinese.code == 0, chinese.err
    lines = chinese.out.splitlines()
    assert lines[0].startswith("本月有 ¥2,000.00")
    assert lines[2].startswith("1. 手机分期：还 ¥") and "恶意透支" in chinese.out
    assert "law." not in chinese.out and "practice." not in chinese.out  # sources in words, no rule ids


def test_pay_first_without_a_budget_gives_the_order_alone(tmp_path):
    data_dir = _two_overdue_debts(tmp_path)
    result = run_cli("--data-dir", data_dir, "pay-first", cwd=tmp_path)
    assert result.code == 0, result.err
    assert "overdue in all" in result.out.splitlines()[0] and ": pay " not in result.out
    # Without the money, nothing is cheap to clear: the card near the crime line comes first.
    assert result.out.index("1. 信用卡") < result.out.index("2. 手机分期")


@pytest.mark.parametrize("budget", ["abc", "0", "12.345"])
def test_pay_first_refuses_a_bad_budget_naming_the_field(tmp_path, budget):
    data_dir = _two_overdue_debts(tmp_path)
    result = run_cli("--data-dir", data_dir, "pay-first", "--budget", budget, cwd=tmp_path)
    assert result.code == 2 and result.out == ""
    assert result.err.startswith("--budget (the money you have this month): ")


def test_pay_first_with_nothing_overdue_says_so(tmp_path):
    result = run_cli("--data-dir", tmp_path / "empty", "--lang", "zh_CN", "pay-first", cwd=tmp_path)
    assert result.code == 0 and result.out.strip() == "没有逾期的欠款，不需要排先后。"


def test_the_help_is_in_the_chosen_language(tmp_path):
    chinese = run_cli("--lang", "zh_CN", "list", "--help", cwd=tmp_path)
    assert chinese.code == 0
    assert "输出 JSON（金额为十进制字符串）而不是表格" in chinese.out
    english = run_cli("list", "--help", cwd=tmp_path)
    assert "print JSON (money as decimal strings) instead of a table" in english.out
    top = run_cli("--lang", "zh_CN", "--help", cwd=tmp_path)
    assert "把全部数据完整备份为 JSON" in top.out and "先还哪笔逾期欠款，以及理由" in top.out


def test_the_gui_options_alone_parse_as_the_whole_command_line_does():
    # A double-click passes only top-level options; the subcommands' parsers are then left out, which
    # must change nothing a user could see: the same values, and the same answer to anything else.
    from app.cli import _TOP_LEVEL_FLAGS, _TOP_LEVEL_WITH_VALUE, _top_level_only, build_parser

    # The fast path knows every top-level option: one added to the parser alone would still work, but
    # would send every launch that uses it through the whole parser.
    top_level = {option for action in build_parser(commands=False)._actions for option in action.option_strings}
    assert top_level - {"-h", "--help"} == _TOP_LEVEL_FLAGS | _TOP_LEVEL_WITH_VALUE
    for argv in (
        [],
        ["--data-dir", "/tmp/folder"],
        ["--data-dir=/tmp/folder", "--background"],
        ["--lang", "zh_CN", "--data-dir", "list"],  # a folder may be called "list"
    ):
        assert _top_level_only(argv), argv
        assert vars(build_parser(commands=False).parse_args(argv)) == vars(build_parser().parse_args(argv))
    for argv in (["list"], ["--help"], ["-h"], ["--data", "/tmp/folder"], ["--bogus"], ["folder"]):
        assert not _top_level_only(argv), argv


def test_no_arguments_at_all_are_read_as_the_parser_reads_them():
    # A double-click passes nothing, and is answered without building the parser: the same values as the
    # parser would give, in either language, so that an option added later cannot be missing from it.
    from app.cli import _parse, build_parser

    for lang in ("en", "zh_CN"):
        for commands in (True, False):
            assert vars(_parse([])) == vars(build_parser(lang, commands=commands).parse_args([]))
    assert vars(_parse(["--background"])) == vars(build_parser().parse_args(["--background"]))


def test_a_bad_top_level_option_is_explained_and_help_lists_every_command(tmp_path):
    missing = run_cli("--data-dir", cwd=tmp_path)
    assert missing.code == 2 and "--data-dir: expected one argument" in missing.err
    unknown = run_cli("--data-dir", tmp_path, "--colour", cwd=tmp_path)
    assert unknown.code == 2 and "unrecognized arguments: --colour" in unknown.err
    top = run_cli("--help", cwd=tmp_path)
    assert top.code == 0
    for command in ("assess", "export", "import", "export-ics", "export-csv", "list", "report", "pay-first"):
        assert command in top.out


def test_a_command_runs_with_pythons_cycle_collector_back_on(tmp_path, monkeypatch):
    """The GUI's start pauses the cycle collector until its data is on screen (app/startup_gc.py); a
    command, which may read a large data file for a long time, must not run without it."""
    seen: list[bool] = []

    def listing(_args, _lang, _out) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setitem(cli._COMMANDS, "list", listing)  # noqa: SLF001 - the command's own work is not the point
    pause_collection()
    try:
        assert not gc.isenabled()
        assert cli.main(["--data-dir", str(tmp_path), "list"], stdout=io.StringIO()) == 0
    finally:
        resume_collection()
        gc.enable()
    assert seen == [True]
