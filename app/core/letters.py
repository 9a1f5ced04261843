"""Letter drafts: a negotiation letter (个性化分期 / 展期 request) and a call script, filled from the
templates in resources/templates/ with the loan's facts and the plan the borrower proposes.

Three pure steps, each testable alone:
1. letter_facts(loan, position): what the schedule says: what is owed today, what is overdue since when;
2. propose_plan(facts, choices): the plan's dated payments, exact to the cent;
3. draft_text(facts, choices): the template of the chosen document and language, every placeholder filled.

What the plan repays is what the borrower owes today (owed_now): every instalment already due, in full,
plus the principal of the instalments not yet due. Future interest and fees are left out on purpose: they
are not owed yet, and the letter asks the lender to state what it adds for the plan (a plan that spread
the whole scheduled interest would offer the lender interest for months the money is already repaid).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NamedTuple

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from app.core.due import Standing, standing
from app.core.errors import FieldProblem, RepayRadarError
from app.core.i18n import Lang, date_text, message
from app.core.models import (
    CENT,
    Loan,
    LoanDate,
    LoanKind,
    PositiveMoney,
    RepaymentMethod,
)
from app.core.money_text import money_text
from app.core.overview import LoanSummary
from app.core.schedule import InstallmentStatus, LoanPosition
from app.core.templates import TemplateSyntaxError, fill_document, template_fields
from app.resources import resource_path

ZERO = Decimal("0.00")
# Art. 70 of the 2011 credit-card regulation caps a personalised instalment agreement at 5 years; banks
# apply the same ceiling to negotiated plans for other consumer loans, so the app proposes no longer one.
MAX_PLAN_MONTHS = 60
# An extension of a long loan (a mortgage) may run for decades; the model's own term limit bounds it.
MAX_EXTENDED_PAYMENTS = 480
# A plan whose first payment is more than a year away is no plan a lender would consider.
MAX_START_AHEAD = timedelta(days=366)
# Up to this many payments the letter lists each; longer plans are told as runs of equal payments.
LISTED_PAYMENTS = 12
BLANK = "____"

TEMPLATE_DIR = "templates"


class LetterDocument(StrEnum):
    negotiation_letter = "negotiation_letter"  # sent to the lender: the request in writing
    call_script = "call_script"  # read from during a phone call to the lender


class PlanKind(StrEnum):
    instalments = "instalments"  # what is owed, split over N equal monthly payments
    extension = "extension"  # the repayment term runs M months longer than the contract's
    reduced = "reduced"  # a smaller monthly amount the borrower can afford, until all is repaid


Text = Annotated[str, StringConstraints(strip_whitespace=True)]


class LetterChoices(BaseModel):
    """What the borrower chooses and types in the letter dialog (nothing of it is stored)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    document: LetterDocument = LetterDocument.negotiation_letter
    lang: Lang = "zh_CN"
    borrower_name: Annotated[Text, Field(max_length=100)] = ""
    borrower_phone: Annotated[Text, Field(max_length=40)] = ""
    # A contract number, or a card's last digits: lenders find the account by it.
    account_ref: Annotated[Text, Field(max_length=60)] = ""
    hardship: Annotated[Text, Field(max_length=3000)] = ""
    plan_kind: PlanKind = PlanKind.instalments
    months: int = Field(default=12, ge=1, le=MAX_PLAN_MONTHS)
    monthly_amount: PositiveMoney | None = None
    start: LoanDate

    @model_validator(mode="after")
    def _amount_for_reduced_plan(self) -> LetterChoices:
        if self.plan_kind is PlanKind.reduced and self.monthly_amount is None:
            raise FieldProblem("monthly_amount", "letters.monthly_amount_required")
        return self


@dataclass(frozen=True, slots=True)
class LetterFacts:
    """What the schedule and the payments say about one loan on one day, as a letter needs it."""

    as_of: date
    lender: str
    loan_name: str
    kind: LoanKind
    is_card_statement: bool
    currency: str
    principal: Decimal
    loan_start: date
    due_day: int
    final_due_date: date  # the contract's last due date
    days_past_due: int
    overdue_amount: Decimal
    overdue_installments: int
    overdue_since: date | None  # the due date of the oldest instalment overdue now
    # The instalment to pay next, as the loans list and the tray name it (app.core.overview, app.core.due):
    # one past its due date but within grace, else the first unpaid one due today or later.
    next_due_date: date | None
    next_due_amount: Decimal  # what is left of it
    next_due_in_grace: bool
    current_payment: Decimal | None  # the regular monthly amount the plan would replace
    due_now: Decimal  # instalments due by as_of, still unpaid, interest included
    principal_not_due: Decimal  # principal of the instalments due after as_of

    @property
    def owed_now(self) -> Decimal:
        return self.due_now + self.principal_not_due


def letter_facts(loan: Loan, where: LoanPosition) -> LetterFacts:
    """The letter's facts from the loan and its position (which must hold the whole schedule)."""
    as_of = where.as_of
    due_now = principal_not_due = ZERO
    overdue_since = None
    first_unpaid = None
    for state in where.states:
        if not state.outstanding:
            continue
        row = state.installment
        if first_unpaid is None:
            first_unpaid = state
        if row.due_date <= as_of:
            due_now += state.outstanding
        else:
            # Payments cover an instalment's interest before its principal, as schedule.position does.
            principal_not_due += min(state.outstanding, row.principal)
        if overdue_since is None and state.status is InstallmentStatus.overdue:
            overdue_since = row.due_date
    principal = loan.principal
    if where.card is not None:
        # A card's older statements live on in the newest (their states hold only unpaid minimums the
        # newest includes): what it owes today is its whole balance, interest and fees to date, and the
        # statement the letter names is the newest.
        due_now, principal_not_due = where.card.full_balance, ZERO
        principal = where.card.statements[-1].balance
    next_due = LoanSummary(loan, where).next_due_state
    regular = next_due or first_unpaid
    schedule_end = where.states[-1].installment.due_date if where.states else loan.start_date
    return LetterFacts(
        as_of=as_of,
        lender=loan.lender,
        loan_name=loan.display_name,
        kind=loan.kind,
        is_card_statement=loan.method is RepaymentMethod.credit_card,
        currency=loan.currency,
        principal=principal,
        loan_start=loan.start_date,
        due_day=loan.due_day,
        final_due_date=schedule_end,
        days_past_due=where.days_past_due,
        overdue_amount=where.overdue_amount,
        overdue_installments=where.overdue_installments,
        overdue_since=overdue_since,
        next_due_date=next_due.installment.due_date if next_due else None,
        next_due_amount=next_due.outstanding if next_due else ZERO,
        next_due_in_grace=next_due is not None and standing(next_due, as_of, loan.grace_days) is Standing.in_grace,
        current_payment=regular.installment.minimum if regular else None,
        due_now=due_now,
        principal_not_due=principal_not_due,
    )


def default_plan_start(facts: LetterFacts) -> date:
    """The loan's own due day in the coming month or so: the rhythm the borrower's budget already has."""
    day = facts.as_of + timedelta(days=1)
    candidate = day + relativedelta(day=facts.due_day)
    return candidate if candidate >= day else day + relativedelta(months=1, day=facts.due_day)


# The shortest plan the letter proposes by default: a year of payments, the usual floor of a negotiated
# 个性化分期; longer when the remaining term is longer or a year would not lower the monthly payment.
DEFAULT_PLAN_MONTHS = 12


def default_plan(facts: LetterFacts) -> tuple[PlanKind, int]:
    """The plan the letter proposes before the borrower changes anything: what is owed, spread over the
    remaining term or longer, so that each payment is LESS than the contract's monthly payment (a
    negotiation letter asks for relief, never for more a month). Equal instalments while at most 5 years
    (MAX_PLAN_MONTHS) do that; otherwise the shortest extension of the term that does."""
    start = default_plan_start(facts)
    remaining = months_through(start, facts.final_due_date)
    owed = facts.owed_now
    contract = facts.current_payment

    def lower(count: int) -> bool:
        return contract is None or owed <= ZERO or split_evenly(owed, count)[0] < contract

    for count in range(max(remaining, DEFAULT_PLAN_MONTHS), MAX_PLAN_MONTHS + 1):
        if lower(count):
            return PlanKind.instalments, count
    for months in range(1, MAX_PLAN_MONTHS + 1):
        count = months_through(start, facts.final_due_date + relativedelta(months=months))
        if count <= MAX_EXTENDED_PAYMENTS and lower(count):
            return PlanKind.extension, months
    return PlanKind.instalments, MAX_PLAN_MONTHS  # nothing lowers it: the longest plan, the least a month


def asks_more_than_contract(facts: LetterFacts, plan: ProposedPlan) -> bool:
    """Whether the plan's regular payment is more than the contract's monthly payment: a plan of several
    payments that asks more a month than the contract offers the lender no reason to agree to it."""
    contract = facts.current_payment
    return contract is not None and plan.count > 1 and plan.regular_amount > contract


# ------------------------------------------------------------------------------------- the plan


class PlannedPayment(NamedTuple):
    number: int  # 1-based
    due_date: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class ProposedPlan:
    kind: PlanKind
    payments: tuple[PlannedPayment, ...]
    total: Decimal
    months: int  # what the borrower chose: instalments, or months of extension
    old_end: date  # the contract's last due date
    new_end: date | None  # an extension's new last due date

    @property
    def count(self) -> int:
        return len(self.payments)

    @property
    def regular_amount(self) -> Decimal:
        return self.payments[0].amount

    @property
    def last_amount(self) -> Decimal:
        return self.payments[-1].amount

    @property
    def first_date(self) -> date:
        return self.payments[0].due_date

    @property
    def last_date(self) -> date:
        return self.payments[-1].due_date


class PlanProblem(RepayRadarError):
    """A plan the loan's facts do not allow; ``field`` names the choice to change ("" for none)."""

    def __init__(self, field: str, key: str, /, **params: object) -> None:
        self.field = field
        super().__init__(key, **params)


def monthly_dates(start: date, count: int) -> list[date]:
    """``start`` and the same day of the following months; a 31st falls on a shorter month's last day
    and comes back to the 31st after it (each date is counted from start, never from the one before)."""
    return [start + relativedelta(months=offset) for offset in range(count)]


def months_through(start: date, end: date) -> int:
    """How many of monthly_dates(start, ...) fall on or before ``end`` (0 when end < start)."""
    offset = (end.year - start.year) * 12 + end.month - start.month
    if offset >= 0 and start + relativedelta(months=offset) > end:
        offset -= 1
    return max(offset + 1, 0)


def split_evenly(total: Decimal, count: int) -> list[Decimal]:
    """``count`` equal amounts rounded down to the cent, the remainder in the last: they add up to total
    exactly and no payment is below the others."""
    regular = (total / count).quantize(CENT, ROUND_DOWN)
    return [regular] * (count - 1) + [total - regular * (count - 1)]


def fixed_then_rest(total: Decimal, amount: Decimal) -> list[Decimal]:
    """``amount`` each time until total is repaid; the last payment is what is left (at most amount)."""
    count = int((total / amount).to_integral_value(ROUND_CEILING))
    return [amount] * (count - 1) + [total - amount * (count - 1)]


def propose_plan(facts: LetterFacts, choices: LetterChoices) -> ProposedPlan:
    """The payments of the plan ``choices`` describe; PlanProblem says in words what does not fit."""
    owed = facts.owed_now
    if owed <= ZERO:
        raise PlanProblem("", "letters.nothing_owed")
    start = choices.start
    if start < facts.as_of:
        raise PlanProblem("start", "letters.start_in_past", today=facts.as_of.isoformat())
    if start > facts.as_of + MAX_START_AHEAD:
        latest = facts.as_of + MAX_START_AHEAD
        raise PlanProblem("start", "letters.start_too_far", latest=latest.isoformat())
    new_end = None
    money = _money(facts)
    if choices.plan_kind is PlanKind.instalments:
        amounts = split_evenly(owed, choices.months)
    elif choices.plan_kind is PlanKind.extension:
        new_end = facts.final_due_date + relativedelta(months=choices.months)
        count = months_through(start, new_end)
        if count < 1:
            raise PlanProblem(
                "months", "letters.extension_too_short", old_end=facts.final_due_date.isoformat(),
                months=choices.months, new_end=new_end.isoformat(), start=start.isoformat(),
            )
        if count > MAX_EXTENDED_PAYMENTS:
            raise PlanProblem(
                "months", "letters.extension_too_long", new_end=new_end.isoformat(), count=count,
                limit=MAX_EXTENDED_PAYMENTS,
            )
        amounts = split_evenly(owed, count)
    else:
        amount = choices.monthly_amount
        assert amount is not None  # LetterChoices requires it for a reduced plan
        if amount >= owed:
            raise PlanProblem("monthly_amount", "letters.amount_not_below_owed", amount=money(amount),
                              owed=money(owed))
        amounts = fixed_then_rest(owed, amount)
        if len(amounts) > MAX_PLAN_MONTHS:
            minimum = (owed / MAX_PLAN_MONTHS).quantize(CENT, ROUND_CEILING)
            raise PlanProblem(
                "monthly_amount", "letters.amount_too_small", amount=money(amount), count=len(amounts),
                limit=MAX_PLAN_MONTHS, minimum=money(minimum),
            )
    dates = monthly_dates(start, len(amounts))
    payments = tuple(
        PlannedPayment(number, due, amount) for number, (due, amount) in enumerate(zip(dates, amounts), 1)
    )
    return ProposedPlan(choices.plan_kind, payments, owed, choices.months, facts.final_due_date, new_end)


# ----------------------------------------------------------------------------------- the words

# Every placeholder a template may use. Each is filled in every document, so a template may use any.
PLACEHOLDERS = frozenset(
    {
        "letter_title", "letter_date", "lender", "borrower_name", "borrower_phone", "loan_kind",
        "loan_name", "account_ref", "loan_terms", "overdue_status", "hardship", "owed_now",
        "plan_summary", "plan_schedule", "plan_total", "first_payment", "first_payment_date",
        "legal_basis",
    }
)


def _money(facts: LetterFacts):
    return lambda amount: money_text(amount, facts.currency)


def placeholder_values(facts: LetterFacts, choices: LetterChoices, plan: ProposedPlan) -> dict[str, str]:
    """The text of every placeholder in the chosen language; blanks the borrower left empty become
    visible prompts ("[your full name]"), so a draft never goes out with a silent gap."""
    lang = choices.lang
    money = _money(facts)
    account = choices.account_ref or BLANK
    account_key = "letters.account.card" if facts.kind is LoanKind.credit_card else "letters.account.contract"
    values = {
        "letter_title": _title(facts, plan, lang),
        "letter_date": date_text(facts.as_of, lang),
        "lender": facts.lender,
        "borrower_name": choices.borrower_name or message("letters.blank.name", lang),
        "borrower_phone": choices.borrower_phone or message("letters.blank.phone", lang),
        "loan_kind": message(f"letters.kind.{facts.kind.value}", lang),
        "loan_name": facts.loan_name,
        "account_ref": message(account_key, lang, ref=account),
        "loan_terms": _terms(facts, lang),
        "overdue_status": _overdue_status(facts, lang),
        "hardship": choices.hardship or message("letters.blank.hardship", lang),
        "owed_now": _owed_now(facts, lang),
        "plan_summary": _plan_summary(facts, plan, lang),
        "plan_schedule": plan_schedule_text(plan, facts.currency, lang),
        "plan_total": money(plan.total),
        "first_payment": money(plan.regular_amount),
        "first_payment_date": date_text(plan.first_date, lang),
        "legal_basis": _legal_basis(facts, plan, lang),
    }
    assert set(values) == PLACEHOLDERS
    return values


def _title(facts: LetterFacts, plan: ProposedPlan, lang: Lang) -> str:
    if plan.kind is PlanKind.instalments:
        if facts.kind is LoanKind.credit_card:
            return message("letters.title.instalments_card", lang)
        return message("letters.title.instalments", lang)
    return message(f"letters.title.{plan.kind.value}", lang)


def _terms(facts: LetterFacts, lang: Lang) -> str:
    money = _money(facts)
    if facts.is_card_statement:
        return message("letters.terms.card", lang, principal=money(facts.principal),
                       due=date_text(facts.final_due_date, lang))
    return message("letters.terms.loan", lang, principal=money(facts.principal),
                   start=date_text(facts.loan_start, lang), end=date_text(facts.final_due_date, lang))


def _overdue_status(facts: LetterFacts, lang: Lang) -> str:
    money = _money(facts)
    if facts.overdue_installments and facts.overdue_since is not None:
        if facts.is_card_statement:
            key = "letters.overdue.card"  # a statement has one due date; its minimum is what is overdue
        elif facts.overdue_installments == 1:
            key = "letters.overdue.one"
        else:
            key = "letters.overdue.many"
        return message(key, lang, amount=money(facts.overdue_amount),
                       since=date_text(facts.overdue_since, lang),
                       days=facts.days_past_due, today=date_text(facts.as_of, lang),
                       count=facts.overdue_installments)
    if facts.next_due_date is not None:
        # Due already but within the lender's grace days: not overdue yet, not to be put off either.
        key = "letters.overdue.in_grace" if facts.next_due_in_grace else "letters.overdue.none"
        return message(key, lang, amount=money(facts.next_due_amount), date=date_text(facts.next_due_date, lang))
    return message("letters.overdue.nothing_due", lang)


def _owed_now(facts: LetterFacts, lang: Lang) -> str:
    money = _money(facts)
    if not facts.principal_not_due:
        return message("letters.owed.all_due", lang, owed=money(facts.owed_now))
    if not facts.due_now:
        return message("letters.owed.none_due", lang, owed=money(facts.owed_now))
    return message("letters.owed.split", lang, owed=money(facts.owed_now), due=money(facts.due_now),
                   principal=money(facts.principal_not_due))


def _plan_summary(facts: LetterFacts, plan: ProposedPlan, lang: Lang) -> str:
    money = _money(facts)
    last_note = (
        message("letters.plan.last_note", lang, last=money(plan.last_amount))
        if plan.last_amount != plan.regular_amount
        else ""
    )
    common = {
        "total": money(plan.total),
        "count": plan.count,
        "amount": money(plan.regular_amount),
        "last_note": last_note,
        "start": date_text(plan.first_date, lang),
        "end": date_text(plan.last_date, lang),
    }
    if plan.kind is PlanKind.instalments:
        if plan.count == 1:
            return message("letters.plan.single", lang, total=common["total"], start=common["start"])
        return message("letters.plan.instalments", lang, **common)
    if plan.kind is PlanKind.extension:
        assert plan.new_end is not None
        extension = {
            "months": plan.months,
            "old_end": date_text(plan.old_end, lang),
            "new_end": date_text(plan.new_end, lang),
        }
        if plan.count == 1:
            return message("letters.plan.extension_single", lang, total=common["total"],
                           start=common["start"], **extension)
        return message("letters.plan.extension", lang, **common, **extension)
    current = money(facts.current_payment) if facts.current_payment is not None else BLANK
    return message("letters.plan.reduced", lang, **common, current=current)


def plan_schedule_text(plan: ProposedPlan, currency: str, lang: Lang) -> str:
    """The payments, one line each; a longer plan as runs of equal payments ("1–59: ¥82.20 each ...")."""
    lines = []
    if plan.count <= LISTED_PAYMENTS:
        for payment in plan.payments:
            lines.append(message("letters.schedule.one", lang, number=payment.number,
                                 amount=money_text(payment.amount, currency),
                                 date=date_text(payment.due_date, lang)))
        return "\n".join(f"  {line}" for line in lines)
    run_start = 0
    payments = plan.payments
    for index in range(1, len(payments) + 1):
        if index < len(payments) and payments[index].amount == payments[run_start].amount:
            continue
        first, last = payments[run_start], payments[index - 1]
        if first is last:
            lines.append(message("letters.schedule.one", lang, number=first.number,
                                 amount=money_text(first.amount, currency), date=date_text(first.due_date, lang)))
        else:
            lines.append(message("letters.schedule.run", lang, first=first.number, last=last.number,
                                 amount=money_text(first.amount, currency),
                                 start=date_text(first.due_date, lang), end=date_text(last.due_date, lang)))
        run_start = index
    return "\n".join(f"  {line}" for line in lines)


def _legal_basis(facts: LetterFacts, plan: ProposedPlan, lang: Lang) -> str:
    if facts.kind is LoanKind.credit_card:
        return message("letters.basis.card_art70", lang)
    if plan.kind is PlanKind.extension:
        return message("letters.basis.civil_code_678", lang)
    return message("letters.basis.agreement", lang)


# ------------------------------------------------------------------------------------ templates


class TemplateProblem(RepayRadarError):
    """A shipped template that is missing or damaged: the installation, not the user, is at fault."""


def template_path(document: LetterDocument | str, lang: Lang) -> Path:
    return resource_path(TEMPLATE_DIR, f"{LetterDocument(document).value}_{lang}.txt")


def template_placeholders(text: str) -> set[str]:
    """The {name} placeholders a template text uses (TemplateSyntaxError for a stray brace)."""
    return template_fields(text)


def load_template(document: LetterDocument | str, lang: Lang) -> str:
    path = template_path(document, lang)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise TemplateProblem("letters.template_missing", template=path.name) from None


def fill_template(text: str, values: dict[str, str], name: str) -> str:
    """``text`` with every {placeholder} filled in one pass; TemplateProblem if one is unknown or a
    brace is left that is no placeholder. Nothing is ever left unfilled or filled with an empty string."""
    try:
        used = template_fields(text)
    except TemplateSyntaxError as error:
        raise TemplateProblem("letters.template_bad_brace", template=name, line=error.line) from None
    unknown = sorted(used - set(values))
    if unknown:
        raise TemplateProblem("letters.template_unknown_placeholder", template=name, names=", ".join(unknown))
    empty = sorted(placeholder for placeholder in used if not values[placeholder].strip())
    if empty:
        raise ValueError(f"placeholders left empty in {name}: {empty}")  # a programming error
    return fill_document(text, values)


@dataclass(frozen=True, slots=True)
class LetterDraft:
    text: str
    plan: ProposedPlan


def draft(facts: LetterFacts, choices: LetterChoices) -> LetterDraft:
    """The document ``choices`` asks for, in its language, ready to edit and send, with its plan."""
    plan = propose_plan(facts, choices)
    template = load_template(choices.document, choices.lang)
    values = placeholder_values(facts, choices, plan)
    return LetterDraft(fill_template(template, values, template_path(choices.document, choices.lang).name), plan)


def draft_text(facts: LetterFacts, choices: LetterChoices) -> str:
    return draft(facts, choices).text
