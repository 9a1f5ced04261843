"""Scenarios for the rule tests, built in one line (imported by the tests as a plain module)."""

from __future__ import annotations

from datetime import date

from app.rules.scenario import Scenario


def make_scenario(
    kind: str = "credit_card",
    days: int = 0,
    *,
    overdue: str | None = None,
    outstanding: str = "20000.00",
    secured: bool = False,
    principal: str | None = None,
    consecutive: int | None = None,
    cumulative: int | None = None,
    episodes: int = 0,
    **behaviour: object,
) -> Scenario:
    """A scenario of ``kind`` ``days`` past due; the overdue amount defaults to 1,000 when days > 0."""
    if overdue is None:
        overdue = "1000.00" if days > 0 else "0.00"
    loan: dict[str, object] = {
        "type": kind,
        "overdue_amount": overdue,
        "outstanding": outstanding,
        "secured": secured,
    }
    if principal is not None:
        loan["outstanding_principal"] = principal
    if consecutive is not None:
        loan["consecutive_overdue"] = consecutive
    if cumulative is not None:
        loan["cumulative_overdue"] = cumulative
    return Scenario.model_validate(
        {
            "as_of": date(2026, 12, 1),
            "loan": loan,
            "days_past_due": days,
            "behaviour": behaviour,
            "history": {"overdue_episodes_24m": episodes},
        }
    )
