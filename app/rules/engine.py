"""assess(scenario, pack, lang) -> Assessment: pure and deterministic.

The same scenario and pack always give the same assessment (no clock, no randomness, no I/O), so a
what-if plan can change a Scenario and assess again, and tests can compare whole outputs.

How it reasons, in the order of the code:
1. the facts of the scenario (facts.py);
2. the plan for this loan kind and behaviour: the pack's schedule with every behaviour modifier that
   holds applied (worse: earlier and likelier; better: later and softer; counts such as broken promises
   scale the effect), plus the acceleration clause's day;
3. the timeline: each step of the plan with its status against today's day count;
4. the field-visit outlook: a ramp from day 0 to the earliest day, then to the typical day;
5. risk: days curve + loan kind + behaviour + acceleration met + malicious overdraft near;
6. stage, internal grade, regulatory class; warnings, consequences, remedies;
7. one explanation for every rule named anywhere above.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from string import Formatter
from typing import NamedTuple, TypeVar

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
from app.rules.pack_schema import Judgement, Notice, TemplateText
from app.rules.pack_schema import Remedy as RemedyRule
from app.rules.scenario import Scenario
from app.rules.vocabulary import Action, Direction, Grade, LikelihoodWord, RiskLevel, TimelineStatus

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


def _probability(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 2)


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


def _applied_modifiers(call: _Call) -> tuple[tuple[int, int], ...]:
    """(position in the pack, scale) of every behaviour modifier that holds for this scenario."""
    values, kind = call.facts.values, call.scenario.loan.type
    applied = []
    for position, modifier in enumerate(call.pack.modifiers):
        if (modifier.kinds and kind not in modifier.kinds) or not modifier.when.holds(values):
            continue
        scale = min(int(values[modifier.scale_by]), modifier.cap) if modifier.scale_by else 1
        if scale > 0:
            applied.append((position, scale))
    return tuple(applied)


def _plan(call: _Call) -> _Plan:
    kind = call.scenario.loan.type
    applied = _applied_modifiers(call)
    key = ("plan", kind, applied, call.facts.acceleration_day)
    return call.reuse(key, _build_plan, key, call.pack, kind, applied, call.facts.acceleration_day)


def _build_plan(
    key: tuple,
    pack: RulePack,
    kind: LoanKind,
    applied: Sequence[tuple[int, int]],
    acceleration_day: int | None,
) -> _Plan:
    judgement = pack.judgement
    shift: dict[Action, int] = {}
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
            behaviour_risk.append((modifier.rule, sign * strength.risk * scale))

    steps = []
    for entry in pack.schedule_for(kind):
        days = shift.get(entry.action, 0)
        # Worse behaviour may bring a step forward, but not before the floor day (nor its own start), and
        # a step held at the floor keeps its build-up from first to typical day.
        from_day = max(min(entry.from_day, judgement.shift_floor_day), entry.from_day + days)
        typical_day = max(from_day + entry.typical_day - entry.from_day, entry.typical_day + days)
        to_day = None if entry.to_day is None else max(typical_day, entry.to_day + days)
        likelihood = _probability(judgement.likelihood_levels[entry.likelihood] + lift.get(entry.action, 0.0))
        rules = (entry.rule, *cited.get(entry.action, ()))
        steps.append(_Step(entry.action, from_day, typical_day, to_day, likelihood, rules))
    if acceleration_day is not None:
        # Its day follows the contract's instalment counts; behaviour changes only its likelihood.
        clause, action = pack.acceleration, Action.loan_acceleration
        likelihood = _probability(judgement.likelihood_levels[clause.likelihood] + lift.get(action, 0.0))
        rules = (clause.rule, *cited.get(action, ()))
        steps.append(_Step(action, acceleration_day, acceleration_day, None, likelihood, rules))
    steps.sort(key=lambda step: (step.from_day, step.typical_day, _ACTION_ORDER[step.action]))
    field_visit = next(step for step in steps if step.action is Action.field_visit)
    return _Plan(key, tuple(steps), field_visit, tuple(behaviour_risk))


def _status(step: _Step, days_past_due: int) -> TimelineStatus:
    if step.to_day is not None and step.to_day < days_past_due:
        return TimelineStatus.past
    if step.from_day <= days_past_due:
        return TimelineStatus.current
    return TimelineStatus.upcoming


def _timeline(call: _Call, plan: _Plan) -> list[TimelineEntry]:
    days, lang = call.scenario.days_past_due, call.lang
    entries = []
    for step in plan.steps:
        status = _status(step, days)
        entries.append(call.reuse(("entry", step, status, lang), _entry, call, step, status))
    return entries


def _entry(call: _Call, step: _Step, status: TimelineStatus) -> TimelineEntry:
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
        status=status,
        status_text=labels.status[status].text(lang),
        rules=step.rules,
    )


def _field_visit(call: _Call, plan: _Plan) -> FieldVisit:
    judgement, step = call.pack.judgement, plan.field_visit
    now = _probability(
        ramp(
            call.scenario.days_past_due,
            step.from_day,
            step.typical_day,
            step.likelihood,
            judgement.ramp_start_share,
        )
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
    if facts.values["acceleration.reached"]:
        factors.append((pack.acceleration.rule, judgement.acceleration_risk))
    if facts.values["malicious_overdraft.approaching"]:
        factors.append((pack.malicious_overdraft.rule, judgement.malicious_overdraft_risk))
    score = max(0, min(100, sum(points for _, points in factors)))
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


def _fill(template: str, params: dict[str, str]) -> str:
    return template.format_map(params) if "{" in template else template


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


@lru_cache(maxsize=1024)
def _placeholders(template: str) -> tuple[str, ...]:
    """The names a template quotes ("{days_past_due} days" -> ("days_past_due",)), in order."""
    return tuple(name for _, name, _, _ in Formatter().parse(template) if name)


def _worded(
    call: _Call,
    part: type[T],
    item: Notice | RemedyRule,
    title: TemplateText,
    body: TemplateText,
    **extra: int,
) -> T:
    """A part carrying two texts in the asked language. Its key holds the values its texts quote, so a
    part is reused whenever it would read the same: always for texts quoting only the pack's own values
    (hours, hotlines), often for those quoting small counts, rarely for those quoting amounts."""
    lang = call.lang
    wording_key = ("wording", part, item.id, lang)
    wording = call.parts.get(wording_key)
    if wording is None:
        title_template, body_template = title.text(lang), body.text(lang)
        names = tuple(dict.fromkeys(_placeholders(title_template) + _placeholders(body_template)))
        wording = call.reuse(wording_key, tuple, (title_template, body_template, names))
    title_template, body_template, names = wording
    params = call.facts.params
    key = (part, item.id, lang, *extra.values(), *[params[name] for name in names])

    def build() -> T:
        title_field, body_field = _TEXT_FIELDS[part]
        texts = {title_field: _fill(title_template, params), body_field: _fill(body_template, params)}
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


def assess(scenario: Scenario, pack: RulePack, lang: Lang) -> Assessment:
    """What the lender is likely to do for this scenario, when, why, and what helps most now."""
    call = _Call(scenario, pack, scenario_facts(scenario, pack), lang, pack.memo("parts", dict))
    plan = _plan(call)
    risk = _risk(call, plan)
    stage = _stage(call, risk)
    field_visit = _field_visit(call, plan)
    timeline = _timeline(call, plan)
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
