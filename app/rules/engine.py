"""assess(scenario, pack, lang) -> Assessment: pure and deterministic.

The same scenario and pack always give the same assessment (no clock, no randomness, no I/O), so a
what-if plan can change a Scenario and assess again, and tests can compare whole outputs.

How it reasons, in the order of the code:
1. the facts of the scenario (facts.py);
2. the plan for this loan kind and behaviour: the pack's schedule with every behaviour modifier that
   holds applied (worse: earlier and likelier; better: later and softer; counts such as broken promises
   scale the effect; talk without payment wears off), the lender's adjustments and the limitation
   period's pressure, then the amount at stake scales the likelihoods; no step comes before its floor
   day and no likelihood leaves [min_likelihood, max_likelihood]; plus the acceleration clause's day;
3. the timeline: each step of the plan with its status against today's day count and how likely it is
   under way by today;
4. the field-visit outlook: a ramp from day 0 to the earliest day, then to the typical day;
5. risk: days curve + loan kind + behaviour + amount owed + acceleration met + malicious overdraft near,
   capped by the amount owed, and kept low while nothing is overdue yet;
6. stage, internal grade, regulatory class; warnings, consequences, remedies;
7. one explanation for every rule named anywhere above.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from app.core.i18n import Lang
from app.core.models import LoanKind
from app.rules.assessment import (
    Assessment,
    AssessmentWarning,
    Classification,
    Consequence,
    Explanation,
    FieldVisit,
    InternalGrade,
    Remedy,
    Risk,
    RiskFactor,
    Stage,
    TimelineEntry,
    rules_cited,
)
from app.rules.facts import Facts, scenario_facts
from app.rules.pack import RulePack
from app.rules.pack_schema import Judgement, Notice, ScheduleEntry
from app.rules.pack_schema import Remedy as RemedyRule
from app.rules.pack_text import PackText, placeholders
from app.rules.scenario import Scenario, scenario_for_loan
from app.rules.vocabulary import Action, Direction, Grade, LikelihoodWord, RiskLevel, TimelineStatus

if TYPE_CHECKING:
    from app.core.models import ContactEvent, Loan, Payment
    from app.core.schedule import LoanPosition

T = TypeVar("T")
Notified = TypeVar("Notified", AssessmentWarning, Consequence)
_ACTION_ORDER = {action: position for position, action in enumerate(Action)}

# Many parts of an assessment are immutable values that recur constantly: the plan for a loan kind and a
# set of behaviours, timeline entries, the stage, risk factors, worded advice, the explanations of a set
# of rules. Reusing them instead of rebuilding pydantic objects roughly halves the time of assess(), which
# a what-if plan re-runs on every change. Each key holds every input of its part, down to the values its
# texts quote. The table lives with the immutable pack and is bounded (cleared when full).
_PARTS_LIMIT = 8192


@dataclass(frozen=True, slots=True)
class _Call:
    """One assess() call's inputs, handed to every helper."""

    scenario: Scenario
    pack: RulePack
    facts: Facts
    lang: Lang
    parts: dict[tuple, object]

    def reuse(self, key: tuple, build: Callable[..., T], *args: object) -> T:
        """The part stored under ``key``, or ``build(*args)`` stored there now."""
        value = self.parts.get(key)
        if value is None:
            if len(self.parts) >= _PARTS_LIMIT:
                self.parts.clear()
            value = self.parts[key] = build(*args)
        return value  # type: ignore[return-value]


class _Step(NamedTuple):
    action: Action
    from_day: int
    typical_day: int
    to_day: int | None
    likelihood: float
    rules: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Plan:
    """What the pack foresees for one loan kind under one set of behaviour modifiers, for any day."""

    key: tuple
    steps: tuple[_Step, ...]  # ordered by from_day, typical_day, action
    field_visit: _Step
    behaviour_risk: tuple[tuple[str, int], ...]  # (modifier rule, risk points)


def likelihood_word(probability: float, judgement: Judgement) -> LikelihoodWord:
    bands = judgement.likelihood_words
    if probability >= bands.very_likely:
        return LikelihoodWord.very_likely
    if probability >= bands.likely:
        return LikelihoodWord.likely
    if probability >= bands.possible:
        return LikelihoodWord.possible
    return LikelihoodWord.unlikely


def bounded(value: float, judgement: Judgement) -> float:
    """A likelihood as the engine states it: never certain, never impossible (judgement's bounds)."""
    return round(min(judgement.max_likelihood, max(judgement.min_likelihood, value)), 2)


def _step_points(points: Sequence[tuple[object, float]], x: object) -> float:
    """The value of the last point at or below ``x`` (a step curve starting at 0)."""
    value = points[0][1]
    for at, points_value in points:
        if x >= at:  # type: ignore[operator]
            value = points_value
    return value


def shield_left(days_since_last_payment: int, judgement: Judgement) -> float:
    """How much of a fading (talk-only) modifier's effect is left: straight lines between the points."""
    points = judgement.shield_left_by_days
    return round(_curve(points, days_since_last_payment), 2)


def ramp(day: int, earliest: int, typical: int, peak: float, start_share: float) -> float:
    """Likelihood that a step is under way on ``day``: rises from 0 on day 0 to start_share*peak on the
    earliest day, then to peak on the typical day, and stays there. Never falls as days grow, and never
    falls when earliest or typical move earlier or peak rises (what worse behaviour does)."""
    if day <= 0:
        return 0.0
    if day < earliest:
        return start_share * peak * day / earliest
    if day >= typical or typical <= earliest:
        return peak
    return peak * (start_share + (1 - start_share) * (day - earliest) / (typical - earliest))


def _applied_modifiers(call: _Call) -> tuple[tuple[int, float], ...]:
    """(position in the pack, scale) of every behaviour modifier that holds for this scenario. Talk-only
    ("fading") modifiers count less the longer nothing has been paid."""
    values, kind = call.facts.values, call.scenario.loan.type
    left = shield_left(call.facts.days_since_last_payment, call.pack.judgement)
    applied = []
    for position, modifier in enumerate(call.pack.modifiers):
        if (modifier.kinds and kind not in modifier.kinds) or not modifier.when.holds(values):
            continue
        scale: float = min(int(values[modifier.scale_by]), modifier.cap) if modifier.scale_by else 1
        if modifier.fades:
            scale = round(scale * left, 2)
        if scale > 0:
            applied.append((position, scale))
    return tuple(applied)


def _amount_factors(call: _Call) -> tuple[tuple[Action, float, str], ...]:
    """(action, factor, rule) of every amount scale that applies: the band the amount at stake is in."""
    loan, kind, lender = call.scenario.loan, call.scenario.loan.type, call.facts.lender
    factors: dict[Action, tuple[Action, float, str]] = {}
    for scale in call.pack.amount_scales:
        if (scale.kinds and kind not in scale.kinds) or (scale.lenders and lender not in scale.lenders):
            continue
        amount = loan.overdue_amount if scale.amount == "overdue" else call.facts.owed
        factor = _step_points([(band.at_least, band.factor) for band in scale.bands], amount)
        for action in scale.actions:
            factors.setdefault(action, (action, factor, scale.rule))
    return tuple(factors.values())


def _lender_adjustments(call: _Call) -> tuple[int, ...]:
    kind, lender = call.scenario.loan.type, call.facts.lender
    return tuple(
        position
        for position, adjustment in enumerate(call.pack.lender_adjustments)
        if adjustment.lender is lender and (not adjustment.kinds or kind in adjustment.kinds)
    )


def _plan(call: _Call) -> _Plan:
    kind = call.scenario.loan.type
    applied = _applied_modifiers(call)
    amounts = _amount_factors(call)
    lenders = _lender_adjustments(call)
    pressed = call.facts.days_since_last_payment >= call.pack.limitation.press_from_day
    key = ("plan", kind, applied, amounts, lenders, pressed, call.facts.acceleration_day)
    return call.reuse(
        key, _build_plan, key, call.pack, kind, applied, amounts, lenders, pressed, call.facts.acceleration_day
    )


def floor_day(entry: ScheduleEntry, judgement: Judgement) -> int:
    """The earliest day anything can bring a scheduled step to (its own floor_day, or from_day less the
    judgement's share of it)."""
    if entry.floor_day is not None:
        return entry.floor_day
    return entry.from_day - int(entry.from_day * judgement.max_advance_share)


def _build_plan(
    key: tuple,
    pack: RulePack,
    kind: LoanKind,
    applied: Sequence[tuple[int, float]],
    amounts: Sequence[tuple[Action, float, str]],
    lenders: Sequence[int],
    pressed: bool,
    acceleration_day: int | None,
) -> _Plan:
    judgement = pack.judgement
    shift: dict[Action, float] = {}
    lift: dict[Action, float] = {}
    cited: dict[Action, list[str]] = {}
    behaviour_risk = []
    for position, scale in applied:
        modifier = pack.modifiers[position]
        strength = judgement.strengths[modifier.strength]
        # Worse brings steps forward (fewer days) and raises likelihood and risk; better the reverse.
        sign = 1 if modifier.direction is Direction.worse else -1
        for action in modifier.actions:
            shift[action] = shift.get(action, 0) - sign * strength.shift_days * scale
            lift[action] = lift.get(action, 0.0) + sign * strength.likelihood * scale
            cited.setdefault(action, []).append(modifier.rule)
        if strength.risk:
            behaviour_risk.append((modifier.rule, round(sign * strength.risk * scale)))
    for position in lenders:
        adjustment = pack.lender_adjustments[position]
        for action in adjustment.actions:
            shift[action] = shift.get(action, 0) + adjustment.shift_days
            lift[action] = lift.get(action, 0.0) + adjustment.lift
            cited.setdefault(action, []).append(adjustment.rule)
    if pressed:
        # Nothing paid for long: the lender must sue before the limitation period runs out.
        limitation = pack.limitation
        lift[Action.lawsuit] = lift.get(Action.lawsuit, 0.0) + limitation.lift
        cited.setdefault(Action.lawsuit, []).append(limitation.rule)
    factor: dict[Action, float] = {}
    for action, amount_factor, rule in amounts:
        factor[action] = factor.get(action, 1.0) * amount_factor
        cited.setdefault(action, []).append(rule)

    def likelihood(level: str, action: Action) -> float:
        # Behaviour and lender move the level; the amount at stake then scales it (a lender weighs what a
        # step costs against what it recovers), and no estimate is certain or impossible.
        raw = max(0.0, judgement.likelihood_levels[level] + lift.get(action, 0.0))
        return bounded(raw * factor.get(action, 1.0), judgement)

    steps = []
    for entry in pack.schedule_for(kind):
        days = round(shift.get(entry.action, 0))
        # Behaviour and the lender may bring a step forward, but never before its floor, and a step held
        # at the floor keeps its build-up from first to typical day.
        from_day = max(floor_day(entry, judgement), entry.from_day + days)
        typical_day = max(from_day + entry.typical_day - entry.from_day, entry.typical_day + days)
        to_day = None if entry.to_day is None else max(typical_day, entry.to_day + days)
        rules = tuple(dict.fromkeys((entry.rule, *cited.get(entry.action, ()))))
        chance = likelihood(entry.likelihood, entry.action)
        steps.append(_Step(entry.action, from_day, typical_day, to_day, chance, rules))
    if acceleration_day is not None:
        # Its day follows the contract's instalment counts; behaviour changes only its likelihood.
        clause, action = pack.acceleration, Action.loan_acceleration
        rules = tuple(dict.fromkeys((clause.rule, *cited.get(action, ()))))
        chance = likelihood(clause.likelihood, action)
        steps.append(_Step(action, acceleration_day, acceleration_day, None, chance, rules))
    steps.sort(key=lambda step: (step.from_day, step.typical_day, _ACTION_ORDER[step.action]))
    field_visit = next(step for step in steps if step.action is Action.field_visit)
    return _Plan(key, tuple(steps), field_visit, tuple(behaviour_risk))


def _status(step: _Step, days_past_due: int) -> TimelineStatus:
    if step.to_day is not None and step.to_day < days_past_due:
        return TimelineStatus.past
    if step.from_day <= days_past_due:
        return TimelineStatus.current
    return TimelineStatus.upcoming


def likelihood_now(
    days_past_due: int, from_day: int, typical_day: int, likelihood: float, judgement: Judgement
) -> float:
    """How likely a step is under way by ``days_past_due`` (the ramp to its typical day), bounded."""
    return bounded(ramp(days_past_due, from_day, typical_day, likelihood, judgement.ramp_start_share), judgement)


def _timeline(call: _Call, plan: _Plan) -> list[TimelineEntry]:
    days, lang = call.scenario.days_past_due, call.lang
    judgement = call.pack.judgement
    entries = []
    for step in plan.steps:
        status = _status(step, days)
        now = likelihood_now(days, step.from_day, step.typical_day, step.likelihood, judgement)
        entries.append(call.reuse(("entry", step, status, now, lang), _entry, call, step, status, now))
    return entries


def _entry(call: _Call, step: _Step, status: TimelineStatus, now: float) -> TimelineEntry:
    labels, lang = call.pack.labels, call.lang
    word = likelihood_word(step.likelihood, call.pack.judgement)
    return TimelineEntry(
        action=step.action,
        label=labels.actions[step.action].text(lang),
        from_day=step.from_day,
        typical_day=step.typical_day,
        to_day=step.to_day,
        likelihood=step.likelihood,
        likelihood_word=word,
        likelihood_text=labels.likelihood[word].text(lang),
        likelihood_now=now,
        status=status,
        status_text=labels.status[status].text(lang),
        rules=step.rules,
    )


def _field_visit(call: _Call, plan: _Plan) -> FieldVisit:
    judgement, step = call.pack.judgement, plan.field_visit
    now = bounded(
        ramp(
            call.scenario.days_past_due,
            step.from_day,
            step.typical_day,
            step.likelihood,
            judgement.ramp_start_share,
        ),
        judgement,
    )
    word = likelihood_word(now, judgement)
    return FieldVisit(
        likelihood_now=now,
        likelihood_word=word,
        likelihood_text=call.pack.labels.likelihood[word].text(call.lang),
        likelihood=step.likelihood,
        earliest_day=step.from_day,
        typical_day=step.typical_day,
        rules=(*step.rules, judgement.rule),
    )


def _curve(points: Sequence[tuple[int, int]], day: int) -> float:
    for (day_a, score_a), (day_b, score_b) in zip(points, points[1:], strict=False):
        if day <= day_b:
            if day <= day_a:
                return float(score_a)
            return score_a + (score_b - score_a) * (day - day_a) / (day_b - day_a)
    return float(points[-1][1])


def _risk(call: _Call, plan: _Plan) -> Risk:
    pack, facts = call.pack, call.facts
    judgement = pack.judgement
    factors = [
        (pack.risk.days_rule, round(_curve(judgement.risk_by_day, call.scenario.days_past_due))),
        (pack.risk.kind_rule, getattr(judgement.risk_by_kind, call.scenario.loan.type.value)),
        *plan.behaviour_risk,
    ]
    amount_points = int(_step_points(judgement.risk_by_amount, facts.owed))
    if amount_points:
        factors.append((pack.risk.amount_rule, amount_points))
    if facts.values["acceleration.reached"]:
        factors.append((pack.acceleration.rule, judgement.acceleration_risk))
    if facts.values["malicious_overdraft.approaching"]:
        factors.append((pack.malicious_overdraft.rule, judgement.malicious_overdraft_risk))
    cap = int(_step_points(judgement.risk_cap_by_amount, facts.owed))
    score = max(0, min(100, cap, sum(points for _, points in factors)))
    if not facts.values["overdue"]:
        # Nothing is late yet (at most within grace): whatever the borrower's answers, the risk stays low.
        score = min(score, judgement.grace_risk_cap)
    bands = judgement.risk_levels
    if score >= bands.severe:
        level = RiskLevel.severe
    elif score >= bands.high:
        level = RiskLevel.high
    elif score >= bands.medium:
        level = RiskLevel.medium
    else:
        level = RiskLevel.low
    return Risk(
        level=level,
        score=score,
        label=call.pack.labels.risk[level].text(call.lang),
        factors=tuple(
            call.reuse(("factor", rule, points), _risk_factor, rule, points) for rule, points in factors
        ),
        rules=tuple(dict.fromkeys([rule for rule, _ in factors] + [judgement.rule])),
    )


def _risk_factor(rule: str, points: int) -> RiskFactor:
    return RiskFactor(rule=rule, points=points)


def _stage(call: _Call, risk: Risk) -> Stage:
    pack, days = call.pack, call.scenario.days_past_due
    stage = pack.stage_for(days, bool(call.facts.values["owing"]))
    # Lenders grade borrowers once they are overdue; the grade follows the risk score.
    grade: Grade | None = None
    if call.facts.values["overdue"]:
        bands = pack.judgement.grade_scores
        if risk.score >= bands.serious_overdue:
            grade = Grade.serious_overdue
        elif risk.score >= bands.key_watch:
            grade = Grade.key_watch
        else:
            grade = Grade.normal_watch
    scheme = pack.classification_for(call.scenario.loan.type)
    band = next(b for b in scheme.classes if b.from_day <= days and (b.to_day is None or days <= b.to_day))
    lang = call.lang

    def build() -> Stage:
        return Stage(
            id=stage.id,
            label=stage.label.text(lang),
            from_day=stage.from_day,
            to_day=stage.to_day,
            rules=(stage.rule,),
            grade=None
            if grade is None
            else InternalGrade(id=grade, label=pack.grades.labels[grade].text(lang), rule=pack.grades.rule),
            classification=Classification(
                id=band.id,
                label=band.label.text(lang),
                scheme=scheme.id,
                rule=scheme.rule,
                verify=pack.rule(scheme.rule).verify,
            ),
        )

    return call.reuse(("stage", stage.id, grade, scheme.id, band.id, lang), build)


def _shown(item: Notice | RemedyRule, call: _Call) -> bool:
    if item.kinds and call.scenario.loan.type not in item.kinds:
        return False
    values = call.facts.values
    for condition in item.when:
        if not condition.holds(values):
            return False
    return True


def _notices(call: _Call, notices: Sequence[Notice], part: type[Notified]) -> list[Notified]:
    """The warnings (or consequences) that apply, worded in the asked language."""
    return [
        _worded(call, part, notice, notice.title, notice.text) for notice in notices if _shown(notice, call)
    ]


_TEXT_FIELDS = {
    AssessmentWarning: ("title", "text"),
    Consequence: ("title", "text"),
    Remedy: ("title", "why"),
}


def _worded(
    call: _Call,
    part: type[T],
    item: Notice | RemedyRule,
    title: PackText,
    body: PackText,
    **extra: int,
) -> T:
    """A part carrying two texts in the asked language. Its key holds the values its texts quote, so a
    part is reused whenever it would read the same: always for texts quoting only the pack's own values
    (hours, hotlines), often for those quoting small counts, rarely for those quoting amounts."""
    lang = call.lang
    # The names the English quotes; the catalogue's check holds every translation to the same names.
    wording_key = ("wording", part, item.id)
    names = call.parts.get(wording_key)
    if names is None:
        quoted = (placeholders(title) or set()) | (placeholders(body) or set())  # the pack's braces pair up
        names = call.reuse(wording_key, tuple, sorted(quoted))
    params = call.facts.params
    key = (part, item.id, lang, *extra.values(), *[params[name] for name in names])

    def build() -> T:
        title_field, body_field = _TEXT_FIELDS[part]
        fields = {name: params[name] for name in names}
        texts = {title_field: title.text(lang, **fields), body_field: body.text(lang, **fields)}
        return part(id=item.id, rules=tuple(item.rules), **texts, **extra)

    return call.reuse(key, build)


def _remedies(call: _Call) -> list[Remedy]:
    """The remedies that apply, best first: base score plus the boosts that hold; ties keep pack order."""
    values = call.facts.values
    ranked = []
    for position, remedy in enumerate(call.pack.remedies):
        if _shown(remedy, call):
            score = remedy.base
            for boost in remedy.boosts:
                if boost.when.holds(values):
                    score += boost.add
            ranked.append((-score, position, remedy))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [
        _worded(call, Remedy, remedy, remedy.title, remedy.why, priority=rank)
        for rank, (_, _, remedy) in enumerate(ranked, start=1)
    ]


def _explanations(call: _Call, named: set[str]) -> list[Explanation]:
    """The explanations of the ``named`` rules, in the pack's order (the same few sets recur: a list is
    kept for each)."""

    def build(rules: frozenset[str]) -> tuple[Explanation, ...]:
        every = call.pack.memo(("explanations", call.lang), lambda: _all_explanations(call.pack, call.lang))
        return tuple(explanation for _, explanation in sorted(every[rule] for rule in rules))

    rules = frozenset(named)
    return list(call.reuse(("explanations", call.lang, rules), build, rules))


def _all_explanations(pack: RulePack, lang: Lang) -> dict[str, tuple[int, Explanation]]:
    """rule id -> (position in the pack, its explanation); built once per language."""
    basis_labels = pack.labels.basis
    explanations = {}
    for position, rule in enumerate(pack.rules):
        explanation = Explanation(
            rule=rule.id,
            text=rule.text.text(lang),
            source=rule.source.text(lang),
            basis=rule.basis,
            basis_text=basis_labels[rule.basis].text(lang),
            verify=rule.verify,
        )
        explanations[rule.id] = (position, explanation)
    return explanations


def _lawsuit_in_view(call: _Call, plan: _Plan) -> bool:
    """The lawsuit step has reached its first day and is at least "possible": time to know what follows."""
    days, bands = call.scenario.days_past_due, call.pack.judgement.likelihood_words
    return any(
        step.action is Action.lawsuit and days >= step.from_day and step.likelihood >= bands.possible
        for step in plan.steps
    )


def assess(scenario: Scenario, pack: RulePack, lang: Lang) -> Assessment:
    """What the lender is likely to do for this scenario, when, why, and what helps most now."""
    call = _Call(scenario, pack, scenario_facts(scenario, pack), lang, pack.memo("parts", dict))
    plan = _plan(call)
    risk = _risk(call, plan)
    stage = _stage(call, risk)
    field_visit = _field_visit(call, plan)
    timeline = _timeline(call, plan)
    call.facts.values["lawsuit.in_view"] = _lawsuit_in_view(call, plan)
    warnings = _notices(call, pack.warnings, AssessmentWarning)
    consequences = _notices(call, pack.consequences, Consequence)
    remedies = _remedies(call)
    # Explained from what the parts above actually cite, so no cited rule goes unexplained.
    cited = rules_cited(risk, stage, field_visit, (timeline, warnings, consequences, remedies))
    return Assessment(
        rules_version=pack.rules_version,
        lang=lang,
        as_of=scenario.as_of,
        loan_type=scenario.loan.type,
        loan_label=pack.labels.kinds[scenario.loan.type].text(lang),
        days_past_due=scenario.days_past_due,
        risk=risk,
        stage=stage,
        field_visit=field_visit,
        timeline=timeline,
        warnings=warnings,
        consequences=consequences,
        remedies=remedies,
        explanations=_explanations(call, cited),
        disclaimer=pack.pack.disclaimer.text(lang),
    )


def assess_loans(
    positions: Iterable[tuple[Loan, LoanPosition]],
    payments: Iterable[Payment],
    contacts: Iterable[ContactEvent],
    as_of: date,
    pack: RulePack,
    lang: Lang,
) -> dict[str, Assessment]:
    """Every loan's estimate on ``as_of``, by loan id (the overview's risk column): the same as assessing
    each loan with its own payments and contact log, from one read of all of them."""
    payments_of: dict[str, list[Payment]] = {}
    for payment in payments:
        payments_of.setdefault(payment.loan_id, []).append(payment)
    contacts_of: dict[str, list[ContactEvent]] = {}
    for event in contacts:
        contacts_of.setdefault(event.loan_id, []).append(event)
    return {
        loan.id: assess(
            scenario_for_loan(loan, where, contacts_of.get(loan.id, ()), as_of, payments_of.get(loan.id, ())),
            pack,
            lang,
        )
        for loan, where in positions
    }
