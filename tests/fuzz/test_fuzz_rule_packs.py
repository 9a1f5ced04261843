"""A rule pack edited in any way is refused with every problem listed, or it works: the engine assesses
any scenario with it, in both languages. A pack that loads but breaks the engine is the failure.

Each example starts from the shipped resources/rules/cn.toml and changes its text: a value replaced
by another TOML value (numbers at and past their limits, other types, another entry's value, so that
references point elsewhere), or lines deleted, doubled, swapped or cut off.
"""

from __future__ import annotations

import json
import re

import pytest
from fuzz_profile import explain_refusal, fuzz_settings
from hypothesis import event, given
from hypothesis import strategies as st

from app.core.errors import RepayRadarError
from app.core.models import LoanKind
from app.rules.engine import assess
from app.rules.pack import default_pack_path, parse_pack
from app.rules.scenario import Scenario

PACK_TEXT = default_pack_path().read_text(encoding="utf-8")
LINES = PACK_TEXT.splitlines(keepends=True)
ASSIGNMENT = re.compile(r"^(\s*[A-Za-z0-9_.\"-]+\s*=\s*)(.+?)(\s*(#.*)?)$")
VALUE_LINES = [
    number
    for number, line in enumerate(LINES)
    if not line.lstrip().startswith("#") and ASSIGNMENT.match(line.rstrip("\n"))
]
EXISTING_VALUES = sorted({ASSIGNMENT.match(LINES[n].rstrip("\n")).group(2) for n in VALUE_LINES})

toml_value = st.one_of(
    st.integers(min_value=-(10**19), max_value=10**19).map(str),
    st.sampled_from(
        [
            "0",
            "-1",
            "1",
            "2",
            "7",
            "29",
            "30",
            "31",
            "365",
            "10000",
            "100000",
            "0.0",
            "-0.5",
            "0.999",
            "1.0",
            "1.5",
            "100.0",
            "inf",
            "-inf",
            "nan",
            "1e308",
            "true",
            "false",
            '""',
            "[]",
            "[[0, 0]]",
            "[[0, 0], [0, 0]]",
            "{}",
            "2026-01-01",
            '"{unknown}"',
            '"{days}"',
        ]
    ),
    st.text(max_size=12).map(lambda text: json.dumps(text, ensure_ascii=False)),
    st.lists(st.integers(min_value=-5, max_value=400), max_size=4).map(str),
    st.sampled_from(EXISTING_VALUES),
)


@st.composite
def packs_with_a_value_changed(draw) -> str:
    lines = list(LINES)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        number = draw(st.sampled_from(VALUE_LINES))
        match = ASSIGNMENT.match(lines[number].rstrip("\n"))
        if match is None:
            continue
        value = match.group(2)
        if draw(st.booleans()) and _nudges(value):
            # A number moved to a nearby or limit value of its own type: the edits a pack author makes,
            # and the ones most likely to load and so reach the engine.
            replacement = draw(st.sampled_from(_nudges(value)))
        else:
            replacement = draw(toml_value)
        lines[number] = f"{match.group(1)}{replacement}{match.group(3)}\n"
    return "".join(lines)


def _nudges(value: str) -> list[str]:
    if re.fullmatch(r"-?\d+", value):
        number = int(value)
        return [str(v) for v in (0, 1, number - 1, number + 1, number * 2, number // 2, 10_000)]
    if re.fullmatch(r"-?\d+\.\d+", value):
        number = float(value)
        return [
            repr(v) for v in (0.0, 0.001, 0.5, 0.999, 1.0, number / 2, min(number * 2, 1.0), number + 0.1)
        ]
    return []


@st.composite
def packs_with_lines_changed(draw) -> str:
    lines = list(LINES)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        number = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        action = draw(st.sampled_from(["delete", "double", "swap", "insert", "cut"]))
        if action == "delete":
            del lines[number]
        elif action == "double":
            lines.insert(number, lines[number])
        elif action == "swap":
            other = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines[number], lines[other] = lines[other], lines[number]
        elif action == "insert":
            lines.insert(number, draw(st.text(max_size=20)) + "\n")
        else:
            return "".join(lines[:number]) + lines[number][: draw(st.integers(0, len(lines[number])))]
    return "".join(lines)


# Scenarios that reach every part of a pack: every kind, before and after each stage, each behaviour.
SCENARIOS = [
    Scenario.model_validate(
        {
            "as_of": "2026-12-01",
            "loan": {
                "type": kind.value,
                "overdue_amount": "12000.00",
                "outstanding": "80000.00",
                "secured": index % 2 == 0,
                # An instalment is missed the day after it falls due, one every 30 days from day 0.
                "consecutive_overdue": min((days - 1) // 30 + 1 if days else 0, 12),
                "cumulative_overdue": min((days - 1) // 30 + 1 if days else 0, 12) + 1,
            },
            "days_past_due": days,
            "behaviour": {
                "reachable": index % 3 != 0,
                "communicating": index % 2 == 1,
                "evading": index % 4 == 0,
                "hardship_reported": index % 5 == 0,
                "negotiating": index % 3 == 2,
                "false_info": index % 7 == 0,
                "broken_promises": index % 4,
                "promises_kept": index % 2,
                "agreement_in_place": index % 6 == 0,
            },
            "history": {"overdue_episodes_24m": index % 3},
        }
    )
    for index, (kind, days) in enumerate(
        (kind, days) for kind in LoanKind for days in (0, 1, 15, 31, 61, 95, 200, 400, 3000)
    )
]


def _refused_or_usable(text: str) -> None:
    try:
        pack = parse_pack(text, "fuzzed.toml")
    except RepayRadarError as error:
        explain_refusal(error)
        event("refused")
        return
    except Exception as error:  # noqa: BLE001 - the point: anything else is a crash
        explain_refusal(error)
        return
    event("loaded")
    for index, scenario in enumerate(SCENARIOS):
        assess(scenario, pack, "zh_CN" if index % 2 else "en")


def test_the_shipped_pack_loads_and_every_fuzz_scenario_assesses():
    """The baseline the mutations start from: without a change, nothing is refused."""
    pack = parse_pack(PACK_TEXT)
    for scenario in SCENARIOS:
        for lang in ("zh_CN", "en"):
            assess(scenario, pack, lang)
    assert len(VALUE_LINES) > 300


@fuzz_settings("pack_values")
@given(text=packs_with_a_value_changed())
def test_a_pack_with_any_value_changed_is_refused_in_words_or_works(text):
    _refused_or_usable(text)


@fuzz_settings("pack_lines")
@given(text=packs_with_lines_changed())
def test_a_pack_with_lines_moved_or_cut_is_refused_in_words_or_works(text):
    _refused_or_usable(text)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_refused_pack_names_the_line_of_each_problem(lang):
    broken = PACK_TEXT.replace("days_per_instalment = 30", "days_per_instalment = -30", 1)
    with pytest.raises(RepayRadarError) as caught:
        parse_pack(broken, "edited.toml")
    line = next(
        number for number, text in enumerate(broken.splitlines(), 1) if "days_per_instalment = -30" in text
    )
    assert str(line) in caught.value.text(lang)
