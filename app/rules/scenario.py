"""A Scenario: one loan's situation on one day, the only input of the rule engine.

The CLI reads one from JSON (parse_scenario); the GUI builds the same from the database
(scenario_for_loan). The names are a contract (docs: ARCHITECTURE.md); fields may be added, never renamed.
A what-if plan is a function Scenario -> Scenario followed by another assess().
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, ValidationError, model_validator

from app.core.errors import FieldProblem, RepayRadarError
from app.core.i18n import Lang, message
from app.core.models import (
    Behaviour,
    BehaviourFacts,
    ContactChannel,
    ContactDirection,
    ContactEvent,
    LenderType,
    Loan,
    LoanKind,
    Money,
    Payment,
)

if TYPE_CHECKING:
    from app.core.schedule import LoanPosition

# An outgoing contact this recent counts as "communicating" with the lender.
COMMUNICATING_WINDOW_DAYS = 30
# A typo guard (about 27 years), not a policy.
MAX_DAYS_PAST_DUE = 10_000


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ScenarioLoan(_Model):
    # The kind of loan: "type" in the documented scenario format; "kind" too, the name `list`, backups and
    # the app's own Loan use for the same thing.
    type: LoanKind = Field(validation_alias=AliasChoices("type", "kind"))
    # Who lent; absent: the rule pack assumes the usual lender of the loan's kind.
    lender_type: LenderType | None = None
    overdue_amount: Money = Decimal("0.00")
    outstanding: Money
    secured: bool = False
    # Added beyond the contract's minimum; all optional. The principal still owed (the malicious-overdraft
    # threshold counts principal only, without interest and fees); the outstanding total when absent.
    outstanding_principal: Money | None = None
    # Missed instalments in a row now, and all missed instalments: the acceleration clause counts these.
    # Estimated from days_past_due when absent.
    consecutive_overdue: int | None = Field(default=None, ge=0, le=1000)
    cumulative_overdue: int | None = Field(default=None, ge=0, le=1000)

    @model_validator(mode="after")
    def _parts_fit_whole(self) -> ScenarioLoan:
        if self.overdue_amount > self.outstanding:
            raise FieldProblem(
                "overdue_amount",
                "scenario.overdue_above_outstanding",
                overdue=self.overdue_amount,
                outstanding=self.outstanding,
            )
        if self.outstanding_principal is not None and self.outstanding_principal > self.outstanding:
            raise FieldProblem(
                "outstanding_principal",
                "scenario.principal_above_outstanding",
                principal=self.outstanding_principal,
                outstanding=self.outstanding,
            )
        if (
            self.consecutive_overdue is not None
            and self.cumulative_overdue is not None
            and self.cumulative_overdue < self.consecutive_overdue
        ):
            raise FieldProblem(
                "cumulative_overdue",
                "scenario.cumulative_below_consecutive",
                cumulative=self.cumulative_overdue,
                consecutive=self.consecutive_overdue,
            )
        return self


class ScenarioBehaviour(_Model, BehaviourFacts):
    # The questionnaire's facts (the contact log may add to them: scenario_for_loan), and, added: promises
    # to pay that were kept, and a signed repayment agreement (个性化分期, 展期) in force.
    promises_kept: int = Field(default=0, ge=0, le=100)
    agreement_in_place: bool = False
    # The borrower disputes the debt or its amount (wrong charges, never borrowed, already paid).
    disputing: bool = False


class ScenarioHistory(_Model):
    overdue_episodes_24m: int = Field(default=0, ge=0, le=100)


class ScenarioPayments(_Model):
    """What was repaid since the debt fell behind; both optional."""

    # Paid since the first unpaid due date. The share of the overdue amount it covered is
    # paid / (paid + overdue_amount).
    paid_since_overdue: Money = Decimal("0.00")
    # Days since the latest payment; absent: no payment since the debt fell behind (= days past due).
    days_since_last: int | None = Field(default=None, ge=0, le=MAX_DAYS_PAST_DUE)


class ScenarioContact(ContactEvent):
    """A contact-log entry inside a scenario: the log's own fields; ``id`` and ``loan_id`` may be left out.
    The harassment check reads them (night contact, threats) and the estimate's remedies follow."""

    loan_id: str = Field(default="scenario", min_length=1, max_length=64)


class Scenario(_Model):
    as_of: date
    loan: ScenarioLoan
    days_past_due: int = Field(ge=0, le=MAX_DAYS_PAST_DUE)
    behaviour: ScenarioBehaviour = Field(default_factory=ScenarioBehaviour)
    history: ScenarioHistory = Field(default_factory=ScenarioHistory)
    payments: ScenarioPayments = Field(default_factory=ScenarioPayments)
    contacts: tuple[ScenarioContact, ...] = Field(default=(), max_length=5000)

    @model_validator(mode="after")
    def _consistent(self) -> Scenario:
        if self.days_past_due > 0 and self.loan.consecutive_overdue == 0:
            raise FieldProblem(
                "loan.consecutive_overdue", "scenario.overdue_without_missed", days=self.days_past_due
            )
        return self


class ScenarioInvalid(RepayRadarError):
    """A scenario that fails validation; worded per field in the language asked for."""

    key = "scenario.invalid"

    def __init__(self, error: ValidationError) -> None:
        self.error = error
        super().__init__(self.key)

    def text(self, lang: Lang) -> str:
        from app.core.validation import describe_validation_error, field_errors

        # The field labels the app uses, and the dotted JSON paths someone editing the file looks for.
        paths = dict.fromkeys(problem.field for problem in field_errors(self.error, lang))
        detail = describe_validation_error(self.error, lang)
        return message(self.key, lang, detail=detail, fields=", ".join(paths))


def _no_constant(name: str) -> None:
    raise ValueError(name)


def parse_scenario(text: str) -> Scenario:
    """The Scenario in a JSON text; raises a RepayRadarError naming the line or the field at fault."""
    try:
        # Decimal keeps "3200.10" exact; NaN and Infinity are no amounts.
        data = json.loads(text, parse_float=Decimal, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise RepayRadarError(
            "scenario.bad_json", line=error.lineno, column=error.colno, detail=error.msg
        ) from None
    except ValueError as error:
        raise RepayRadarError("scenario.bad_number", value=str(error)) from None
    if not isinstance(data, dict):
        raise RepayRadarError("scenario.not_an_object")
    try:
        return Scenario.model_validate(data)
    except ValidationError as error:
        raise ScenarioInvalid(error) from None


def scenario_for_loan(
    loan: Loan,
    position: LoanPosition,
    contacts: Iterable[ContactEvent],
    as_of: date,
    payments: Iterable[Payment] = (),
) -> Scenario:
    """The Scenario of a stored loan on ``as_of``: its terms and lender, where it stands, what was repaid
    since it fell behind (``payments``), the borrower's answers (loan.behaviour) and what the contact log
    shows (promises, agreements, and the entries themselves for the harassment check). Contacts and
    payments of other loans or after as_of are ignored.
    """
    log = sorted(
        (event for event in contacts if event.loan_id == loan.id and event.at.date() <= as_of),
        key=lambda event: event.at,
    )
    answers: Behaviour = loan.behaviour
    broken_logged = sum(1 for event in log if event.promise_kept is False)
    kept_logged = sum(1 for event in log if event.promise_kept is True)
    recent_since = as_of - timedelta(days=COMMUNICATING_WINDOW_DAYS)
    # What is owed today (remaining principal + interest due and accrued; never future interest, issue
    # 13); it includes what is overdue, and max() keeps the two consistent if a caller's is not.
    outstanding = max(position.outstanding, position.overdue_amount)
    reached_out = any(
        event.direction is ContactDirection.outgoing and event.at.date() > recent_since for event in log
    )
    days = min(position.days_past_due, MAX_DAYS_PAST_DUE)
    return Scenario(
        as_of=as_of,
        loan=ScenarioLoan(
            type=loan.kind,
            lender_type=loan.lender_type,
            overdue_amount=position.overdue_amount,
            outstanding=outstanding,
            secured=loan.secured,
            outstanding_principal=min(position.outstanding_principal, outstanding),
            # Overdue means at least one instalment missed, whatever the schedule's own count says.
            consecutive_overdue=max(position.consecutive_overdue, 1 if days > 0 else 0),
            cumulative_overdue=max(position.cumulative_overdue, position.consecutive_overdue, 1 if days > 0 else 0),
        ),
        days_past_due=days,
        behaviour=ScenarioBehaviour(
            reachable=answers.reachable,
            communicating=answers.communicating or reached_out,
            hardship_reported=answers.hardship_reported,
            negotiating=answers.negotiating,
            evading=answers.evading,
            false_info=answers.false_info,
            # The questionnaire and the log may both count the same broken promise: take the larger.
            broken_promises=min(max(answers.broken_promises, broken_logged), 100),
            promises_kept=min(kept_logged, 100),
            agreement_in_place=_agreement_in_force(log),
            disputing=answers.disputing,
        ),
        history=ScenarioHistory(overdue_episodes_24m=answers.overdue_episodes_24m),
        payments=_repaid_since_overdue(loan, position, payments, as_of, days),
        contacts=tuple(ScenarioContact.model_validate(event.model_dump()) for event in log),
    )


def _repaid_since_overdue(
    loan: Loan, position: LoanPosition, payments: Iterable[Payment], as_of: date, days: int
) -> ScenarioPayments:
    """What was paid on or after the first unpaid due date, and how long ago the latest payment was."""
    fell_behind = position.first_unpaid_due_date
    if fell_behind is None or days == 0:
        return ScenarioPayments()
    since = [p for p in payments if p.loan_id == loan.id and fell_behind <= p.paid_on <= as_of]
    if not since:
        return ScenarioPayments()
    latest = max(p.paid_on for p in since)
    paid = sum((p.amount for p in since), Decimal("0.00"))
    return ScenarioPayments(paid_since_overdue=paid, days_since_last=min((as_of - latest).days, days))


def _agreement_in_force(log: list[ContactEvent]) -> bool:
    """A logged agreement counts until a promise made after it is broken (the lender may then resume)."""
    in_force = False
    for event in log:
        if event.channel is ContactChannel.agreement:
            in_force = event.promise_kept is not False
        elif event.promise_kept is False:
            in_force = False
    return in_force
