"""The fixed words shared by the pack, the engine and the assessment: actions, likelihood words, risk
levels, and the facts and text placeholders a pack may refer to.

A pack can tune numbers and texts freely, but only within this vocabulary: the engine and the UI rely on
these names, so a pack that invents one is refused when it is loaded.
"""

from __future__ import annotations

from enum import StrEnum


class Action(StrEnum):
    reminder_sms = "reminder_sms"
    phone_call = "phone_call"
    letter = "letter"
    credit_report = "credit_report"
    field_visit = "field_visit"
    outsourced_collection = "outsourced_collection"
    lawyer_letter = "lawyer_letter"
    lawsuit = "lawsuit"
    loan_acceleration = "loan_acceleration"
    card_suspension = "card_suspension"


class LikelihoodWord(StrEnum):
    unlikely = "unlikely"
    possible = "possible"
    likely = "likely"
    very_likely = "very_likely"


class RiskLevel(StrEnum):
    low = "low"
    medium = "medium"
    high = "high"
    severe = "severe"


class TimelineStatus(StrEnum):
    past = "past"
    current = "current"
    upcoming = "upcoming"


class Basis(StrEnum):
    law = "law"  # stated in a regulation or judicial interpretation
    practice = "practice"  # widely reported industry practice or a self-regulatory standard
    seed = "seed"  # the source article the product started from
    judgement = "judgement"  # our own estimate; tune it in the pack's [judgement] section


class Direction(StrEnum):
    worse = "worse"  # brings collection steps forward, makes them likelier, raises risk
    better = "better"  # delays and softens them, lowers risk


class Grade(StrEnum):
    """The lender's internal grading of an overdue borrower (seed, paragraph 5)."""

    normal_watch = "normal_watch"
    key_watch = "key_watch"
    serious_overdue = "serious_overdue"


class AssetClass(StrEnum):
    """The regulatory five-category loan classification."""

    normal = "normal"
    special_mention = "special_mention"
    substandard = "substandard"
    doubtful = "doubtful"
    loss = "loss"


# Facts about a scenario that pack conditions may test, with whether each is a yes/no or a number.
BOOLEAN_FACTS = frozenset(
    {
        "owing",  # overdue, or unpaid within the grace period
        "overdue",  # at least one day past due (after any grace)
        "in_grace",  # unpaid after the due date but still within grace
        "loan.secured",
        "behaviour.reachable",
        "behaviour.communicating",
        "behaviour.hardship_reported",
        "behaviour.negotiating",
        "behaviour.evading",
        "behaviour.false_info",
        "behaviour.agreement_in_place",
        "acceleration.applies",  # the loan kind has an acceleration clause and an instalment is missed
        "acceleration.reached",
        "malicious_overdraft.approaching",
        # The card's principal is not known and the total owed is near the threshold: said with an "if".
        "malicious_overdraft.principal_unknown_near",
        "behaviour.disputing",  # the borrower disputes the debt or its amount
        # Who lent: the scenario's lender type, or the pack's usual lender of the loan's kind.
        "lender.bank",
        "lender.consumer_finance",
        "lender.online_platform",
        "lender.auto_finance",
        "lender.private_lender",
        # The contact log shows a collector at night, or threatening, insulting or posing as an authority.
        "conduct.night_contact",
        "conduct.threats",
        # Known once the plan is drawn: the lawsuit step has reached its earliest day and is at least
        # "possible" (the pack's after-a-lawsuit consequences test it).
        "lawsuit.in_view",
    }
)
NUMBER_FACTS = frozenset(
    {
        "days_past_due",
        "behaviour.broken_promises",
        "behaviour.promises_kept",
        "history.overdue_episodes_24m",
        "loan.consecutive_overdue",
        "loan.cumulative_overdue",
        "loan.overdue_amount",
        "loan.outstanding",
        # What the lender would sue for: for a card the principal (when known), for a loan the total owed.
        "loan.owed",
        # Repayments since the debt fell behind: the share of the overdue amount they covered (percent,
        # 0-100), and the days since the latest one (days past due when none).
        "payments.share_paid",
        "payments.days_since_last",
        "conduct.breaches",  # how many breaches of the collection rules the contact log shows
    }
)
FACTS = BOOLEAN_FACTS | NUMBER_FACTS

# Behaviour modifiers may only test what the borrower says and does, never the day count: that keeps
# "more days never lowers risk" true for every valid pack.
# Partial payment and the lender type are the borrower's circumstances, not the day count, so they may
# drive modifiers too; days since the last payment may not (it grows with the days).
MODIFIER_FACTS = frozenset(
    name
    for name in FACTS
    if name.startswith(("behaviour.", "history.", "lender.")) or name in {"loan.secured", "payments.share_paid"}
)
COUNT_FACTS = frozenset(
    name for name in MODIFIER_FACTS if name in NUMBER_FACTS and name.startswith(("behaviour.", "history."))
)

# {names} that warning, consequence and remedy texts may contain; the engine fills them in.
PLACEHOLDERS = frozenset(
    {
        "days_past_due",
        "overdue_amount",
        "outstanding",
        "principal",
        "consecutive",
        "cumulative",
        "acceleration_consecutive",
        "acceleration_cumulative",
        "acceleration_day",
        "principal_threshold",
        "unpaid_months",
        "collection_gap_days",
        "broken_promises",
        "quiet_start",
        "quiet_end",
        "max_unanswered_calls",
        "complaint_hotline",
        "credit_dispute_hotline",
        "credit_centre_hotline",
        "share_paid",
        "days_since_last_payment",
        "conduct_breaches",
        "limitation_years",
    }
)
