"""The facts of a Scenario that pack conditions test, and the values that fill the packs' texts.

Some facts are read straight from the scenario; others are derived with the pack's numbers: missed
instalments estimated from the days when the scenario does not give them, whether the acceleration clause
is met and on which day, and whether a card comes near the legal conditions of malicious overdraft.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.rules.pack import RulePack
from app.rules.scenario import Scenario

FactValue = bool | int | Decimal


@dataclass(frozen=True, slots=True)
class Facts:
    values: dict[str, FactValue]  # fact name (vocabulary.FACTS) -> value, for pack conditions
    params: dict[str, str]  # placeholder -> text, for the pack's templates
    acceleration_day: int | None  # the day the clause is (or would be) met; None if the kind has none


def _money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def missed_instalments(scenario: Scenario, days_per_instalment: int) -> tuple[int, int]:
    """(in a row, in all): the scenario's own counts, else one per instalment period since day 0."""
    days = scenario.days_past_due
    estimated = days // days_per_instalment + 1 if days > 0 else 0
    given_row, given_all = scenario.loan.consecutive_overdue, scenario.loan.cumulative_overdue
    consecutive = estimated if given_row is None else given_row
    cumulative = max(consecutive, estimated if given_all is None else given_all)
    return consecutive, cumulative


def acceleration_day(
    days_past_due: int,
    overdue: bool,
    consecutive: int,
    cumulative: int,
    need_row: int,
    need_all: int,
    per: int,
) -> int:
    """The day (from day 0) on which enough instalments are missed for the whole loan to be called.

    Instalments fall due every ``per`` days: the k-th missed one of this run is due on day (k-1)*per. A
    count already reached counts from today, or from the day the run reached it if that is earlier.
    """
    row_now = consecutive if overdue else 0
    candidates = []
    if overdue and row_now >= need_row:
        candidates.append(min(days_past_due, (need_row - 1) * per))
    else:
        candidates.append(max((need_row - 1) * per, days_past_due + 1 if overdue else 0))
    more = need_all - cumulative
    if overdue and more <= 0:
        candidates.append(days_past_due)
    else:
        more = max(more, 1)
        candidates.append(max((row_now + more - 1) * per, days_past_due + 1 if overdue else 0))
    return min(candidates)


def _fixed_params(pack: RulePack) -> dict[str, str]:
    """Placeholder values that depend on the pack alone."""
    clause, overdraft, conduct = pack.acceleration, pack.malicious_overdraft, pack.conduct
    return {
        "acceleration_consecutive": str(clause.consecutive),
        "acceleration_cumulative": str(clause.cumulative),
        "principal_threshold": f"{overdraft.principal_threshold:,.0f}",
        "unpaid_months": str(overdraft.unpaid_months),
        "collection_gap_days": str(overdraft.collection_gap_days),
        "quiet_start": conduct.quiet_start.strftime("%H:%M"),
        "quiet_end": conduct.quiet_end.strftime("%H:%M"),
        "max_unanswered_calls": str(conduct.max_unanswered_calls_per_day),
        "complaint_hotline": conduct.complaint_hotline,
        "credit_dispute_hotline": conduct.credit_dispute_hotline,
    }


def scenario_facts(scenario: Scenario, pack: RulePack) -> Facts:
    loan, behaviour, judgement = scenario.loan, scenario.behaviour, pack.judgement
    days = scenario.days_past_due
    overdue = days > 0
    owing = overdue or loan.overdue_amount > 0
    consecutive, cumulative = missed_instalments(scenario, judgement.days_per_instalment)
    principal = loan.outstanding if loan.outstanding_principal is None else loan.outstanding_principal
    values: dict[str, FactValue] = {
        "owing": owing,
        "overdue": overdue,
        "in_grace": owing and not overdue,
        "days_past_due": days,
        "loan.secured": loan.secured,
        "loan.overdue_amount": loan.overdue_amount,
        "loan.outstanding": loan.outstanding,
        "loan.consecutive_overdue": consecutive,
        "loan.cumulative_overdue": cumulative,
        "behaviour.reachable": behaviour.reachable,
        "behaviour.communicating": behaviour.communicating,
        "behaviour.hardship_reported": behaviour.hardship_reported,
        "behaviour.negotiating": behaviour.negotiating,
        "behaviour.evading": behaviour.evading,
        "behaviour.false_info": behaviour.false_info,
        "behaviour.agreement_in_place": behaviour.agreement_in_place,
        "behaviour.broken_promises": behaviour.broken_promises,
        "behaviour.promises_kept": behaviour.promises_kept,
        "history.overdue_episodes_24m": scenario.history.overdue_episodes_24m,
    }
    clause = pack.acceleration
    has_clause = loan.type in clause.kinds
    day_called = (
        acceleration_day(
            days,
            overdue,
            consecutive,
            cumulative,
            clause.consecutive,
            clause.cumulative,
            judgement.days_per_instalment,
        )
        if has_clause
        else None
    )
    values["acceleration.applies"] = has_clause and owing
    values["acceleration.reached"] = has_clause and overdue and day_called is not None and day_called <= days

    # 恶意透支 needs principal above the threshold, more than N months unpaid after two collections, and
    # intent; warn while the borrower can still stay clear of it, i.e. when the amount is near and either
    # time or a sign of intent is too.
    overdraft = pack.malicious_overdraft
    near_amount = principal >= overdraft.principal_threshold * Decimal(
        str(judgement.malicious_overdraft_approach_share)
    )
    near_time = days >= judgement.malicious_overdraft_approach_day
    intent = any(condition.holds(values) for condition in overdraft.intent)
    values["malicious_overdraft.approaching"] = (
        loan.type in overdraft.kinds and overdue and near_amount and (near_time or intent)
    )

    params = dict(
        pack.memo("fixed_params", lambda: _fixed_params(pack)),
        days_past_due=str(days),
        overdue_amount=_money(loan.overdue_amount),
        outstanding=_money(loan.outstanding),
        principal=_money(principal),
        consecutive=str(consecutive),
        cumulative=str(cumulative),
        acceleration_day="" if day_called is None else str(day_called),
        broken_promises=str(behaviour.broken_promises),
    )
    return Facts(values, params, day_called)
