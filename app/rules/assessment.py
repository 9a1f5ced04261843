"""The Assessment: what the engine concludes about one Scenario, ready to show and to print as JSON.

Names follow ARCHITECTURE.md (a contract with the UI and the CLI); the fields beyond its minimum are
additions. Every part names the rules that drew it, and ``explanations`` explains each of those rules
once, so the UI can always answer "why?". Likelihood numbers order and draw; the words speak.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from app.core.models import LoanKind
from app.rules.vocabulary import Action, AssetClass, Basis, Grade, LikelihoodWord, RiskLevel, TimelineStatus

Probability = float


class _Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RiskFactor(_Part):
    rule: str
    points: int  # what this rule added to (or took from) the score


class Risk(_Part):
    level: RiskLevel
    score: int = Field(ge=0, le=100)
    label: str
    factors: tuple[RiskFactor, ...]
    rules: tuple[str, ...]


class InternalGrade(_Part):
    """The lender's own grading of an overdue borrower (正常关注 / 重点关注 / 严重逾期)."""

    id: Grade
    label: str
    rule: str


class Classification(_Part):
    """The regulatory five-category class the loan falls in by days overdue."""

    id: AssetClass
    label: str
    scheme: str
    rule: str
    verify: bool  # the thresholds are still to be checked against the regulation's text


class Stage(_Part):
    id: str
    label: str
    from_day: int
    to_day: int | None
    rules: tuple[str, ...]
    grade: InternalGrade | None  # None while nothing is overdue: only overdue borrowers are graded
    classification: Classification


class FieldVisit(_Part):
    likelihood_now: Probability = Field(ge=0, le=1)
    likelihood_word: LikelihoodWord
    likelihood_text: str
    likelihood: Probability = Field(ge=0, le=1)  # if the debt stays unpaid until typical_day
    earliest_day: int
    typical_day: int
    rules: tuple[str, ...]


class TimelineEntry(_Part):
    action: Action
    label: str
    from_day: int
    typical_day: int
    to_day: int | None
    likelihood: Probability = Field(ge=0, le=1)
    likelihood_word: LikelihoodWord
    likelihood_text: str
    # How likely the step is under way by the assessment's day (rises from its first to its typical day).
    likelihood_now: Probability = Field(default=0.0, ge=0, le=1)
    status: TimelineStatus
    status_text: str
    rules: tuple[str, ...]


class AssessmentWarning(_Part):
    id: str
    title: str
    text: str
    rules: tuple[str, ...]


class Consequence(_Part):
    id: str
    title: str
    text: str
    rules: tuple[str, ...]


class Remedy(_Part):
    id: str
    priority: int  # 1 is what to do first
    title: str
    why: str
    rules: tuple[str, ...]


class Explanation(_Part):
    rule: str
    text: str
    source: str
    basis: Basis
    basis_text: str
    verify: bool


class Assessment(_Part):
    rules_version: str
    lang: str
    as_of: date
    loan_type: LoanKind
    loan_label: str
    days_past_due: int
    risk: Risk
    stage: Stage
    field_visit: FieldVisit
    timeline: list[TimelineEntry]
    warnings: list[AssessmentWarning]
    consequences: list[Consequence]
    remedies: list[Remedy]
    explanations: list[Explanation]
    disclaimer: str

    def rules_named(self) -> set[str]:
        """Every rule id the assessment cites anywhere (each must have an explanation)."""
        return rules_cited(
            self.risk, self.stage, self.field_visit, (self.timeline, self.warnings, self.consequences, self.remedies)
        )


def rules_cited(
    risk: Risk,
    stage: Stage,
    field_visit: FieldVisit,
    groups: Sequence[Sequence[TimelineEntry | AssessmentWarning | Consequence | Remedy]],
) -> set[str]:
    """Every rule id these parts of an assessment cite; the engine asks before it builds the whole."""
    named = set(risk.rules) | {factor.rule for factor in risk.factors}
    named |= set(stage.rules) | {stage.classification.rule}
    if stage.grade is not None:
        named.add(stage.grade.rule)
    named |= set(field_visit.rules)
    for group in groups:
        for item in group:
            named.update(item.rules)
    return named
