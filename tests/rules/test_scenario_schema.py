"""The scenario format is documented (docs/scenario.md) and its JSON Schema is generated from the model
(docs/scenario.schema.json) and kept current; a scenario may carry contact-log entries, and what the
harassment check finds in them feeds the estimate (issue 16, points 5 and 12)."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from app.core.models import ConductFlag, ContactChannel, ContactDirection, ContactEvent, Counterparty, Payment
from app.core.schedule import position
from app.rules.engine import assess
from app.rules.scenario import (
    Scenario,
    ScenarioBehaviour,
    ScenarioContact,
    ScenarioLoan,
    ScenarioPayments,
    parse_scenario,
    scenario_for_loan,
)
from app.rules.scenario_schema import REPOSITORY, SCHEMA_PATH, main, schema_text
from test_scenario_input import AS_OF, _mortgage

DOC = REPOSITORY / "docs" / "scenario.md"
BEIJING = timezone(timedelta(hours=8))


def test_committed_schema_is_the_models_own():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), "run: python -m app.rules.scenario_schema"


def test_check_mode_reports_a_stale_schema(tmp_path):
    stale = tmp_path / "scenario.schema.json"
    stale.write_text("{}\n", encoding="utf-8")
    assert main(["--check", "--output", str(stale)]) == 1
    assert main(["--output", str(stale)]) == 0
    assert main(["--check", "--output", str(stale)]) == 0
    assert json.loads(stale.read_text(encoding="utf-8"))["title"] == "Scenario"


def test_the_document_names_every_field_and_its_example_is_a_valid_scenario():
    text = DOC.read_text(encoding="utf-8")
    for model in (Scenario, ScenarioLoan, ScenarioBehaviour, ScenarioPayments, ScenarioContact):
        for name in model.model_fields:
            assert f"`{name}`" in text, f"docs/scenario.md does not explain {model.__name__}.{name}"
    example = re.search(r"```json\n(.*?)```", text, re.S).group(1)
    scenario = parse_scenario(example)
    assert scenario.contacts and scenario.loan.lender_type.value == "bank"


def _night_threat(loan_id: str) -> ContactEvent:
    return ContactEvent(
        loan_id=loan_id,
        at=datetime(2026, 5, 18, 23, 30, tzinfo=BEIJING),
        channel=ContactChannel.call,
        direction=ContactDirection.incoming,
        counterparty=Counterparty.collector,
        answered=True,
        conduct=[ConductFlag.threats],
    )


def test_a_threatening_call_at_2330_in_the_log_puts_the_complaint_first(pack):
    """Issue 16.5: the 23:30 threatening call changed nothing in the assessment; now the harassment
    remedies come first and name the complaint channel."""
    loan = _mortgage()
    where = position(loan, [], AS_OF)
    quiet = assess(scenario_for_loan(loan, where, [], AS_OF), pack, "en")
    logged = scenario_for_loan(loan, where, [_night_threat(loan.id)], AS_OF)
    assert len(logged.contacts) == 1
    loud = assess(logged, pack, "en")
    assert "complain_breaches" not in {remedy.id for remedy in quiet.remedies}
    first = loud.remedies[0]
    assert first.id == "complain_breaches"
    assert "12378" in first.why and "110" in first.why and "2 breach" in first.title
    rank = {remedy.id: remedy.priority for remedy in loud.remedies}
    quiet_rank = {remedy.id: remedy.priority for remedy in quiet.remedies}
    assert rank["know_collector_limits"] < quiet_rank["know_collector_limits"]


def test_a_scenario_file_may_carry_contact_entries_without_ids(pack):
    base = {
        "as_of": "2026-12-01",
        "days_past_due": 40,
        "loan": {"type": "credit_card", "overdue_amount": "800.00", "outstanding": "9000.00"},
    }
    entry = {
        "at": "2026-11-30T23:30:00+08:00",
        "channel": "call",
        "direction": "incoming",
        "counterparty": "collector",
        "conduct": ["threats"],
    }
    plain = assess(parse_scenario(json.dumps(base)), pack, "zh_CN")
    logged = assess(parse_scenario(json.dumps({**base, "contacts": [entry]})), pack, "zh_CN")
    assert logged.remedies[0].id == "complain_breaches" and "12378" in logged.remedies[0].why
    assert "complain_breaches" not in {remedy.id for remedy in plain.remedies}


def test_partial_payments_in_the_log_reach_the_scenario():
    loan = _mortgage()
    where = position(loan, [], AS_OF)
    paid = [Payment(loan_id=loan.id, paid_on=AS_OF - timedelta(days=5), amount=Decimal("500.00"))]
    after = position(loan, paid, AS_OF)
    scenario = scenario_for_loan(loan, after, [], AS_OF, paid)
    assert scenario.payments.paid_since_overdue == Decimal("500.00")
    assert scenario.payments.days_since_last == 5
    assert scenario_for_loan(loan, where, [], AS_OF).payments.paid_since_overdue == 0
