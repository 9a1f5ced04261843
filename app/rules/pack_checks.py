"""The problems of a rule pack that its schema alone cannot see, and the wording of every problem.

Cross-references run on the raw TOML data, not on the validated model, so that a pack with a wrong type
in one place and a duplicate id in another is told about both at once. Each check tolerates values of the
wrong type (the schema reports those) and only looks at what it can read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import ValidationError

from app.core.i18n import LANGUAGES, message
from app.core.models import LoanKind
from app.rules.pack import PackProblem
from app.rules.toml_lines import Location, TomlLines, format_location
from app.rules.vocabulary import Action

_RULE_KEYS = ("rule", "rules", "days_rule", "kind_rule", "amount_rule")


def structure_problems(error: ValidationError, lines: TomlLines) -> list[PackProblem]:
    """The schema's complaints, each placed on its line and worded in every language."""
    from app.core.errors import FieldProblem
    from app.core.validation import field_errors

    problems = []
    for detail in error.errors(include_url=False):
        # "[key]" marks a bad dictionary key in pydantic's location; the key itself is what to point at.
        location = tuple(part for part in detail["loc"] if part != "[key]")
        cause = (detail.get("ctx") or {}).get("error")
        if isinstance(cause, FieldProblem) and cause.field:
            # A check across a table's keys names the key it is about: point at that key's line.
            location += tuple(int(part) if part.isdigit() else part for part in cause.field.split("."))
        single = ValidationError.from_exception_data(
            error.title,
            [
                {
                    "type": detail["type"],
                    "loc": detail["loc"],
                    "input": detail["input"],
                    "ctx": detail.get("ctx", {}),
                }
            ],
        )
        details = {}
        for lang in LANGUAGES:
            worded = field_errors(single, lang)
            details[lang] = worded[0].message if worded else detail["msg"]
        problems.append(PackProblem(format_location(location), lines.line_of(location), details))
    return problems


def _problem(lines: TomlLines, location: Location, key: str, **params: object) -> PackProblem:
    details = {lang: message(key, lang, **params) for lang in LANGUAGES}
    return PackProblem(format_location(location), lines.line_of(location), details)


def _tables(raw: dict[str, Any], name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    items = raw.get(name)
    if isinstance(items, list):
        for index, item in enumerate(items):
            if isinstance(item, dict):
                yield index, item


def _table(raw: dict[str, Any], name: str) -> dict[str, Any]:
    value = raw.get(name)
    return value if isinstance(value, dict) else {}


def reference_problems(raw: dict[str, Any], lines: TomlLines) -> list[PackProblem]:
    problems: list[PackProblem] = []
    problems += _duplicate_ids(raw, lines)
    problems += _unknown_rule_references(raw, lines)
    problems += _unknown_levels(raw, lines)
    problems += _schedule_coverage(raw, lines)
    problems += _classification_coverage(raw, lines)
    problems += _stage_coverage(raw, lines)
    # Stages are checked once for owing and once for not owing; a shared stage's problem is told once.
    unique: dict[tuple[str, str], PackProblem] = {}
    for problem in problems:
        unique.setdefault((problem.location, problem.details["en"]), problem)
    return list(unique.values())


def _duplicate_ids(raw: dict[str, Any], lines: TomlLines) -> list[PackProblem]:
    problems = []
    for section in ("rules", "stages", "classifications", "warnings", "consequences", "remedies"):
        seen: dict[str, int] = {}
        for index, item in _tables(raw, section):
            value = item.get("id")
            if not isinstance(value, str):
                continue
            if value in seen:
                first_line = lines.line_of((section, seen[value], "id"))
                problems.append(
                    _problem(
                        lines,
                        (section, index, "id"),
                        "rules.pack_duplicate_id",
                        id=value,
                        first_line=first_line or "?",
                    )
                )
            else:
                seen[value] = index
    return problems


def _references(value: Any, location: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every (location, rule id) named under a "rule"/"rules" key anywhere in ``value``."""
    if isinstance(value, dict):
        for key, item in value.items():
            here = (*location, key)
            if key in _RULE_KEYS and isinstance(item, str):
                yield here, item
            elif key in _RULE_KEYS and isinstance(item, list) and all(isinstance(i, str) for i in item):
                for position, rule_id in enumerate(item):
                    yield (*here, position), rule_id
            else:
                yield from _references(item, here)
    elif isinstance(value, list):
        for position, item in enumerate(value):
            yield from _references(item, (*location, position))


def _unknown_rule_references(raw: dict[str, Any], lines: TomlLines) -> list[PackProblem]:
    known = {item["id"] for _, item in _tables(raw, "rules") if isinstance(item.get("id"), str)}
    others = {key: value for key, value in raw.items() if key != "rules"}
    return [
        _problem(lines, location, "rules.pack_unknown_rule", id=rule_id)
        for location, rule_id in _references(others, ())
        if rule_id not in known
    ]


def _unknown_levels(raw: dict[str, Any], lines: TomlLines) -> list[PackProblem]:
    judgement = _table(raw, "judgement")
    levels = _table(judgement, "likelihood_levels")
    strengths = _table(judgement, "strengths")
    problems = []
    wanted: list[tuple[tuple[str | int, ...], Any, dict[str, Any], str]] = [
        (("schedule", index, "likelihood"), entry.get("likelihood"), levels, "likelihood_levels")
        for index, entry in _tables(raw, "schedule")
    ]
    wanted.append(
        (
            ("acceleration", "likelihood"),
            _table(raw, "acceleration").get("likelihood"),
            levels,
            "likelihood_levels",
        )
    )
    wanted += [
        (("modifiers", index, "strength"), modifier.get("strength"), strengths, "strengths")
        for index, modifier in _tables(raw, "modifiers")
    ]
    for location, name, table, table_name in wanted:
        if isinstance(name, str) and name not in table:
            problems.append(
                _problem(
                    lines, location, "rules.pack_unknown_level", name=name, table=f"judgement.{table_name}"
                )
            )
    return problems


def _schedule_coverage(raw: dict[str, Any], lines: TomlLines) -> list[PackProblem]:
    problems = []
    first_seen: dict[tuple[str, str], int] = {}
    for index, entry in _tables(raw, "schedule"):
        action, kinds = entry.get("action"), entry.get("kinds")
        if not isinstance(action, str) or not isinstance(kinds, list):
            continue
        for kind in kinds:
            if not isinstance(kind, str):
                continue
            if (action, kind) in first_seen:
                problems.append(
                    _problem(
                        lines,
                        ("schedule", index, "kinds"),
                        "rules.pack_duplicate_schedule",
                        action=action,
                        kind=kind,
                        first_line=lines.line_of(("schedule", first_seen[action, kind])) or "?",
                    )
                )
            else:
                first_seen[action, kind] = index
    if "schedule" in raw:
        # The assessment always reports the field-visit outlook, so every kind needs a field_visit entry.
        for kind in LoanKind:
            if (Action.field_visit.value, kind.value) not in first_seen:
                problems.append(
                    _problem(
                        lines,
                        ("schedule",),
                        "rules.pack_missing_schedule",
                        action=Action.field_visit.value,
                        kind=kind.value,
                    )
                )
    return problems


def _classification_coverage(raw: dict[str, Any], lines: TomlLines) -> list[PackProblem]:
    if "classifications" not in raw:
        return []
    problems = []
    owner: dict[str, int] = {}
    for index, scheme in _tables(raw, "classifications"):
        kinds = scheme.get("kinds")
        for kind in kinds if isinstance(kinds, list) else []:
            if isinstance(kind, str) and kind in owner:
                problems.append(
                    _problem(lines, ("classifications", index, "kinds"), "rules.pack_kind_twice", kind=kind)
                )
            elif isinstance(kind, str):
                owner[kind] = index
    for kind in LoanKind:
        if kind.value not in owner:
            problems.append(
                _problem(lines, ("classifications",), "rules.pack_kind_unclassified", kind=kind.value)
            )
    return problems


def _stage_coverage(raw: dict[str, Any], lines: TomlLines) -> list[PackProblem]:
    """Each day, owing or not, must fall in exactly one stage, and the last stage must be open-ended."""
    stages = [
        (index, stage)
        for index, stage in _tables(raw, "stages")
        if isinstance(stage.get("from_day"), int) and isinstance(stage.get("to_day", None), int | None)
    ]
    if not stages:
        return []
    problems = []
    for owing in (False, True):
        matching = sorted(
            (stage["from_day"], index, stage.get("to_day"))
            for index, stage in stages
            if stage.get("owing") in (None, owing)
        )
        expected: int | None = 0
        for from_day, index, to_day in matching:
            location = ("stages", index, "from_day")
            if expected is None or from_day < expected:
                problems.append(_problem(lines, location, "rules.pack_stage_overlap", day=from_day))
                continue
            if from_day > expected:
                problems.append(
                    _problem(lines, location, "rules.pack_stage_gap", day=expected, found=from_day)
                )
            expected = None if to_day is None else to_day + 1
        if expected is not None:
            problems.append(_problem(lines, ("stages",), "rules.pack_stage_open_end", day=expected))
    return problems
