"""Letter drafts: what the schedule says is owed, the plan's exact amounts and dates, and the templates
filled in both languages with nothing left blank.

Most cases use an interest-free loan of 1,200.00 over 12 months (100.00 due on the 10th from
2026-02-10) with the first two instalments paid: on 2026-06-15 three are overdue (300.00 since
2026-04-10) and 700.00 of principal is not yet due, so 1,000.00 is owed today.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_DOWN, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from app.core.letters import (
    MAX_PLAN_MONTHS,
    PLACEHOLDERS,
    LetterChoices,
    LetterDocument,
    LetterFacts,
    PlanKind,
    PlanProblem,
    TemplateProblem,
    asks_more_than_contract,
    default_plan,
    default_plan_start,
    draft,
    fill_template,
    letter_facts,
    load_template,
    monthly_dates,
    months_through,
    propose_plan,
    split_evenly,
    template_placeholders,
)
from app.core.due import Standing, loan_due_items
from app.core.models import Loan, LoanKind, Payment, RepaymentMethod
from app.core.money_text import money_text
from app.core.overview import LoanSummary
from app.core.schedule import position
from app.core.validation import field_errors
from app.resources import resource_path

TODAY = date(2026, 6, 15)


def simple_loan(**terms) -> Loan:
    values = {
        "id": "loan-1",
        "lender": "微粒贷",
        "name": "Weilidai",
        "kind": LoanKind.small_online,
        "method": RepaymentMethod.equal_installment,
        "principal": Decimal("1200.00"),
        "annual_rate": Decimal(0),
        "term_months": 12,
        "start_date": date(2026, 1, 20),
        "due_day": 10,
    }
    values.update(terms)
    return Loan(**values)


def facts_of(loan: Loan, payments: list[tuple[date, str]], as_of: date = TODAY) -> LetterFacts:
    made = [Payment(loan_id=loan.id, paid_on=day, amount=Decimal(amount)) for day, amount in payments]
    return letter_facts(loan, position(loan, made, as_of))


@pytest.fixture
def behind() -> LetterFacts:
    return facts_of(simple_loan(), [(date(2026, 2, 10), "100.00"), (date(2026, 3, 1), "100.00")])


def choose(**values) -> LetterChoices:
    values.setdefault("start", date(2026, 7, 10))
    return LetterChoices(**values)


def card(**terms) -> Loan:
    values = {
        "id": "card-1",
        "lender": "招商银行",
        "kind": LoanKind.credit_card,
        "method": RepaymentMethod.credit_card,
        "principal": Decimal("18000.00"),
        "annual_rate": Decimal("18.25"),
        "start_date": date(2026, 5, 1),
        "due_day": 21,
        "grace_days": 3,
    }
    values.update(terms)
    return Loan(**values)


# ------------------------------------------------------------------------------------ the facts


def test_what_is_owed_today_is_everything_due_plus_principal_not_yet_due(behind):
    assert behind.overdue_amount == Decimal("300.00")
    assert behind.overdue_installments == 3
    assert behind.overdue_since == date(2026, 4, 10)
    assert behind.due_now == Decimal("300.00")
    assert behind.principal_not_due == Decimal("700.00")
    assert behind.owed_now == Decimal("1000.00")
    assert behind.final_due_date == date(2027, 1, 10)


def test_interest_not_yet_due_is_not_counted_as_owed():
    # 12,000 at 12 % a year over 12 months: instalments of about 1,066 with interest falling from 120.
    loan = simple_loan(principal=Decimal("12000.00"), annual_rate=Decimal(12))
    facts = facts_of(loan, [], as_of=date(2026, 2, 1))  # nothing due yet
    assert facts.due_now == Decimal("0.00")
    assert facts.principal_not_due == Decimal("12000.00")
    assert facts.owed_now == loan.principal


def test_a_partly_paid_future_instalment_counts_what_is_left_of_its_principal():
    loan = simple_loan(principal=Decimal("12000.00"), annual_rate=Decimal(12))
    # 150 paid early on the first instalment (due 2026-02-10, lent 2026-01-20: 21 days at 12 % / 360,
    # 12,000 * 0.12 / 360 * 21 = 84.00 interest): 84 covers its interest, 66 its principal.
    facts = facts_of(loan, [(date(2026, 1, 25), "150.00")], as_of=date(2026, 2, 1))
    assert facts.principal_not_due == Decimal("11934.00")


def test_the_plan_starts_by_default_on_the_loans_own_due_day():
    assert default_plan_start(facts_of(simple_loan(), [])) == date(2026, 7, 10)
    month_end = facts_of(simple_loan(due_day=31), [], as_of=date(2026, 2, 3))
    assert default_plan_start(month_end) == date(2026, 2, 28)
    on_the_day = facts_of(simple_loan(), [], as_of=date(2026, 7, 10))
    assert default_plan_start(on_the_day) == date(2026, 8, 10)  # never today: the lender needs time to answer


# ------------------------------------------------------------------------------------- amounts


@given(
    total=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999999.99"), places=2),
    count=st.integers(min_value=1, max_value=60),
)
def test_an_even_split_adds_up_to_the_cent_with_the_remainder_last(total, count):
    amounts = split_evenly(total, count)
    assert len(amounts) == count
    assert sum(amounts) == total
    assert len(set(amounts[:-1])) <= 1
    assert amounts[-1] >= amounts[0]
    assert amounts[-1] - amounts[0] < Decimal("0.01") * count
    assert all(amount == amount.quantize(Decimal("0.01")) for amount in amounts)


def test_instalments_split_what_is_owed_over_the_months_chosen(behind):
    plan = propose_plan(behind, choose(months=12))
    assert [payment.amount for payment in plan.payments] == [Decimal("83.33")] * 11 + [Decimal("83.37")]
    assert plan.total == Decimal("1000.00") == sum(payment.amount for payment in plan.payments)
    assert plan.first_date == date(2026, 7, 10)
    assert plan.last_date == date(2027, 6, 10)


def test_a_plan_starting_on_the_31st_pays_on_each_months_last_day_and_comes_back_to_the_31st():
    assert monthly_dates(date(2026, 1, 31), 5) == [
        date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31)
    ]
    assert monthly_dates(date(2028, 1, 31), 2)[1] == date(2028, 2, 29)  # leap year
    assert monthly_dates(date(2026, 8, 30), 7)[6] == date(2027, 2, 28)


def test_a_month_end_start_date_gives_the_same_amounts_and_month_end_dates(behind):
    plan = propose_plan(behind, choose(months=4, start=date(2026, 8, 31)))
    assert [payment.due_date for payment in plan.payments] == [
        date(2026, 8, 31), date(2026, 9, 30), date(2026, 10, 31), date(2026, 11, 30)
    ]
    assert [payment.amount for payment in plan.payments] == [Decimal("250.00")] * 4


def test_months_through_counts_payment_dates_up_to_and_including_the_end():
    assert months_through(date(2026, 7, 6), date(2026, 11, 21)) == 5
    assert months_through(date(2026, 7, 31), date(2026, 11, 30)) == 5  # Nov 30 is November's "31st"
    assert months_through(date(2026, 7, 25), date(2026, 11, 21)) == 4
    assert months_through(date(2026, 7, 6), date(2026, 7, 6)) == 1
    assert months_through(date(2026, 7, 6), date(2026, 7, 5)) == 0


def test_an_extension_moves_the_contracts_last_day_and_spreads_what_is_owed_until_then(behind):
    plan = propose_plan(behind, choose(plan_kind="extension", months=6))
    assert plan.new_end == date(2027, 7, 10)  # 2027-01-10 plus 6 months
    assert plan.count == 13  # 2026-07-10 to 2027-07-10
    assert plan.last_date == date(2027, 7, 10)
    assert sum(payment.amount for payment in plan.payments) == Decimal("1000.00")


def test_a_card_owes_its_whole_balance_once_without_counting_older_statements_twice():
    # 18,000 on 2026-05-01, 500 paid on 2026-05-30, seen on 2026-06-15: the 6-1 statement carries the
    # 17,500 on with interest (18,000 x 0.05 % x 30 days + 17,500 x 0.05 % x 2 days = 287.50) and the
    # late fee (5 % of the 1,800 minimum unpaid at 5-24 = 90.00); 6-2 .. 6-15 adds 17,787.50 x 0.05 % x 14.
    facts = facts_of(card(), [(date(2026, 5, 30), "500.00")], as_of=date(2026, 6, 15))
    accrued = (Decimal("17787.50") * Decimal("0.0005") * 14).quantize(Decimal("0.01"))
    assert facts.owed_now == Decimal("17500.00") + Decimal("287.50") + Decimal("90.00") + accrued
    assert facts.overdue_amount == Decimal("1300.00")


def test_an_extension_that_ends_before_the_first_payment_is_refused_in_words():
    # The card's statements rolled forward: the latest, printed 2026-06-01, is due 2026-06-21 (until
    # cards rolled forward the 2026-05-21 statement stood for the card forever).
    facts = facts_of(card(), [], as_of=date(2026, 6, 15))
    assert facts.final_due_date == date(2026, 6, 21)
    with pytest.raises(PlanProblem) as caught:
        propose_plan(facts, choose(plan_kind="extension", months=1, start=date(2026, 8, 6)))
    assert caught.value.field == "months"
    assert "2026-07-21" in caught.value.text("en") and "2026-08-06" in caught.value.text("en")
    assert "延长 1 个月" in caught.value.text("zh_CN")


def test_a_reduced_payment_runs_until_everything_is_repaid_with_the_rest_last(behind):
    plan = propose_plan(behind, choose(plan_kind="reduced", monthly_amount=Decimal("300.00")))
    assert [payment.amount for payment in plan.payments] == [Decimal("300.00")] * 3 + [Decimal("100.00")]


def test_a_reduced_payment_too_small_for_five_years_says_the_least_that_fits(behind):
    with pytest.raises(PlanProblem) as caught:
        propose_plan(behind, choose(plan_kind="reduced", monthly_amount=Decimal("10.00")))
    assert caught.value.field == "monthly_amount"
    # 1,000.00 over 60 months is 16.666…: at least 16.67 a month.
    assert caught.value.text("en") == (
        "At ¥10.00 a month it would take 100 months; a negotiated plan runs at most 60 months (5 years), "
        "so propose at least ¥16.67 a month."
    )
    assert propose_plan(behind, choose(plan_kind="reduced", monthly_amount=Decimal("16.67"))).count == 60


def test_a_reduced_payment_that_repays_everything_at_once_is_no_reduced_plan(behind):
    with pytest.raises(PlanProblem) as caught:
        propose_plan(behind, choose(plan_kind="reduced", monthly_amount=Decimal("1000.00")))
    assert "¥1,000.00" in caught.value.text("zh_CN")


def test_a_reduced_plan_needs_its_amount(behind):
    with pytest.raises(ValidationError) as caught:
        choose(plan_kind="reduced")
    assert [(problem.field, problem.message) for problem in field_errors(caught.value, "zh_CN")] == [
        ("monthly_amount", "请填写每月能还的金额。")
    ]


@pytest.mark.parametrize(
    ("start", "message"),
    [
        (date(2026, 6, 14), "The first payment cannot be before today (2026-06-15)."),
        (
            date(2027, 6, 17),
            "The first payment should come within a year, by 2027-06-16 at the latest; no lender waits longer.",
        ),
    ],
)
def test_a_first_payment_in_the_past_or_too_far_ahead_is_refused(behind, start, message):
    with pytest.raises(PlanProblem) as caught:
        propose_plan(behind, choose(start=start))
    assert (caught.value.field, caught.value.text("en")) == ("start", message)


def test_nothing_owed_means_no_plan():
    paid_off = facts_of(simple_loan(), [(date(2026, 2, 1), "1200.00")])
    with pytest.raises(PlanProblem) as caught:
        propose_plan(paid_off, choose())
    assert caught.value.text("zh_CN") == "这笔贷款目前没有欠款，无需提出还款方案。"


def test_more_than_five_years_of_instalments_cannot_be_chosen():
    with pytest.raises(ValidationError):
        choose(months=61)


def test_money_in_letters_is_written_with_symbol_grouping_and_two_decimals():
    assert money_text(Decimal("18000")) == "¥18,000.00"
    assert money_text(Decimal("1234567.891"), "USD") == "$1,234,567.89"
    assert money_text(Decimal("-42.1")) == "-¥42.10"
    assert money_text(Decimal("1234"), "CNY", "code") == "CNY 1,234.00"
    assert money_text(Decimal("5"), "XYZ") == "XYZ 5.00"  # no symbol known: the code


# ------------------------------------------------------------------------------------ templates

TEMPLATES = resource_path("templates")


def _families() -> dict[str, dict[str, set[str]]]:
    families: dict[str, dict[str, set[str]]] = {}
    for path in sorted(TEMPLATES.glob("*.txt")):
        stem, _, lang = path.stem.rpartition("_")
        if lang == "CN":  # "zh_CN": the language tag itself holds an underscore
            stem, _, head = stem.rpartition("_")
            lang = f"{head}_CN"
        families.setdefault(stem, {})[lang] = template_placeholders(path.read_text(encoding="utf-8"))
    return families


def test_every_template_exists_in_both_languages_with_the_same_placeholders():
    families = _families()
    assert {"negotiation_letter", "call_script"} <= set(families)
    for family, by_lang in families.items():
        assert set(by_lang) == {"zh_CN", "en"}, family
        assert by_lang["zh_CN"] == by_lang["en"], family


def test_letter_templates_use_only_placeholders_the_app_fills():
    for document in LetterDocument:
        for lang in ("zh_CN", "en"):
            text = load_template(document, lang)
            assert "$" not in text  # the old ${name} syntax is gone; template_placeholders parses the rest
            assert template_placeholders(text) <= PLACEHOLDERS
            assert template_placeholders(text) >= {"lender", "plan_summary", "hardship", "borrower_name"}


@pytest.mark.parametrize("document", list(LetterDocument))
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("plan_kind", list(PlanKind))
def test_every_document_fills_completely_in_both_languages(behind, document, lang, plan_kind):
    choices = choose(
        document=document, lang=lang, plan_kind=plan_kind, months=6, monthly_amount=Decimal("250.00"),
        borrower_name="王小明", borrower_phone="138 0000 0000", account_ref="WLD-2026-001",
        hardship="Lost my job in March; $5 is all I have left.",
    )
    text = draft(behind, choices).text
    assert "{" not in text and "$5 is all" in text  # every placeholder filled; a $ the user typed stays
    assert "王小明" in text and "WLD-2026-001" in text and "微粒贷" in text
    assert "¥1,000.00" in text  # what is owed today
    # The first payment, dated as a letter in its language writes dates.
    assert ("2026年7月10日" if lang == "zh_CN" else "2026-07-10") in text
    if lang == "zh_CN":
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # no ISO date left in a Chinese letter
    chinese = sum("\u4e00" <= char <= "\u9fff" for char in text)
    if lang == "zh_CN":
        assert chinese > 200
    else:
        assert chinese < 20  # the lender's and the borrower's own names, a term or two in brackets


def test_a_letter_with_blanks_left_shows_what_to_fill_in(behind):
    text = draft(behind, choose(lang="en")).text
    assert "[your full name]" in text and "[your phone number]" in text
    assert "contract No. ____" in text
    assert "[Say what happened" in text
    zh = draft(behind, choose(lang="zh_CN")).text
    assert "[你的姓名]" in zh and "合同编号 ____" in zh


def test_the_letter_states_the_overdue_amounts_and_the_plan_exactly(behind):
    text = draft(behind, choose(lang="en", months=12)).text
    assert "As of 2026-06-15, ¥300.00 is overdue: 3 instalments, the oldest due on 2026-04-10, 66 days ago." in text
    assert "¥1,000.00 in total: ¥300.00 already due and ¥700.00 of principal not yet due" in text
    assert (
        "I propose to repay the ¥1,000.00 in 12 monthly instalments of ¥83.33 (the last one ¥83.37), "
        "from 2026-07-10 to 2027-06-10." in text
    )
    assert "  Payment 12: ¥83.37 on 2027-06-10" in text
    zh = draft(behind, choose(lang="zh_CN", months=12)).text
    assert "我申请将 ¥1,000.00 分 12 期按月偿还，每期 ¥83.33（最后一期 ¥83.37），自 2026年7月10日 起至 2027年6月10日 止。" in zh


def test_a_long_plan_is_listed_as_runs_of_equal_payments(behind):
    text = draft(behind, choose(lang="en", months=60, start=date(2026, 8, 31))).text
    assert "  Payments 1–59: ¥16.66 each, monthly from 2026-08-31 to 2031-06-30" in text
    assert "  Payment 60: ¥17.06 on 2031-07-31" in text


def test_a_card_letter_cites_article_70_and_its_minimum_payment():
    facts = facts_of(card(), [(date(2026, 5, 30), "500.00")], as_of=date(2026, 6, 15))
    text = draft(facts, choose(lang="en", start=date(2026, 6, 21), account_ref="8899")).text
    assert "Request for a personalised instalment plan (个性化分期)" in text
    assert "card ending in 8899" in text
    assert "Article 70" in text and "up to 5 years" in text
    assert "¥1,300.00 of the minimum payment due on 2026-05-21 is unpaid, 25 days overdue." in text
    zh = draft(facts, choose(lang="zh_CN", start=date(2026, 6, 21))).text
    assert "第七十条" in zh and "个性化分期还款申请" in zh


def test_an_extension_letter_for_a_loan_cites_the_civil_code(behind):
    text = draft(behind, choose(lang="zh_CN", plan_kind="extension", months=6)).text
    assert "《民法典》第六百七十八条" in text
    assert "由 2027年1月10日 延至 2027年7月10日" in text


def test_a_loan_not_yet_overdue_says_so():
    facts = facts_of(simple_loan(), [(date(2026, 6, 1), "500.00")])
    text = draft(facts, choose(lang="en")).text
    assert "My account is not overdue yet: the next payment of ¥100.00 falls due on 2026-07-10" in text


# Four instalments of 100.00 paid (February to May); the fifth falls due on 2026-06-10.
PAID_TO_MAY = [(date(2026, 2, 10), "400.00")]
# A card statement of 18,000.00 due on 2026-05-21 (3 days' grace) with its minimum of 1,800.00 paid.
MINIMUM_PAID = [(date(2026, 5, 20), "1800.00")]


@pytest.mark.parametrize(
    ("loan", "payments", "as_of", "said"),
    [
        # Within the grace days: the letter says so, of the instalment the loans list names.
        (simple_loan(grace_days=3), PAID_TO_MAY, date(2026, 6, 12),
         "The payment of ¥100.00 due on 2026-06-10 is still unpaid (within the grace period)"),
        # Due today, and the loan has no grace days: due, not "within the grace period".
        (simple_loan(), PAID_TO_MAY, date(2026, 6, 10),
         "My account is not overdue yet: the next payment of ¥100.00 falls due on 2026-06-10"),
        # A card's minimum paid, its grace over: the rest is carried, nothing is late or waiting out grace.
        (card(), MINIMUM_PAID, date(2026, 5, 28), "No payment is due on my account at the moment."),
    ],
    ids=["in grace", "due today", "card minimum paid"],
)
def test_the_letter_names_what_is_due_as_the_rest_of_the_app_does(loan, payments, as_of, said):
    made = [Payment(loan_id=loan.id, paid_on=day, amount=Decimal(amount)) for day, amount in payments]
    where = position(loan, made, as_of)
    facts = letter_facts(loan, where)
    # The same instalment as the loans list and the tray (app.core.due's standing decides both).
    items = loan_due_items(loan, where, as_of, 0)
    assert facts.next_due_date == LoanSummary(loan, where).next_due_date
    assert facts.next_due_in_grace == any(item.standing is Standing.in_grace for item in items)
    text = draft(facts, choose(lang="en", start=date(2026, 7, 21))).text
    assert said in text
    assert ("within the grace period" in text) == facts.next_due_in_grace


def test_the_call_script_asks_the_questions_that_matter(behind):
    text = draft(behind, choose(document="call_script", lang="en")).text
    for must in ("credit bureau", "penalty interest", "in writing", "WHAT NOT TO AGREE TO", "Log a contact"):
        assert must in text
    zh = draft(behind, choose(document="call_script", lang="zh_CN")).text
    for must in ("征信", "罚息", "书面", "不要答应的事", "记录联系"):
        assert must in zh


def test_an_unknown_placeholder_is_refused_by_name():
    with pytest.raises(TemplateProblem) as caught:
        fill_template("Dear {lender},\n{favourite_colour}", {"lender": "Bank"}, "custom_en.txt")
    assert "favourite_colour" in caught.value.text("en") and "custom_en.txt" in caught.value.text("en")


def test_a_stray_brace_in_a_template_is_refused_with_its_line():
    with pytest.raises(TemplateProblem) as caught:
        fill_template("Dear {lender},\nPay {5} now", {"lender": "Bank"}, "custom_en.txt")
    assert "line 2" in caught.value.text("en") and "第 2 行" in caught.value.text("zh_CN")
    # A doubled brace is a brace, and a dollar is just a dollar.
    assert fill_template("Dear {lender}: {{a}} $5", {"lender": "Bank"}, "custom_en.txt") == "Dear Bank: {a} $5"


def test_a_missing_template_is_reported_not_crashed(monkeypatch, tmp_path):
    monkeypatch.setattr("app.core.letters.resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(TemplateProblem) as caught:
        load_template("call_script", "en")
    assert caught.value.text("zh_CN") == "文书模板 call_script_en.txt 缺失。重新安装还款雷达即可恢复。"


def test_a_placeholder_filled_with_nothing_is_a_programming_error():
    with pytest.raises(ValueError, match="lender"):
        fill_template("Dear {lender}", {"lender": "  "}, "custom_en.txt")


# ------------------------------------------------------------------------- the default plan


def long_loan_behind() -> LetterFacts:
    """¥50,000 over 24 months at 6.5%: nothing paid, three instalments overdue on 2026-06-15, 21 not yet
    due. The instalment, 50000·r/(1-(1+r)^-24) with r = 6.5%/12, is 2,227.31 (computed apart)."""
    loan = simple_loan(principal=Decimal("50000.00"), annual_rate=Decimal("6.5"), term_months=24,
                       start_date=date(2026, 3, 20), due_day=10)
    return facts_of(loan, [])


def test_the_default_plan_asks_less_a_month_than_the_contract_over_the_remaining_term_or_longer():
    facts = long_loan_behind()
    contract = facts.current_payment
    assert contract == Decimal("2227.31")  # the contract's monthly instalment
    # The old default, 12 payments of everything owed, asked far more a month than the contract.
    assert propose_plan(facts, choose(months=12)).regular_amount > contract
    kind, months = default_plan(facts)
    plan = propose_plan(facts, choose(plan_kind=kind, months=months, start=default_plan_start(facts)))
    assert (kind, months) == (PlanKind.instalments, 23)
    # Everything owed today over 23 months, rounded down to the cent.
    assert plan.regular_amount == (facts.owed_now / 23).quantize(Decimal("0.01"), ROUND_DOWN) < contract
    assert plan.last_date >= facts.final_due_date  # the remaining term or longer
    assert months <= MAX_PLAN_MONTHS
    assert not asks_more_than_contract(facts, plan)
    assert asks_more_than_contract(facts, propose_plan(facts, choose(months=12)))


def test_a_remaining_term_longer_than_five_years_is_relieved_by_an_extension():
    loan = simple_loan(principal=Decimal("600000.00"), annual_rate=Decimal("3.1"), term_months=360,
                       method=RepaymentMethod.equal_installment, kind=LoanKind.mortgage,
                       start_date=date(2024, 1, 20), due_day=10)
    facts = facts_of(loan, [(date(2024, 2, 10), "1")])
    kind, months = default_plan(facts)
    assert kind is PlanKind.extension
    plan = propose_plan(facts, choose(plan_kind=kind, months=months, start=default_plan_start(facts)))
    assert plan.regular_amount < facts.current_payment


@given(
    principal=st.integers(min_value=1_000, max_value=500_000),
    rate=st.decimals(min_value=Decimal("0"), max_value=Decimal("24"), places=1),
    term=st.integers(min_value=3, max_value=60),
    paid=st.integers(min_value=0, max_value=3),
)
def test_the_default_plan_never_asks_more_a_month_than_the_contract(principal, rate, term, paid):
    loan = simple_loan(principal=Decimal(principal), annual_rate=rate, term_months=term,
                       start_date=date(2026, 1, 20), due_day=10)
    schedule_payments = [(date(2026, 2 + number, 10), "0.01") for number in range(paid)]
    facts = facts_of(loan, schedule_payments)
    if facts.owed_now <= 0:
        return
    kind, months = default_plan(facts)
    plan = propose_plan(facts, choose(plan_kind=kind, months=months, start=default_plan_start(facts)))
    assert plan.count == 1 or plan.regular_amount < facts.current_payment


HOSTILE = "%1 %2 %3 {0} {name} ${lender}"


@pytest.mark.parametrize("document", list(LetterDocument))
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_what_the_user_typed_comes_out_verbatim(document, lang):
    # Placeholders are filled in one pass: a name, a lender or a reason holding placeholder syntax of
    # any kind is printed as typed, never filled again (issue 18).
    loan = simple_loan(name=f"Card {HOSTILE}", lender=f"Bank {HOSTILE}")
    facts = facts_of(loan, [(date(2026, 2, 10), "100.00")])
    choices = choose(document=document, lang=lang, borrower_name=f"Wang {HOSTILE}",
                     account_ref=f"No {HOSTILE}", hardship=f"Because {HOSTILE}")
    text = draft(facts, choices).text
    for typed in (f"Card {HOSTILE}", f"Bank {HOSTILE}", f"Wang {HOSTILE}", f"No {HOSTILE}"):
        assert typed in text, typed
    if document is LetterDocument.negotiation_letter:
        assert f"Because {HOSTILE}" in text


def test_the_templates_speak_to_the_user_with_ni():
    # 你 throughout (the term list); 您 only in the words the user says or writes to the lender: a line
    # of the call script in quotation marks, or a letter's salutation.
    polite = [
        f"{path.name}: {line}"
        for path in sorted(TEMPLATES.glob("*_zh_CN.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if "您" in line and not line.startswith("“") and line != "您好："
    ]
    assert polite == []
