"""What-if plans: what changes in the estimate if the borrower acts, compared honestly with not acting.

A Plan combines up to two of three actions: a payment ("I pay X on date D"), and one stance towards the
lender, either "I call the lender now and ask for instalments" or "I stay unreachable". Both sides of the
comparison are looked at on the same day: the payment's date, or today when the plan has no payment. So
"pay 1,644 by the 20th" compares, on the 20th, not paying (the debt a few days older) with paying; a
stance alone compares today's answers with the new ones, today.

Both scenarios come from the same path the app's own estimate takes (schedule.position with the
hypothetical payment added, scenario.scenario_for_loan, engine.assess); nothing here decides what a lender
does. Comparing the two assessments gives plain sentences, each naming the rules behind its conclusion.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from app.core.errors import RepayRadarError
from app.core.i18n import Lang, message, plural_text
from app.core.models import ContactEvent, Loan, Payment
from app.core.money_text import money_text
from app.core.schedule import position
from app.rules.assessment import Assessment, TimelineEntry
from app.rules.debt_order import Debt, pay_first, share_of
from app.rules.engine import assess, likelihood_word
from app.rules.pack import RulePack
from app.rules.scenario import Scenario, ScenarioBehaviour, scenario_for_loan
from app.rules.vocabulary import Action, LikelihoodWord, RiskLevel

# A payment is planned within the year the timeline covers; further out the estimate says nothing.
PLAN_HORIZON_DAYS = 365
# The suggested payment date: soon enough to matter, late enough to find the money.
SUGGESTED_DAYS_AHEAD = 3
CENT = Decimal("0.01")

class Stance(StrEnum):
    """How the borrower deals with the lender from today (the two exclude each other)."""

    call_for_instalments = "call_for_instalments"
    stay_unreachable = "stay_unreachable"


@dataclass(frozen=True, slots=True)
class PlannedPayment:
    amount: Decimal
    on: date


@dataclass(frozen=True, slots=True)
class Plan:
    payment: PlannedPayment | None = None
    stance: Stance | None = None

    @property
    def is_empty(self) -> bool:
        return self.payment is None and self.stance is None


class PlanProblem(RepayRadarError):
    """A plan that cannot be compared; ``field`` ("amount" or "date") says which control is at fault."""

    def __init__(self, field: str, key: str, /, **params: object) -> None:
        self.field = field
        super().__init__(key, **params)


# ------------------------------------------------------------------------------ reading the input


def parse_amount(text: str) -> Decimal:
    """The amount a person typed ("1,644", "1644.5", "¥ 1 644.00"), or a PlanProblem saying what is wrong."""
    cleaned = text.strip()
    for noise in (",", "，", " ", "\u00a0", "¥", "￥"):
        cleaned = cleaned.replace(noise, "")
    if not cleaned:
        raise PlanProblem("amount", "whatif.amount_missing")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise PlanProblem("amount", "whatif.amount_not_number", text=text.strip()) from None
    if not amount.is_finite():
        raise PlanProblem("amount", "whatif.amount_not_number", text=text.strip())
    if amount <= 0:
        raise PlanProblem("amount", "whatif.amount_not_positive")
    if amount != amount.quantize(CENT):
        raise PlanProblem("amount", "whatif.amount_cents")
    return amount.quantize(CENT)


def read_plan(amount_text: str | None, on: date | None, stance: Stance | None) -> Plan:
    """The Plan the controls describe; ``amount_text`` None means no payment is planned."""
    payment = None
    if amount_text is not None:
        amount = parse_amount(amount_text)
        if on is None:
            raise PlanProblem("date", "whatif.date_missing")
        payment = PlannedPayment(amount, on)
    return Plan(payment, stance)


def read_budget_plan(
    budget_text: str, loan_id: str, debts: Sequence[Debt], today: date, on: date, pack: RulePack,
    stance: Stance | None = None,
) -> Plan:
    """"I have ¥X this month": the plan that pays this loan its share of X, the share the several-debts
    order gives it (app/rules/debt_order.py); an empty plan when the money does not reach it."""
    budget = parse_amount(budget_text)
    share = share_of(pay_first(debts, budget, today, pack, "en"), loan_id)
    payment = PlannedPayment(share, on) if share > 0 else None
    return Plan(payment, stance)


@dataclass(frozen=True, slots=True)
class PaymentSuggestion:
    """What the payment controls start with, and the range of dates a plan may use."""

    amount: Decimal | None  # None when nothing is owed
    on: date
    earliest: date
    latest: date
    owed: Decimal  # everything still owed on the loan


def suggest_payment(loan: Loan, payments: Sequence[Payment], today: date) -> PaymentSuggestion:
    """Pay what it will take to be current a few days from now (the overdue instalments with the penalty
    interest and fees run up by then); if nothing is overdue, the next instalment."""
    on = today + timedelta(days=SUGGESTED_DAYS_AHEAD)
    where = position(loan, payments, on)
    amount: Decimal | None = where.amount_to_become_current
    if not amount:
        amount = where.next_due.outstanding if where.next_due is not None else where.payoff_amount
    return PaymentSuggestion(
        amount=amount or None,
        on=on,
        earliest=today,
        latest=today + timedelta(days=PLAN_HORIZON_DAYS),
        owed=where.payoff_amount,
    )


# -------------------------------------------------------------------------------- the two scenarios


@dataclass(frozen=True, slots=True)
class PlanScenarios:
    look_at: date  # both scenarios stand on this day
    baseline: Scenario  # carrying on as now
    planned: Scenario
    today: Scenario  # where the loan stands today: what has already begun, no plan can undo
    overdue_before: Decimal
    overdue_after: Decimal
    owed_after: Decimal


def _with_stance(behaviour: ScenarioBehaviour, stance: Stance | None) -> ScenarioBehaviour:
    if stance is Stance.call_for_instalments:
        # Calling to ask for instalments is contact, a stated hardship and a negotiation under way; it is
        # not yet an agreement (the lender may refuse), so agreement_in_place stays as it was.
        update = {"reachable": True, "evading": False, "communicating": True, "negotiating": True,
                  "hardship_reported": True}
    elif stance is Stance.stay_unreachable:
        # What the lender already knows (a hardship reported, promises broken or kept) stays known.
        update = {"reachable": False, "evading": True, "communicating": False, "negotiating": False}
    else:
        return behaviour
    return behaviour.model_copy(update=update)


def _check_payment(payment: PlannedPayment, loan: Loan, payments: Sequence[Payment], today: date) -> None:
    if payment.on < today:
        raise PlanProblem("date", "whatif.date_past", date=payment.on.isoformat(), today=today.isoformat())
    latest = today + timedelta(days=PLAN_HORIZON_DAYS)
    if payment.on > latest:
        raise PlanProblem("date", "whatif.date_too_far", date=payment.on.isoformat(), latest=latest.isoformat())
    # What settles the whole loan that day (principal, interest to that day, penalty and fees); future
    # interest is not owed, so a payment above this cannot happen.
    owed = position(loan, payments, payment.on).payoff_amount
    if not owed:
        raise PlanProblem("amount", "whatif.nothing_owed")
    if payment.amount > owed:
        raise PlanProblem(
            "amount",
            "whatif.amount_above_owed",
            amount=money_text(payment.amount, loan.currency),
            owed=money_text(owed, loan.currency),
        )


def plan_scenarios(
    loan: Loan,
    payments: Sequence[Payment],
    contacts: Iterable[ContactEvent],
    today: date,
    plan: Plan,
) -> PlanScenarios:
    """The loan's scenario without and with the plan, both on the plan's day; PlanProblem if the plan
    cannot happen (a date past or too far, more than is owed)."""
    contacts = list(contacts)
    look_at = today
    planned_payments = list(payments)
    if plan.payment is not None:
        _check_payment(plan.payment, loan, payments, today)
        look_at = plan.payment.on
        planned_payments.append(Payment(loan_id=loan.id, paid_on=plan.payment.on, amount=plan.payment.amount))
    before = position(loan, payments, look_at)
    after = position(loan, planned_payments, look_at)
    baseline = scenario_for_loan(loan, before, contacts, look_at, payments)
    planned = scenario_for_loan(loan, after, contacts, look_at, planned_payments)
    planned = planned.model_copy(update={"behaviour": _with_stance(planned.behaviour, plan.stance)})
    current = baseline if look_at == today else scenario_for_loan(
        loan, position(loan, payments, today), contacts, today, payments
    )
    # "Overdue" here is what it takes to be current: the instalments with their penalty and fees, so a
    # plan that pays the instalments but not the penalty is not said to leave nothing owing.
    return PlanScenarios(look_at, baseline, planned, current, before.amount_to_become_current,
                         after.amount_to_become_current, after.outstanding)


# ------------------------------------------------------------------------------------ the comparison


@dataclass(frozen=True, slots=True)
class Likelihood:
    value: float
    word: LikelihoodWord
    text: str


@dataclass(frozen=True, slots=True)
class StepChange:
    """One collection step on the plan's day, without and with the plan."""

    action: Action
    label: str
    now_before: Likelihood  # under way by the plan's day
    now_after: Likelihood
    from_day_before: int  # the earliest day (overdue) it can come
    from_day_after: int
    eventual_before: Likelihood  # if the debt stays unpaid
    eventual_after: Likelihood
    rules: tuple[str, ...]  # the rules behind the difference
    begun: bool = False  # already under way today: no plan undoes it

    @property
    def now_changed(self) -> bool:
        return self.now_before.word is not self.now_after.word

    @property
    def eventual_changed(self) -> bool:
        return self.eventual_before.word is not self.eventual_after.word

    @property
    def changed(self) -> bool:
        return (
            self.now_changed
            or self.from_day_before != self.from_day_after
            or self.eventual_before.word is not self.eventual_after.word
        )


@dataclass(frozen=True, slots=True)
class RiskChange:
    level_before: RiskLevel
    level_after: RiskLevel
    label_before: str
    label_after: str
    score_before: int
    score_after: int
    rules: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return self.score_before != self.score_after or self.level_before is not self.level_after


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    rules: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Comparison:
    plan: Plan
    today: date
    look_at: date
    baseline: Assessment  # on look_at, carrying on as now
    planned: Assessment  # on look_at, with the plan
    days_before: int
    days_after: int
    field_visit: StepChange
    steps: tuple[StepChange, ...]  # timeline order, field visit included
    risk: RiskChange
    sentences: tuple[Sentence, ...]

    @property
    def changed(self) -> bool:
        """Whether any conclusion of the estimate differs (the days overdue alone do not count)."""
        return self.risk.changed or any(step.changed for step in self.steps)


def _likelihood(value: float, pack: RulePack, lang: Lang) -> Likelihood:
    word = likelihood_word(value, pack.judgement)
    return Likelihood(value, word, pack.labels.likelihood[word].text(lang))


def _begun(entry: TimelineEntry | None, days_today: int, pack: RulePack) -> bool:
    """A step that has reached its first day by today and is "very likely" under way has as good as
    happened: an SMS sent, calls made, a record reported. Paying later stops what follows, never what is
    done. (A step only "possible" by today may not have happened; its chance is compared as it is.)"""
    return (
        entry is not None
        and days_today > 0
        and entry.from_day <= days_today
        and entry.likelihood_now >= pack.judgement.likelihood_words.very_likely
    )


def _changed_rules(before: Sequence[str], after: Sequence[str], pack: RulePack) -> tuple[str, ...]:
    """The step's own rule, the rules one side cites and the other does not (the behaviour modifiers the
    plan adds or removes), and the judgement that sets the likelihood numbers."""
    differing = [rule for rule in after if rule not in before] + [rule for rule in before if rule not in after]
    primary = after[:1] or before[:1]
    return tuple(dict.fromkeys([*primary, *differing, pack.judgement.rule]))


def _step_changes(
    baseline: Assessment, planned: Assessment, current: Assessment, pack: RulePack, lang: Lang
) -> list[StepChange]:
    planned_by_action = {entry.action: entry for entry in planned.timeline}
    today_by_action = {entry.action: entry for entry in current.timeline}
    changes = []
    for before in baseline.timeline:
        after = planned_by_action.get(before.action)
        if after is None:  # the loan kind decides the steps, and a plan never changes the kind
            continue
        # The engine's own "under way by then" figures (the field-visit outlook is the same ramp).
        if before.action is Action.field_visit:
            now_before, now_after = baseline.field_visit.likelihood_now, planned.field_visit.likelihood_now
        else:
            now_before, now_after = before.likelihood_now, after.likelihood_now
        today = today_by_action.get(before.action)
        begun = _begun(today, current.days_past_due, pack)
        if begun:
            # What has happened by today stays happened whatever the plan does (never above carrying on
            # as now, which a payment already recorded for a later day may lower).
            now_after = max(now_after, min(today.likelihood_now, now_before))
        changes.append(
            StepChange(
                action=before.action,
                label=after.label,
                now_before=_likelihood(now_before, pack, lang),
                now_after=_likelihood(now_after, pack, lang),
                from_day_before=before.from_day,
                from_day_after=after.from_day,
                eventual_before=_likelihood(before.likelihood, pack, lang),
                eventual_after=_likelihood(after.likelihood, pack, lang),
                rules=_changed_rules(before.rules, after.rules, pack),
                begun=begun,
            )
        )
    return changes


def _risk_change(baseline: Assessment, planned: Assessment, pack: RulePack) -> RiskChange:
    before = {factor.rule: factor.points for factor in baseline.risk.factors}
    after = {factor.rule: factor.points for factor in planned.risk.factors}
    differing = [rule for rule in {**before, **after} if before.get(rule) != after.get(rule)]
    return RiskChange(
        level_before=baseline.risk.level,
        level_after=planned.risk.level,
        label_before=baseline.risk.label,
        label_after=planned.risk.label,
        score_before=baseline.risk.score,
        score_after=planned.risk.score,
        rules=tuple(dict.fromkeys([*differing, pack.judgement.rule])),
    )


def compare(
    scenarios: PlanScenarios,
    plan: Plan,
    today: date,
    pack: RulePack,
    lang: Lang,
    *,
    currency: str = "CNY",
    currency_display: str = "symbol",
) -> Comparison:
    """Assess both scenarios and say, in ``lang``, what the plan changes."""
    baseline = assess(scenarios.baseline, pack, lang)
    planned = assess(scenarios.planned, pack, lang)
    current = baseline if scenarios.today is scenarios.baseline else assess(scenarios.today, pack, lang)
    steps = _step_changes(baseline, planned, current, pack, lang)
    field_visit = next(step for step in steps if step.action is Action.field_visit)
    risk = _risk_change(baseline, planned, pack)
    words = _Words(lang, currency, currency_display)
    sentences = _sentences(words, plan, scenarios, baseline, planned, field_visit, steps, risk)
    return Comparison(
        plan=plan,
        today=today,
        look_at=scenarios.look_at,
        baseline=baseline,
        planned=planned,
        days_before=baseline.days_past_due,
        days_after=planned.days_past_due,
        field_visit=field_visit,
        steps=tuple(steps),
        risk=risk,
        sentences=tuple(sentences),
    )


@dataclass(frozen=True, slots=True)
class PlanOutcome:
    """What the what-if panel shows: a comparison, or the problem with the plan (nothing is compared)."""

    comparison: Comparison | None
    problem_field: str = ""
    problem: str = ""


def evaluate_plan(
    loan: Loan,
    payments: Sequence[Payment],
    contacts: Iterable[ContactEvent],
    today: date,
    request: tuple[str | None, date | None, Stance | None],
    pack: RulePack,
    lang: Lang,
    *,
    currency_display: str = "symbol",
) -> PlanOutcome:
    """The comparison for what the controls say (amount text or None, date, stance), or the problem."""
    try:
        plan = read_plan(*request)
        if plan.is_empty:
            return PlanOutcome(None)
        scenarios = plan_scenarios(loan, payments, contacts, today, plan)
    except PlanProblem as problem:
        return PlanOutcome(None, problem.field, problem.text(lang))
    comparison = compare(scenarios, plan, today, pack, lang, currency=loan.currency,
                         currency_display=currency_display)
    return PlanOutcome(comparison)


# -------------------------------------------------------------------------------------- sentences


@dataclass(frozen=True, slots=True)
class _Words:
    lang: Lang
    currency: str
    display: str

    def __call__(self, key: str, **params: object) -> str:
        return message(key, self.lang, **params)

    def money(self, amount: Decimal) -> str:
        return money_text(amount, self.currency, self.display)

    def days(self, count: int) -> str:
        """"1 day" / "31 days" (Chinese has one form)."""
        return plural_text(self.lang, "{n} day", "{n} days", count)


def _condition(words: _Words, plan: Plan) -> str:
    payment = plan.payment
    if payment is None:
        return words(f"whatif.if.{plan.stance}")
    amount, on = words.money(payment.amount), payment.on.isoformat()
    if plan.stance is None:
        return words("whatif.if.pay", amount=amount, date=on)
    return words(f"whatif.if.pay_and_{plan.stance}", amount=amount, date=on)


def _days_sentence(words: _Words, plan: Plan, scenarios: PlanScenarios, before: int, after: int) -> Sentence:
    assert plan.payment is not None
    on = scenarios.look_at.isoformat()
    remaining = words.money(scenarios.overdue_after)
    if before == 0:
        text = words("whatif.days.ahead", date=on, owed=words.money(scenarios.owed_after))
    elif after == 0:
        text = words("whatif.days.cleared", date=on, before=words.days(before))
    elif after < before:
        text = words("whatif.days.fewer", date=on, before=words.days(before), after=words.days(after),
                     remaining=remaining)
    else:
        text = words("whatif.days.same", amount=words.money(plan.payment.amount), date=on,
                     after=words.days(after), remaining=remaining)
    return Sentence(text, ())


def _step_changes_text(words: _Words, step: StepChange) -> str:
    """What changes for one step, as clauses joined in one phrase; "" when nothing does. Only what the
    timeline's plan bars show (when a step can start, how likely it is if the debt stays unpaid), so the
    words and the bars never disagree."""
    parts = []
    if step.from_day_before != step.from_day_after:
        parts.append(words("whatif.part.start", before=step.from_day_before, after=step.from_day_after))
    if step.eventual_before.word is not step.eventual_after.word:
        parts.append(words("whatif.part.eventual", before=step.eventual_before.text,
                           after=step.eventual_after.text))
    return words("whatif.separator").join(parts)


def _step_sentences(words: _Words, steps: Sequence[StepChange]) -> list[Sentence]:
    """One sentence per distinct change, naming every step it applies to: a payment that stops six
    steps at once reads as one line, not six alike."""
    groups: dict[str, list[StepChange]] = {}
    for step in steps:
        # A step already under way is said once, as such (below): its odds "if still unpaid" are moot.
        changes = "" if step.begun else _step_changes_text(words, step)
        if changes:
            groups.setdefault(changes, []).append(step)
    sentences = []
    for changes, grouped in groups.items():
        actions = words("whatif.list_separator").join(step.label for step in grouped)
        rules = tuple(dict.fromkeys(rule for step in grouped for rule in step.rules))
        sentences.append(Sentence(words("whatif.step", action=actions, changes=changes), rules))
    return sentences


def _sentences(
    words: _Words,
    plan: Plan,
    scenarios: PlanScenarios,
    baseline: Assessment,
    planned: Assessment,
    field_visit: StepChange,
    steps: Sequence[StepChange],
    risk: RiskChange,
) -> list[Sentence]:
    condition = _condition(words, plan)
    # The headline is about the visit being under way by the plan's day ("by then", or "now" for a stance
    # alone), which the plan bars (drawn "if still unpaid") do not show: it says so.
    when = words("whatif.when.then" if plan.payment is not None else "whatif.when.now")
    if field_visit.now_changed:
        headline = words("whatif.field_visit.changes", condition=condition, when=when,
                         before=field_visit.now_before.text, after=field_visit.now_after.text)
    else:
        headline = words("whatif.field_visit.stays", condition=condition, when=when,
                         word=field_visit.now_after.text)
    sentences = [Sentence(headline, field_visit.rules)]
    if plan.payment is not None:
        sentences.append(_days_sentence(words, plan, scenarios, baseline.days_past_due, planned.days_past_due))
    if risk.changed:
        text = words("whatif.risk", when=when, before=risk.label_before, after=risk.label_after,
                     before_score=risk.score_before, after_score=risk.score_after)
        sentences.append(Sentence(text, risk.rules))
    sentences.extend(_step_sentences(words, steps))
    begun = [step for step in steps if step.begun]
    if plan.payment is not None and begun:
        # Paying stops what would follow; it does not undo what has been done (an SMS sent, a record reported).
        actions = words("whatif.list_separator").join(step.label for step in begun)
        rules = tuple(dict.fromkeys(rule for step in begun for rule in step.rules[:1]))
        sentences.append(Sentence(words("whatif.already_begun", action=actions), rules))
    # New dangers the plan brings are said; warnings that lapse are not, since a lapsed warning may still
    # hold in substance (an overdue record stays on file after the debt is paid).
    known = {warning.id for warning in baseline.warnings}
    for warning in planned.warnings:
        if warning.id not in known:
            sentences.append(Sentence(words("whatif.warning.added", title=warning.title), warning.rules))
    changed = risk.changed or any(step.changed for step in steps)
    if not changed:
        sentences.append(Sentence(words("whatif.nothing_else"), ()))
    return sentences
