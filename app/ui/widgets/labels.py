"""Words for the data model's choices (loan kinds, repayment methods, statuses, contact channels...),
translated at the moment they are shown so that a language switch changes them everywhere.

Keys are the enum values as strings, so this module needs no pydantic import.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def loan_kinds() -> dict[str, str]:
    return {
        "credit_card": QCoreApplication.translate("Labels", "Credit card"),
        "unsecured_consumer": QCoreApplication.translate("Labels", "Consumer loan"),
        "small_online": QCoreApplication.translate("Labels", "Small online loan"),
        "mortgage": QCoreApplication.translate("Labels", "Mortgage"),
        "car": QCoreApplication.translate("Labels", "Car loan"),
        "business": QCoreApplication.translate("Labels", "Business loan"),
    }


def repayment_methods() -> dict[str, str]:
    return {
        "equal_installment": QCoreApplication.translate("Labels", "Equal instalments (annuity)"),
        "equal_principal": QCoreApplication.translate("Labels", "Equal principal"),
        "interest_only": QCoreApplication.translate("Labels", "Interest only, principal at the end"),
        "bullet": QCoreApplication.translate("Labels", "All at maturity"),
        "flat_fee": QCoreApplication.translate("Labels", "Equal principal plus flat monthly fee"),
        "credit_card": QCoreApplication.translate("Labels", "Card statement"),
        "custom": QCoreApplication.translate("Labels", "My lender's own schedule"),
    }


def instalment_statuses() -> dict[str, str]:
    return {
        "upcoming": QCoreApplication.translate("Labels", "Upcoming"),
        "due": QCoreApplication.translate("Labels", "Due"),
        "partly_paid": QCoreApplication.translate("Labels", "Partly paid"),
        "paid": QCoreApplication.translate("Labels", "Paid"),
        "overdue": QCoreApplication.translate("Labels", "Overdue"),
    }


def contact_channels() -> dict[str, str]:
    return {
        "call": QCoreApplication.translate("Labels", "Phone call"),
        "sms": QCoreApplication.translate("Labels", "Text message"),
        "letter": QCoreApplication.translate("Labels", "Letter"),
        "visit": QCoreApplication.translate("Labels", "Visit"),
        "app_message": QCoreApplication.translate("Labels", "App message"),
        "email": QCoreApplication.translate("Labels", "Email"),
        "agreement": QCoreApplication.translate("Labels", "Written agreement"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }


def contact_directions() -> dict[str, str]:
    return {
        "incoming": QCoreApplication.translate("Labels", "They contacted me"),
        "outgoing": QCoreApplication.translate("Labels", "I contacted them"),
    }


def counterparties() -> dict[str, str]:
    return {
        "lender": QCoreApplication.translate("Labels", "Lender"),
        "collector": QCoreApplication.translate("Labels", "Collection agency"),
        "lawyer": QCoreApplication.translate("Labels", "Lawyer"),
        "court": QCoreApplication.translate("Labels", "Court"),
        "other": QCoreApplication.translate("Labels", "Someone else"),
    }


def promise_outcomes() -> dict[str, str]:
    """Keys: "" (not known yet), "kept", "broken"."""
    return {
        "": QCoreApplication.translate("Labels", "Not due yet / unknown"),
        "kept": QCoreApplication.translate("Labels", "Kept"),
        "broken": QCoreApplication.translate("Labels", "Broken"),
    }


def languages() -> dict[str, str]:
    # Each language is named in itself, so a user can find theirs whatever is shown now.
    return {
        "system": QCoreApplication.translate("Labels", "Same as the system"),
        "zh_CN": "中文（简体）",
        "en": "English",
    }


def currency_displays() -> dict[str, str]:
    return {
        "symbol": QCoreApplication.translate("Labels", "Symbol (¥1,234.00)"),
        "code": QCoreApplication.translate("Labels", "Code (CNY 1,234.00)"),
    }


def backup_reasons() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("Labels", "On start"),
        "manual": QCoreApplication.translate("Labels", "Made by you"),
        "before-import": QCoreApplication.translate("Labels", "Before an import"),
        "before-restore": QCoreApplication.translate("Labels", "Before a restore"),
        "before-migration": QCoreApplication.translate("Labels", "Before an upgrade"),
        "before-sample-removal": QCoreApplication.translate("Labels", "Before removing the sample set"),
    }
