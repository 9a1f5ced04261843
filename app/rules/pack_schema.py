"""The sections of a rule pack, as pydantic models: what each TOML table may hold and what it must.

pack.py assembles them into a RulePack and loads it; pack_checks.py adds the checks that span sections
(ids, references, coverage of every day and loan kind).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from app.core.models import LenderType, LoanKind
from app.rules.pack_text import AnyText, PlainText, placeholders
from app.rules.vocabulary import (
    BOOLEAN_FACTS,
    COUNT_FACTS,
    FACTS,
    MODIFIER_FACTS,
    PLACEHOLDERS,
    Action,
    AssetClass,
    Basis,
    Direction,
    Grade,
    LikelihoodWord,
    RiskLevel,
    TimelineStatus,
)

Probability = Annotated[float, Field(ge=0, le=1)]
Score = Annotated[int, Field(ge=0, le=100)]
Day = Annotated[int, Field(ge=0, le=3650)]
Name = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
RuleId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$", max_length=80)]


class Section(BaseModel):
    """Base of every pack section: immutable, and unknown keys are errors (they are usually typos)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def _known_placeholders(value: str) -> str:
    """A text the engine fills in may name only placeholders from the vocabulary. The English is checked
    here; the catalogue's check holds every translation to the same names."""
    names = placeholders(value)
    if names is None:
        raise ValueError("braces do not pair up; write {{ and }} for literal braces")
    unknown = sorted(names - PLACEHOLDERS)
    if unknown:
        raise ValueError(f"unknown placeholder(s) {unknown}; known: {sorted(PLACEHOLDERS)}")
    return value


# A text with {placeholders} the engine fills in (warnings, consequences, remedies).
TemplateText = Annotated[AnyText, AfterValidator(_known_placeholders)]


def _unique(values: list) -> list:
    if len(set(values)) != len(values):
        raise ValueError("each value may appear only once")
    return values


Kinds = Annotated[list[LoanKind], Field(max_length=len(LoanKind))]


class PackInfo(Section):
    id: Name
    version: str = Field(min_length=1, max_length=40)
    jurisdiction: str = Field(pattern=r"^[A-Z]{2}$")
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    title: PlainText
    disclaimer: PlainText


class Rule(Section):
    id: RuleId
    basis: Basis
    source: PlainText
    text: PlainText
    # True where the domain notes say the article or number is still to be checked against the text.
    verify: bool = False


class Condition(Section):
    """A test of one scenario fact: ``equals`` for yes/no facts, ``at_least``/``at_most`` for numbers."""

    fact: str
    equals: bool | None = None
    at_least: Decimal | None = None
    at_most: Decimal | None = None

    def holds(self, facts: Mapping[str, bool | int | Decimal]) -> bool:
        value = facts[self.fact]
        if self.equals is not None:
            return value is self.equals
        if self.at_least is not None and value < self.at_least:
            return False
        return self.at_most is None or value <= self.at_most

    @model_validator(mode="after")
    def _fits_fact(self) -> Condition:
        if self.fact not in FACTS:
            raise ValueError(f"unknown fact {self.fact!r}; known: {sorted(FACTS)}")
        numeric = self.at_least is not None or self.at_most is not None
        if self.fact in BOOLEAN_FACTS:
            if self.equals is None or numeric:
                raise ValueError(f"{self.fact} is yes/no: test it with 'equals = true|false'")
        elif self.equals is not None or not numeric:
            raise ValueError(f"{self.fact} is a number: test it with 'at_least' and/or 'at_most'")
        return self


class LikelihoodBands(Section):
    """Where the words start: unlikely < possible <= ... (the UI speaks in words, numbers only order)."""

    possible: Probability
    likely: Probability
    very_likely: Probability

    @model_validator(mode="after")
    def _increasing(self) -> LikelihoodBands:
        if not 0 < self.possible < self.likely < self.very_likely <= 1:
            raise ValueError("need 0 < possible < likely < very_likely <= 1")
        return self


class RiskBands(Section):
    medium: Score
    high: Score
    severe: Score

    @model_validator(mode="after")
    def _increasing(self) -> RiskBands:
        if not 0 < self.medium < self.high < self.severe <= 100:
            raise ValueError("need 0 < medium < high < severe <= 100")
        return self


class GradeBands(Section):
    key_watch: Score
    serious_overdue: Score

    @model_validator(mode="after")
    def _increasing(self) -> GradeBands:
        if not 0 < self.key_watch < self.serious_overdue <= 100:
            raise ValueError("need 0 < key_watch < serious_overdue <= 100")
        return self


class Strength(Section):
    """How much a behaviour modifier moves things; the direction (worse/better) gives the sign."""

    shift_days: int = Field(ge=0, le=365)
    likelihood: Probability
    risk: int = Field(ge=0, le=100)


class KindPoints(Section):
    credit_card: int = Field(ge=0, le=50)
    unsecured_consumer: int = Field(ge=0, le=50)
    small_online: int = Field(ge=0, le=50)
    mortgage: int = Field(ge=0, le=50)
    car: int = Field(ge=0, le=50)
    business: int = Field(ge=0, le=50)


def _rising_points(points: list, what: str) -> list:
    """(x, y) points of a step or piecewise curve: x strictly increasing from 0, y never falling."""
    if points[0][0] != 0:
        raise ValueError(f"the {what} must start at 0")
    for (x, y), (next_x, next_y) in zip(points, points[1:], strict=False):
        if next_x <= x or next_y < y:
            raise ValueError(f"the {what}'s points must increase and never fall")
    return points


class Judgement(Section):
    """Every number that is our estimate rather than a rule's own figure. Tune here, nowhere else."""

    rule: RuleId
    # No estimate is ever certain or impossible: every likelihood stays within these bounds.
    min_likelihood: Probability = 0.02
    max_likelihood: Probability = 0.95
    # Behaviour and the lender may bring a step forward by at most this share of its first day (its
    # floor), unless the schedule entry sets its own floor_day.
    max_advance_share: float = Field(default=0.34, ge=0, le=1)
    # While a payment is only within grace the risk score stays below this.
    grace_risk_cap: Score = 20
    # Risk points by what is owed (at least this amount -> points); a small debt draws little action.
    risk_by_amount: list[tuple[Decimal, int]] = Field(default_factory=lambda: [(Decimal(0), 0)], min_length=1)
    # The highest risk score a debt of at least this amount can reach (a 50-yuan debt is never severe).
    risk_cap_by_amount: list[tuple[Decimal, int]] = Field(
        default_factory=lambda: [(Decimal(0), 100)], min_length=1
    )
    # Talk without payment wears off: (days since the last payment, share of a fading modifier's effect
    # left). Falls from 1 to 0; flat after the last point.
    shield_left_by_days: list[tuple[Day, float]] = Field(default_factory=lambda: [(0, 1.0)], min_length=1)
    likelihood_words: LikelihoodBands
    likelihood_levels: dict[Name, Probability] = Field(min_length=1)
    strengths: dict[Name, Strength] = Field(min_length=1)
    risk_levels: RiskBands
    # (day, score) points of a piecewise-linear curve; flat after the last point.
    risk_by_day: list[tuple[Day, Score]] = Field(min_length=2)
    risk_by_kind: KindPoints
    grade_scores: GradeBands
    ramp_start_share: float = Field(gt=0, lt=1)
    days_per_instalment: int = Field(ge=7, le=31)
    acceleration_risk: int = Field(ge=0, le=100)
    malicious_overdraft_risk: int = Field(ge=0, le=100)
    malicious_overdraft_approach_share: float = Field(gt=0, le=1)
    malicious_overdraft_approach_day: Day
    # The harassment check counts the borrower reachable when the latest attempt to reach them in this
    # many days before a third party was contacted got through (app/rules/conduct.py).
    conduct_reachable_days: int = Field(ge=1, le=90)

    @field_validator("risk_by_amount", "risk_cap_by_amount")
    @classmethod
    def _amount_points_rise(cls, points: list[tuple[Decimal, int]]) -> list[tuple[Decimal, int]]:
        return _rising_points(points, "risk_by_amount curve")

    @field_validator("shield_left_by_days")
    @classmethod
    def _shield_fades(cls, points: list[tuple[int, float]]) -> list[tuple[int, float]]:
        if points[0][0] != 0 or any(not 0 <= share <= 1 for _, share in points):
            raise ValueError("starts at day 0; every share is between 0 and 1")
        for (day, share), (next_day, next_share) in zip(points, points[1:], strict=False):
            if next_day <= day or next_share > share:
                raise ValueError("days must increase and the share never rise (talk only wears off)")
        return points

    @model_validator(mode="after")
    def _bounds(self) -> Judgement:
        if not 0 < self.min_likelihood < self.max_likelihood < 1:
            raise ValueError("need 0 < min_likelihood < max_likelihood < 1")
        return self

    @field_validator("risk_by_day")
    @classmethod
    def _curve_rises(cls, points: list[tuple[int, int]]) -> list[tuple[int, int]]:
        if points[0][0] != 0:
            raise ValueError("the curve must start at day 0")
        for (day, score), (next_day, next_score) in zip(points, points[1:], strict=False):
            if next_day <= day or next_score < score:
                raise ValueError("days must increase and scores never fall (more days never lowers risk)")
        return points


class Stage(Section):
    id: Name
    from_day: Day
    to_day: Day | None = None
    # Day 0 is split in two: nothing owed (before or on time) and owed but within grace.
    owing: bool | None = None
    label: PlainText
    rule: RuleId

    @model_validator(mode="after")
    def _ordered(self) -> Stage:
        if self.to_day is not None and self.to_day < self.from_day:
            raise ValueError("to_day is before from_day")
        return self


class Grades(Section):
    rule: RuleId
    labels: dict[Grade, PlainText]

    @field_validator("labels")
    @classmethod
    def _complete(cls, labels: dict[Grade, PlainText]) -> dict[Grade, PlainText]:
        missing = [grade.value for grade in Grade if grade not in labels]
        if missing:
            raise ValueError(f"missing labels for {missing}")
        return labels


class ClassBand(Section):
    id: AssetClass
    from_day: Day
    to_day: Day | None = None
    label: PlainText


class ClassScheme(Section):
    id: Name
    kinds: Kinds
    rule: RuleId
    classes: list[ClassBand] = Field(min_length=1)

    @field_validator("kinds")
    @classmethod
    def _kinds_unique(cls, kinds: list[LoanKind]) -> list[LoanKind]:
        return _unique(kinds)

    @field_validator("classes")
    @classmethod
    def _contiguous(cls, classes: list[ClassBand]) -> list[ClassBand]:
        expected = 0
        for position, band in enumerate(classes):
            if band.from_day != expected:
                raise ValueError(f"classes[{position}] starts on day {band.from_day}, expected {expected}")
            if band.to_day is None:
                if position != len(classes) - 1:
                    raise ValueError("only the last class may be open-ended")
                return classes
            if band.to_day < band.from_day:
                raise ValueError(f"classes[{position}] ends before it starts")
            expected = band.to_day + 1
        raise ValueError("the last class must be open-ended (no to_day)")


class ScheduleEntry(Section):
    """When an action typically starts for some loan kinds, for a borrower with no modifiers."""

    action: Action
    kinds: Kinds = Field(min_length=1)
    from_day: Day
    typical_day: Day
    to_day: Day | None = None
    likelihood: Name  # a level from [judgement.likelihood_levels]
    rule: RuleId
    # The earliest day any behaviour or lender can bring the step to; default: from_day less
    # judgement.max_advance_share of it.
    floor_day: Day | None = None

    @field_validator("kinds")
    @classmethod
    def _kinds_unique(cls, kinds: list[LoanKind]) -> list[LoanKind]:
        return _unique(kinds)

    @model_validator(mode="after")
    def _ordered(self) -> ScheduleEntry:
        if self.action is Action.loan_acceleration:
            raise ValueError("loan_acceleration is not scheduled by days: it follows [acceleration]")
        if self.typical_day < self.from_day:
            raise ValueError("typical_day is before from_day")
        if self.to_day is not None and self.to_day < self.typical_day:
            raise ValueError("to_day is before typical_day")
        if self.floor_day is not None and self.floor_day > self.from_day:
            raise ValueError("floor_day is after from_day")
        return self


class Acceleration(Section):
    """The contract clause that calls the whole loan after enough missed instalments."""

    kinds: Kinds = Field(min_length=1)
    consecutive: int = Field(ge=1, le=36)
    cumulative: int = Field(ge=1, le=120)
    likelihood: Name
    rule: RuleId


class MaliciousOverdraft(Section):
    """The legal conditions of credit-card 恶意透支; the engine warns when a borrower comes near them."""

    kinds: Kinds = Field(min_length=1)
    principal_threshold: Decimal = Field(gt=0)
    collection_gap_days: int = Field(ge=1, le=365)
    unpaid_months: int = Field(ge=1, le=24)
    # Any of these suggests the intent the law requires (e.g. evading collection, false information).
    intent: list[Condition] = Field(min_length=1)
    rule: RuleId


class Modifier(Section):
    """A behaviour that moves the lender's hand: earlier and likelier (worse) or later and softer (better)."""

    rule: RuleId
    when: Condition
    direction: Direction
    strength: Name  # a strength from [judgement.strengths]
    actions: list[Action] = Field(min_length=1)
    kinds: Kinds = Field(default_factory=list)  # empty: every kind
    # For counts (broken promises, prior episodes): the effect is multiplied by the count, up to cap.
    scale_by: str | None = None
    cap: int = Field(default=1, ge=1, le=100)
    # Talk that wears off when nothing is paid: the effect shrinks with the days since the last payment
    # (judgement.shield_left_by_days). Only for "better" modifiers.
    fades: bool = False

    @field_validator("actions", "kinds")
    @classmethod
    def _no_repeats(cls, values: list) -> list:
        return _unique(values)

    @model_validator(mode="after")
    def _behaviour_only(self) -> Modifier:
        if self.when.fact not in MODIFIER_FACTS:
            raise ValueError(
                f"a modifier may test only behaviour, history or loan.secured, not {self.when.fact!r}"
            )
        if self.scale_by is not None and self.scale_by not in COUNT_FACTS:
            raise ValueError(f"scale_by must be one of {sorted(COUNT_FACTS)}")
        if self.fades and self.direction is not Direction.better:
            raise ValueError("only a 'better' modifier can fade")
        return self


class AmountBand(Section):
    at_least: Decimal = Field(ge=0)
    factor: float = Field(ge=0, le=1)


class AmountScale(Section):
    """How the amount at stake scales the likelihood of some steps: "overdue" (what is overdue now) or
    "owed" (what the lender would sue for: a card's principal, a loan's total). Bands rise with the
    amount, so more owed never makes a step less likely. For each action the first scale in pack order
    that matches the kind and lender applies."""

    actions: list[Action] = Field(min_length=1)
    amount: Literal["overdue", "owed"]
    kinds: Kinds = Field(default_factory=list)  # empty: every kind
    lenders: list[LenderType] = Field(default_factory=list)  # empty: every lender
    bands: list[AmountBand] = Field(min_length=1)
    rule: RuleId

    @field_validator("actions")
    @classmethod
    def _actions_once(cls, values: list) -> list:
        return _unique(values)

    @field_validator("bands")
    @classmethod
    def _bands_rise(cls, bands: list[AmountBand]) -> list[AmountBand]:
        _rising_points([(band.at_least, band.factor) for band in bands], "amount bands")
        return bands


class Lenders(Section):
    """Who usually lends each kind of loan: assumed when a scenario does not say."""

    rule: RuleId
    usual: dict[LoanKind, LenderType]

    @field_validator("usual")
    @classmethod
    def _every_kind(cls, usual: dict[LoanKind, LenderType]) -> dict[LoanKind, LenderType]:
        return _require_every(usual, LoanKind)


class LenderAdjustment(Section):
    """How one kind of lender differs from the schedule: days earlier (negative) or later, and a likelier
    or less likely step. The amount scales still apply on top."""

    lender: LenderType
    kinds: Kinds = Field(default_factory=list)
    actions: list[Action] = Field(min_length=1)
    shift_days: int = Field(default=0, ge=-365, le=365)
    lift: float = Field(default=0.0, ge=-1, le=1)
    rule: RuleId


class Limitation(Section):
    """The limitation period (Civil Code art. 188): lenders sue before it runs out, counted from the last
    payment (a payment interrupts it). From press_from_day without payment the lawsuit grows likelier."""

    years: int = Field(ge=1, le=30)
    press_from_day: Day
    lift: float = Field(ge=0, le=1)
    rule: RuleId


class Notice(Section):
    """A warning or a consequence: shown when the loan kind matches and every condition holds."""

    id: Name
    kinds: Kinds = Field(default_factory=list)
    when: list[Condition] = Field(default_factory=list)
    title: TemplateText
    text: TemplateText
    rules: list[RuleId] = Field(min_length=1)


class Boost(Section):
    when: Condition
    add: int = Field(ge=-100, le=100)


class Remedy(Section):
    """Something the borrower can do; ranked by base plus the boosts whose conditions hold."""

    id: Name
    kinds: Kinds = Field(default_factory=list)
    when: list[Condition] = Field(default_factory=list)
    base: int = Field(ge=0, le=100)
    boosts: list[Boost] = Field(default_factory=list)
    title: TemplateText
    why: TemplateText
    rules: list[RuleId] = Field(min_length=1)


def _require_every(labels: dict, members: type) -> dict:
    missing = [member.value for member in members if member not in labels]
    if missing:
        raise ValueError(f"missing labels for {missing}")
    return labels


class Labels(Section):
    actions: dict[Action, PlainText]
    likelihood: dict[LikelihoodWord, PlainText]
    risk: dict[RiskLevel, PlainText]
    status: dict[TimelineStatus, PlainText]
    kinds: dict[LoanKind, PlainText]
    basis: dict[Basis, PlainText]

    @field_validator("actions", "likelihood", "risk", "status", "kinds", "basis")
    @classmethod
    def _complete(cls, labels: dict, info) -> dict:
        members = {
            "actions": Action,
            "likelihood": LikelihoodWord,
            "risk": RiskLevel,
            "status": TimelineStatus,
            "kinds": LoanKind,
            "basis": Basis,
        }[info.field_name]
        return _require_every(labels, members)


class RiskRules(Section):
    days_rule: RuleId
    kind_rule: RuleId
    amount_rule: RuleId
