"""Loading rule packs: the shipped one loads and is cached; a broken one is refused with every problem
listed, each on the line where it sits, in both languages."""

from __future__ import annotations

import re

import pytest

from rule_scenarios import make_scenario

from app.rules.engine import assess
from app.rules.pack import PackError, default_pack_path, load_pack, parse_pack


@pytest.fixture(scope="module")
def shipped_text() -> str:
    return default_pack_path().read_text(encoding="utf-8")


def _line_of(text: str, fragment: str) -> int:
    """1-based line of the first line containing ``fragment``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if fragment in line:
            return number
    raise AssertionError(f"{fragment!r} not in the pack")


def _replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def test_shipped_pack_loads_with_sourced_rules(pack):
    assert pack.rules_version.startswith("cn-")
    assert len(pack.rules) >= 40
    bases = {rule.basis.value for rule in pack.rules}
    assert bases == {"law", "practice", "seed", "judgement"}
    for rule in pack.rules:
        # Written in English in the pack; each has its Chinese in the catalogue.
        for text in (rule.text, rule.source):
            assert text and text.text("en") == text and text.text("zh_CN") not in ("", text)


def test_load_pack_is_cached_until_the_file_changes(tmp_path, shipped_text):
    copy = tmp_path / "copy.toml"
    copy.write_text(shipped_text, encoding="utf-8")
    first = load_pack(copy)
    assert load_pack(copy) is first
    copy.write_text(shipped_text.replace('version = "', 'version = "edited-', 1), encoding="utf-8")
    edited = load_pack(copy)
    assert edited is not first and edited.pack.version.startswith("edited-")


def test_broken_pack_lists_every_problem_with_its_line(shipped_text):
    broken = shipped_text
    # 1. a wrong type
    broken = _replace_once(broken, "grace_risk_cap = 20", 'grace_risk_cap = "soon"')
    # 2. an unknown action
    broken = _replace_once(broken, 'action = "lawyer_letter"', 'action = "smoke_signal"')
    # 3. a duplicate rule id: the second of two rules takes the first one's id
    broken = _replace_once(broken, 'id = "seed.phone_first"', 'id = "seed.sms_phone_letters"')
    # 4. a rule's text written the old way, in two languages (translations belong in the catalogue)
    english = 'text = "Under a month overdue is usually only the warning period'
    broken = _replace_once(broken, english, 'text.zh_CN = "逾期一个月不到"\ntext.en = "Under a month overdue is usually only the warning period')
    # 5. a reference to a rule that does not exist
    broken = _replace_once(broken, 'rule = "seed.small_online_early"', 'rule = "seed.no_such_rule"')

    with pytest.raises(PackError) as caught:
        parse_pack(broken, "broken.toml")
    problems = {problem.location: problem for problem in caught.value.problems}

    floor = problems["judgement.grace_risk_cap"]
    assert floor.line == _line_of(broken, 'grace_risk_cap = "soon"')

    action = next(problem for location, problem in problems.items() if location.endswith(".action"))
    assert re.fullmatch(r"schedule\[\d+\]\.action", action.location)
    assert action.line == _line_of(broken, 'action = "smoke_signal"')

    duplicate_lines = [
        number
        for number, line in enumerate(broken.splitlines(), start=1)
        if line == 'id = "seed.sms_phone_letters"'
    ]
    duplicate = next(
        problem for problem in problems.values() if "seed.sms_phone_letters" in problem.text("en")
    )
    assert duplicate.line == duplicate_lines[1]
    assert str(duplicate_lines[0]) in duplicate.text("en")

    warning_rule = next(
        problem
        for problem in problems.values()
        if problem.location.startswith("rules[") and problem.location.endswith(".text")
    )
    warning_rule_id_line = _line_of(broken, 'id = "seed.warning_period"')
    assert warning_rule_id_line < warning_rule.line <= warning_rule_id_line + 5  # the rule's text.zh_CN line
    assert "English text only" in warning_rule.text("en") and "只写英文原文" in warning_rule.text("zh_CN")

    unknown = next(problem for problem in problems.values() if "seed.no_such_rule" in problem.text("en"))
    assert unknown.line == _line_of(broken, 'rule = "seed.no_such_rule"')

    # All of them are in one refusal, in the file's order, worded in both languages.
    text_en, text_zh = caught.value.text("en"), caught.value.text("zh_CN")
    assert "broken.toml" in text_en and f"{len(caught.value.problems)} problem" in text_en
    for problem in (floor, action, duplicate, warning_rule, unknown):
        assert f"line {problem.line}," in text_en
        assert f"第 {problem.line} 行" in text_zh
    lines = [problem.line for problem in caught.value.problems if problem.line is not None]
    assert lines == sorted(lines)


def test_toml_syntax_error_names_its_line(shipped_text):
    broken = _replace_once(shipped_text, "cap = 3", "cap = = 3")
    with pytest.raises(PackError) as caught:
        parse_pack(broken, "syntax.toml")
    (problem,) = caught.value.problems
    assert problem.line == _line_of(broken, "cap = = 3")
    assert "TOML" in caught.value.text("en")


def test_pack_that_leaves_a_kind_without_field_visit_or_stage_coverage_is_refused(shipped_text):
    broken = _replace_once(
        shipped_text, 'kinds = ["mortgage"]\nfrom_day = 90', 'kinds = ["car"]\nfrom_day = 90'
    )
    broken = _replace_once(broken, "from_day = 31\nto_day = 60", "from_day = 35\nto_day = 60")
    with pytest.raises(PackError) as caught:
        parse_pack(broken)
    messages = [problem.text("en") for problem in caught.value.problems]
    assert any("field_visit" in text and "mortgage" in text for text in messages)
    assert any("car" in text and "already scheduled" in text for text in messages)
    assert any("day 31" in text for text in messages)


def test_worse_modifier_cannot_be_given_a_day_condition(shipped_text):
    """Modifiers test behaviour only, so 'more days never lower risk' holds for every valid pack."""
    broken = _replace_once(
        shipped_text,
        'when = { fact = "behaviour.evading", equals = true }',
        'when = { fact = "days_past_due", at_least = 30 }',
    )
    with pytest.raises(PackError) as caught:
        parse_pack(broken)
    (problem,) = caught.value.problems
    assert problem.location.startswith("modifiers[") and "behaviour" in problem.text("en")


def test_unknown_placeholder_in_a_text_is_refused(shipped_text):
    broken = _replace_once(shipped_text, "{overdue_amount} due is still", "{overdue_sum} due is still")
    with pytest.raises(PackError) as caught:
        parse_pack(broken)
    (problem,) = caught.value.problems
    assert problem.location == "warnings[0].text" and "overdue_sum" in problem.text("en")
    assert problem.line == _line_of(broken, "{overdue_sum}")


def test_missing_pack_file_is_a_readable_error(tmp_path):
    with pytest.raises(PackError) as caught:
        load_pack(tmp_path / "nowhere.toml")
    assert "nowhere.toml" in caught.value.text("en") and "nowhere.toml" in caught.value.text("zh_CN")


def test_a_plain_text_with_braces_is_refused_on_its_line(shipped_text):
    """Only the texts the engine fills in take {placeholders}; a brace elsewhere would be shown as it is
    or break the text, so the pack is refused."""
    broken = _replace_once(shipped_text, 'source = "Civil Code, art. 688"', 'source = "Civil Code, art. {688}"')
    with pytest.raises(PackError) as caught:
        parse_pack(broken)
    (problem,) = caught.value.problems
    assert re.fullmatch(r"rules\[\d+\]\.source", problem.location)
    assert problem.line == _line_of(broken, "art. {688}")
    assert "no {placeholders}" in problem.text("en") and "不能使用 {占位符}" in problem.text("zh_CN")


def test_a_text_the_catalogue_does_not_translate_reads_in_english(shipped_text):
    """A pack from elsewhere (--pack) with its own wording: that text is shown in English in Chinese
    too, with its placeholders filled; the texts it shares with the shipped pack keep their Chinese."""
    own = "Grace still runs: {overdue_amount} paid now stays off the record"
    edited = _replace_once(
        shipped_text,
        'title = "Still within grace: pay now and it is usually not counted as overdue"',
        f'title = "{own}"',
    )
    pack = parse_pack(edited, "own.toml")
    scenario = make_scenario("credit_card", 0, overdue="1200.00")
    chinese = assess(scenario, pack, "zh_CN")
    (grace,) = [warning for warning in chinese.warnings if warning.id == "grace_pay_now"]
    assert grace.title.startswith("Grace still runs: ") and grace.title.endswith(" paid now stays off the record")
    assert "1,200.00" in grace.title
    assert grace.text.startswith("到期未还的")  # the body is unchanged, so still translated
    assert chinese.loan_label == "信用卡"
    shipped = assess(scenario, load_pack(), "zh_CN")
    assert [w.title for w in shipped.warnings if w.id == "grace_pay_now"] == ["还在宽限期内：现在还上，一般不算逾期"]
