"""What the engine concludes from the domain facts beyond the seed article: regulations, contract clauses
and common practice, each as a borrower would meet it."""

from __future__ import annotations

import pytest
from rule_scenarios import make_scenario

from app.rules.engine import ramp


def _entry(assessment, action):
    return next((entry for entry in assessment.timeline if entry.action.value == action), None)


@pytest.mark.parametrize(
    ("kind", "days", "expected"),
    [
        ("credit_card", 0, "normal"),
        ("credit_card", 90, "special_mention"),
        ("credit_card", 91, "substandard"),
        ("credit_card", 121, "doubtful"),
        ("credit_card", 181, "loss"),
        ("mortgage", 90, "special_mention"),
        ("mortgage", 200, "substandard"),
        ("unsecured_consumer", 271, "doubtful"),
        ("small_online", 360, "doubtful"),
        ("business", 361, "loss"),
    ],
)
def test_regulatory_class_follows_days_overdue(kind, days, expected, assess_cn):
    """Cards: art. 92 (1-90 / 91-120 / 121-180 / >180); other retail loans: the 2023 rules (90/270/360)."""
    classification = assess_cn(make_scenario(kind, days)).stage.classification
    assert classification.id.value == expected
    # The 2023 thresholds are the latest points, not exact cut-offs: said as "at least", never "to be verified".
    assert not classification.verify
    if kind != "credit_card" and expected != "loss":
        assert classification.label.startswith("至少")


def test_classification_labels_are_the_five_chinese_categories(assess_cn):
    labels = {
        assess_cn(make_scenario("credit_card", days)).stage.classification.label
        for days in (0, 30, 100, 150, 200)
    }
    assert labels == {"正常类", "关注类", "次级类", "可疑类", "损失类"}


def test_grace_period_is_not_overdue_and_says_so(assess_cn):
    """Within the card's grace (容时): nothing reported yet, and the first warning says pay now."""
    assessment = assess_cn(make_scenario("credit_card", 0, overdue="500.00"))
    assert assessment.stage.id == "grace"
    assert assessment.stage.grade is None
    assert assessment.stage.classification.id.value == "normal"
    assert [warning.id for warning in assessment.warnings] == ["grace_pay_now"]
    assert "500.00" in assessment.warnings[0].text
    assert _entry(assessment, "credit_report").status.value == "upcoming"
    assert assessment.remedies[0].id == "pay_overdue"


def test_nothing_owed_means_no_grade_no_warning_and_prevention_first(assess_cn):
    assessment = assess_cn(make_scenario("mortgage", 0))
    assert assessment.stage.id == "current"
    assert assessment.stage.grade is None
    assert assessment.warnings == []
    assert assessment.consequences == []
    assert assessment.field_visit.likelihood_now == 0.02  # never impossible, and "unlikely"
    assert assessment.field_visit.likelihood_word.value == "unlikely"
    assert [remedy.id for remedy in assessment.remedies] == ["autopay_reminders", "check_credit_report"]


@pytest.mark.parametrize("kind", ["mortgage", "car"])
def test_whole_loan_is_called_after_three_missed_instalments_in_a_row(kind, assess_cn):
    early = assess_cn(make_scenario(kind, 40), "en")
    acceleration = _entry(early, "loan_acceleration")
    # The 3rd instalment falls due on day 60 and is missed the day after (issue 15: not "on" its due day).
    assert acceleration.from_day == 61 and acceleration.status.value == "upcoming"
    assert "acceleration_ahead" in {warning.id for warning in early.warnings}
    ahead = next(warning for warning in early.warnings if warning.id == "acceleration_ahead")
    assert "2 in a row" in ahead.text and "around day 61" in ahead.text
    on_due_day = assess_cn(make_scenario(kind, 60), "en")
    assert "acceleration_reached" not in {warning.id for warning in on_due_day.warnings}

    late = assess_cn(make_scenario(kind, 65), "en")
    ids = {warning.id for warning in late.warnings}
    assert "acceleration_reached" in ids and "acceleration_ahead" not in ids
    assert _entry(late, "loan_acceleration").status.value == "current"
    assert "practice.acceleration_clause" in {factor.rule for factor in late.risk.factors}


def test_six_missed_instalments_in_all_call_the_loan_even_when_not_in_a_row(assess_cn):
    assessment = assess_cn(make_scenario("mortgage", 10, consecutive=1, cumulative=6), "en")
    assert "acceleration_reached" in {warning.id for warning in assessment.warnings}
    assert _entry(assessment, "loan_acceleration").from_day == 10


def test_cards_have_no_acceleration_step_but_unsecured_and_business_loans_do(assess_cn):
    """Issue 15: unsecured and business loan contracts carry the clause too; a card has no instalments."""
    assert _entry(assess_cn(make_scenario("credit_card", 100)), "loan_acceleration") is None
    for kind in ("unsecured_consumer", "small_online", "business"):
        assessment = assess_cn(make_scenario(kind, 100, outstanding="60000.00"), "en")
        assert _entry(assessment, "loan_acceleration").from_day == 61
        assert "acceleration_reached_unsecured" in {warning.id for warning in assessment.warnings}


def test_card_suspension_is_a_card_step_in_the_second_month(assess_cn):
    card = assess_cn(make_scenario("credit_card", 35))
    assert _entry(card, "card_suspension").status.value == "current"
    assert "card_suspension" in {item.id for item in card.consequences}
    assert _entry(assess_cn(make_scenario("car", 35)), "card_suspension") is None


@pytest.mark.parametrize(
    ("principal", "days", "behaviour", "warned"),
    [
        ("60000.00", 70, {}, True),  # near the 50,000 threshold and past the approach day
        ("60000.00", 30, {}, False),  # amount near, but a month in with no sign of intent
        ("60000.00", 30, {"evading": True}, True),  # intent shown early
        ("45000.00", 95, {}, True),  # within 80 % of the threshold
        ("10000.00", 200, {"false_info": True}, False),  # far below the threshold
    ],
)
def test_malicious_overdraft_warning_when_near_the_legal_conditions(
    principal, days, behaviour, warned, assess_cn
):
    scenario = make_scenario("credit_card", days, outstanding="80000.00", principal=principal, **behaviour)
    assessment = assess_cn(scenario)
    ids = {warning.id for warning in assessment.warnings}
    assert ("malicious_overdraft" in ids) is warned
    if warned:
        text = next(warning.text for warning in assessment.warnings if warning.id == "malicious_overdraft")
        assert "50,000" in text and principal[:2] in text and "3个月" in text


def test_malicious_overdraft_is_a_card_matter_only(assess_cn):
    scenario = make_scenario("unsecured_consumer", 120, outstanding="90000.00", evading=True)
    assert "malicious_overdraft" not in {warning.id for warning in assess_cn(scenario).warnings}


def test_credit_record_consequence_and_five_year_warning_once_reported(assess_cn):
    """The 5-year warning waits for the monthly report (issue 15: not from day 1)."""
    early = assess_cn(make_scenario("small_online", 5), "en")
    assert "credit_record" in {item.id for item in early.consequences}
    assert "credit_record_5y" not in {warning.id for warning in early.warnings}
    assessment = assess_cn(make_scenario("small_online", 45), "en")
    warning = next(warning for warning in assessment.warnings if warning.id == "credit_record_5y")
    assert "5 years" in warning.text
    assert {"law.credit_record_5y"} <= set(warning.rules)


def test_penalty_interest_differs_for_cards_and_loans(assess_cn):
    card_ids = {item.id for item in assess_cn(make_scenario("credit_card", 5)).consequences}
    loan_ids = {item.id for item in assess_cn(make_scenario("car", 5)).consequences}
    assert "card_interest" in card_ids and "penalty_interest" not in card_ids
    assert "penalty_interest" in loan_ids and "card_interest" not in loan_ids


def test_a_signed_card_instalment_agreement_stops_collection_steps(assess_cn):
    """Art. 70: once a personalised instalment plan is signed, collection stops unless it is broken."""
    plain = assess_cn(make_scenario("credit_card", 70))
    agreed = assess_cn(make_scenario("credit_card", 70, agreement_in_place=True))
    assert _entry(agreed, "phone_call").status.value == "upcoming"
    assert agreed.field_visit.likelihood_now < plain.field_visit.likelihood_now
    assert agreed.field_visit.likelihood_word.value == "unlikely"
    assert agreed.risk.score < plain.risk.score
    assert "law.card_art70" in _entry(agreed, "field_visit").rules


def test_evasion_is_brought_forward_but_not_before_the_floor_day(pack, assess_cn):
    worst = make_scenario(
        "credit_card", 20, evading=True, false_info=True, reachable=False, broken_promises=5
    )
    assessment = assess_cn(worst)
    floor = next(e.floor_day for e in pack.schedule_for("credit_card") if e.action == "field_visit")
    assert assessment.field_visit.earliest_day == floor == 30
    assert assessment.field_visit.typical_day > assessment.field_visit.earliest_day
    assert assessment.risk.level.value in {"medium", "high", "severe"}


def test_remedies_are_ranked_one_to_n_and_contact_comes_first_when_evading(assess_cn):
    assessment = assess_cn(make_scenario("unsecured_consumer", 45, evading=True))
    assert [remedy.priority for remedy in assessment.remedies] == list(range(1, len(assessment.remedies) + 1))
    assert assessment.remedies[0].id == "contact_lender"
    calm = assess_cn(make_scenario("unsecured_consumer", 45, communicating=True))
    assert calm.remedies[0].id == "pay_overdue"


def test_broken_promises_bring_their_own_remedy_with_the_count(assess_cn):
    assessment = assess_cn(make_scenario("car", 50, broken_promises=2))
    remedy = next(remedy for remedy in assessment.remedies if remedy.id == "keep_promises")
    assert "2" in remedy.why


def test_risk_factors_add_up_to_the_score_and_name_their_rules(assess_cn):
    assessment = assess_cn(make_scenario("small_online", 50, communicating=True, episodes=1))
    risk = assessment.risk
    assert risk.score == max(0, min(100, sum(factor.points for factor in risk.factors)))
    rules = {factor.rule for factor in risk.factors}
    assert {"judgement.risk_days", "seed.kind_risk", "seed.communicating", "seed.credit_history"} <= rules
    assert risk.label == {"low": "低", "medium": "中", "high": "高", "severe": "严重"}[risk.level.value]


def test_field_visit_ramp_rises_to_its_peak_and_stays():
    values = [ramp(day, 60, 90, 0.6, 0.15) for day in range(0, 200)]
    assert values[0] == 0 and values == sorted(values)
    assert values[60] == pytest.approx(0.09) and values[90] == pytest.approx(0.6) and values[199] == 0.6


def test_texts_follow_the_language_asked_for(assess_cn):
    scenario = make_scenario("credit_card", 25)
    chinese, english = assess_cn(scenario, "zh_CN"), assess_cn(scenario, "en")
    assert _entry(chinese, "field_visit").label == "上门外访"
    assert _entry(english, "field_visit").label == "Field visit"
    assert (
        chinese.field_visit.likelihood_text == "不太可能"
        and english.field_visit.likelihood_text == "unlikely"
    )
    assert chinese.explanations[0].source != english.explanations[0].source
    assert chinese.model_dump(include={"risk": {"score"}}) == english.model_dump(include={"risk": {"score"}})


def test_conduct_limits_are_data_in_the_pack(pack):
    """The 2026 guideline's limits, kept for the contact-log harassment check."""
    conduct = pack.conduct
    assert (conduct.quiet_start.hour, conduct.quiet_end.hour) == (22, 8)
    assert conduct.max_unanswered_calls_per_day == 6
    kinds = {check.kind.value for check in conduct.checks}
    assert {"third_party_contact", "third_party_disclosure", "unannounced_visit"} <= kinds
    flags = {flag for check in conduct.checks for flag in check.flags or ()}
    assert {"threats", "impersonating_authorities", "public_exposure"} <= flags
    assert conduct.complaint_hotline == "12378"


def test_advice_quoting_the_borrower_counts_says_each_borrowers_own_count(assess_cn):
    """Parts are reused between assessments that would read the same: one quoting a count must never
    carry an earlier borrower's count."""
    texts = {}
    for promises in (1, 3, 1):
        scenario = make_scenario("credit_card", 40, broken_promises=promises)
        remedy = next(r for r in assess_cn(scenario).remedies if r.id == "keep_promises")
        texts.setdefault(promises, set()).add(remedy.why)
    assert texts[1] != texts[3]
    assert all(len(seen) == 1 for seen in texts.values())
    assert "1次" in next(iter(texts[1])) and "3次" in next(iter(texts[3]))


def test_advice_quoting_only_the_packs_own_values_is_worded_once(assess_cn):
    first = next(r for r in assess_cn(make_scenario("credit_card", 70)).remedies if r.id == "know_collector_limits")
    again = next(r for r in assess_cn(make_scenario("small_online", 95)).remedies if r.id == "know_collector_limits")
    assert "21:00" in first.why or "22:00" in first.why  # the quiet hours are filled in
    assert "{" not in first.why
    assert again is first  # the same object: nothing in it depends on the borrower
