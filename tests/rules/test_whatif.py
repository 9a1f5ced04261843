"""What-if plans: a payment, a call to ask for instalments, staying unreachable, compared on one day with
carrying on as now; the sentences a borrower reads; plans that cannot happen; and the two promises a plan
must keep whatever the loan (paying what is overdue never makes anything likelier; staying unreachable
never makes anything less likely)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.models import Behaviour, Loan, LoanKind, Payment, RepaymentMethod
from app.core.money_text import money_text
from app.core.schedule import position
from app.rules.whatif import (
    PLAN_HORIZON_DAYS,
    Plan,
    PlannedPayment,
    PlanProblem,
    Stance,
    compare,
    evaluate_plan,
    parse_amount,
    plan_scenarios,
    read_plan,
    suggest_payment,
)
from app.ui.shell.sample_data import load_sample_set

TODAY = date(2026, 6, 15)  # the day the sample set is written for


@pytest.fixture(scope="module", params=["en", "zh_CN"])
def sample(request):
    return request.param, load_sample_set(request.param, TODAY)


def _loan_records(sample_set, loan_id):
    loan = next(loan for loan in sample_set.loans if loan.id == loan_id)
    payments = [payment for payment in sample_set.payments if payment.loan_id == loan_id]
    return loan, payments, sample_set.contacts


def _outcome(pack, sample_set, loan_id, request, lang="en", today=TODAY):
    loan, payments, contacts = _loan_records(sample_set, loan_id)
    return evaluate_plan(loan, payments, contacts, today, request, pack, lang)


# ------------------------------------------------------------------------ the headline case


def test_paying_the_online_loans_overdue_by_the_day_makes_the_field_visit_unlikely(pack, sample):
    lang, sample_set = sample
    loan, payments, _ = _loan_records(sample_set, "sample-online")
    on = TODAY + timedelta(days=3)
    # Three instalments of 548.00 (500.00 principal + 48.00 fee) are overdue on 2026-06-18, due 04-06, 05-06,
    # 06-06: 73, 43 and 12 days. Penalty 0.8 % x 12 x 1.5 = 14.4 % a year, 0.04 % a day; a late payment
    # pays each instalment's penalty before it (Civil Code art. 561), so being current takes
    #   罚息 500 x (73 + 43 + 12) x 0.0004 = 14.60 + 8.60 + 2.40 = 25.60
    #   复利  48 x 73 x 0.0004 = 1.40, 48 x 43 x 0.0004 = 0.83, 48 x 12 x 0.0004 = 0.23: 2.46
    # on top of the 1,644.00: 1,672.06.
    where_then = position(loan, payments, on)
    assert where_then.overdue_amount == Decimal("1644.00")
    assert where_then.amount_to_become_current == Decimal("1672.06")

    comparison = _outcome(pack, sample_set, "sample-online", ("1672.06", on, None), lang).comparison

    assert comparison.look_at == on
    # Both sides stand on the payment's day: without it the debt is three days older, with it nothing is late.
    assert comparison.days_before == 73 and comparison.days_after == 0
    visit = comparison.field_visit
    # A few thousand yuan owed to an online platform: visits are rare (issue 15), "possible" at most.
    assert visit.now_before.word == "possible"
    assert visit.now_after.word == "unlikely"
    headline = comparison.sentences[0]
    if lang == "en":
        assert headline.text == (
            "If you pay ¥1,672.06 by 2026-06-18, the chance of a field visit by then goes from possible to unlikely."
        )
    else:
        assert headline.text == "如果你在 2026-06-18 前还 ¥1,672.06，届时上门外访的可能性将从“有可能”变为“不太可能”。"
    # The conclusion names the rule that sets when small online lenders visit.
    assert "seed.small_online_early" in headline.rules
    assert comparison.risk.score_after < comparison.risk.score_before


def test_every_changed_conclusion_names_rules_the_assessments_explain(pack, sample):
    lang, sample_set = sample
    for request in (
        ("1644.00", TODAY + timedelta(days=3), None),
        (None, None, Stance.call_for_instalments),
        ("548", TODAY, Stance.call_for_instalments),
    ):
        comparison = _outcome(pack, sample_set, "sample-online", request, lang).comparison
        explained = {item.rule for item in comparison.baseline.explanations}
        explained |= {item.rule for item in comparison.planned.explanations}
        explained.add(pack.judgement.rule)
        for step in comparison.steps:
            if step.changed:
                assert step.rules and set(step.rules) <= explained, step.action
        for sentence in comparison.sentences:
            assert set(sentence.rules) <= {rule.id for rule in pack.rules}
        # Only the days-overdue fact (a payment's second sentence) is said without a rule behind it.
        unruled = [index for index, sentence in enumerate(comparison.sentences) if not sentence.rules]
        assert unruled == ([1] if request[0] is not None else [])


# ---------------------------------------------------------------------------------------- payments


def test_a_payment_that_clears_the_oldest_instalment_counts_days_from_the_next(pack, sample):
    _, sample_set = sample
    # Three instalments of 548 were overdue; the oldest, due 2026-04-06, is 70 days late today. Paid late,
    # 548.00 first pays its penalty (0.04 % a day: 500 x 70 x 0.0004 = 14.00 罚息, 48 x 70 x 0.0004 = 1.34
    # 复利), so it leaves 15.34 of the instalment unpaid and the days still count from 04-06.
    short = _outcome(pack, sample_set, "sample-online", ("548.00", TODAY, None)).comparison
    assert short.days_before == short.days_after == 70
    # 563.34 clears it: the next oldest, a month younger, is what counts.
    comparison = _outcome(pack, sample_set, "sample-online", ("563.34", TODAY, None)).comparison
    assert comparison.days_before == 70
    assert 0 < comparison.days_after < 70
    days = comparison.sentences[1].text
    assert f"you would be {comparison.days_after} days overdue instead of 70" in days
    # Two instalments of 548 are left, with the penalty interest run up on them to the day paid (40 days:
    # 500 x 40 x 0.0004 = 8.00 + 48 x 40 x 0.0004 = 0.77; 9 days: 1.80 + 0.17): the sentence quotes what it
    # takes to be current, the core's figure, not the instalments alone: 1,096.00 + 10.74 = 1,106.74.
    loan = next(loan for loan in sample_set.loans if loan.id == "sample-online")
    paid = [payment for payment in sample_set.payments if payment.loan_id == loan.id]
    left = position(loan, [*paid, Payment(loan_id=loan.id, paid_on=TODAY, amount=Decimal("563.34"))], TODAY)
    assert left.overdue_amount == Decimal("1096.00") and left.penalty_interest == Decimal("10.74")
    assert left.amount_to_become_current == Decimal("1106.74")
    assert f"{money_text(left.amount_to_become_current)} still to pay to be current" in days


def test_the_suggested_payment_makes_the_loan_current_on_its_day(sample):
    """The what-if starts with what it takes to be current on the suggested day (penalty included), so
    ticking "I pay" as suggested really ends the days overdue and leaves nothing of them owing."""
    from app.core.schedule import position
    from app.rules.whatif import suggest_payment

    _, sample_set = sample
    loan = next(loan for loan in sample_set.loans if loan.id == "sample-online")
    paid = [payment for payment in sample_set.payments if payment.loan_id == loan.id]
    suggestion = suggest_payment(loan, paid, TODAY)
    on_day = position(loan, paid, suggestion.on)
    assert suggestion.amount == on_day.amount_to_become_current > on_day.overdue_amount
    after = position(loan, [*paid, Payment(loan_id=loan.id, paid_on=suggestion.on, amount=suggestion.amount)],
                     suggestion.on)
    assert after.days_past_due == 0 and after.amount_to_become_current == 0


def test_a_payment_too_small_to_clear_anything_says_so(pack, sample):
    _, sample_set = sample
    comparison = _outcome(pack, sample_set, "sample-card", ("500", TODAY + timedelta(days=1), None)).comparison
    assert comparison.days_after == comparison.days_before == 26
    assert comparison.sentences[1].text == (
        "¥500.00 does not clear the oldest overdue instalment: on 2026-06-16 you would still be 26 days "
        "overdue, with ¥890.00 to pay to be current."
    )  # the unpaid minimums, ¥800.00, and the card's late fee
    # Days overdue decide the estimate, so nothing that counts changes.
    assert comparison.field_visit.now_before == comparison.field_visit.now_after


def test_paying_ahead_on_a_current_loan_changes_nothing_and_says_what_is_left(pack, sample):
    lang, sample_set = sample
    comparison = _outcome(pack, sample_set, "sample-car", ("3569.63", TODAY + timedelta(days=5), None), lang)
    comparison = comparison.comparison
    assert not comparison.changed
    texts = [sentence.text for sentence in comparison.sentences]
    if lang == "en":
        assert texts[0] == "If you pay ¥3,569.63 by 2026-06-20, the chance of a field visit by then stays unlikely."
        assert texts[1].startswith("Nothing is overdue on 2026-06-20 either way")
        assert texts[-1] == "Nothing else in the estimate changes."
    else:
        assert texts[-1] == "估计的其他内容没有变化。"


def test_steps_already_under_way_are_said_once_as_such_and_never_made_unlikely(pack, sample):
    """Issue 16.2: at 70 days the SMS, the calls and the credit-report record have happened; paying
    cannot undo them, so no sentence may say they become "unlikely" (they did, before this fix)."""
    _, sample_set = sample
    comparison = _outcome(pack, sample_set, "sample-online", ("1644", TODAY, None)).comparison
    begun = {step.action.value for step in comparison.steps if step.begun}
    assert {"reminder_sms", "phone_call", "credit_report"} <= begun
    assert "lawyer_letter" not in begun and "lawsuit" not in begun
    already = [s.text for s in comparison.sentences if s.text.startswith("Already under way")]
    assert len(already) == 1
    assert "Reminder SMS, Phone calls, Credit-report record" in already[0]
    for step in comparison.steps:
        if step.begun:
            assert step.now_after.value >= step.now_before.value or step.now_after.word != "unlikely"
            assert not [s for s in comparison.sentences if s.text.startswith(step.label + ":")]
    assert not [s for s in comparison.sentences if "by then." in s.text and "unlikely" in s.text]


def test_every_step_sentence_says_what_the_plan_bars_show(pack, sample):
    """Issue 16.2: the plan bars draw the planned assessment's timeline (start day, likelihood word);
    a sentence about a step may only state those, so the words and the bars agree."""
    lang, sample_set = sample
    for loan_id, request in (
        ("sample-online", ("1644", TODAY, None)),
        ("sample-online", ("500", TODAY + timedelta(days=5), Stance.call_for_instalments)),
        ("sample-online", (None, None, Stance.stay_unreachable)),
    ):
        comparison = _outcome(pack, sample_set, loan_id, request, lang).comparison
        bars = {entry.action: entry for entry in comparison.planned.timeline}
        for step in comparison.steps:
            bar = bars[step.action]
            assert step.from_day_after == bar.from_day
            assert step.eventual_after.word is bar.likelihood_word
            # Step sentences read "<steps>: <changes>" (the headline about the visit "by then" is not one).
            heads = [re.split("[:：]", s.text, maxsplit=1) for s in comparison.sentences]
            said = [s.text for s, parts in zip(comparison.sentences, heads) if len(parts) == 2 and step.label in parts[0]]
            for text in said:
                # No "now → then" claim the bars cannot show.
                assert "→" not in text and "by then" not in text and "届时" not in text
                if step.eventual_changed:
                    assert bar.likelihood_text in text


# ---------------------------------------------------------------------------------------- stances


def test_calling_for_instalments_is_negotiating_from_today(pack, sample):
    lang, sample_set = sample
    loan, payments, contacts = _loan_records(sample_set, "sample-online")
    plan = Plan(stance=Stance.call_for_instalments)
    scenarios = plan_scenarios(loan, payments, contacts, TODAY, plan)
    assert scenarios.look_at == TODAY
    assert scenarios.baseline.behaviour.evading and not scenarios.baseline.behaviour.reachable
    planned = scenarios.planned.behaviour
    assert planned.reachable and planned.communicating and planned.negotiating and planned.hardship_reported
    assert not planned.evading
    # Asking is not an agreement; what the lender knows of broken promises stays.
    assert planned.agreement_in_place is False
    assert planned.broken_promises == scenarios.baseline.behaviour.broken_promises == 1

    comparison = compare(scenarios, plan, TODAY, pack, lang)
    assert comparison.days_before == comparison.days_after == 70
    visit = comparison.field_visit
    assert visit.from_day_after > visit.from_day_before
    assert visit.now_after.value < visit.now_before.value
    # The rules behind the change: the modifiers the plan adds and those it removes.
    assert {"seed.negotiating", "seed.communicating", "seed.evading", "seed.unreachable"} <= set(visit.rules)


def test_staying_unreachable_brings_visits_forward_and_warns(pack, sample):
    lang, sample_set = sample
    comparison = _outcome(pack, sample_set, "sample-card", (None, None, Stance.stay_unreachable), lang)
    comparison = comparison.comparison
    visit = comparison.field_visit
    assert visit.from_day_after < visit.from_day_before
    assert comparison.risk.score_after > comparison.risk.score_before
    assert "seed.unreachable" in comparison.risk.rules
    warnings = [s for s in comparison.sentences if "seed.unreachable" in s.rules and len(s.rules) == 1]
    assert len(warnings) == 1
    assert warnings[0].text.startswith("New warning:" if lang == "en" else "新增提醒：")
    now = "now" if lang == "en" else "现在"
    assert any(now in sentence.text for sentence in comparison.sentences[1:])


def test_staying_unreachable_when_already_so_changes_nothing(pack, sample):
    lang, sample_set = sample
    comparison = _outcome(pack, sample_set, "sample-online", (None, None, Stance.stay_unreachable), lang)
    comparison = comparison.comparison
    assert not comparison.changed
    assert len(comparison.sentences) == 2


def test_a_payment_and_a_stance_combine(pack, sample):
    _, sample_set = sample
    # 1,672.06: the three overdue instalments and their penalty on 2026-06-18 (worked out above).
    request = ("1672.06", TODAY + timedelta(days=3), Stance.call_for_instalments)
    comparison = _outcome(pack, sample_set, "sample-online", request).comparison
    assert comparison.sentences[0].text.startswith(
        "If you pay ¥1,672.06 by 2026-06-18 and call the lender now to ask for instalments, "
    )
    assert comparison.days_after == 0
    assert comparison.planned.field_visit.earliest_day > comparison.baseline.field_visit.earliest_day


def test_no_action_is_no_comparison(pack, sample):
    _, sample_set = sample
    outcome = _outcome(pack, sample_set, "sample-online", (None, None, None))
    assert outcome.comparison is None and outcome.problem == ""


# ---------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("", "whatif.amount_missing"),
        ("   ", "whatif.amount_missing"),
        ("12abc", "whatif.amount_not_number"),
        ("one thousand", "whatif.amount_not_number"),
        ("NaN", "whatif.amount_not_number"),
        ("Infinity", "whatif.amount_not_number"),
        ("0", "whatif.amount_not_positive"),
        ("-50", "whatif.amount_not_positive"),
        ("12.345", "whatif.amount_cents"),
    ],
)
def test_amounts_that_are_not_amounts_are_refused_in_words(text, key):
    with pytest.raises(PlanProblem) as caught:
        parse_amount(text)
    assert caught.value.key == key and caught.value.field == "amount"
    assert caught.value.text("zh_CN") != caught.value.text("en")


@pytest.mark.parametrize(
    ("text", "amount"),
    [("1644", "1644.00"), ("1,644.5", "1644.50"), ("¥ 1 644.00", "1644.00"), ("１,６４４", "1644.00")],
)
def test_amounts_are_read_as_people_type_them(text, amount):
    assert parse_amount(text) == Decimal(amount)


def test_a_payment_needs_a_day():
    with pytest.raises(PlanProblem) as caught:
        read_plan("100", None, None)
    assert caught.value.field == "date"


def test_more_than_everything_owed_is_refused_and_nothing_is_compared(pack, sample):
    lang, sample_set = sample
    outcome = _outcome(pack, sample_set, "sample-online", ("5000", TODAY, None), lang)
    assert outcome.comparison is None and outcome.problem_field == "amount"
    if lang == "en":
        assert outcome.problem == (
            "¥5,000.00 is more than everything owed on this loan (¥4,684.48); enter at most ¥4,684.48."
        )
    else:
        assert outcome.problem == "¥5,000.00 超过了这笔贷款的全部欠款（¥4,684.48）；最多填写 ¥4,684.48。"
    # Everything owed today is what settles the loan (principal, interest to date, penalty), not the sum of
    # every future instalment (¥4,932.00, future interest included). Exactly that is a plan: paying off.
    loan, payments, _ = _loan_records(sample_set, "sample-online")
    assert position(loan, payments, TODAY).payoff_amount == Decimal("4684.48")
    assert _outcome(pack, sample_set, "sample-online", ("4684.48", TODAY, None)).comparison is not None


def test_days_in_the_past_or_beyond_a_year_are_refused(pack, sample):
    lang, sample_set = sample
    past = _outcome(pack, sample_set, "sample-online", ("100", TODAY - timedelta(days=1), None), lang)
    assert past.comparison is None and past.problem_field == "date"
    assert "2026-06-14" in past.problem and "2026-06-15" in past.problem
    far = TODAY + timedelta(days=PLAN_HORIZON_DAYS + 1)
    too_far = _outcome(pack, sample_set, "sample-online", ("100", far, None), lang)
    assert too_far.comparison is None and too_far.problem_field == "date"
    assert "2027-06-15" in too_far.problem
    last = _outcome(pack, sample_set, "sample-online", ("100", far - timedelta(days=1), None), lang)
    assert last.comparison is not None


def test_a_loan_paid_off_has_nothing_to_pay(pack):
    loan = Loan(lender="Bank", kind=LoanKind.unsecured_consumer, method=RepaymentMethod.equal_principal,
                principal=Decimal("1200.00"), annual_rate=Decimal(0), term_months=2,
                start_date=date(2026, 1, 10), due_day=10)
    paid = [Payment(loan_id=loan.id, paid_on=date(2026, 2, 10), amount=Decimal("1200.00"))]
    outcome = evaluate_plan(loan, paid, [], TODAY, ("10", TODAY, None), pack, "en")
    assert outcome.problem == "Nothing is owed on this loan, so there is no payment to plan."
    assert suggest_payment(loan, paid, TODAY).amount is None


# ---------------------------------------------------------------------------------------- suggestion


def test_the_suggestion_is_what_it_takes_to_be_current_in_a_few_days_or_the_next_instalment(sample):
    _, sample_set = sample
    loan, payments, _ = _loan_records(sample_set, "sample-online")
    suggestion = suggest_payment(loan, payments, TODAY)
    assert suggestion.on == TODAY + timedelta(days=3)
    assert suggestion.amount == position(loan, payments, suggestion.on).amount_to_become_current
    assert (suggestion.earliest, suggestion.latest) == (TODAY, TODAY + timedelta(days=PLAN_HORIZON_DAYS))
    car, car_payments, _ = _loan_records(sample_set, "sample-car")
    assert suggest_payment(car, car_payments, TODAY).amount == Decimal("3569.63")


# ---------------------------------------------------------------------------------------- properties

_KINDS = [
    (LoanKind.credit_card, RepaymentMethod.credit_card),
    (LoanKind.small_online, RepaymentMethod.flat_fee),
    (LoanKind.unsecured_consumer, RepaymentMethod.equal_installment),
    (LoanKind.mortgage, RepaymentMethod.equal_installment),
    (LoanKind.car, RepaymentMethod.equal_principal),
    (LoanKind.business, RepaymentMethod.interest_only),
]


@st.composite
def loan_situations(draw):
    kind, method = draw(st.sampled_from(_KINDS))
    start = date(2025, 1, 1) + timedelta(days=draw(st.integers(0, 365)))
    behaviour = Behaviour(
        reachable=draw(st.booleans()),
        communicating=draw(st.booleans()),
        hardship_reported=draw(st.booleans()),
        negotiating=draw(st.booleans()),
        evading=draw(st.booleans()),
        false_info=draw(st.booleans()),
        broken_promises=draw(st.integers(0, 4)),
        overdue_episodes_24m=draw(st.integers(0, 3)),
    )
    loan = Loan(
        lender="Lender",
        kind=kind,
        method=method,
        principal=Decimal(draw(st.integers(1_000, 300_000))),
        annual_rate=Decimal(draw(st.sampled_from(["0", "4.35", "18.25"]))),
        monthly_fee_rate=Decimal("0.8"),
        term_months=1 if method is RepaymentMethod.credit_card else draw(st.integers(2, 36)),
        start_date=start,
        due_day=draw(st.integers(1, 28)),
        grace_days=draw(st.integers(0, 3)),
        secured=kind in (LoanKind.mortgage, LoanKind.car),
        behaviour=behaviour,
    )
    payments = [
        Payment(loan_id=loan.id, paid_on=start + timedelta(days=offset), amount=Decimal(amount))
        for offset, amount in draw(st.lists(st.tuples(st.integers(20, 400), st.integers(50, 5_000)), max_size=4))
    ]
    today = start + timedelta(days=draw(st.integers(20, 600)))
    on = today + timedelta(days=draw(st.integers(0, 60)))
    return loan, payments, today, on


def _compare(pack, loan, payments, today, plan):
    scenarios = plan_scenarios(loan, payments, [], today, plan)
    return compare(scenarios, plan, today, pack, "en")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(situation=loan_situations(), call=st.booleans())
def test_paying_what_is_overdue_never_makes_anything_likelier_or_riskier(pack, situation, call):
    loan, payments, today, on = situation
    # What makes the loan current that day: the overdue instalments and the penalty a late payment pays first.
    overdue = position(loan, payments, on).amount_to_become_current
    if not overdue:
        return
    plan = Plan(PlannedPayment(overdue, on), Stance.call_for_instalments if call else None)
    comparison = _compare(pack, loan, payments, today, plan)
    assert comparison.days_after == 0
    for step in comparison.steps:
        assert step.now_after.value <= step.now_before.value, step.action
    assert comparison.risk.score_after <= comparison.risk.score_before


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(situation=loan_situations())
def test_staying_unreachable_never_makes_anything_less_likely_or_less_risky(pack, situation):
    loan, payments, today, _ = situation
    comparison = _compare(pack, loan, payments, today, Plan(stance=Stance.stay_unreachable))
    for step in comparison.steps:
        assert step.now_after.value >= step.now_before.value, step.action
        assert step.eventual_after.value >= step.eventual_before.value, step.action
        assert step.from_day_after <= step.from_day_before, step.action
    assert comparison.risk.score_after >= comparison.risk.score_before


def test_amounts_in_sentences_read_as_on_screen():
    from app.rules.whatif import money_text
    from app.ui.widgets import formatting

    # The sentences and the screens share one writer of amounts.
    assert money_text is formatting.money_text
    assert money_text(Decimal("1644.5"), "CNY", "symbol") == "¥1,644.50"