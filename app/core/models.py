"""The data the user enters and the app derives, as pydantic models.

Stored (the user's own facts): Loan (with its Behaviour answers), Payment, ContactEvent, Settings.
Derived, never stored: Installment (from the loan's terms, see schedule.py), a plain dataclass.

Money is Decimal with two places; dates are dates; instants are timezone-aware datetimes. Rates are
percentages as the lender quotes them ("4.35" means 4.35 % a year; a monthly fee rate "0.6" means
0.6 % of the original principal each month).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from app.core.errors import FieldProblem

CENT = Decimal("0.01")


def _two_places(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise ValueError("must be a finite number")
    if value.is_signed():
        # "-0.00" passes ge=0 (negative zero equals zero) and would be stored and shown with its sign.
        raise FieldProblem("", "validation.negative_zero")
    if value != value.quantize(CENT):
        raise ValueError("must have at most two decimal places")
    return value.quantize(CENT)


# A money amount: at most two decimals, never negative, below a trillion (a typo guard, not a policy).
Money = Annotated[Decimal, Field(ge=0, lt=Decimal("1e12")), AfterValidator(_two_places)]
PositiveMoney = Annotated[Decimal, Field(gt=0, lt=Decimal("1e12")), AfterValidator(_two_places)]
# A percentage rate; 100 % a month is already far beyond anything lawful and guards typos.
RatePercent = Annotated[Decimal, Field(ge=0, le=100, max_digits=10, decimal_places=6)]


# Dates a loan may carry. A schedule runs up to 480 months past its start and Python's dates end in
# 9999, so an unbounded start date would be accepted and then break every view of the loan.
EARLIEST_DATE = date(1950, 1, 1)
LATEST_DATE = date(2200, 12, 31)


def _plausible_date(value: date) -> date:
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise FieldProblem(
            "", "validation.date_range", earliest=EARLIEST_DATE.isoformat(), latest=LATEST_DATE.isoformat()
        )
    return value


LoanDate = Annotated[date, AfterValidator(_plausible_date)]


def _plausible_instant(value: datetime) -> datetime:
    # The same range as dates: 0001-01-01T00:00+05:00 is a valid aware datetime whose UTC form does
    # not exist, and failed only when the store converted it.
    _plausible_date(value.date())
    return value


PlausibleInstant = Annotated[AwareDatetime, AfterValidator(_plausible_instant)]

# Validation context of a loan the user enters or changes (the loan editor): the checks that read it
# are newer than some stored loans, which must stay readable (a stored record that no longer validates
# reads as a damaged data file), so they apply to what is typed, not to what is read back.
NEW_ENTRY: dict[str, bool] = {"new_entry": True}


def new_id() -> str:
    return uuid.uuid4().hex


class LoanKind(StrEnum):
    credit_card = "credit_card"
    unsecured_consumer = "unsecured_consumer"
    small_online = "small_online"
    mortgage = "mortgage"
    car = "car"
    business = "business"


class LenderType(StrEnum):
    """Who lent the money: collection practice differs by lender (see resources/rules/cn.toml)."""

    bank = "bank"
    consumer_finance = "consumer_finance"  # 消费金融公司
    online_platform = "online_platform"  # 网络小贷 / 助贷 platforms
    auto_finance = "auto_finance"  # 汽车金融公司
    private_lender = "private_lender"  # 民间借贷: a person or a non-financial company


class RepaymentMethod(StrEnum):
    equal_installment = "equal_installment"  # 等额本息: the same payment every month
    equal_principal = "equal_principal"  # 等额本金: the same principal every month, interest falls
    interest_only = "interest_only"  # 先息后本: interest monthly, all principal with the last
    bullet = "bullet"  # 一次还本付息: principal and all interest on the maturity date
    flat_fee = "flat_fee"  # 等本等息: principal/n plus a fixed monthly fee on the original principal
    credit_card = "credit_card"  # a card statement: full balance due, minimum payment allowed
    custom = "custom"  # the user typed each instalment


# Methods whose schedule can be re-worked from a date (rate change, prepayment, a bank's balance).
REWORKABLE = frozenset(
    {RepaymentMethod.equal_installment, RepaymentMethod.equal_principal, RepaymentMethod.interest_only}
)

# Methods whose terms are driven by an annual interest rate.
ANNUAL_RATE_METHODS = frozenset(
    {
        RepaymentMethod.equal_installment,
        RepaymentMethod.equal_principal,
        RepaymentMethod.interest_only,
        RepaymentMethod.bullet,
        RepaymentMethod.credit_card,
    }
)


class CustomInstallment(BaseModel):
    """One instalment the user typed from the lender's own schedule."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    due_date: LoanDate
    principal: Money
    interest: Money = Decimal("0.00")


class RateChange(BaseModel):
    """A new contract rate from a date (a floating-rate loan re-priced on the LPR, or a bank's new rate).

    The schedule re-works from the first period that begins on or after ``effective``: the period
    running on that day keeps the old rate, as banks reprice from the next repayment period.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    effective: LoanDate
    annual_rate: RatePercent


class PrepaymentMode(StrEnum):
    """What a bank does with the rest of a loan after a prepayment of principal (提前还款)."""

    shorten_term = "shorten_term"  # 缩短期限: the same instalment, fewer of them
    reduce_installment = "reduce_installment"  # 减少月供: the same end date, a lower instalment


# The largest instalment number a loan can have (term_months is at most 480).
MAX_INSTALLMENTS = 480


class BehaviourFacts(BaseModel):
    """How the borrower deals with the lender, as the rule engine's behaviour modifiers test it: the
    questionnaire (Behaviour) asks it and the engine's scenario (app.rules.scenario) carries it on, so
    both hold the same fields with the same bounds."""

    reachable: bool = True
    communicating: bool = False
    hardship_reported: bool = False
    negotiating: bool = False
    evading: bool = False
    false_info: bool = False
    broken_promises: int = Field(default=0, ge=0, le=100)


class Behaviour(BehaviourFacts):
    """The borrower's own answers about how things stand with the lender (the questionnaire).

    These feed the rule engine's behaviour modifiers; the seed article names communication, hardship,
    negotiation, evasion and false information as what moves a lender's hand.
    """

    model_config = ConfigDict(extra="forbid")

    overdue_episodes_24m: int = Field(default=0, ge=0, le=100)
    # The borrower disputes the debt or its amount; the estimate then advises how to dispute it.
    disputing: bool = False


class Loan(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    lender: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    # What the user calls it ("招行信用卡", "car loan"); the lender's name when left empty.
    name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)] = ""
    kind: LoanKind
    # None: the user has not said; the rule pack then assumes the usual lender of the loan's kind.
    lender_type: LenderType | None = None
    method: RepaymentMethod
    # Amount borrowed; for a credit-card statement, the statement balance.
    principal: PositiveMoney
    credit_limit: Money | None = None
    annual_rate: RatePercent | None = None
    monthly_fee_rate: RatePercent | None = None
    term_months: int = Field(default=12, ge=1, le=480)
    # The day the money was lent; for a card statement, the statement date.
    start_date: LoanDate
    due_day: int = Field(ge=1, le=31)
    statement_day: int | None = Field(default=None, ge=1, le=31)
    min_payment_percent: RatePercent = Decimal("10")
    min_payment_floor: Money = Decimal("100.00")
    custom_installments: list[CustomInstallment] = Field(default_factory=list, max_length=1000)
    collateral: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    secured: bool = False
    grace_days: int = Field(default=0, ge=0, le=60)
    currency: str = Field(default="CNY", pattern=r"^[A-Z]{3}$")
    notes: str = Field(default="", max_length=5000)
    behaviour: Behaviour = Field(default_factory=Behaviour)
    archived: bool = False
    # --- A loan entered part-way (issue 13); all default to "nothing special", so old data loads unchanged.
    # The first N instalments were paid: on their due dates, except those listed in installment_paid_on
    # (instalment number -> the day it was actually paid). No payment records stand for them.
    paid_installments: int = Field(default=0, ge=0, le=MAX_INSTALLMENTS)
    installment_paid_on: dict[int, LoanDate] = Field(default_factory=dict, max_length=MAX_INSTALLMENTS)
    # The principal still owed right after instalment ``paid_installments``, as the bank's app shows it,
    # when it differs from what the schedule says (earlier prepayments, rate changes); None: as scheduled.
    # The remaining instalments are re-worked from it over the same end date.
    opening_principal: PositiveMoney | None = None
    # Floating rate: each change applies from the first period beginning on or after its date.
    rate_changes: list[RateChange] = Field(default_factory=list, max_length=MAX_INSTALLMENTS)
    # 罚息: yearly rate on overdue amounts, percent; None: the contract rate plus 50 % (PBOC 银发〔2003〕251号).
    penalty_rate: RatePercent | None = None
    # 复利: whether unpaid interest bears interest at the penalty rate too (the same PBOC notice says so).
    compound_interest: bool = True
    # A fee the lender kept or charged when the loan was made (手续费, 服务费, 砍头息): the borrower
    # received principal minus this, which the real APR (schedule.implied_apr) accounts for.
    upfront_fee: Money = Decimal("0.00")
    # A flat fee (违约金) the contract charges for each instalment that becomes overdue; 0 when none.
    late_fee_per_installment: Money = Decimal("0.00")
    # --- Credit card, entered part-way (app/core/card_statements.py): the statement the bank's app shows
    # when the user starts tracking the card is start_date (statement date) and principal (balance). The
    # app rolls statements forward from it each month. All have defaults, so older data loads unchanged.
    # The minimum printed on that statement; None: worked out with min_payment_percent/min_payment_floor.
    card_statement_minimum: Money | None = None
    # Already paid towards that statement before payments were recorded here (counted as paid on its
    # statement date): 0 = unpaid, the minimum = "minimum paid", the balance = "paid in full".
    card_statement_paid: Money = Decimal("0.00")
    # When its purchases were posted (记账日), from which revolving interest runs; None: the statement date.
    card_posting_date: LoanDate | None = None
    # 违约金 (late fee) as a percentage of the unpaid minimum; 5 is the usual contract term.
    card_late_fee_percent: RatePercent = Decimal("5")

    @field_validator("rate_changes")
    @classmethod
    def _rate_changes_in_date_order(cls, changes: list[RateChange]) -> list[RateChange]:
        ordered = sorted(changes, key=lambda change: change.effective)
        if len({change.effective for change in ordered}) != len(ordered):
            raise FieldProblem("rate_changes", "loan.rate_changes_same_day")
        return ordered

    @model_validator(mode="after")
    def _terms_fit_method(self) -> Loan:
        method = self.method
        if self.upfront_fee >= self.principal:
            raise FieldProblem("upfront_fee", "loan.upfront_fee_too_big", principal=self.principal)
        if self.opening_principal is not None:
            if self.opening_principal > self.principal:
                raise FieldProblem("opening_principal", "loan.opening_principal_too_big", principal=self.principal)
            # It is the balance after the paid instalments, with instalments still to come after it.
            if not 1 <= self.paid_installments < self.installment_count:
                raise FieldProblem("opening_principal", "loan.opening_principal_needs_paid")
        if (self.rate_changes or self.opening_principal is not None) and method not in REWORKABLE:
            field = "rate_changes" if self.rate_changes else "opening_principal"
            raise FieldProblem(field, "loan.rework_needs_rate_method")
        if self.paid_installments > (most := self.installment_count):
            raise FieldProblem("paid_installments", "loan.paid_installments_too_many", paid=self.paid_installments,
                               count=most)
        for number in self.installment_paid_on:
            if not 1 <= number <= self.paid_installments:
                raise FieldProblem(
                    "installment_paid_on", "loan.paid_on_not_paid", number=number, paid=self.paid_installments
                )
        if method in ANNUAL_RATE_METHODS and self.annual_rate is None:
            raise FieldProblem("annual_rate", "loan.annual_rate_required")
        if method is RepaymentMethod.flat_fee and self.monthly_fee_rate is None:
            raise FieldProblem("monthly_fee_rate", "loan.monthly_fee_rate_required")
        if method is RepaymentMethod.credit_card and self.kind is not LoanKind.credit_card:
            raise FieldProblem("method", "loan.card_method_needs_card")
        if method is RepaymentMethod.credit_card:
            self._card_statement_fits()
        if method is RepaymentMethod.custom:
            if not self.custom_installments:
                raise FieldProblem("custom_installments", "loan.custom_installments_empty")
            total = sum((row.principal for row in self.custom_installments), Decimal("0"))
            if total != self.principal:
                raise FieldProblem(
                    "custom_installments",
                    "loan.custom_installments_sum",
                    total=total,
                    principal=self.principal,
                )
        return self

    def _card_statement_fits(self) -> None:
        if self.card_statement_minimum is not None and self.card_statement_minimum > self.principal:
            raise FieldProblem(
                "card_statement_minimum", "loan.card_minimum_above_balance",
                minimum=self.card_statement_minimum, balance=self.principal,
            )
        if self.card_statement_paid > self.principal:
            raise FieldProblem(
                "card_statement_paid", "loan.card_paid_above_balance",
                paid=self.card_statement_paid, balance=self.principal,
            )
        if self.card_posting_date is not None and self.card_posting_date > self.start_date:
            raise FieldProblem("card_posting_date", "loan.card_posting_after_statement")

    @model_validator(mode="after")
    def _entered_terms_are_whole(self, info: ValidationInfo) -> Loan:
        if not (info.context or {}).get("new_entry"):
            return self
        # A card is entered from its latest statement, which its statement day dates.
        if self.method is RepaymentMethod.credit_card and self.statement_day is None:
            raise FieldProblem("statement_day", "loan.statement_day_required")
        # An instalment due on or before the day the money was lent is a typing slip (a year or a month
        # off); its schedule would start overdue.
        if self.method is RepaymentMethod.custom:
            for index, row in enumerate(self.custom_installments):
                if row.due_date <= self.start_date:
                    raise FieldProblem(
                        f"custom_installments.{index}.due_date",
                        "loan.custom_due_not_after_start",
                        start=self.start_date.isoformat(),
                    )
        return self

    @property
    def display_name(self) -> str:
        return self.name or self.lender

    @property
    def installment_count(self) -> int:
        """How many instalments the contract has: one for a bullet loan or a card statement, the typed
        rows for a custom schedule, the term otherwise (a prepayment may shorten the schedule)."""
        if self.method in (RepaymentMethod.bullet, RepaymentMethod.credit_card):
            return 1
        if self.method is RepaymentMethod.custom:
            return len(self.custom_installments)
        return self.term_months


@dataclass(frozen=True, slots=True)
class Installment:
    """One instalment of a schedule, derived from a Loan by schedule.build_schedule; never stored.

    A plain dataclass rather than a pydantic model: nothing outside is ever validated into one, and a
    thousand 30-year mortgages make 360,000 of them (a model takes four times the memory and time).
    """

    number: int  # 1-based
    due_date: date
    principal: Decimal
    interest: Decimal  # interest or, for flat_fee loans, the monthly fee
    amount: Decimal  # principal + interest: what settles the instalment
    minimum: Decimal  # what avoids being overdue: the amount, or a card's minimum payment
    balance_after: Decimal  # principal still owed after this instalment is paid


class Payment(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    loan_id: str = Field(min_length=1, max_length=64)
    paid_on: LoanDate
    # For a prepayment: the principal prepaid (interest on it up to paid_on is charged with the next
    # instalment, see docs/money.md); otherwise what was paid towards the instalments.
    amount: PositiveMoney
    note: str = Field(default="", max_length=1000)
    # 提前还款 (issue 13): None for an ordinary payment. A prepayment reduces the principal and the
    # schedule is re-worked from paid_on; the fee is what the bank charged besides the amount.
    prepayment: PrepaymentMode | None = None
    prepayment_fee: Money = Decimal("0.00")

    @model_validator(mode="after")
    def _fee_needs_prepayment(self) -> Payment:
        if self.prepayment_fee and self.prepayment is None:
            raise FieldProblem("prepayment_fee", "payment.fee_needs_prepayment")
        return self


class ContactChannel(StrEnum):
    call = "call"
    sms = "sms"
    letter = "letter"
    visit = "visit"
    app_message = "app_message"
    email = "email"
    agreement = "agreement"
    other = "other"


class ContactDirection(StrEnum):
    incoming = "incoming"  # the lender or a collector reached the borrower
    outgoing = "outgoing"  # the borrower reached out


class Counterparty(StrEnum):
    lender = "lender"
    collector = "collector"  # an outsourced collection agency
    lawyer = "lawyer"
    court = "court"
    other = "other"


class ContactedParty(StrEnum):
    """Whom the lender's side reached in an incoming contact (the collection rules treat them apart)."""

    borrower = "borrower"
    guarantor = "guarantor"  # a guarantor or co-borrower: a party to the debt, not a third party
    family = "family"
    employer = "employer"  # the employer or a colleague
    friend = "friend"
    other = "other"  # anyone else


class ConductFlag(StrEnum):
    """What a collector did that the collection-conduct rules forbid; the borrower ticks what happened."""

    threats = "threats"
    violence = "violence"
    insults = "insults"
    impersonating_authorities = "impersonating_authorities"  # posed as police, court or government
    public_exposure = "public_exposure"  # public notices, messages to the phone's contacts, posted letters
    disclosed_debt = "disclosed_debt"  # a third party was told of the debt
    pressing_third_party = "pressing_third_party"  # a third party was asked to pay
    no_identification = "no_identification"  # visitors did not show ID or say who they were


# A phone may list dozens of missed calls from one number; one entry can stand for all of them.
MAX_CALL_ATTEMPTS = 200


class ContactEvent(BaseModel):
    """A dated entry of the contact log: evidence of what was said, agreed or done.

    The fields after the promise serve the harassment check (app/rules/conduct.py); all have defaults,
    so entries logged before they existed load unchanged.
    """

    model_config = ConfigDict(extra="forbid")

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    loan_id: str = Field(min_length=1, max_length=64)
    at: PlausibleInstant
    channel: ContactChannel
    direction: ContactDirection
    counterparty: Counterparty = Counterparty.lender
    who: str = Field(default="", max_length=200)
    summary: str = Field(default="", max_length=5000)
    # A promise to pay made in this contact, and whether it was kept: the rule engine counts broken ones.
    promised_amount: Money | None = None
    promised_date: LoanDate | None = None
    promise_kept: bool | None = None
    # Incoming contacts: whom they reached, whether a call got through (None: not noted), how many calls
    # the entry stands for, whether a visit was announced, and what the collector did that is forbidden.
    contacted: ContactedParty = ContactedParty.borrower
    answered: bool | None = None
    attempts: int = Field(default=1, ge=1, le=MAX_CALL_ATTEMPTS)
    announced: bool | None = None
    conduct: list[ConductFlag] = Field(default_factory=list, max_length=len(ConductFlag))

    @field_validator("conduct", mode="before")
    @classmethod
    def _each_flag_once(cls, value: object) -> object:
        # Stored in one order whatever the input's, so a backup exports the same bytes after a re-import.
        if isinstance(value, list) and all(isinstance(flag, str) for flag in value):
            order = list(ConductFlag)
            known = [flag for flag in order if flag.value in value]
            unknown = [flag for flag in value if flag not in {member.value for member in order}]
            return [*known, *unknown]  # unknown names stay, so the enum check names them
        return value

    @model_validator(mode="after")
    def _attempts_are_calls(self) -> ContactEvent:
        if self.attempts != 1 and self.channel is not ContactChannel.call:
            raise FieldProblem("attempts", "contact.attempts_calls_only")
        return self


Language = Literal["system", "zh_CN", "en"]


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    language: Language = "system"
    # Days before a due date on which to remind; 0 is the due date itself.
    reminder_lead_days: list[int] = Field(default_factory=lambda: [7, 3, 1, 0], max_length=10)
    reminder_time: time = time(9, 0)
    quiet_hours_start: time | None = time(22, 0)
    quiet_hours_end: time | None = time(8, 0)
    currency_display: Literal["symbol", "code"] = "symbol"
    autostart: bool = False
    tray_hint_shown: bool = False
    sample_data_loaded: bool = False

    @field_validator("reminder_lead_days")
    @classmethod
    def _lead_days(cls, days: list[int]) -> list[int]:
        for day in days:
            if not 0 <= day <= 60:
                raise ValueError("each lead day must be between 0 and 60")
        return sorted(set(days), reverse=True)

    @field_validator("reminder_time", "quiet_hours_start", "quiet_hours_end")
    @classmethod
    def _whole_minutes(cls, value: time | None) -> time | None:
        return value.replace(second=0, microsecond=0, tzinfo=None) if value else value


def default_grace_days(kind: LoanKind) -> int:
    """Cards commonly get about 3 days' grace (容时) under the 2013 banking-association pact."""
    return 3 if kind is LoanKind.credit_card else 0
