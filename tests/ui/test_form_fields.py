"""A nested field's message names where it is ("item 1 › Due date: ...") with the language's own
separator from the catalogue: a colon and a space in English, the full-width colon in Chinese."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pydantic import ValidationError
from reminder_support import loan_due

from app.core.models import Loan
from app.ui.widgets.form_fields import errors_by_field


@pytest.fixture
def early_instalment() -> ValidationError:
    loan = loan_due("card", "招行信用卡", date(2026, 7, 1))
    data = loan.model_dump()
    data["custom_installments"][0]["due_date"] = loan.start_date - timedelta(days=1)
    with pytest.raises(ValidationError) as raised:
        Loan.model_validate(data, context={"new_entry": True})
    return raised.value


def test_a_nested_problem_is_named_with_the_english_separator(early_instalment):
    [text] = errors_by_field(early_instalment, "en").values()
    assert text.startswith("item 1 › Due date: must be after the date borrowed")


def test_a_nested_problem_is_named_with_the_chinese_separator(early_instalment):
    [text] = errors_by_field(early_instalment, "zh_CN").values()
    field, separator, problem = text.partition("：")
    assert separator and "1" in field and problem
    assert ": " not in text
