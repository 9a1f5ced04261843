"""The estimate for a table of situations a consumer-debt lawyer would recognise (issue 15): loan kind x
days overdue x amount x behaviour x lender, each with the band every key answer must fall in and the
reason, a sentence of the source or the judgement behind it.

Key answers: the lawsuit's likelihood if the debt stays unpaid (the timeline's "lawsuit" row), the
field visit's likelihood by today (the visit outlook), and the risk level. Bands are sets of the words a
borrower reads: U unlikely, P possible, L likely, V very likely; risk low / medium / high / severe.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.rules.scenario import Scenario

U, P, L, V = "unlikely", "possible", "likely", "very_likely"
LOW, MED, HIGH, SEV = "low", "medium", "high", "severe"

BEHAVIOURS: dict[str, dict] = {
    "neutral": {},
    "evading": {"evading": True, "reachable": False, "false_info": True},
    "talking": {"communicating": True, "negotiating": True, "hardship_reported": True},
    "disputing": {"disputing": True},
    "partial": {},  # half the overdue amount paid five days ago (see _scenario)
}

# (kind, days, owed, behaviour, lender, lawsuit band, visit-now band, risk band, reason)
TABLE = [
    # --- the amount at stake (judgement.amount_at_stake): a lender weighs cost against recovery ---
    ("credit_card", 45, "50", "neutral", None, {U}, {U}, {LOW}, "A 50-yuan card is never worth a lawsuit or a visit."),
    ("credit_card", 150, "50", "neutral", None, {U}, {U}, {LOW, MED}, "Still 50 yuan: risk never high (cap by amount), no suit."),
    ("credit_card", 150, "50", "evading", None, {U}, {U}, {MED}, "Even an evading 50-yuan debtor is not sued: the cost exceeds the debt."),
    ("credit_card", 31, "50", "evading", None, {U}, {U}, {LOW, MED}, "The issue's case: was 'lawsuit very likely (0.8)'."),
    ("credit_card", 120, "50", "evading", None, {U}, {U}, {MED}, "The issue's case: was 'risk severe 100', visit 'very likely, now'."),
    ("credit_card", 45, "5000", "neutral", None, {P}, {U}, {LOW}, "5,000 may be sued later; at 45 days visits are not yet in view (seed p.2)."),
    ("credit_card", 150, "5000", "neutral", None, {P}, {U}, {HIGH}, "Card suits come after 180 days; a cooperative borrower owing 5,000 is rarely visited (seed p.5)."),
    ("credit_card", 45, "500000", "neutral", None, {L}, {U}, {MED}, "Banks sue large card debts (practice.card_lawsuit); no visit at 45 days."),
    ("credit_card", 150, "500000", "neutral", None, {L}, {P}, {SEV}, "Large card debt, five months: suit likely; visit possible for a cooperative borrower."),
    ("credit_card", 200, "500000", "evading", None, {V}, {V}, {SEV}, "Large, evading, beyond 180 days: the lawyer's worst case."),
    ("unsecured_consumer", 45, "50", "neutral", None, {U}, {U}, {LOW}, "50 yuan: no suit."),
    ("unsecured_consumer", 150, "50", "neutral", None, {U}, {U}, {LOW, MED}, "50 yuan: no suit, risk capped below high."),
    ("unsecured_consumer", 45, "5000", "neutral", None, {P}, {U}, {LOW}, "A modest bank loan: a suit is possible in time."),
    ("unsecured_consumer", 150, "5000", "neutral", None, {P}, {U}, {HIGH}, "Five months, 5,000: suit possible; visits are for high-risk borrowers (seed p.5)."),
    ("unsecured_consumer", 45, "500000", "neutral", None, {L}, {U}, {MED}, "A large loan is likely sued if it stays unpaid."),
    ("unsecured_consumer", 150, "500000", "neutral", None, {L}, {P}, {SEV}, "Large and five months late: suit likely."),
    ("unsecured_consumer", 800, "500000", "neutral", None, {V}, {P}, {SEV}, "Unpaid for over two years: sued before the 3-year limit (Civil Code art. 188)."),
    # --- behaviour within floors: earlier and likelier, never before the floor, never certain ---
    ("credit_card", 20, "20000", "evading", None, {L, V}, {U}, {MED, HIGH}, "Evading early: visits may come early (seed p.2) but not before day 30."),
    ("credit_card", 45, "20000", "evading", None, {L, V}, {L}, {HIGH, SEV}, "Evading past day 30: the visit window is open (seed p.2, p.4)."),
    ("credit_card", 100, "20000", "evading", None, {L, V}, {V}, {HIGH, SEV}, "Visits target high-risk borrowers who keep not paying (seed p.5)."),
    ("credit_card", 100, "20000", "neutral", None, {P}, {P}, {MED, HIGH}, "A cooperative borrower: visit possible, not likely (seed p.5); 20,000 on a card: suit possible."),
    ("credit_card", 100, "20000", "talking", None, {P}, {U}, {MED}, "Talking and negotiating slows visits (seed p.4)."),
    ("mortgage", 20, "500000", "evading", None, {V}, {U}, {HIGH}, "A mortgage visit is never before its floor (day 60), whatever the behaviour."),
    ("mortgage", 45, "500000", "evading", None, {V}, {U}, {HIGH, SEV}, "Still before the mortgage floor: no visit now."),
    ("mortgage", 75, "500000", "neutral", None, {L}, {U}, {HIGH}, "Mortgages are visited later (seed p.3): 61-90 days is no visit period for them."),
    ("mortgage", 150, "500000", "neutral", None, {L}, {P}, {SEV}, "Collateral: the bank sues and enforces (Civil Code art. 410)."),
    ("mortgage", 150, "500000", "talking", None, {P, L}, {U}, {HIGH, SEV}, "Talking helps the visit; 150 days unpaid keeps a suit in view."),
    ("car", 45, "100000", "neutral", None, {L}, {U}, {MED}, "A car loan is secured: suit likely in time, visits later."),
    ("car", 150, "100000", "evading", None, {V}, {V}, {SEV}, "Evading a car loan: visit and suit very likely."),
    ("business", 150, "300000", "neutral", None, {L}, {P}, {SEV}, "A large business loan five months late."),
    ("business", 45, "300000", "talking", None, {U, P}, {U}, {LOW, MED}, "Negotiating early: a suit is at most possible (seed p.4)."),
    # --- talk wears off without payment ---
    ("unsecured_consumer", 100, "20000", "talking", None, {U, P}, {U}, {MED, HIGH}, "Talk shields while fresh (seed p.4)."),
    ("unsecured_consumer", 250, "20000", "talking", None, {P}, {P}, {HIGH, SEV}, "Talk without payment for 8 months no longer shields: as if nothing were said (judgement)."),
    ("unsecured_consumer", 800, "20000", "talking", None, {L}, {P}, {SEV}, "The issue's 800 days of 'negotiating': a suit before the 3-year limit (art. 188)."),
    ("credit_card", 800, "20000", "talking", None, {L}, {P}, {SEV}, "Same for a card: was 'unlikely (0.05)'."),
    ("small_online", 800, "5000", "talking", None, {L}, {U}, {HIGH}, "A platform sues before the 3-year limit, but 5,000 yuan is at the edge of what pays for a suit (practice.online_lawsuit_size): likely, not very likely."),
    # --- inside the grace days ---
    ("credit_card", 0, "20000", "evading", None, {L, V}, {U}, {LOW}, "Within grace nothing is late yet: risk stays low (practice.grace)."),
    ("credit_card", 0, "500000", "neutral", None, {L}, {U}, {LOW}, "Within grace: low risk whatever the amount."),
    ("unsecured_consumer", 0, "5000", "evading", None, {P}, {U}, {LOW}, "Within grace: low risk."),
    # --- partial payment (judgement.partial_payment) ---
    ("credit_card", 150, "5000", "partial", None, {U, P}, {U}, {MED, HIGH}, "Paying half shows will and means (seed p.5)."),
    ("unsecured_consumer", 150, "500000", "partial", None, {P, L}, {U, P}, {HIGH, SEV}, "Half paid: every legal step less likely."),
    ("small_online", 100, "5000", "partial", None, {P}, {U}, {MED, HIGH}, "A partial payer to a platform: suit only possible."),
    ("mortgage", 100, "500000", "partial", None, {P, L}, {U}, {HIGH, SEV}, "A partial mortgage payer."),
    # --- dispute ---
    ("credit_card", 60, "20000", "disputing", None, {P}, {U}, {MED}, "A dispute does not change the odds; the advice changes (see the test below)."),
    ("unsecured_consumer", 200, "5000", "disputing", None, {P}, {U}, {HIGH}, "Disputing a loan in the suit window: the odds as for anyone."),
    # --- lender type ---
    ("unsecured_consumer", 150, "5000", "neutral", "online_platform", {P}, {U}, {HIGH}, "Platforms sue in bulk, but 5,000-10,000 yuan of a cooperative borrower is only sometimes sued (practice.online_lawsuit_size); rarely visit."),
    ("unsecured_consumer", 150, "5000", "neutral", "bank", {P}, {U}, {HIGH}, "A bank sues 5,000 of consumer credit less readily than a platform."),
    ("unsecured_consumer", 150, "5000", "neutral", "consumer_finance", {P}, {U}, {HIGH}, "Consumer finance outsources earlier; sues as banks do."),
    ("small_online", 45, "3000", "neutral", "online_platform", {P}, {U}, {MED}, "Online platform, 3,000: under about 5,000 yuan a suit seldom repays its cost (practice.online_lawsuit_size)."),
    ("small_online", 45, "300", "neutral", "online_platform", {U}, {U}, {LOW}, "300 yuan: not worth even a bulk suit."),
    ("small_online", 150, "50", "evading", "online_platform", {U}, {U}, {MED}, "50 yuan online: no suit, no visit."),
    ("small_online", 150, "20000", "neutral", "online_platform", {L}, {U}, {SEV}, "20,000 owed to a platform: suit likely, visits rare."),
    ("credit_card", 200, "5000", "neutral", "bank", {P}, {U}, {HIGH}, "Banks sue large card debts more readily than 5,000 ones."),
    ("credit_card", 200, "80000", "neutral", "bank", {L}, {P}, {SEV}, "80,000 on a card: the bank likely sues."),
    ("unsecured_consumer", 200, "50000", "neutral", "private_lender", {L}, {P}, {SEV}, "A private lender's main remedy is to sue (practice.private_lending)."),
    ("car", 150, "80000", "neutral", "auto_finance", {L}, {P}, {SEV}, "Auto finance: as a bank car loan."),
    ("car", 150, "80000", "neutral", "bank", {L}, {P}, {SEV}, "A bank car loan five months late."),
    ("business", 200, "1000000", "neutral", "bank", {L}, {P}, {SEV}, "A million-yuan business loan past 180 days."),
    ("mortgage", 300, "800000", "neutral", "bank", {L}, {P}, {SEV}, "Mortgage far past the acceleration point."),
    # --- mid-sized debts across the timeline ---
    ("credit_card", 10, "20000", "neutral", None, {P}, {U}, {LOW}, "Ten days late: warning period (seed p.1-2)."),
    ("credit_card", 29, "20000", "neutral", None, {P}, {U}, {LOW, MED}, "Under a month: no visit (seed p.2)."),
    ("unsecured_consumer", 29, "20000", "neutral", None, {P}, {U}, {LOW, MED}, "Under a month: warning period."),
    ("small_online", 10, "2000", "neutral", None, {P}, {U}, {LOW}, "Ten days into an online loan."),
    ("small_online", 60, "2000", "evading", None, {L, V}, {U, P}, {HIGH}, "Evading a platform: a suit likely; visits remain rare for small sums."),
    ("mortgage", 10, "800000", "neutral", None, {L}, {U}, {LOW}, "Ten days into a mortgage: phone and letters first (seed p.3)."),
    ("car", 29, "80000", "neutral", None, {L}, {U}, {LOW, MED}, "A car loan under a month late."),
]


def _scenario(kind, days, owed, behaviour, lender) -> Scenario:
    owed_amount = Decimal(owed)
    overdue = owed_amount
    if kind in ("mortgage", "car", "business") and owed_amount > 20000:
        overdue = (owed_amount / 50).quantize(Decimal("0.01"))  # a few instalments overdue
    loan = {"type": kind, "overdue_amount": str(overdue), "outstanding": str(owed_amount)}
    if lender:
        loan["lender_type"] = lender
    payments = {}
    if behaviour == "partial" and days:
        paid = overdue  # half of what was overdue: paid equals what is still overdue
        payments = {"paid_since_overdue": str(paid), "days_since_last": 5}
    return Scenario.model_validate(
        {
            "as_of": "2026-12-01",
            "loan": loan,
            "days_past_due": days,
            "behaviour": BEHAVIOURS[behaviour],
            "payments": payments,
        }
    )


def test_the_table_is_large_enough_and_names_its_reasons():
    assert len(TABLE) >= 60
    assert all(row[-1] for row in TABLE)
    assert {row[0] for row in TABLE} == {"credit_card", "unsecured_consumer", "small_online", "mortgage", "car", "business"}
    assert {row[4] for row in TABLE} >= {None, "bank", "online_platform", "private_lender", "consumer_finance", "auto_finance"}


@pytest.mark.parametrize(
    ("kind", "days", "owed", "behaviour", "lender", "lawsuit", "visit", "risk", "reason"),
    TABLE,
    ids=[f"{r[0]}-{r[1]}d-{r[2]}-{r[3]}-{r[4] or 'usual'}" for r in TABLE],
)
def test_estimate_falls_in_the_expected_band(
    kind, days, owed, behaviour, lender, lawsuit, visit, risk, reason, assess_cn
):
    assessment = assess_cn(_scenario(kind, days, owed, behaviour, lender), "en")
    suit = next(entry for entry in assessment.timeline if entry.action.value == "lawsuit")
    got = (suit.likelihood_word.value, assessment.field_visit.likelihood_word.value, assessment.risk.level.value)
    assert got[0] in lawsuit, f"lawsuit {suit.likelihood}: {reason}"
    assert got[1] in visit, f"visit now {assessment.field_visit.likelihood_now}: {reason}"
    assert got[2] in risk, f"risk {assessment.risk.score}: {reason}"


def test_no_five_year_instalment_plan_for_fifty_yuan(assess_cn):
    """Issue 15: every 50-yuan card case suggested a 5-year 个性化分期."""
    small = assess_cn(_scenario("credit_card", 120, "50", "evading", None), "en")
    ids = [remedy.id for remedy in small.remedies]
    assert "personalised_instalments" not in ids and "small_debt_pay_off" in ids
    large = assess_cn(_scenario("credit_card", 120, "50000", "neutral", None), "en")
    assert "personalised_instalments" in {remedy.id for remedy in large.remedies}


def test_a_partial_payer_gets_a_better_answer_than_a_non_payer(assess_cn):
    payer = assess_cn(_scenario("unsecured_consumer", 150, "20000", "partial", None), "en")
    non_payer = assess_cn(_scenario("unsecured_consumer", 150, "20000", "neutral", None), "en")
    legal = {"lawsuit", "lawyer_letter", "field_visit", "outsourced_collection"}
    steps = {e.action.value: e.likelihood for e in payer.timeline if e.action.value in legal}
    before = {e.action.value: e.likelihood for e in non_payer.timeline if e.action.value in legal}
    assert all(steps[action] < before[action] for action in legal)
    assert payer.risk.score < non_payer.risk.score
    assert "keep_paying_part" in {remedy.id for remedy in payer.remedies}


def test_i_dispute_this_changes_the_advice(assess_cn):
    disputing = assess_cn(_scenario("credit_card", 60, "20000", "disputing", None), "zh_CN")
    plain = assess_cn(_scenario("credit_card", 60, "20000", "neutral", None), "zh_CN")
    assert disputing.remedies[0].id == "dispute_in_writing"
    assert "400-810-8866" in disputing.remedies[0].why and "15" in disputing.remedies[0].why
    assert "dispute_keeps_clock" in {warning.id for warning in disputing.warnings}
    assert "dispute_in_writing" not in {remedy.id for remedy in plain.remedies}


def test_after_a_lawsuit_the_path_is_shown_with_what_to_do(assess_cn):
    late = assess_cn(_scenario("mortgage", 200, "800000", "neutral", None), "zh_CN")
    ids = {item.id for item in late.consequences}
    assert {
        "court_mediation", "payment_order", "judgment", "enforcement", "dishonest_list",
        "collateral_auction", "guarantors", "limitation_period",
    } <= ids
    order = next(item for item in late.consequences if item.id == "payment_order")
    assert "15日内" in order.text and "书面异议" in order.text
    early = assess_cn(_scenario("mortgage", 45, "800000", "neutral", None), "zh_CN")
    assert "payment_order" not in {item.id for item in early.consequences}
    small = assess_cn(_scenario("credit_card", 300, "50", "neutral", None), "zh_CN")
    assert "payment_order" not in {item.id for item in small.consequences}


def test_a_private_lender_reports_nothing_to_the_credit_system(assess_cn):
    private = assess_cn(_scenario("unsecured_consumer", 60, "50000", "neutral", "private_lender"), "en")
    bank = assess_cn(_scenario("unsecured_consumer", 60, "50000", "neutral", "bank"), "en")
    record = {entry.action.value: entry.likelihood_word.value for entry in private.timeline}["credit_report"]
    assert record == "unlikely"
    assert "credit_record_5y" not in {warning.id for warning in private.warnings}
    assert "credit_record" not in {item.id for item in private.consequences}
    assert "credit_record_5y" in {warning.id for warning in bank.warnings}


def test_malicious_overdraft_counts_principal_only_and_states_the_2018_rule(assess_cn):
    """Issue 15: the total owed stood in for the principal, and the interpretation's art. 10 was misquoted
    (repaying before prosecution may end the case; before the first-instance judgment may exempt)."""
    unknown = Scenario.model_validate(
        {"as_of": "2026-12-01", "days_past_due": 70,
         "loan": {"type": "credit_card", "overdue_amount": "6000.00", "outstanding": "60000.00"}}
    )
    ids = {warning.id for warning in assess_cn(unknown, "en").warnings}
    assert "malicious_overdraft" not in ids and "malicious_overdraft_if_principal" in ids
    known = unknown.model_copy(
        update={"loan": unknown.loan.model_copy(update={"outstanding_principal": Decimal("55000.00")})}
    )
    warning = next(w for w in assess_cn(known, "en").warnings if w.id == "malicious_overdraft")
    assert "before prosecution" in warning.text and "first-instance judgment" in warning.text
    zh = next(w for w in assess_cn(known, "zh_CN").warnings if w.id == "malicious_overdraft")
    assert "提起公诉前" in zh.text and "一审判决前" in zh.text and "免予刑事处罚" in zh.text
    low = known.model_copy(
        update={"loan": known.loan.model_copy(update={"outstanding_principal": Decimal("20000.00")})}
    )
    assert "malicious_overdraft" not in {w.id for w in assess_cn(low, "en").warnings}


def test_the_credit_reference_centre_line_is_400_810_8866_and_12363_is_the_central_banks(assess_cn, pack):
    """Issue 15: 12363 was called a credit-report helpline."""
    remedy = next(
        r for r in assess_cn(_scenario("credit_card", 45, "20000", "neutral", None), "en").remedies
        if r.id == "check_credit_report"
    )
    assert "400-810-8866" in remedy.why and "central bank's consumer line, 12363" in remedy.why
    dispute = pack.rule("law.credit_dispute")
    assert "12363" not in dispute.source.text("zh_CN") and "400-810-8866" in dispute.text.text("zh_CN")


def test_the_third_month_label_says_no_visits_for_a_mortgage(assess_cn):
    """Issue 15: 'Field-visit period' showed at days 61-90 for mortgages, whose visits start at 90+."""
    stage = assess_cn(_scenario("mortgage", 75, "500000", "neutral", None), "en").stage
    assert "visit" not in stage.label.lower() and stage.label == "Third month overdue (M3)"
