"""The facts of a Scenario that pack conditions test, and the values that fill the packs' texts.

Some facts are read straight from the scenario; others are derived with the pack's numbers: missed
instalments estimated from the days when the scenario does not give them, whether the acceleration clause
is met and on which day, and whether a card comes near the legal conditions of malicious overdraft.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta, timezone
from decimal import Decimal

from app.core.models import ConductFlag, LenderType, LoanKind
from app.rules.conduct import check as conduct_check
from app.rules.conduct_schema import CheckKind
from app.rules.pack import RulePack
from app.rules.scenario import Scenario

# The pack is mainland China's: its quiet hours are Beijing time (UTC+8 all year).
CHINA_TIME = timezone(timedelta(hours=8))
_THREAT_FLAGS = frozenset(
    {ConductFlag.threats, ConductFlag.violence, ConductFlag.insults, ConductFlag.impersonating_authorities}
)

FactValue = bool | int | Decimal


@dataclass(frozen=True, slots=True)
class Facts:
    values: dict[str, FactValue]  # fact name (vocabulary.FACTS) -> value, for pack conditions
    params: dict[str, str]  # placeholder -> text, for the pack's templates
    acceleration_day: int | None  # the day the clause is (or would be) met; None if the kind has none
    lender: LenderType  # the scenario's, or the usual lender of the kind
    owed: Decimal  # what the lender would sue for: a card's principal when known, else the total owed
    days_since_last_payment: int  # days past due when nothing was paid since the debt fell behind


def _money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def missed_instalments(scenario: Scenario, days_per_instalment: int) -> tuple[int, int]:
    """(in a row, in all): the scenario's own counts, else one per instalment period since day 0."""
    days = scenario.days_past_due
    # An instalment is missed the day after it falls due: the k-th of the run falls due on day
    # (k-1)*per, so on day d the run has missed every k with (k-1)*per < d.
    estimated = (days - 1) // days_per_instalment + 1 if days > 0 else 0
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

    Instalments fall due every ``per`` days: the k-th of this run falls due on day (k-1)*per and is
    missed the day after. A count already reached counts from today, or from the day the run reached it
    if that is earlier.
    """
    row_now = consecutive if overdue else 0
    candidates = []
    if overdue and row_now >= need_row:
        candidates.append(min(days_past_due, (need_row - 1) * per + 1))
    else:
        candidates.append(max((need_row - 1) * per + 1, days_past_due + 1 if overdue else 0))
    more = need_all - cumulative
    if overdue and more <= 0:
        candidates.append(days_past_due)
    else:
        more = max(more, 1)
        candidates.append(max((row_now + more - 1) * per + 1, days_past_due + 1 if overdue else 0))
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
        "credit_centre_hotline": conduct.credit_centre_hotline,
        "limitation_years": str(pack.limitation.years),
    }


def scenario_facts(scenario: Scenario, pack: RulePack) -> Facts:
    loan, behaviour, judgement = scenario.loan, scenario.behaviour, pack.judgement
    days = scenario.days_past_due
    overdue = days > 0
    owing = overdue or loan.overdue_amount > 0
    consecutive, cumulative = missed_instalments(scenario, judgement.days_per_instalment)
    principal_known = loan.outstanding_principal is not None
    principal = loan.outstanding if loan.outstanding_principal is None else loan.outstanding_principal
    owed = principal if loan.type is LoanKind.credit_card else loan.outstanding
    lender = loan.lender_type or pack.lenders.usual[loan.type]
    paid = scenario.payments.paid_since_overdue
    share_paid = int(paid * 100 / (paid + loan.overdue_amount)) if paid > 0 else 0
    last = scenario.payments.days_since_last
    since_last = days if last is None or paid <= 0 else min(last, days)
    values: dict[str, FactValue] = {
        "owing": owing,
        "overdue": overdue,
        "in_grace": owing and not overdue,
        "days_past_due": days,
        "loan.secured": loan.secured,
        "loan.overdue_amount": loan.overdue_amount,
        "loan.outstanding": loan.outstanding,
        "loan.owed": owed,
        "payments.share_paid": share_paid,
        "payments.days_since_last": since_last,
        "loan.consecutive_overdue": consecutive,
        "loan.cumulative_overdue": cumulative,
        "behaviour.reachable": behaviour.reachable,
        "behaviour.communicating": behaviour.communicating,
        "behaviour.hardship_reported": behaviour.hardship_reported,
        "behaviour.negotiating": behaviour.negotiating,
        "behaviour.evading": behaviour.evading,
        "behaviour.false_info": behaviour.false_info,
        "behaviour.agreement_in_place": behaviour.agreement_in_place,
        "behaviour.disputing": behaviour.disputing,
        "behaviour.broken_promises": behaviour.broken_promises,
        "behaviour.promises_kept": behaviour.promises_kept,
        "history.overdue_episodes_24m": scenario.history.overdue_episodes_24m,
        "lawsuit.in_view": False,  # set by the engine once the plan is drawn
        **{f"lender.{kind.value}": kind is lender for kind in LenderType},
    }
    values.update(_conduct_facts(scenario, pack))
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
    # The threshold counts principal only: with the principal unknown, the total owed being near it is
    # said with an "if" (a separate warning), never as the borrower's own position.
    overdraft = pack.malicious_overdraft
    near_share = Decimal(str(judgement.malicious_overdraft_approach_share))
    near_amount = principal >= overdraft.principal_threshold * near_share
    near_time = days >= judgement.malicious_overdraft_approach_day
    intent = any(condition.holds(values) for condition in overdraft.intent)
    in_view = loan.type in overdraft.kinds and overdue and near_amount and (near_time or intent)
    values["malicious_overdraft.approaching"] = in_view and principal_known
    values["malicious_overdraft.principal_unknown_near"] = in_view and not principal_known

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
        share_paid=str(share_paid),
        days_since_last_payment=str(since_last),
        conduct_breaches=str(values["conduct.breaches"]),
    )
    return Facts(values, params, day_called, lender, owed, since_last)


def _conduct_facts(scenario: Scenario, pack: RulePack) -> dict[str, FactValue]:
    """What the harassment check finds in the scenario's contact log (an empty log: nothing)."""
    if not scenario.contacts:
        return {"conduct.breaches": 0, "conduct.night_contact": False, "conduct.threats": False}
    breaches = conduct_check(scenario.contacts, pack, CHINA_TIME, "en")
    by_id = {event.id: event for event in scenario.contacts}
    threats = any(
        _THREAT_FLAGS & set(by_id[event_id].conduct)
        for breach in breaches
        if breach.kind is CheckKind.forbidden_conduct
        for event_id in breach.event_ids
    )
    return {
        "conduct.breaches": len(breaches),
        "conduct.night_contact": any(breach.kind is CheckKind.night_contact for breach in breaches),
        "conduct.threats": threats,
    }
