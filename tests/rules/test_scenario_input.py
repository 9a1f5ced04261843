"""Scenarios: read from JSON by the CLI, built from the database for the GUI."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from app.core.errors import RepayRadarError
from app.core.models import Behaviour, ContactEvent, Loan
from app.rules.scenario import ScenarioInvalid, parse_scenario, scenario_for_loan

ARCHITECTURE_EXAMPLE = """{"as_of": "2026-12-01",
 "loan": {"type": "credit_card", "overdue_amount": "3200.00", "outstanding": "18000.00",
          "secured": false},
 "days_past_due": 25,
 "behaviour": {"reachable": true, "communicating": true, "hardship_reported": false,
               "negotiating": false, "evading": false, "false_info": false,
               "broken_promises": 0},
 "history": {"overdue_episodes_24m": 0}}"""


def test_the_architecture_example_parses():
    scenario = parse_scenario(ARCHITECTURE_EXAMPLE)
    assert scenario.as_of == date(2026, 12, 1)
    assert scenario.loan.type.value == "credit_card"
    assert scenario.loan.overdue_amount == Decimal("3200.00")
    assert scenario.days_past_due == 25
    assert scenario.behaviour.communicating and not scenario.behaviour.evading


def test_minimal_scenario_takes_defaults_for_behaviour_and_history():
    scenario = parse_scenario(
        '{"as_of": "2026-12-01", "loan": {"type": "car", "outstanding": 9000}, "days_past_due": 3}'
    )
    assert scenario.behaviour.reachable and scenario.behaviour.broken_promises == 0
    assert scenario.history.overdue_episodes_24m == 0
    assert scenario.loan.overdue_amount == Decimal("0")


def test_json_numbers_stay_exact_amounts():
    text = ARCHITECTURE_EXAMPLE.replace('"3200.00"', "3200.10")
    assert parse_scenario(text).loan.overdue_amount == Decimal("3200.10")


@pytest.mark.parametrize(
    ("text", "needle_en", "needle_zh"),
    [
        ('{"as_of": "2026-12-01", "loan": {', "line 1", "第 1 行"),
        ("[1, 2]", "JSON object", "JSON 对象"),
        (ARCHITECTURE_EXAMPLE.replace('"3200.00"', "NaN"), "NaN", "NaN"),
    ],
)
def test_unreadable_scenarios_are_explained_in_both_languages(text, needle_en, needle_zh):
    with pytest.raises(RepayRadarError) as caught:
        parse_scenario(text)
    assert needle_en in caught.value.text("en")
    assert needle_zh in caught.value.text("zh_CN")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda data: data.update(days_past_due=-1), "days_past_due"),
        (lambda data: data["loan"].update(type="payday"), "type"),
        (lambda data: data["loan"].update(overdue_amount="20000.00"), "overdue_amount"),
        (lambda data: data["behaviour"].update(broken_promises=-2), "broken_promises"),
        (lambda data: data.update(days_pass_due=3), "days_pass_due"),
    ],
)
def test_invalid_scenarios_name_the_field(change, field):
    data = json.loads(ARCHITECTURE_EXAMPLE)
    change(data)
    with pytest.raises(ScenarioInvalid) as caught:
        parse_scenario(json.dumps(data))
    assert isinstance(caught.value, RepayRadarError)
    assert field in caught.value.text("en")
    assert caught.value.text("zh_CN").startswith("场景数据有误")


# --- scenario_for_loan: a stored loan, its payments and its contact log ---

AS_OF = date(2026, 5, 20)


def _mortgage(**behaviour: object) -> Loan:
    return Loan(
        id="home",
        lender="建设银行",
        kind="mortgage",
        method="equal_installment",
        principal=Decimal("120000.00"),
        annual_rate=Decimal("4.2"),
        term_months=12,
        start_date=date(2026, 1, 10),
        due_day=10,
        secured=True,
        behaviour=Behaviour(**behaviour),
    )


def _contact(days_before: int, **fields: object) -> ContactEvent:
    at = datetime(2026, 5, 20, 10, 0, tzinfo=timezone(timedelta(hours=8))) - timedelta(days=days_before)
    return ContactEvent(loan_id=fields.pop("loan_id", "home"), at=at, **fields)


def _scenario(loan: Loan, contacts: list[ContactEvent]):
    from app.core.schedule import position

    return scenario_for_loan(loan, position(loan, [], AS_OF), contacts, AS_OF)


def test_scenario_for_a_stored_loan_takes_the_position_and_the_answers():
    scenario = _scenario(_mortgage(evading=True, overdue_episodes_24m=2), [])
    # Unpaid since the 10 February instalment: four instalments missed in a row by 20 May.
    assert scenario.days_past_due == (AS_OF - date(2026, 2, 10)).days
    assert scenario.loan.type.value == "mortgage" and scenario.loan.secured
    assert scenario.loan.consecutive_overdue == 4 and scenario.loan.cumulative_overdue == 4
    assert Decimal("0") < scenario.loan.overdue_amount <= scenario.loan.outstanding
    assert scenario.behaviour.evading and scenario.history.overdue_episodes_24m == 2


def test_contact_log_counts_promises_and_recent_outreach():
    contacts = [
        _contact(10, channel="call", direction="outgoing"),
        _contact(
            20, channel="call", direction="incoming", promised_amount=Decimal("500.00"), promise_kept=False
        ),
        _contact(25, channel="call", direction="incoming", promise_kept=False),
        _contact(40, channel="sms", direction="incoming", promise_kept=True),
        _contact(5, channel="call", direction="incoming", promise_kept=False, loan_id="other"),
        _contact(-3, channel="call", direction="incoming", promise_kept=False),  # after as_of
    ]
    scenario = _scenario(_mortgage(broken_promises=1), contacts)
    assert scenario.behaviour.communicating
    assert scenario.behaviour.broken_promises == 2  # the log's two, not added to the answer's one
    assert scenario.behaviour.promises_kept == 1


def test_only_recent_outreach_counts_as_communicating():
    scenario = _scenario(_mortgage(), [_contact(45, channel="call", direction="outgoing")])
    assert not scenario.behaviour.communicating
    assert _scenario(_mortgage(communicating=True), []).behaviour.communicating


def test_a_logged_agreement_holds_until_a_later_promise_is_broken():
    agreed = [_contact(30, channel="agreement", direction="outgoing")]
    assert _scenario(_mortgage(), agreed).behaviour.agreement_in_place
    broken = [*agreed, _contact(5, channel="call", direction="incoming", promise_kept=False)]
    assert not _scenario(_mortgage(), broken).behaviour.agreement_in_place


def test_a_stored_loan_assesses_like_any_scenario(assess_cn):
    assessment = assess_cn(_scenario(_mortgage(), []), "en")
    assert assessment.loan_type.value == "mortgage"
    assert "acceleration_reached" in {warning.id for warning in assessment.warnings}


def test_an_overdue_loan_with_nothing_missed_in_a_row_is_refused():
    """Issue 15: '0 in a row (6 in all)' was accepted for a loan 40 days overdue."""
    text = json.dumps(
        {
            "as_of": "2026-12-01",
            "days_past_due": 40,
            "loan": {"type": "mortgage", "overdue_amount": "3000.00", "outstanding": "90000.00",
                     "consecutive_overdue": 0, "cumulative_overdue": 6},
        }
    )
    with pytest.raises(ScenarioInvalid) as caught:
        parse_scenario(text)
    assert "0 missed in a row does not fit" in caught.value.text("en")
    assert "连续未还0期" in caught.value.text("zh_CN")
