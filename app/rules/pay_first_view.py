"""What the GUI's overview and `python -m app pay-first` both show of the several-debts order
(app/rules/debt_order.py): which debts take part, the month's money as typed, and the order in words
and as JSON. The order itself is decided in debt_order; this module only gathers and presents it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from app.core.i18n import Lang, message
from app.core.models import ContactEvent, Loan, Payment
from app.core.money_text import money_text
from app.core.schedule import position
from app.rules.debt_order import Debt, PayOrder, pay_first
from app.rules.pack import RulePack
from app.rules.whatif import parse_amount

# The money field speaks of yuan ("I have ¥X this month"): debts in other currencies are not mixed in.
ORDER_CURRENCY = "CNY"


def overdue_debts(
    loans: Iterable[Loan], payments: Sequence[Payment], contacts: Sequence[ContactEvent], today: date,
    *, known_overdue: bool = False,
) -> list[Debt]:
    """The loans (not archived, in yuan) with something overdue today, each with its own records.
    ``known_overdue``: the caller has already kept only overdue loans (the GUI's summaries know)."""
    debts = []
    for loan in loans:
        if loan.archived or loan.currency != ORDER_CURRENCY:
            continue
        own_payments = [payment for payment in payments if payment.loan_id == loan.id]
        if not known_overdue and position(loan, own_payments, today).overdue_amount <= 0:
            continue
        own_contacts = [event for event in contacts if event.loan_id == loan.id]
        debts.append(Debt(loan, own_payments, own_contacts))
    return debts


def read_budget(text: str | None) -> Decimal | None:
    """The month's money as typed ("¥2,000"); None when nothing is typed (the order alone).
    A bad amount raises whatif.PlanProblem with field "amount"."""
    if text is None or not text.strip():
        return None
    return parse_amount(text)


def order_for(
    debts: Sequence[Debt], budget: Decimal | None, today: date, pack: RulePack, lang: Lang,
    display: str = "symbol",
) -> PayOrder:
    """pay_first's order; without a budget, the order alone with a summary that says so."""
    order = pay_first(debts, budget or Decimal("0"), today, pack, lang)
    if budget is None:
        total = sum((place.overdue for place in order.places), Decimal("0"))
        summary = message("debt_order.summary.order_only", lang, overdue=money_text(total, ORDER_CURRENCY, display))
        order = PayOrder(order.places, order.budget, order.left_over, order.shortfall, summary)
    return order


def source_of(rule_id: str, pack: RulePack, lang: Lang) -> str:
    """Where a reason comes from, in words (the rule's source, never its id)."""
    if not pack.has_rule(rule_id):
        return ""
    return pack.rule(rule_id).source.text(lang)


def order_text(order: PayOrder, with_budget: bool, pack: RulePack, lang: Lang, display: str = "symbol") -> str:
    """The order for a terminal: a summary line, then each place with its share and its reasons."""
    if not order.places:
        return message("debt_order.nothing_overdue", lang)
    lines = [order.summary, ""]
    for place in order.places:
        money = {
            "rank": place.rank,
            "name": place.name,
            "overdue": money_text(place.overdue, ORDER_CURRENCY, display),
            "pay": money_text(place.pay, ORDER_CURRENCY, display),
        }
        key = "debt_order.line.with_budget" if with_budget else "debt_order.line.order_only"
        lines.append(message(key, lang, **money))
        for reason in place.reasons:
            source = source_of(reason.rule, pack, lang)
            lines.append(message("debt_order.line.reason", lang, text=reason.text, source=source))
    return "\n".join(lines)


def order_json(order: PayOrder, with_budget: bool, pack: RulePack, lang: Lang) -> dict[str, Any]:
    """The order as JSON: money as decimal strings, each reason with its rule id and source."""
    return {
        "budget": f"{order.budget:.2f}" if with_budget else None,
        "left_over": f"{order.left_over:.2f}" if with_budget else None,
        "shortfall": f"{order.shortfall:.2f}" if with_budget else None,
        "summary": order.summary,
        "order": [
            {
                "rank": place.rank,
                "loan_id": place.loan_id,
                "name": place.name,
                "overdue": f"{place.overdue:.2f}",
                "pay": f"{place.pay:.2f}" if with_budget else None,
                "reasons": [
                    {"text": reason.text, "rule": reason.rule, "source": source_of(reason.rule, pack, lang)}
                    for reason in place.reasons
                ],
            }
            for place in order.places
        ],
    }
