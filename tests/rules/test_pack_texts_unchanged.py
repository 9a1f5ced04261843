"""Moving the pack's Chinese into the catalogue (issue 18) changed no sentence a user reads.

tests/rules/data/pack_texts_before.json holds, for a spread of scenarios and a contact log that breaks
every conduct check, every string of the assessments and every breach title and explanation in both
languages, captured from the pack as it was before its Chinese moved to resources/locale (each field then
held zh_CN and en side by side). The texts now come from the English in the pack and the catalogue; they
must read exactly as before.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pydantic import BaseModel

from app.core.i18n import LANGUAGES
from app.core.models import ContactEvent
from app.rules.conduct import check
from app.rules.engine import assess
from app.rules.scenario import Scenario

BEFORE = Path(__file__).parent / "data" / "pack_texts_before.json"
SHANGHAI = ZoneInfo("Asia/Shanghai")

# Each scenario brings in different warnings, consequences, remedies and explanations.
SCENARIOS: dict[str, dict] = {
    "card_in_grace": {
        "days_past_due": 0,
        "loan": {"type": "credit_card", "overdue_amount": "1200.00", "outstanding": "8000.00"},
    },
    "card_near_malicious_overdraft": {
        "days_past_due": 95,
        "loan": {
            "type": "credit_card",
            "overdue_amount": "48000.00",
            "outstanding": "52000.00",
            "outstanding_principal": "48000.00",
        },
        "behaviour": {"evading": True, "reachable": False, "false_info": True, "broken_promises": 2},
    },
    "card_principal_unknown": {
        "days_past_due": 70,
        "loan": {"type": "credit_card", "overdue_amount": "45000.00", "outstanding": "45000.00"},
        "behaviour": {"disputing": True},
    },
    "mortgage_called": {
        "days_past_due": 200,
        "loan": {
            "type": "mortgage",
            "overdue_amount": "30000.00",
            "outstanding": "900000.00",
            "secured": True,
            "consecutive_overdue": 7,
            "cumulative_overdue": 7,
        },
        "behaviour": {"communicating": True, "hardship_reported": True},
    },
    "small_online_sued": {
        "days_past_due": 400,
        "loan": {
            "type": "small_online",
            "lender_type": "online_platform",
            "overdue_amount": "2500.00",
            "outstanding": "2500.00",
        },
        "behaviour": {"broken_promises": 3},
        "history": {"overdue_episodes_24m": 2},
    },
    "consumer_paying_part": {
        "days_past_due": 45,
        "loan": {
            "type": "unsecured_consumer",
            "overdue_amount": "6000.00",
            "outstanding": "60000.00",
            "consecutive_overdue": 2,
            "cumulative_overdue": 2,
        },
        "behaviour": {"negotiating": True, "promises_kept": 1, "agreement_in_place": True},
        "payments": {"paid_since_overdue": "3100.00"},
    },
    "business_harassed": {
        "days_past_due": 31,
        "loan": {
            "type": "business",
            "lender_type": "consumer_finance",
            "overdue_amount": "20000.00",
            "outstanding": "300000.00",
        },
        "contacts": [
            {
                "at": "2026-11-28T23:30:00+08:00",
                "channel": "call",
                "direction": "incoming",
                "counterparty": "collector",
                "contacted": "family",
                "conduct": ["threats", "disclosed_debt", "pressing_third_party"],
            }
        ],
    },
    "car_private_lender_current": {
        "days_past_due": 0,
        "loan": {"type": "car", "lender_type": "private_lender", "overdue_amount": "0.00", "outstanding": "50000.00"},
    },
}


def _entry(event_id: str, at: datetime, **fields) -> ContactEvent:
    values = {"id": event_id, "loan_id": "card", "at": at, "channel": "call", "direction": "incoming",
              "counterparty": "collector", **fields}
    return ContactEvent.model_validate(values)


# One log that breaks each of the shipped pack's conduct checks at least once.
LOG = [
    _entry("night", datetime(2026, 6, 10, 23, 30, tzinfo=SHANGHAI), answered=True, conduct=["threats"]),
    _entry("talk", datetime(2026, 6, 11, 9, 0, tzinfo=SHANGHAI), answered=True),
    _entry("boss", datetime(2026, 6, 11, 10, 0, tzinfo=SHANGHAI), counterparty="lender", contacted="employer",
           conduct=["disclosed_debt", "pressing_third_party"]),
    _entry("misses", datetime(2026, 6, 12, 12, 0, tzinfo=SHANGHAI), answered=False, attempts=8),
    _entry("rude", datetime(2026, 6, 13, 15, 0, tzinfo=SHANGHAI), channel="sms",
           conduct=["insults", "impersonating_authorities", "public_exposure", "violence"]),
    _entry("door", datetime(2026, 6, 14, 15, 0, tzinfo=SHANGHAI), channel="visit", contacted="family",
           conduct=["no_identification"], announced=False),
]


def _texts(value: object, path: str, out: dict[str, str]) -> dict[str, str]:
    """Every string inside a model, list or dict, by its path."""
    if isinstance(value, str):
        out[path] = value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            _texts(getattr(value, name), f"{path}.{name}", out)
    elif isinstance(value, dict):
        for key, item in value.items():
            _texts(item, f"{path}.{key}", out)
    elif isinstance(value, list | tuple):
        for position, item in enumerate(value):
            _texts(item, f"{path}[{position}]", out)
    return out


def texts_now(pack) -> dict[str, dict[str, dict[str, str]]]:
    """What a user reads, by case, language and path."""
    cases: dict[str, dict[str, dict[str, str]]] = {}
    for name, fields in SCENARIOS.items():
        scenario = Scenario.model_validate({"as_of": "2026-12-01", **fields})
        cases[name] = {lang: _texts(assess(scenario, pack, lang), "assessment", {}) for lang in LANGUAGES}
    conduct: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        found: dict[str, str] = {}
        for position, breach in enumerate(check(LOG, pack, SHANGHAI, lang)):
            found[f"breach[{position}].title"] = breach.title
            found[f"breach[{position}].explanation"] = breach.explanation
            for number, rule in enumerate(breach.rules):
                found[f"breach[{position}].rule[{number}]"] = f"{rule.basis_label} | {rule.source} | {rule.text}"
        for rule_check in pack.conduct.checks:
            found[f"check.{rule_check.id}.general_title"] = rule_check.general_title(lang)
        conduct[lang] = found
    cases["conduct_log"] = conduct
    return cases


def packed(cases: dict[str, dict[str, dict[str, str]]]) -> dict:
    """The form kept in the data file: each distinct text once, and each case as the list of its texts'
    positions in walk order (the paths themselves are rebuilt by texts_now)."""
    texts = sorted({text for case in cases.values() for found in case.values() for text in found.values()})
    position = {text: number for number, text in enumerate(texts)}
    return {
        "texts": texts,
        "cases": {
            name: {lang: [position[text] for text in found.values()] for lang, found in case.items()}
            for name, case in cases.items()
        },
    }


@pytest.fixture(scope="module")
def before() -> dict[str, dict[str, list[str]]]:
    data = json.loads(BEFORE.read_text(encoding="utf-8"))
    texts = data["texts"]
    return {
        name: {lang: [texts[number] for number in numbers] for lang, numbers in case.items()}
        for name, case in data["cases"].items()
    }


@pytest.fixture(scope="module")
def now(pack) -> dict[str, dict[str, dict[str, str]]]:
    return texts_now(pack)


@pytest.mark.parametrize("case", [*SCENARIOS, "conduct_log"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_sentence_reads_as_before(before, now, case, lang):
    found = now[case][lang]
    changed = {
        path: (was, text) for (path, text), was in zip(found.items(), before[case][lang], strict=False) if text != was
    }
    assert changed == {}
    assert len(found) == len(before[case][lang])


def test_the_cases_reach_every_notice_and_conduct_check(before, pack):
    """The comparison is worth something only if the cases bring out many of the pack's texts."""
    chinese = [text for case in before.values() for text in case["zh_CN"]]
    assert len(chinese) > 900
    assert any("恶意透支" in text for text in chinese) and any("失信被执行人" in text for text in chinese)
    english = {text for case in before.values() for text in case["en"]}
    for notice in (*pack.warnings, *pack.consequences, *pack.remedies):
        assert any(text.startswith(notice.title.split("{")[0]) for text in english), notice.id
    titles = {check.general_title("en").split("{")[0] for check in pack.conduct.checks}
    assert all(any(text.startswith(title) for text in before["conduct_log"]["en"]) for title in titles)
