"""Properties the assessment keeps for any scenario (hypothesis): more days or worse behaviour never make
things look better, the timeline reads in order, every cited rule is explained, and the same input
always gives the same output."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.models import LenderType, LoanKind
from app.rules.engine import assess, likelihood_word
from app.rules.pack import default_pack_path, parse_pack
from app.rules.scenario import Scenario

PROPERTY_SETTINGS = settings(max_examples=150, deadline=None)

money = st.decimals(
    min_value=Decimal("0"), max_value=Decimal("500000"), places=2, allow_nan=False, allow_infinity=False
)


@pytest.fixture(scope="module")
def fresh_pack():
    """The shipped pack parsed again, not taken from load_pack()'s cache."""
    return parse_pack(default_pack_path().read_text(encoding="utf-8"))


@st.composite
def scenarios(draw) -> Scenario:
    outstanding = draw(money)
    overdue = draw(st.decimals(min_value=Decimal("0"), max_value=outstanding, places=2))
    days = draw(st.integers(min_value=0, max_value=800))
    # Overdue means at least one instalment missed (a scenario saying 0 in a row is refused).
    consecutive = draw(st.none() | st.integers(min_value=1 if days else 0, max_value=12))
    cumulative = draw(st.none() | st.integers(min_value=consecutive or 0, max_value=24))
    principal = draw(st.none() | st.decimals(min_value=Decimal("0"), max_value=outstanding, places=2))
    return Scenario.model_validate(
        {
            "as_of": "2026-12-01",
            "loan": {
                "type": draw(st.sampled_from(list(LoanKind))),
                "lender_type": draw(st.none() | st.sampled_from(list(LenderType))),
                "overdue_amount": overdue,
                "outstanding": outstanding,
                "secured": draw(st.booleans()),
                "outstanding_principal": principal,
                "consecutive_overdue": consecutive,
                "cumulative_overdue": cumulative,
            },
            "days_past_due": days,
            "behaviour": {
                "reachable": draw(st.booleans()),
                "communicating": draw(st.booleans()),
                "hardship_reported": draw(st.booleans()),
                "negotiating": draw(st.booleans()),
                "evading": draw(st.booleans()),
                "false_info": draw(st.booleans()),
                "broken_promises": draw(st.integers(min_value=0, max_value=6)),
                "promises_kept": draw(st.integers(min_value=0, max_value=4)),
                "agreement_in_place": draw(st.booleans()),
                "disputing": draw(st.booleans()),
            },
            "history": {"overdue_episodes_24m": draw(st.integers(min_value=0, max_value=6))},
            "payments": {
                "paid_since_overdue": draw(money),
                "days_since_last": draw(st.none() | st.integers(min_value=0, max_value=800)),
            },
        }
    )


def _later(scenario: Scenario, days: int) -> Scenario:
    return scenario.model_copy(update={"days_past_due": scenario.days_past_due + days})


def _worse(scenario: Scenario, change: str, amount: int) -> Scenario:
    behaviour, history = scenario.behaviour, scenario.history
    if change == "evading":
        return scenario.model_copy(update={"behaviour": behaviour.model_copy(update={"evading": True})})
    if change == "false_info":
        return scenario.model_copy(update={"behaviour": behaviour.model_copy(update={"false_info": True})})
    if change == "unreachable":
        return scenario.model_copy(update={"behaviour": behaviour.model_copy(update={"reachable": False})})
    if change == "broken_promises":
        more = behaviour.broken_promises + amount
        return scenario.model_copy(
            update={"behaviour": behaviour.model_copy(update={"broken_promises": more})}
        )
    more = history.overdue_episodes_24m + amount
    return scenario.model_copy(update={"history": history.model_copy(update={"overdue_episodes_24m": more})})


@PROPERTY_SETTINGS
@given(scenario=scenarios(), more_days=st.integers(min_value=1, max_value=400))
def test_more_days_never_lower_risk_or_field_visit_likelihood(pack, scenario, more_days):
    before = assess(scenario, pack, "en")
    after = assess(_later(scenario, more_days), pack, "en")
    assert after.risk.score >= before.risk.score
    assert after.field_visit.likelihood_now >= before.field_visit.likelihood_now


@PROPERTY_SETTINGS
@given(
    scenario=scenarios(),
    change=st.sampled_from(["evading", "false_info", "unreachable", "broken_promises", "overdue_episodes"]),
    amount=st.integers(min_value=1, max_value=5),
)
def test_worse_behaviour_never_lowers_risk_nor_delays_a_visit(pack, scenario, change, amount):
    before = assess(scenario, pack, "en")
    after = assess(_worse(scenario, change, amount), pack, "en")
    assert after.risk.score >= before.risk.score
    assert after.field_visit.likelihood_now >= before.field_visit.likelihood_now
    assert after.field_visit.earliest_day <= before.field_visit.earliest_day


@PROPERTY_SETTINGS
@given(scenario=scenarios(), lang=st.sampled_from(["zh_CN", "en"]))
def test_timeline_reads_in_order_with_statuses_against_today(pack, scenario, lang):
    timeline = assess(scenario, pack, lang).timeline
    starts = [entry.from_day for entry in timeline]
    assert starts == sorted(starts)
    assert len({entry.action for entry in timeline}) == len(timeline)
    days = scenario.days_past_due
    for entry in timeline:
        assert entry.from_day <= entry.typical_day
        assert entry.to_day is None or entry.typical_day <= entry.to_day
        expected = (
            "past"
            if entry.to_day is not None and entry.to_day < days
            else "current"
            if entry.from_day <= days
            else "upcoming"
        )
        assert entry.status.value == expected
        assert entry.likelihood_word == likelihood_word(entry.likelihood, pack.judgement)
        assert entry.likelihood_text == pack.labels.likelihood[entry.likelihood_word].text(lang)


@PROPERTY_SETTINGS
@given(scenario=scenarios(), lang=st.sampled_from(["zh_CN", "en"]))
def test_every_cited_rule_exists_and_is_explained_once(pack, scenario, lang):
    assessment = assess(scenario, pack, lang)
    cited_by_parts = [entry.rules for entry in assessment.timeline]
    cited_by_parts += [
        item.rules for item in (*assessment.warnings, *assessment.remedies, *assessment.consequences)
    ]
    assert all(rules for rules in cited_by_parts), (
        "every timeline entry, warning, remedy and consequence names a rule"
    )
    named = assessment.rules_named()
    assert all(pack.has_rule(rule) for rule in named)
    explained = [explanation.rule for explanation in assessment.explanations]
    assert len(explained) == len(set(explained))
    assert set(explained) == named
    for explanation in assessment.explanations:
        rule = pack.rule(explanation.rule)
        assert explanation.text == rule.text.text(lang) and explanation.source == rule.source.text(lang)


@PROPERTY_SETTINGS
@given(scenario=scenarios(), lang=st.sampled_from(["zh_CN", "en"]))
def test_same_input_gives_identical_json_even_from_a_freshly_loaded_pack(pack, scenario, lang, fresh_pack):
    first = assess(scenario, pack, lang).model_dump_json()
    assert assess(scenario, pack, lang).model_dump_json() == first
    assert assess(scenario, fresh_pack, lang).model_dump_json() == first


def test_a_freshly_loaded_pack_is_a_separate_object(pack, fresh_pack):
    # The determinism property above would prove nothing if both names held the same cached pack.
    assert fresh_pack is not pack
