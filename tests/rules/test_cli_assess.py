"""`python -m app assess` as a user runs it: every loan kind in both languages, standard input, and bad
input answered with exit status 2 and a sentence naming the field, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
LOAN_KINDS = ["credit_card", "unsecured_consumer", "small_online", "mortgage", "car", "business"]


def _scenario(kind: str = "credit_card", days: int = 25, **loan: object) -> dict:
    return {
        "as_of": "2026-12-01",
        "loan": {
            "type": kind,
            "overdue_amount": "3200.00",
            "outstanding": "18000.00",
            "secured": False,
            **loan,
        },
        "days_past_due": days,
        "behaviour": {
            "reachable": True,
            "communicating": True,
            "hardship_reported": False,
            "negotiating": False,
            "evading": False,
            "false_info": False,
            "broken_promises": 0,
        },
        "history": {"overdue_episodes_24m": 0},
    }


def run_cli(*args: str, stdin: str | None = None, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO_ROOT),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "LANG": "C.UTF-8",
        "LANGUAGE": "",
        "LC_ALL": "",
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=home,
        env=env,
        timeout=60,
    )


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("kind", LOAN_KINDS)
def test_assess_answers_for_every_loan_kind_in_both_languages(kind, lang, tmp_path):
    scenario_file = tmp_path / "scenario.json"
    scenario_file.write_text(json.dumps(_scenario(kind)), encoding="utf-8")
    result = run_cli("assess", "--lang", lang, str(scenario_file), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assessment = json.loads(result.stdout)
    assert assessment["loan_type"] == kind and assessment["lang"] == lang
    assert assessment["stage"]["id"] == "warning"
    assert assessment["stage"]["label"] == ("催收预警期" if lang == "zh_CN" else "Warning period")
    assert assessment["risk"]["level"] in {"low", "medium", "high", "severe"}
    assert {entry["action"] for entry in assessment["timeline"]} >= {"phone_call", "field_visit", "lawsuit"}
    explained = {item["rule"] for item in assessment["explanations"]}
    for entry in assessment["timeline"]:
        assert set(entry["rules"]) <= explained


def test_assess_reads_standard_input_with_a_dash(tmp_path):
    result = run_cli(
        "assess", "--lang", "en", "-", stdin=json.dumps(_scenario("mortgage", 70)), home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assessment = json.loads(result.stdout)
    assert assessment["loan_type"] == "mortgage"
    assert "acceleration_reached" in {warning["id"] for warning in assessment["warnings"]}


def test_assess_lang_before_the_subcommand_works_too(tmp_path):
    result = run_cli("--lang", "zh_CN", "assess", "-", stdin=json.dumps(_scenario()), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["field_visit"]["likelihood_text"] == "不太可能"


def _assert_refused(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in result.stderr, (needle, result.stderr)


def test_unknown_loan_kind_is_refused_naming_the_field(tmp_path):
    scenario = _scenario()
    scenario["loan"]["type"] = "payday"
    result = run_cli("assess", "--lang", "en", "-", stdin=json.dumps(scenario), home=tmp_path)
    _assert_refused(result, "type", "credit_card")


def test_negative_days_are_refused_naming_the_field(tmp_path):
    result = run_cli("assess", "--lang", "en", "-", stdin=json.dumps(_scenario(days=-3)), home=tmp_path)
    _assert_refused(result, "days_past_due")


def test_negative_days_are_refused_in_chinese_too(tmp_path):
    result = run_cli("assess", "--lang", "zh_CN", "-", stdin=json.dumps(_scenario(days=-3)), home=tmp_path)
    _assert_refused(result, "场景数据有误")


def test_overdue_above_outstanding_is_refused_naming_the_field(tmp_path):
    scenario = _scenario(overdue_amount="50000.00")
    result = run_cli("assess", "--lang", "en", "-", stdin=json.dumps(scenario), home=tmp_path)
    _assert_refused(result, "overdue", "18000.00")


def test_malformed_json_is_refused_with_its_line(tmp_path):
    text = '{"as_of": "2026-12-01",\n "loan": {"type": "car",}\n}'
    result = run_cli("assess", "--lang", "en", "-", stdin=text, home=tmp_path)
    _assert_refused(result, "not valid JSON", "line 2")


def test_missing_scenario_file_is_refused(tmp_path):
    result = run_cli("assess", "--lang", "en", str(tmp_path / "absent.json"), home=tmp_path)
    _assert_refused(result, "absent.json")


def test_a_pack_failing_validation_is_refused_with_its_problems(tmp_path):
    from app.rules.pack import default_pack_path

    text = default_pack_path().read_text(encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text(
        text.replace('rule = "seed.phone_first"', 'rule = "seed.phone_last"', 1), encoding="utf-8"
    )
    result = run_cli(
        "assess", "--lang", "en", "--pack", str(broken), "-", stdin=json.dumps(_scenario()), home=tmp_path
    )
    _assert_refused(result, "broken.toml", "seed.phone_last", "line ")


def test_a_pack_of_ones_own_shows_its_untranslated_texts_in_english(tmp_path):
    """--pack with a text the catalogue has no Chinese for: the Chinese answer quotes it in English;
    the texts shared with the shipped pack stay Chinese."""
    from app.rules.pack import default_pack_path

    text = default_pack_path().read_text(encoding="utf-8")
    own = tmp_path / "own.toml"
    own.write_text(text.replace('title = "Pay what is overdue"', 'title = "Settle the arrears first"', 1),
                   encoding="utf-8")
    result = run_cli(
        "assess", "--lang", "zh_CN", "--pack", str(own), "-", stdin=json.dumps(_scenario()), home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    remedies = {remedy["id"]: remedy for remedy in json.loads(result.stdout)["remedies"]}
    assert remedies["pay_overdue"]["title"] == "Settle the arrears first"
    assert remedies["pay_overdue"]["why"].startswith("逾期部分还清后")
    assert remedies["contact_lender"]["title"] == "在银行找你之前，先联系银行"
