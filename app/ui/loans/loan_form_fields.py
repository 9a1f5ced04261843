"""What the loan form asks for each kind of loan: what is usual (method, term, security), which repayment
methods its lenders use, the order the paperwork gives the terms in, and the words of each field."""

from __future__ import annotations

from app.core.i18n import Lang, message
from app.core.models import LenderType
from app.ui.shell.i18n import tr

# What is usual for each kind of loan: repayment method, term in months, secured.
KIND_DEFAULTS: dict[str, tuple[str, int, bool]] = {
    "credit_card": ("credit_card", 1, False),
    "unsecured_consumer": ("equal_installment", 12, False),
    "small_online": ("equal_installment", 12, False),
    "mortgage": ("equal_installment", 360, True),
    "car": ("equal_installment", 36, True),
    "business": ("interest_only", 12, False),
}
# The repayment methods lenders use for each kind, most usual first. A card's own instalment plan
# (账单分期) is principal/n plus a monthly fee on the amount: the flat-fee method.
KIND_METHODS: dict[str, tuple[str, ...]] = {
    "credit_card": ("credit_card", "flat_fee", "custom"),
    "unsecured_consumer": (
        "equal_installment", "equal_principal", "flat_fee", "interest_only", "bullet", "custom",
    ),
    "small_online": ("equal_installment", "equal_principal", "flat_fee", "interest_only", "bullet", "custom"),
    "mortgage": ("equal_installment", "equal_principal", "custom"),
    "car": ("equal_installment", "equal_principal", "flat_fee", "custom"),
    "business": ("interest_only", "equal_installment", "equal_principal", "bullet", "custom"),
}
# A new loan opens as the kind of the loan added last (someone entering their cards enters several in
# a row); the first one as a consumer loan, whose fields (amount, rate, term, date) fit most loans.
FIRST_KIND = "unsecured_consumer"
# The order the paperwork gives the terms in: a card's statement shows the statement day, due day,
# limit, balance and minimum; a loan contract the amount, rate, term and dates. Fields not listed
# for a layout are hidden in it or follow.
CARD_ORDER = (
    "kind", "method", "lender", "name", "statement_day", "due_day", "credit_limit", "principal",
    "card_statement_minimum", "card_statement_paid", "min_payment_percent", "min_payment_floor",
    "annual_rate", "card_late_fee_percent", "grace_days", "currency", "notes", "archived",
)
LOAN_ORDER = (
    "kind", "method", "lender", "lender_type", "name", "principal", "annual_rate", "monthly_fee_rate",
    "term_months", "start_date", "due_day", "custom_installments", "paid_installments", "grace_days",
    "secured", "collateral", "currency", "notes", "archived",
)


def field_labels(card: bool) -> dict[str, str]:
    """Each field's label (with its keyboard mnemonic) in the UI's language; ``card``: the form is a card
    statement's, whose balance is the latest statement's."""
    return {
        "kind": tr("&Kind:"),
        "method": tr("&Repayment:"),
        "lender": tr("&Lender:"),
        "lender_type": tr("Kind of l&ender:"),
        "name": tr("&Name:"),
        "principal": tr("Latest statement's &balance:") if card else tr("Amount &borrowed:"),
        "credit_limit": tr("Credit &limit:"),
        "annual_rate": tr("&Interest rate:"),
        "monthly_fee_rate": tr("Monthly &fee rate (%):"),
        "term_months": tr("&Term (months):"),
        "start_date": tr("Date borrowe&d:"),
        "due_day": tr("D&ue day of the month:"),
        "statement_day": tr("Statement &day of the month:"),
        "min_payment_percent": tr("Minimum payment (%):"),
        "min_payment_floor": tr("Minimum payment at least:"),
        "card_statement_minimum": tr("Its &minimum payment:"),
        "card_statement_paid": tr("Already &paid towards it:"),
        "card_late_fee_percent": tr("Late &fee (%):"),
        "custom_installments": tr("Instalments:"),
        "paid_installments": tr("Already &paid:"),
        "grace_days": tr("&Grace days:"),
        "secured": "",
        "collateral": tr("C&ollateral:"),
        "currency": tr("C&urrency:"),
        "notes": tr("N&otes:"),
        "archived": "",
    }


def name_hints() -> dict[str, str]:
    """An example name for each kind of loan, shown in the empty name field."""
    return {
        "credit_card": tr("e.g. “CMB card”; optional"),
        "unsecured_consumer": tr("e.g. “Renovation loan”; optional"),
        "small_online": tr("e.g. “Jiebei”; optional"),
        "mortgage": tr("e.g. “Flat in Pudong”; optional"),
        "car": tr("e.g. “Car loan”; optional"),
        "business": tr("e.g. “Shop loan”; optional"),
    }


def lender_types(lang: Lang) -> dict[str, str]:
    """The kinds of lender (app.core.models.LenderType) in ``lang``, worded where the CLI finds them."""
    return {str(kind): message(f"lender_type.{kind}", lang) for kind in LenderType}
