"""The complaint drafted from the harassment check: to the lender first, then to the regulator, with the
dated entries as evidence and each rule they break, in Chinese and English; templates fill completely."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from app.core.models import ContactEvent, Loan
from app.core.templates import template_fields
from app.rules.conduct import check
from app.rules.conduct_complaint import (
    RECIPIENTS,
    ComplaintTemplateError,
    compose_complaint,
    load_template,
    template_path,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 6, 15)
LOAN = Loan(
    id="card",
    lender="招商银行",
    name="招行信用卡",
    kind="credit_card",
    method="credit_card",
    principal=Decimal("18000.00"),
    annual_rate=Decimal("18"),
    start_date=date(2026, 5, 1),
    due_day=20,
)


def entry(event_id: str, at: datetime, **fields) -> ContactEvent:
    values = {
        "id": event_id,
        "loan_id": "card",
        "at": at,
        "channel": "call",
        "direction": "incoming",
        "counterparty": "collector",
        **fields,
    }
    return ContactEvent.model_validate(values)


LOG = [
    entry(
        "night",
        datetime(2026, 6, 10, 23, 30, tzinfo=SHANGHAI),
        who="Mr Li",
        answered=True,
        summary="Said  he would\ncome to my office.",
        conduct=["threats"],
    ),
    entry(
        "boss",
        datetime(2026, 6, 11, 10, 0, tzinfo=SHANGHAI),
        counterparty="lender",
        contacted="employer",
        conduct=["disclosed_debt"],
    ),
    *[
        entry(f"miss{hour}", datetime(2026, 6, 12, hour, 0, tzinfo=SHANGHAI), answered=False)
        for hour in (9, 10, 11)
    ],
    entry("miss-many", datetime(2026, 6, 12, 12, 0, tzinfo=SHANGHAI), answered=False, attempts=4),
    entry("calm", datetime(2026, 6, 13, 15, 0, tzinfo=SHANGHAI), answered=True, summary="Polite reminder."),
]


def draft(pack, lang="en", recipient="lender", log=LOG, **options) -> str:
    breaches = check(log, pack, SHANGHAI, lang)
    return compose_complaint(breaches, log, LOAN, pack, lang, recipient, TODAY, tz=SHANGHAI, **options)


def test_the_complaint_to_the_lender_cites_each_dated_entry_and_the_rule_it_breaks(pack):
    text = draft(pack, "en")
    assert text.startswith("To: 招商银行, customer complaints")
    assert "Date: 2026-06-15" in text and "my credit card with 招商银行" in text
    assert "Between 2026-06-10 and 2026-06-12" in text
    # One item per entry, the rules it breaks together; the calls of a day as one item with their times.
    assert "1. 2026-06-10 23:30: phone call from the collection agency (Mr Li), to me." in text
    assert "   What happened: Said he would come to my office." in text
    assert "   This breaks: Contact at night (22:00–08:00) [1]; Threats or violence [1]." in text
    assert "2. 2026-06-11 10:00: phone call from 招商银行, to my employer or colleagues." in text
    assert (
        "Third party contacted while the borrower was reachable [1]; Debt disclosed to a third party [1]"
        in text
    )
    assert (
        "3. 2026-06-12: 7 unanswered calls from the collection agency, at 09:00, 10:00, 11:00, 12:00 (4 calls)."
        in text
    )
    assert "Polite reminder" not in text  # a blameless entry is no evidence
    assert (
        "[1] China Banking Association, Guideline on Collecting Personal Consumer Loans (个人消费类贷款催收工作指引, 2026-01-30)" in text
    )
    assert "never between 22:00 and 08:00" in text
    assert "National Financial Regulatory Administration (consumer complaint hotline 12378)" in text
    assert "From: [your name]" in text
    assert "$" not in text


def test_the_chinese_complaint_reads_in_chinese(pack):
    text = draft(pack, "zh_CN")
    assert text.startswith("致：招商银行 客户投诉部门")
    assert "1. 2026年6月10日 23:30：催收机构（Mr Li）以电话方式联系我本人。" in text
    assert "违反：夜间催收（22:00至次日08:00）[1]；威胁或暴力[1]。" in text
    assert "3. 2026年6月12日：催收机构来电 7 次均未接通，时间：09:00、10:00、11:00、12:00（4 次）。" in text
    assert "[1] 中国银行业协会《个人消费类贷款催收工作指引》" in text
    assert "国家金融监督管理总局投诉（消费者投诉热线 12378）" in text
    assert "投诉人：【你的姓名】" in text
    assert not re.search(r"\b(the|This breaks|Between)\b", text)


def test_the_second_stage_goes_to_the_regulator_named_in_the_pack(pack):
    text = draft(pack, "en", "regulator", borrower_name="  Zhang San ")
    assert text.startswith(
        "To: National Financial Regulatory Administration, consumer complaints (hotline 12378)"
    )
    assert "From: Zhang San\n" in text
    assert "I complained to 招商银行 on [date of your complaint to the lender]" in text
    assert "2026-06-10 23:30" in text
    chinese = draft(pack, "zh_CN", "regulator")
    assert chinese.startswith("致：国家金融监督管理总局（消费者投诉热线 12378）")
    assert "我已于【向贷款机构投诉的日期】向招商银行投诉" in chinese


def test_a_point_resting_only_on_our_judgement_is_raised_as_an_objection_not_a_cited_rule(pack):
    visit = [entry("visit", datetime(2026, 6, 13, 15, 0, tzinfo=SHANGHAI), channel="visit", announced=False)]
    text = draft(pack, "en", log=visit)
    assert "   Why I object: Visit without notice." in text
    assert "not covered by a published rule" in text
    assert "Source article" not in text and "RepayRadar" in text  # judgement and seed are not cited


def test_there_is_no_complaint_without_a_breach(pack):
    with pytest.raises(ValueError):
        compose_complaint([], LOG, LOAN, pack, "en", "lender", TODAY)


@pytest.mark.parametrize("recipient", RECIPIENTS)
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_shipped_template_is_sound(recipient, lang):
    template = load_template(template_path(recipient, lang))
    assert {"lender", "evidence", "rules"} <= template_fields(template)


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        ("Dear {lender},\n{evidence}\n{rules}\n{signature}\n", "signature"),
        ("Dear {lender},\n{rules}\n", "evidence"),
        ("Dear {lender}, pay {5}\n{evidence}\n{rules}\n", "line 1"),
    ],
)
def test_a_template_that_would_leave_a_hole_is_refused(tmp_path, pack, body, complaint):
    path = tmp_path / "complaint_lender_en.txt"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ComplaintTemplateError) as caught:
        draft(pack, "en", template=path)
    assert complaint in caught.value.text("en") and str(path) in caught.value.text("zh_CN")


def test_a_complaint_about_one_day_names_that_day_and_counts_its_points_in_words(pack):
    """One breach on one day: "On 2026-06-10", "the point below is", never "Between 2026-06-10 and
    2026-06-10" or "the 1 point(s) below"; the Chinese letter writes its dates as 2026年6月10日."""
    night = LOG[:1]
    for recipient in RECIPIENTS:
        text = draft(pack, "en", recipient, log=night)
        assert "On 2026-06-10, " in text
        assert "the point below is taken from that record." in text
        assert "Between" not in text and "point(s)" not in text and "2026-06-10 and" not in text
        chinese = draft(pack, "zh_CN", recipient, log=night)
        assert "2026年6月10日，" in chinese and "期间" not in chinese
        assert "以下 1 项摘自这份记录" in chinese
        assert "2026-06" not in chinese
    several = draft(pack, "en")
    assert "the 3 points below are taken from that record." in several
    assert "2026年6月10日至2026年6月12日期间" in draft(pack, "zh_CN")


HOSTILE = "%1 %2 %3 {0} {name} ${lender}"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("recipient", RECIPIENTS)
def test_what_the_user_typed_comes_out_verbatim(pack, lang, recipient):
    # A lender, loan, contact name, contact text and signature holding placeholder syntax are printed
    # as typed: the template is filled in one pass (issue 18).
    loan = LOAN.model_copy(update={"lender": f"Bank {HOSTILE}", "name": f"Card {HOSTILE}"})
    log = [event.model_copy(update={"who": f"Li {HOSTILE}", "summary": f"Said {HOSTILE}"}) for event in LOG]
    breaches = check(log, pack, SHANGHAI, lang)
    text = compose_complaint(breaches, log, loan, pack, lang, recipient, TODAY, tz=SHANGHAI,
                             borrower_name=f"Wang {HOSTILE}")
    for typed in (f"Bank {HOSTILE}", f"Li {HOSTILE}", f"Said {HOSTILE}", f"Wang {HOSTILE}"):
        assert typed in text, (typed, text)
