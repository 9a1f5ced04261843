"""How each money figure of a LoanPosition was computed, as short sentences for a tooltip or a "how"
line (issue 13: every figure says how it was computed). The GUI, the CLI and the report show these.

explain_position(loan, where, lang) -> {figure name: sentence}; the names are LoanPosition's fields.
if_paid_on(loan, payments, day) is "if I pay on date D": the same position worked out for D.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from app.core.amortization import REWORKABLE_METHODS, first_period_split
from app.core.card_statements import card_explanations
from app.core.i18n import Lang, join_sentences, message
from app.core.models import Loan, Payment, RepaymentMethod
from app.core.money_text import money_text
from app.core.schedule import LoanPosition, default_penalty_rate, position


# The figures explain_position() describes (LoanPosition field names).
EXPLAINED = (
    "outstanding_principal",
    "interest_accrued",
    "future_interest",
    "outstanding",
    "penalty_interest",
    "fees",
    "amount_to_become_current",
)

# The late payments a tooltip lists (the latest ones; older ones are history the bank's app shows).
LATE_PAYMENTS_SHOWN = 3


def if_paid_on(loan: Loan, payments: Sequence[Payment], day: date) -> LoanPosition:
    """Where the loan would stand on ``day`` with the payments made so far: its
    amount_to_become_current is what to pay on that day to be overdue no more (penalty to that day
    included), its payoff_amount what settles the whole loan that day."""
    return position(loan, payments, day)


def _rate_text(rate: Decimal) -> str:
    return f"{rate.quantize(Decimal('0.0001')).normalize():f}"


def explain_position(
    loan: Loan, where: LoanPosition, lang: Lang, *, display: str = "symbol"
) -> dict[str, str]:
    if where.card is not None:  # a card's figures come from its statements
        return card_explanations(loan, where.card, lang, display)

    def money(amount: Decimal) -> str:
        return money_text(amount, loan.currency, display)

    texts: dict[str, str] = {}
    if where.paid_installments:
        texts["outstanding_principal"] = message(
            "money.how.outstanding_principal_partway",
            lang,
            paid=where.paid_installments,
            amount=money(where.outstanding_principal),
        )
    else:
        texts["outstanding_principal"] = message(
            "money.how.outstanding_principal", lang, amount=money(where.outstanding_principal)
        )

    # The running period's instalment: the first one due after as_of.
    running = next((state for state in where.states if state.installment.due_date > where.as_of), None)
    since = where.accrual_since
    if where.interest_accrued and running is not None and since is not None:
        row = running.installment
        texts["interest_accrued"] = message(
            "money.how.interest_accrued",
            lang,
            number=row.number,
            interest=money(row.interest),
            elapsed=(where.as_of - since).days,
            length=(row.due_date - since).days,
            since=since.isoformat(),
            amount=money(where.interest_accrued),
            due=row.due_date.isoformat(),
        )
        if row.number == 1 and loan.method in REWORKABLE_METHODS:
            months, days = first_period_split(loan.start_date, row.due_date)
            texts["interest_accrued"] = join_sentences(lang, [texts["interest_accrued"], message(
                "money.how.first_period",
                lang,
                start=loan.start_date.isoformat(),
                due=row.due_date.isoformat(),
                months=months,
                days=days,
            )])
    else:
        texts["interest_accrued"] = message("money.how.interest_accrued_none", lang)

    texts["future_interest"] = message("money.how.future_interest", lang, amount=money(where.future_interest))
    texts["outstanding"] = message(
        "money.how.outstanding",
        lang,
        principal=money(where.outstanding_principal),
        due=money(where.interest_due),
        accrued=money(where.interest_accrued),
        amount=money(where.outstanding),
    )

    if where.penalty_interest and loan.method is not RepaymentMethod.credit_card:
        if loan.penalty_rate is not None:
            source = message("money.how.penalty_source_contract", lang)
        else:
            base = default_penalty_rate(loan, where.as_of) / Decimal("1.5")
            source = message("money.how.penalty_source_default", lang, base=_rate_text(base))
        penalty = where.penalty_interest - where.compound_interest
        text = message(
            "money.how.penalty",
            lang,
            rate=_rate_text(where.penalty_rate),
            rate_source=source,
            penalty=money(penalty),
            compound=money(where.compound_interest),
            amount=money(where.penalty_interest),
        )
        if not loan.compound_interest:
            text = join_sentences(lang, [text, message("money.how.compound_off", lang)])
        texts["penalty_interest"] = text
    elif where.overdue_installments:  # overdue, but the penalty to this day is paid (or the rate is 0)
        texts["penalty_interest"] = message("money.how.penalty_none_owed", lang, day=where.as_of.isoformat())
    else:
        texts["penalty_interest"] = message("money.how.penalty_none", lang)

    if where.fees:
        texts["fees"] = message(
            "money.how.fees",
            lang,
            fee=money(loan.late_fee_per_installment),
            count=where.overdue_installments,
            amount=money(where.fees),
        )
    else:
        texts["fees"] = message("money.how.fees_none", lang)

    day = where.as_of.isoformat()
    if where.amount_to_become_current:
        texts["amount_to_become_current"] = message(
            "money.how.to_become_current",
            lang,
            overdue=money(where.overdue_amount),
            penalty=money(where.penalty_interest),
            fees=money(where.fees),
            amount=money(where.amount_to_become_current),
            day=day,
        )
    else:
        texts["amount_to_become_current"] = message("money.how.to_become_current_none", lang, day=day)
    late = _late_payments_text(where, lang, money)
    if late:
        for figure in ("penalty_interest", "amount_to_become_current"):
            texts[figure] = join_sentences(lang, [texts[figure], late])
    return texts


def _late_payments_text(where: LoanPosition, lang: Lang, money: Callable[[Decimal], str]) -> str:
    """How late payments were split: penalty interest first (Civil Code art. 561), then the instalments;
    "" when no payment paid penalty."""
    if not where.penalty_taken:
        return ""
    lines = [message("money.how.penalty_first", lang)]
    for taken in where.penalty_taken[-LATE_PAYMENTS_SHOWN:]:
        lines.append(message(
            "money.how.penalty_first_payment",
            lang,
            amount=money(taken.amount),
            day=taken.paid_on.isoformat(),
            penalty=money(taken.penalty),
            rest=money(taken.amount - taken.penalty),
        ))
    return join_sentences(lang, lines)
