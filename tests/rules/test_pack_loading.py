"""Loading rule packs: the shipped one loads and is cached; a broken one is refused with every problem
listed, each on the line where it sits, in both languages."""

from __future__ import annotations

import re

import pytest

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
        assert rule.text.zh_CN and rule.text.en and rule.source.zh_CN and rule.source.en


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
    # 4. a rule without its Chinese text
    missing_zh = 'text.zh_CN = "逾期一个月不到一般仅是催收预警期'
    broken = "\n".join(line for line in broken.splitlines() if not line.startswith(missing_zh)) + "\n"
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
        if problem.location.startswith("rules[") and "zh_CN" in problem.location
    )
    warning_rule_id_line = _line_of(broken, 'id = "seed.warning_period"')
    assert warning_rule.location.endswith(".text.zh_CN")
    assert warning_rule_id_line < warning_rule.line <= warning_rule_id_line + 5  # the rule's text.en line

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
    assert problem.location.startswith("warnings[0].text.en") and "overdue_sum" in problem.text("en")
    assert problem.line == _line_of(broken, "{overdue_sum}")


def test_missing_pack_file_is_a_readable_error(tmp_path):
    with pytest.raises(PackError) as caught:
        load_pack(tmp_path / "nowhere.toml")
    assert "nowhere.toml" in caught.value.text("en") and "nowhere.toml" in caught.value.text("zh_CN")
