"""Nothing a user reads carries an internal marker (issue 15): every text of the pack in both languages
(the English in the pack, the Chinese in the catalogue),
and every string of assessments and what-if comparisons across kinds, days, amounts, behaviours,
lenders and both languages, is scanned for notes meant for the pack's authors and for raw rule ids."""

from __future__ import annotations

import importlib.util
import itertools
import re
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from pydantic import BaseModel

from app.core.models import LenderType, LoanKind
from app.rules.engine import assess
from app.rules.pack_text import PackText, placeholders
from app.rules.scenario import Scenario
from app.rules.whatif import Stance, evaluate_plan
from app.ui.shell.sample_data import load_sample_set

MARKERS = (
    "to be verified",
    "to be checked",
    "verify",
    "as reported",
    "[judgement]",
    "kept together",
    "can be tuned",
    "据报道",
    "据新闻报道",
    "待核",
    "待与",
    "可以调整",
    "source article, paragraph",  # an article must be named
    "来源文章第",
    "todo",
    "fixme",
)
RULE_ID = re.compile(r"\b(?:seed|law|practice|judgement)\.[a-z0-9_]+\b")
# Fields that hold identifiers, not words (the UI never shows them as text).
ID_FIELDS = {"id", "rule", "rules", "action", "scheme", "rules_version", "lang", "loan_type", "basis",
             "level", "status", "likelihood_word"}


def problems(text: str) -> list[str]:
    lowered = text.lower()
    found = [marker for marker in MARKERS if marker in lowered]
    found += RULE_ID.findall(text)
    return found


def _texts(value: object, field: str = "") -> list[str]:
    """Every user-facing string inside a model, list or dict (identifier fields skipped)."""
    if field in ID_FIELDS:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, BaseModel):
        return [text for name in type(value).model_fields for text in _texts(getattr(value, name), name)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item, field)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _texts(item, field)]
    return []


def _as_written(text: PackText, lang: str) -> str:
    """The text in ``lang`` with its placeholders left as they are."""
    return text.text(lang, **{name: "{" + name + "}" for name in placeholders(text) or ()})


def _local_texts(value: object) -> list[str]:
    """Both languages of every text in the pack (titles, labels, rule texts and sources...)."""
    if isinstance(value, PackText):
        return [_as_written(value, "zh_CN"), _as_written(value, "en")]
    if isinstance(value, BaseModel):
        return [text for name in type(value).model_fields for text in _local_texts(getattr(value, name))]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _local_texts(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _local_texts(item)]
    return []


def test_the_scanner_finds_what_it_looks_for():
    assert problems("Loan class: Special mention (thresholds to be verified)")
    assert problems("RepayRadar's estimate, kept together in this pack's [judgement] table")
    assert problems("据新闻报道") and problems("Source article, paragraph 3")
    assert problems("see seed.visits_60_90") and not problems("来源文章《银行贷款逾期一个月不到就要外访吗》第3段")


def test_every_text_of_the_pack_reads_clean_in_both_languages(pack):
    texts = _local_texts(pack)
    assert len(texts) > 300
    bad = {text[:80]: problems(text) for text in texts if problems(text)}
    assert not bad
    assert not [rule.id for rule in pack.rules if rule.verify], "a rule still flagged for checking"


BEHAVIOURS = [
    {},
    {"evading": True, "reachable": False, "false_info": True, "broken_promises": 3},
    {"communicating": True, "negotiating": True, "hardship_reported": True, "promises_kept": 2},
    {"agreement_in_place": True, "disputing": True},
]
CONTACT = {
    "at": "2026-11-28T23:30:00+08:00",
    "channel": "call",
    "direction": "incoming",
    "counterparty": "collector",
    "contacted": "family",
    "conduct": ["threats", "disclosed_debt", "pressing_third_party"],
}


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_string_of_the_assessments_reads_clean(pack, lang):
    seen: set[str] = set()
    grid = itertools.product(
        LoanKind, (0, 1, 31, 61, 95, 185, 400, 800), ("50.00", "60000.00", "500000.00"), range(len(BEHAVIOURS))
    )
    for kind, days, owed, behaviour in grid:
        lender = list(LenderType)[(days + behaviour) % len(LenderType)]
        for principal in (None, owed):
            scenario = Scenario.model_validate(
                {
                    "as_of": "2026-12-01",
                    "days_past_due": days,
                    "loan": {
                        "type": kind,
                        "lender_type": lender,
                        "overdue_amount": owed if days else "0.00",
                        "outstanding": owed,
                        "outstanding_principal": principal,
                    },
                    "behaviour": BEHAVIOURS[behaviour],
                    "payments": {"paid_since_overdue": "10.00" if behaviour == 2 else "0.00"},
                    "contacts": [CONTACT] if behaviour == 1 else [],
                }
            )
            seen.update(_texts(assess(scenario, pack, lang)))
    assert len(seen) > 200
    bad = {text[:80]: problems(text) for text in seen if problems(text)}
    assert not bad


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_what_if_sentence_reads_clean(pack, lang):
    today = date(2026, 6, 15)
    sample = load_sample_set(lang, today)
    sentences = []
    for loan in sample.loans:
        payments = [payment for payment in sample.payments if payment.loan_id == loan.id]
        for request in (
            ("100", today + timedelta(days=3), None),
            ("100", today, Stance.call_for_instalments),
            (None, None, Stance.stay_unreachable),
        ):
            outcome = evaluate_plan(loan, payments, sample.contacts, today, request, pack, lang)
            if outcome.comparison is not None:
                sentences += [sentence.text for sentence in outcome.comparison.sentences]
            else:
                sentences.append(outcome.problem)
    assert sentences
    bad = {text[:80]: problems(text) for text in sentences if problems(text)}
    assert not bad


# The app's own message catalogue (screens' figures, CLI, letters, report, rate check): every sentence a
# user can read. "report.verify" is the one label *about* unverified items, shown only beside a rule the
# pack flags, and the shipped pack flags none (test_every_text_of_the_pack_reads_clean_in_both_languages).
MESSAGE_KEYS_ABOUT_MARKERS = {"report.verify"}


def test_every_message_of_the_catalogue_reads_clean_in_both_languages():
    found = {
        (key, lang): problems(text)
        for lang, entries in _keyed_catalogue_texts().items()
        for key, text in entries
        if key not in MESSAGE_KEYS_ABOUT_MARKERS
        if problems(text)
    }
    assert found == {}


def _keyed_catalogue_texts() -> dict[str, list[tuple[str, str]]]:
    """(key, text) of every keyed message in both catalogues, each plural form once."""
    spec = importlib.util.spec_from_file_location(
        "repayradar_catalogue_tool", Path(__file__).resolve().parents[2] / "packaging" / "catalogue.py"
    )
    tool = sys.modules.get(spec.name)
    if tool is None:
        tool = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = tool
        spec.loader.exec_module(tool)
    texts: dict[str, list[tuple[str, str]]] = {}
    for lang in tool.LANGUAGES:
        for entry in tool.read_catalog(lang):
            key = entry.id[0].rsplit(".", 1)[0] if isinstance(entry.id, tuple) else entry.id
            if entry.id and tool.is_keyed(key):
                forms = entry.string if isinstance(entry.string, tuple | list) else (entry.string,)
                texts.setdefault(lang, []).extend((key, form) for form in forms)
    assert len(texts["en"]) > 300
    return texts
