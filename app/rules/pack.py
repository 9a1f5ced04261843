"""The schema of a rule pack (resources/rules/*.toml) and its loader.

A pack is data: stages by days past due, a schedule of lender actions per loan kind, behaviour modifiers,
the lender's grading and the regulatory classification, warnings, consequences, remedies, conduct limits
and the labels of all of them, written in English (their Chinese is in the translation catalogue:
app/rules/pack_text.py). Every statement the engine can make points at a rule here,
and every rule says where it comes from (seed paragraph, regulation article, practice or our judgement).
Numbers that are only judgement live in one [judgement] table so they can be tuned in one place.

A pack that fails validation is refused with every problem listed, each with its TOML line when it can
be found (pack_schema.py: the sections; pack_checks.py: cross-references; toml_lines.py: line numbers).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TypeVar

from pydantic import Field, ValidationError

from app.core.errors import RepayRadarError
from app.core.i18n import LANGUAGES, Lang, message
from app.core.models import LoanKind
from app.rules.conduct_schema import Conduct
from app.rules.pack_schema import (
    Acceleration,
    AmountScale,
    LenderAdjustment,
    Lenders,
    Limitation,
    ClassScheme,
    Grades,
    Judgement,
    Labels,
    MaliciousOverdraft,
    Modifier,
    Notice,
    PackInfo,
    Remedy,
    RiskRules,
    Rule,
    ScheduleEntry,
    Section,
    Stage,
)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PackIndex:
    """Lookups derived from a validated pack, and a memo for values derived from it."""

    rules_by_id: dict[str, Rule]
    schedule_by_kind: dict[LoanKind, tuple[ScheduleEntry, ...]]
    scheme_by_kind: dict[LoanKind, ClassScheme]
    memo: dict[object, object]


class RulePack(Section):
    """A validated rule pack. Immutable: derive variants with parse_pack or model_validate, never with
    model_copy (which would carry over the lookups built for the original)."""

    pack: PackInfo
    judgement: Judgement
    labels: Labels
    risk: RiskRules
    rules: list[Rule] = Field(min_length=1)
    stages: list[Stage] = Field(min_length=1)
    grades: Grades
    classifications: list[ClassScheme] = Field(min_length=1)
    schedule: list[ScheduleEntry] = Field(min_length=1)
    acceleration: Acceleration
    malicious_overdraft: MaliciousOverdraft
    limitation: Limitation
    lenders: Lenders
    lender_adjustments: list[LenderAdjustment] = Field(default_factory=list)
    amount_scales: list[AmountScale] = Field(default_factory=list)
    modifiers: list[Modifier] = Field(default_factory=list)
    warnings: list[Notice] = Field(default_factory=list)
    consequences: list[Notice] = Field(default_factory=list)
    remedies: list[Remedy] = Field(default_factory=list)
    conduct: Conduct

    @cached_property
    def index(self) -> PackIndex:
        # Built on first use and kept in the instance: a plain attribute afterwards, which matters
        # because the engine looks things up here on every assessment.
        return PackIndex(
            rules_by_id={rule.id: rule for rule in self.rules},
            schedule_by_kind={
                kind: tuple(entry for entry in self.schedule if kind in entry.kinds) for kind in LoanKind
            },
            scheme_by_kind={kind: scheme for scheme in self.classifications for kind in scheme.kinds},
            memo={},
        )

    def memo(self, key: object, build: Callable[[], T]) -> T:
        """A value derived from this (immutable) pack, built on first use: e.g. the engine's explanations
        in one language. Values must themselves be immutable."""
        table = self.index.memo
        try:
            return table[key]  # type: ignore[return-value]
        except KeyError:
            value = table[key] = build()
            return value

    @property
    def rules_version(self) -> str:
        return f"{self.pack.id}-{self.pack.version}"

    def rule(self, rule_id: str) -> Rule:
        return self.index.rules_by_id[rule_id]

    def has_rule(self, rule_id: str) -> bool:
        return rule_id in self.index.rules_by_id

    def schedule_for(self, kind: LoanKind) -> tuple[ScheduleEntry, ...]:
        return self.index.schedule_by_kind[kind]

    def classification_for(self, kind: LoanKind) -> ClassScheme:
        return self.index.scheme_by_kind[kind]

    def stage_for(self, days_past_due: int, owing: bool) -> Stage:
        for stage in self.stages:
            if stage.from_day <= days_past_due and (stage.to_day is None or days_past_due <= stage.to_day):
                if stage.owing is None or stage.owing == owing:
                    return stage
        # pack_checks guarantees the stages cover every day; reaching here means an unchecked pack.
        raise LookupError(f"no stage covers day {days_past_due}")


@dataclass(frozen=True, slots=True)
class PackProblem:
    """One reason a pack was refused, already worded in every language."""

    location: str  # e.g. "rules[3].text"; "" for the file as a whole
    line: int | None
    details: dict[str, str]  # language -> sentence

    def text(self, lang: Lang) -> str:
        detail = self.details.get(lang) or self.details["en"]
        where = self.location or "-"
        if self.line is None:
            return message("rules.pack_problem", lang, location=where, detail=detail)
        return message("rules.pack_problem_line", lang, line=self.line, location=where, detail=detail)


class PackError(RepayRadarError):
    """A rule pack that cannot be used; lists every problem found, not just the first."""

    key = "rules.pack_invalid"

    def __init__(self, origin: str, problems: Sequence[PackProblem]) -> None:
        self.origin = origin
        self.problems = tuple(problems)
        super().__init__(self.key, path=origin, count=len(self.problems))

    def text(self, lang: Lang) -> str:
        head = message(self.key, lang, path=self.origin, count=len(self.problems))
        return "\n".join([head, *(f"  - {problem.text(lang)}" for problem in self.problems)])


def _same_in_every_language(key: str, **params: object) -> dict[str, str]:
    return {lang: message(key, lang, **params) for lang in LANGUAGES}


def parse_pack(text: str, origin: str = "<pack>") -> RulePack:
    """Validate a pack's TOML text; raise PackError listing every problem with its line."""
    from app.rules.pack_checks import reference_problems, structure_problems
    from app.rules.toml_lines import TomlLines

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise PackError(origin, [syntax_problem(error)]) from None
    lines = TomlLines(text)
    problems: list[PackProblem] = []
    pack: RulePack | None = None
    try:
        pack = RulePack.model_validate(raw)
    except ValidationError as error:
        problems.extend(structure_problems(error, lines))
    problems.extend(reference_problems(raw, lines))
    if problems or pack is None:
        problems.sort(key=lambda problem: (problem.line is None, problem.line or 0, problem.location))
        raise PackError(origin, problems)
    return pack


def syntax_problem(error: tomllib.TOMLDecodeError) -> PackProblem:
    import re

    found = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
    line = int(found.group(1)) if found else getattr(error, "lineno", None)
    detail = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error)) or str(error)
    return PackProblem("", line, _same_in_every_language("rules.pack_syntax", detail=detail))


def default_pack_path() -> Path:
    from app.resources import resource_path

    return resource_path("rules", "cn.toml")


def load_pack(path: Path | None = None) -> RulePack:
    """The pack at ``path`` (default: the shipped mainland-China pack), validated and cached."""
    path = Path(path) if path is not None else default_pack_path()
    try:
        stat = path.stat()
    except OSError as error:
        problem = PackProblem(
            "", None, _same_in_every_language("rules.pack_unreadable", detail=error.strerror or error)
        )
        raise PackError(str(path), [problem]) from None
    # Keyed by modification time and size, so an edited pack is read again.
    return _load_cached(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _load_cached(path: str, mtime_ns: int, size: int) -> RulePack:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problem = PackProblem("", None, _same_in_every_language("rules.pack_unreadable", detail=error))
        raise PackError(path, [problem]) from None
    return parse_pack(text, path)
