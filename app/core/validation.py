"""pydantic's validation errors, said in the user's language and placed on the field they concern.

pydantic words its errors in English for developers ("Input should be less than or equal to 31");
the editor shows each beside its field, and the CLI and the importer show all in one paragraph
("loans[3]: Due day of the month: must be at most 31 (entered: 45)."). Templates and field labels live
in the catalogue (resources/locale) under "validation.*" and "field.*".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from app.core.errors import FieldProblem
from app.core.i18n import Lang, has_message, message


@dataclass(frozen=True)
class FieldError:
    field: str  # pydantic's location joined by dots: "principal", "custom_installments.2.due_date"
    message: str


# pydantic error type -> message key. Several types say the same thing to a user.
_TEMPLATES: dict[str, str] = {
    "missing": "validation.missing",
    "string_too_short": "validation.string_too_short",
    "string_too_long": "validation.string_too_long",
    "greater_than": "validation.greater_than",
    "greater_than_equal": "validation.greater_than_equal",
    "less_than": "validation.less_than",
    "less_than_equal": "validation.less_than_equal",
    "decimal_parsing": "validation.number",
    "decimal_type": "validation.number",
    "float_parsing": "validation.number",
    "float_type": "validation.number",
    "finite_number": "validation.finite_number",
    "decimal_max_places": "validation.decimal_max_places",
    "decimal_max_digits": "validation.decimal_max_digits",
    "decimal_whole_digits": "validation.decimal_whole_digits",
    "int_parsing": "validation.whole_number",
    "int_type": "validation.whole_number",
    "int_from_float": "validation.whole_number",
    "date_parsing": "validation.date",
    "date_type": "validation.date",
    "date_from_datetime_parsing": "validation.date",
    "date_from_datetime_inexact": "validation.date",
    "datetime_parsing": "validation.datetime",
    "datetime_type": "validation.datetime",
    "datetime_from_date_parsing": "validation.datetime",
    "datetime_object_invalid": "validation.datetime",
    "timezone_aware": "validation.timezone_aware",
    "time_parsing": "validation.time",
    "time_type": "validation.time",
    "enum": "validation.choice",
    "literal_error": "validation.choice",
    "bool_parsing": "validation.bool",
    "bool_type": "validation.bool",
    "string_pattern_mismatch": "validation.pattern",
    "string_type": "validation.text",
    "too_long": "validation.too_long",
    "too_short": "validation.too_short",
    "list_type": "validation.list",
    "dict_type": "validation.object",
    "model_type": "validation.object",
    "model_attributes_type": "validation.object",
    "extra_forbidden": "validation.extra_forbidden",
}

# The plain ValueErrors that app.core.models raises, by their (English) text.
_VALUE_ERRORS: dict[str, str] = {
    "must be a finite number": "validation.finite_number",
    "must have at most two decimal places": "validation.two_places",
    "each lead day must be between 0 and 60": "validation.lead_days",
}

# A field whose pattern means something a user can be told in words.
_PATTERN_FIELDS: dict[str, str] = {"currency": "validation.currency_code"}

# Input shown beside the message only when it is something the user typed, not a whole record.
_SHOWN_INPUT = (str, int, float, Decimal, date, datetime, time)
_SHOWN_INPUT_LENGTH = 40
_QUOTED = re.compile(r"'([^']*)'")


@dataclass(frozen=True)
class _Problem:
    field: str
    message: str
    entered: str | None
    unknown: bool = False  # a field the model does not have: named as written, it has no label


def field_errors(error: ValidationError, lang: Lang) -> list[FieldError]:
    """One translated message per problem, each on the field (dotted location) it belongs to."""
    return [FieldError(problem.field, problem.message) for problem in _problems(error, lang)]


def describe_validation_error(error: ValidationError, lang: Lang, *, record: str | None = None) -> str:
    """One paragraph naming every field at fault, what is wrong and what was entered; ``record``
    (e.g. "loans[3]") says which record when there are many."""
    items = []
    for problem in _problems(error, lang):
        # A field RepayRadar does not know is named as it was written: a label would pass it for a known one.
        label = field_label(problem.field, lang) if not problem.unknown else problem.field
        # Sentences from the catalogue end with a full stop; inside the paragraph they must not.
        text = problem.message.rstrip(".。")
        if problem.entered is not None:
            text = message("validation.problem_with_input", lang, message=text, value=problem.entered)
        items.append(message("validation.problem", lang, label=label, message=text) if label else text)
    problems = message("validation.separator", lang).join(items)
    if record:
        return message("validation.summary_record", lang, record=record, problems=problems)
    return message("validation.summary", lang, problems=problems)


def field_label(field: str, lang: Lang) -> str:
    """The field's name as the user knows it: "principal" -> "本金"; "custom_installments.2.due_date"
    -> "还款计划 › 第 3 项 › 应还日期". Names without a label (another model's) are shown as they are."""
    if not field:
        return ""
    parts = []
    for part in field.split("."):
        # isdigit() also accepts "¹" or "①", which int() refuses; list positions are ASCII digits.
        if part.isascii() and part.isdigit():
            parts.append(message("validation.item", lang, number=int(part) + 1))
        elif has_message(f"field.{part}"):
            parts.append(message(f"field.{part}", lang))
        else:
            parts.append(part)
    return " › ".join(parts)


def _problems(error: ValidationError, lang: Lang) -> list[_Problem]:
    problems = []
    for detail in error.errors(include_url=False):
        location = [str(part) for part in detail["loc"]]
        context = detail.get("ctx") or {}
        cause = context.get("error")
        if detail["type"] == "value_error" and isinstance(cause, FieldProblem):
            # A cross-field check (models' model_validator) names the field it is about.
            # A field validator's FieldProblem leaves field empty: the location already names it.
            field = ".".join(part for part in [*location, cause.field] if part)
            problems.append(_Problem(field, message(cause.key, lang, **cause.params), None))
            continue
        field = ".".join(location)
        text = _worded(detail, field, context, lang)
        problems.append(_Problem(field, text, _entered(detail), detail["type"] == "extra_forbidden"))
    return problems


def _worded(detail: Any, field: str, context: dict[str, Any], lang: Lang) -> str:
    kind = detail["type"]
    key = _TEMPLATES.get(kind)
    if kind == "value_error":
        key = _VALUE_ERRORS.get(str(context.get("error", "")))
    elif kind == "string_too_short" and context.get("min_length") == 1:
        key = "validation.empty"
    elif kind == "string_pattern_mismatch":
        key = _PATTERN_FIELDS.get(field.rsplit(".", 1)[-1], key)
    if key is None:
        return message("validation.invalid", lang, detail=detail["msg"])
    if key == "validation.choice" and "expected" in context:
        # pydantic lists the choices in English ("'car' or 'business'"); list them in the user's way.
        choices = _QUOTED.findall(str(context["expected"])) or [str(context["expected"])]
        context = {**context, "expected": message("validation.choice_separator", lang).join(choices)}
    try:
        return message(key, lang, **{name: _shown(value) for name, value in context.items()})
    except (KeyError, IndexError):
        # A hand-built error without the limits pydantic normally supplies.
        return message("validation.invalid", lang, detail=detail["msg"])


def _shown(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value.is_finite() else str(value)
    return str(value)


def _entered(detail: Any) -> str | None:
    if detail["type"] in ("missing", "extra_forbidden"):
        return None
    value = detail.get("input")
    if isinstance(value, bool) or not isinstance(value, _SHOWN_INPUT):
        return None
    shown = _shown(value)
    if not shown.strip():
        return None
    return shown if len(shown) <= _SHOWN_INPUT_LENGTH else shown[: _SHOWN_INPUT_LENGTH - 1] + "…"
