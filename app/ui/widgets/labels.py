"""Words for the data model's choices (loan kinds, repayment methods, statuses, contact channels...),
translated at the moment they are shown so that a language switch changes them everywhere.

Each choice is a table of enum value -> English msgid (marked with N_ for the catalogue); the functions
give the table in the UI's current language. Keys are the enum values as strings, so this module needs
no pydantic import.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.core.i18n import N_
from app.ui.shell.i18n import tr

_LOAN_KINDS: Mapping[str, str] = {
    "credit_card": N_("Credit card"),
    "unsecured_consumer": N_("Consumer loan"),
    "small_online": N_("Small online loan"),
    "mortgage": N_("Mortgage"),
    "car": N_("Car loan"),
    "business": N_("Business loan"),
}
_REPAYMENT_METHODS: Mapping[str, str] = {
    "equal_installment": N_("Equal instalments (annuity)"),
    "equal_principal": N_("Equal principal"),
    "interest_only": N_("Interest only, principal at the end"),
    "bullet": N_("All at maturity"),
    "flat_fee": N_("Equal principal plus flat monthly fee"),
    "credit_card": N_("Card statement"),
    "custom": N_("My lender's own schedule"),
}
_INSTALMENT_STATUSES: Mapping[str, str] = {
    "upcoming": N_("Upcoming"),
    "due": N_("Due"),
    "partly_paid": N_("Partly paid"),
    "paid": N_("Paid"),
    "overdue": N_("Overdue"),
}
_CONTACT_CHANNELS: Mapping[str, str] = {
    "call": N_("Phone call"),
    "sms": N_("Text message"),
    "letter": N_("Letter"),
    "visit": N_("Visit"),
    "app_message": N_("App message"),
    "email": N_("Email"),
    "agreement": N_("Written agreement"),
    "other": N_("Other"),
}
_CONTACT_DIRECTIONS: Mapping[str, str] = {
    "incoming": N_("They contacted me"),
    "outgoing": N_("I contacted them"),
}

_COUNTERPARTIES: Mapping[str, str] = {
    "lender": N_("Lender"),
    "collector": N_("Collection agency"),
    "lawyer": N_("Lawyer"),
    "court": N_("Court"),
    "other": N_("Someone else"),
}
_PROMISE_OUTCOMES: Mapping[str, str] = {
    "": N_("Not due yet / unknown"),
    "kept": N_("Kept"),
    "broken": N_("Broken"),
}
_CURRENCY_DISPLAYS: Mapping[str, str] = {
    "symbol": N_("Symbol (¥1,234.00)"),
    "code": N_("Code (CNY 1,234.00)"),
}
_BACKUP_REASONS: Mapping[str, str] = {
    "open": N_("On start"),
    "manual": N_("Made by you"),
    "before-import": N_("Before an import"),
    "before-restore": N_("Before a restore"),
    "before-migration": N_("Before an upgrade"),
    "before-sample-removal": N_("Before removing the sample set"),
}

# Each language is named in itself, so a user can find theirs whatever is shown now; only "the system's"
# is translated.
_LANGUAGES: Mapping[str, str] = {
    "system": N_("Same as the system"),
    "zh_CN": "中文（简体）",
    "en": "English",
}
_NAMED_IN_THEMSELVES = frozenset({"zh_CN", "en"})


def _shown(table: Mapping[str, str]) -> dict[str, str]:
    """``table`` with its words in the UI's current language (a fresh dict: callers may keep it)."""
    return {key: tr(msgid) for key, msgid in table.items()}


def loan_kinds() -> dict[str, str]:
    return _shown(_LOAN_KINDS)


def repayment_methods() -> dict[str, str]:
    return _shown(_REPAYMENT_METHODS)


def instalment_statuses() -> dict[str, str]:
    return _shown(_INSTALMENT_STATUSES)


def contact_channels() -> dict[str, str]:
    return _shown(_CONTACT_CHANNELS)


def contact_directions() -> dict[str, str]:
    return _shown(_CONTACT_DIRECTIONS)


def counterparties() -> dict[str, str]:
    return _shown(_COUNTERPARTIES)


def promise_outcomes() -> dict[str, str]:
    """Keys: "" (not known yet), "kept", "broken"."""
    return _shown(_PROMISE_OUTCOMES)


def languages() -> dict[str, str]:
    return {key: word if key in _NAMED_IN_THEMSELVES else tr(word) for key, word in _LANGUAGES.items()}


def currency_displays() -> dict[str, str]:
    return _shown(_CURRENCY_DISPLAYS)


def backup_reasons() -> dict[str, str]:
    return _shown(_BACKUP_REASONS)
