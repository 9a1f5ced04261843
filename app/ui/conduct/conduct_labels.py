"""Words for the harassment check's choices in the contact dialog, translated when shown.

Keys are the enum values of app.core.models (ContactedParty, ConductFlag) as strings; the dialog speaks
as the borrower ("me", "my employer"), and the flags say what the collector did.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def contacted_parties() -> dict[str, str]:
    return {
        "borrower": QCoreApplication.translate("ConductLabels", "Me"),
        "guarantor": QCoreApplication.translate("ConductLabels", "My guarantor or co-borrower"),
        "family": QCoreApplication.translate("ConductLabels", "My family or relatives"),
        "employer": QCoreApplication.translate("ConductLabels", "My employer or colleagues"),
        "friend": QCoreApplication.translate("ConductLabels", "My friends"),
        "other": QCoreApplication.translate("ConductLabels", "Someone else"),
    }


def conduct_flags() -> dict[str, str]:
    return {
        "threats": QCoreApplication.translate("ConductLabels", "Threatened me or others"),
        "violence": QCoreApplication.translate("ConductLabels", "Used or threatened violence"),
        "insults": QCoreApplication.translate("ConductLabels", "Insulted or abused"),
        "impersonating_authorities": QCoreApplication.translate(
            "ConductLabels", "Posed as police, a court or the government"
        ),
        "public_exposure": QCoreApplication.translate(
            "ConductLabels", "Made the debt public (notices, messages to my contacts)"
        ),
        "disclosed_debt": QCoreApplication.translate("ConductLabels", "Told them about my debt"),
        "pressing_third_party": QCoreApplication.translate("ConductLabels", "Asked them to pay my debt"),
        "no_identification": QCoreApplication.translate(
            "ConductLabels", "Showed no ID and did not say who they were"
        ),
    }


def call_outcomes() -> dict[str, str]:
    """Keys: "" (not noted), "answered", "missed"."""
    return {
        "": QCoreApplication.translate("ConductLabels", "Not noted"),
        "answered": QCoreApplication.translate("ConductLabels", "I answered"),
        "missed": QCoreApplication.translate("ConductLabels", "Missed or not answered"),
    }


def visit_notices() -> dict[str, str]:
    """Keys: "" (not noted), "announced", "unannounced"."""
    return {
        "": QCoreApplication.translate("ConductLabels", "Not noted"),
        "announced": QCoreApplication.translate("ConductLabels", "They told me beforehand"),
        "unannounced": QCoreApplication.translate("ConductLabels", "No notice"),
    }


def recipients() -> dict[str, str]:
    """Keys: app.rules.conduct_complaint.RECIPIENTS. %1 is the complaint hotline's number."""
    return {
        "lender": QCoreApplication.translate("ConductLabels", "The lender (first)"),
        "regulator": QCoreApplication.translate(
            "ConductLabels", "The financial regulator, hotline %1 (if the lender does not resolve it)"
        ),
    }
