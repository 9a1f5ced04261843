"""Properties of an honest estimate (issue 15), for any scenario: more owed never makes a legal step
less likely, paying part never makes one likelier, no likelihood is certain or impossible, no behaviour
brings a step before its kind's floor, and days and behaviour still only ever make things worse."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from app.rules.engine import assess, floor_day
from app.rules.scenario import Scenario
from test_rule_properties import PROPERTY_SETTINGS, scenarios

LEGAL = ("field_visit", "outsourced_collection", "lawyer_letter", "lawsuit", "loan_acceleration")
extra_money = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("600000"), places=2)


def _legal(assessment) -> dict[str, tuple[float, float]]:
    """action -> (likelihood if unpaid, likelihood under way by today), plus the visit outlook."""
    steps = {
        entry.action.value: (entry.likelihood, entry.likelihood_now)
        for entry in assessment.timeline
        if entry.action.value in LEGAL
    }
    steps["visit_outlook"] = (assessment.field_visit.likelihood, assessment.field_visit.likelihood_now)
    return steps


def _no_higher(after, before) -> None:
    for action, (eventual, now) in after.items():
        if action in before:
            assert eventual <= before[action][0], action
            assert now <= before[action][1], action


def _with_loan(scenario: Scenario, **update) -> Scenario:
    return scenario.model_copy(update={"loan": scenario.loan.model_copy(update=update)})


@PROPERTY_SETTINGS
@given(scenario=scenarios(), more=extra_money)
def test_more_overdue_never_lowers_a_legal_steps_likelihood(pack, scenario, more):
    loan = scenario.loan
    bigger = _with_loan(scenario, overdue_amount=loan.overdue_amount + more, outstanding=loan.outstanding + more)
    _no_higher(_legal(assess(scenario, pack, "en")), _legal(assess(bigger, pack, "en")))


@PROPERTY_SETTINGS
@given(scenario=scenarios(), more=extra_money)
def test_more_owed_never_lowers_a_legal_steps_likelihood(pack, scenario, more):
    loan = scenario.loan
    principal = None if loan.outstanding_principal is None else loan.outstanding_principal + more
    bigger = _with_loan(scenario, outstanding=loan.outstanding + more, outstanding_principal=principal)
    _no_higher(_legal(assess(scenario, pack, "en")), _legal(assess(bigger, pack, "en")))


@PROPERTY_SETTINGS
@given(scenario=scenarios(), share=st.integers(min_value=1, max_value=100))
def test_paying_part_of_the_overdue_amount_never_raises_a_legal_step_or_the_risk(pack, scenario, share):
    loan = scenario.loan
    paid = (loan.overdue_amount * share / 100).quantize(Decimal("0.01"))
    outstanding = loan.outstanding - paid
    principal = None if loan.outstanding_principal is None else min(loan.outstanding_principal, outstanding)
    payer = _with_loan(
        scenario, overdue_amount=loan.overdue_amount - paid, outstanding=outstanding, outstanding_principal=principal
    )
    payments = scenario.payments.model_copy(
        update={"paid_since_overdue": scenario.payments.paid_since_overdue + paid, "days_since_last": 0}
    )
    payer = payer.model_copy(update={"payments": payments})
    before, after = assess(scenario, pack, "en"), assess(payer, pack, "en")
    _no_higher(_legal(after), _legal(before))
    assert after.risk.score <= before.risk.score


@PROPERTY_SETTINGS
@given(scenario=scenarios(), lang=st.sampled_from(["en", "zh_CN"]))
def test_every_likelihood_stays_within_the_bounds(pack, scenario, lang):
    low, high = pack.judgement.min_likelihood, pack.judgement.max_likelihood
    assessment = assess(scenario, pack, lang)
    values = [assessment.field_visit.likelihood, assessment.field_visit.likelihood_now]
    for entry in assessment.timeline:
        values += [entry.likelihood, entry.likelihood_now]
    assert all(low <= value <= high for value in values), values


@PROPERTY_SETTINGS
@given(scenario=scenarios())
def test_no_behaviour_or_lender_brings_a_step_before_its_floor(pack, scenario):
    floors = {
        entry.action: floor_day(entry, pack.judgement) for entry in pack.schedule_for(scenario.loan.type)
    }
    for entry in assess(scenario, pack, "en").timeline:
        if entry.action in floors:
            assert entry.from_day >= floors[entry.action], entry.action


@PROPERTY_SETTINGS
@given(scenario=scenarios(), more_days=st.integers(min_value=1, max_value=900))
def test_more_days_never_lower_a_legal_step(pack, scenario, more_days):
    later = scenario.model_copy(update={"days_past_due": scenario.days_past_due + more_days})
    _no_higher(_legal(assess(scenario, pack, "en")), _legal(assess(later, pack, "en")))


@PROPERTY_SETTINGS
@given(
    scenario=scenarios(),
    change=st.sampled_from(["communicating", "negotiating", "hardship_reported", "agreement_in_place"]),
)
def test_better_behaviour_never_raises_a_legal_step_or_the_risk(pack, scenario, change):
    better = scenario.model_copy(
        update={"behaviour": scenario.behaviour.model_copy(update={change: True, "evading": False})}
    )
    before, after = assess(scenario, pack, "en"), assess(better, pack, "en")
    _no_higher(_legal(after), _legal(before))
    assert after.risk.score <= before.risk.score
