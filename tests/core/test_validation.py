"""Validation errors in the user's language, on the right field, with the limits the user must meet."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pydantic import BaseModel, ValidationError

from app.core.models import Behaviour, ContactEvent, CustomInstallment, Loan, Payment, Settings
from app.core.validation import FieldError, describe_validation_error, field_errors, field_label

GOOD_LOAN = {
    "lender": "招商银行", "kind": "unsecured_consumer", "method": "equal_installment",
    "principal": "10000.00", "annual_rate": "4.35", "start_date": "2026-01-15", "due_day": 10,
}


def loan_error(**changes) -> ValidationError:
    data = {**GOOD_LOAN, **changes}
    data = {key: value for key, value in data.items() if value is not None}
    with pytest.raises(ValidationError) as caught:
        Loan.model_validate(data)
    return caught.value


def only(error: ValidationError, lang: str) -> FieldError:
    errors = field_errors(error, lang)  # type: ignore[arg-type]
    assert len(errors) == 1, errors
    return errors[0]


@pytest.mark.parametrize(
    ("changes", "field", "english", "chinese"),
    [
        ({"lender": None}, "lender", "is required", "必填"),
        ({"lender": ""}, "lender", "must not be empty", "不能为空"),
        ({"name": "x" * 101}, "name", "at most 100 characters", "最多 100 个字符"),
        ({"principal": "0"}, "principal", "must be more than 0", "必须大于 0"),
        ({"principal": "1e12"}, "principal", "must be less than 1000000000000", "必须小于 1000000000000"),
        ({"due_day": 0}, "due_day", "must be at least 1", "不能小于 1"),
        ({"due_day": 45}, "due_day", "must be at most 31", "不能大于 31"),
        ({"principal": "12,000"}, "principal", "must be a number", "必须是数字"),
        ({"principal": "100.005"}, "principal", "two decimal places", "两位小数"),
        ({"annual_rate": "4.1234567"}, "annual_rate", "at most 6 decimal places", "最多 6 位小数"),
        ({"annual_rate": "NaN"}, "annual_rate", "ordinary number", "普通数字"),
        ({"term_months": "12.5"}, "term_months", "whole number", "必须是整数"),
        ({"start_date": "2026-02-30"}, "start_date", "must be a date", "必须是有效日期"),
        ({"start_date": "next week"}, "start_date", "2026-03-15", "2026-03-15"),
        ({"kind": "payday"}, "kind", "credit_card, unsecured_consumer", "credit_card、unsecured_consumer"),
        ({"secured": "perhaps"}, "secured", "true or false", "true（是）或 false（否）"),
        ({"currency": "rmb"}, "currency", "three-letter currency code", "三个大写字母的币种代码"),
        ({"colour": "red"}, "colour", "not a field RepayRadar knows", "不是还款雷达认识的字段"),
        ({"behaviour": {"broken_promises": -1}}, "behaviour.broken_promises", "at least 0", "不能小于 0"),
    ],
)
def test_each_common_problem_is_worded_in_both_languages(changes, field, english, chinese):
    error = loan_error(**changes)
    assert only(error, "en").field == field and english in only(error, "en").message
    assert only(error, "zh_CN").field == field and chinese in only(error, "zh_CN").message


def test_too_many_custom_instalments_say_how_many_are_allowed():
    rows = [{"due_date": "2026-02-01", "principal": "0.00"}] * 1001
    error = loan_error(method="custom", custom_installments=rows, annual_rate=None)
    english = only(error, "en")
    assert english.field == "custom_installments" and "at most 1000 entries" in english.message
    assert "最多 1000 项" in only(error, "zh_CN").message


def test_a_problem_inside_a_list_names_the_row():
    error = loan_error(
        method="custom", annual_rate=None,
        custom_installments=[{"due_date": "2026-02-10", "principal": "10000.00"}, {"due_date": "soon", "principal": "0"}],
    )
    assert only(error, "en").field == "custom_installments.1.due_date"
    assert field_label("custom_installments.1.due_date", "zh_CN") == "还款计划 › 第 2 项 › 应还日期"
    assert field_label("custom_installments.1.due_date", "en") == "Instalments › item 2 › Due date"


def test_a_cross_field_problem_is_placed_on_the_field_it_names_and_translated_by_its_key():
    error = loan_error(annual_rate=None)
    assert only(error, "en") == FieldError(
        "annual_rate", "Enter the annual interest rate (0 if the loan is interest-free)."
    )
    assert only(error, "zh_CN") == FieldError("annual_rate", "请填写年利率（免息请填 0）。")


def test_the_custom_instalments_total_is_reported_with_both_amounts():
    error = loan_error(
        method="custom", annual_rate=None, custom_installments=[{"due_date": "2026-02-10", "principal": "900.00"}]
    )
    assert only(error, "zh_CN").field == "custom_installments"
    assert "900.00" in only(error, "zh_CN").message and "10000.00" in only(error, "zh_CN").message


def test_contact_and_settings_errors_are_worded_too():
    with pytest.raises(ValidationError) as caught:
        ContactEvent.model_validate(
            {"loan_id": "a", "at": "2026-03-01T10:00:00", "channel": "pigeon", "direction": "incoming"}
        )
    fields = {problem.field: problem.message for problem in field_errors(caught.value, "en")}
    assert "time zone" in fields["at"] and "call, sms, letter" in fields["channel"]
    with pytest.raises(ValidationError) as caught:
        Settings.model_validate({"language": "fr", "reminder_time": "25:00", "reminder_lead_days": [90]})
    fields = {problem.field: problem.message for problem in field_errors(caught.value, "zh_CN")}
    assert "system、zh_CN、en" in fields["language"]
    assert "时刻" in fields["reminder_time"]
    assert "0 到 60 天" in fields["reminder_lead_days"]


def test_the_paragraph_names_the_record_each_field_and_what_was_entered():
    error = loan_error(due_day=45, principal="-5")
    english = describe_validation_error(error, "en", record="loans[3]")
    assert english == (
        "loans[3] is not valid: Principal: must be more than 0 (entered: -5); "
        "Due day of the month: must be at most 31 (entered: 45)."
    )
    chinese = describe_validation_error(error, "zh_CN", record="loans[3]")
    assert chinese == "loans[3] 有误：本金：必须大于 0（输入的是 -5）；每月还款日：不能大于 31（输入的是 45）。"


def test_the_paragraph_without_a_record_and_with_a_catalogue_sentence_has_one_full_stop():
    english = describe_validation_error(loan_error(annual_rate=None), "en")
    assert english == "Some entries are not valid: Annual interest rate (%): Enter the annual interest rate " \
        "(0 if the loan is interest-free)."
    assert describe_validation_error(loan_error(annual_rate=None), "zh_CN").endswith("（免息请填 0）。")


def test_a_long_input_is_shortened_in_the_paragraph():
    text = describe_validation_error(loan_error(name="很" * 150), "en")
    assert "很" * 39 + "…" in text and "很" * 41 not in text


def test_a_hand_built_error_without_limits_still_reads_in_chinese():
    error = ValidationError.from_exception_data("Pack", [{"type": "missing", "loc": ("rules", 0, "id"), "input": {}}])
    assert field_errors(error, "zh_CN") == [FieldError("rules.0.id", "必填")]
    assert field_label("rules.0.id", "en") == "rules › item 1 › ID"


def test_an_unknown_error_type_falls_back_to_pydantics_words_in_both_languages():
    class Strict(BaseModel):
        values: set[int]

    with pytest.raises(ValidationError) as caught:
        Strict.model_validate({"values": "abc"})
    assert field_errors(caught.value, "zh_CN")[0].message.startswith("取值无效（")
    assert field_errors(caught.value, "en")[0].message.startswith("is not valid (")


MODELS = (Loan, CustomInstallment, Behaviour, Payment, ContactEvent, Settings)


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_every_field_of_the_stored_models_has_a_label_in_both_languages(model):
    for name in model.model_fields:
        english, chinese = field_label(name, "en"), field_label(name, "zh_CN")
        assert english and chinese and english != chinese or name == "id", name
        assert english != name, name


def test_labels_the_importer_and_cli_rely_on():
    assert field_label("due_day", "zh_CN") == "每月还款日"
    assert field_label("principal", "zh_CN") == "本金" and field_label("principal", "en") == "Principal"
    assert field_label("paid_on", "zh_CN") != field_label("due_date", "zh_CN")


def test_a_payment_error_is_worded_on_its_field():
    with pytest.raises(ValidationError) as caught:
        Payment.model_validate({"loan_id": "a", "paid_on": date(2026, 1, 1), "amount": Decimal("0")})
    assert field_errors(caught.value, "zh_CN") == [FieldError("amount", "必须大于 0")]
