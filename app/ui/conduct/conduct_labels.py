"""Words for the harassment check's choices in the contact dialog, translated when shown.

Keys are the enum values of app.core.models (ContactedParty, ConductFlag) as strings; the dialog speaks
as the borrower ("me", "my employer"), and the flags say what the collector did.
"""

from __future__ import annotations

from app.ui.shell.i18n import tr


def contacted_parties() -> dict[str, str]:
    return {
        "borrower": tr("Me"),
        "guarantor": tr("My guarantor or co-borrower"),
        "family": tr("My family or relatives"),
        "employer": tr("My employer or colleagues"),
        "friend": tr("My friends"),
        "other": tr("Someone else"),
    }


def conduct_flags() -> dict[str, str]:
    return {
        "threats": tr("Threatened me or others"),
        "violence": tr("Used or threatened violence"),
        "insults": tr("Insulted or abused"),
        "impersonating_authorities": tr("Posed as police, a court or the government"
        ),
        "public_exposure": tr("Made the debt public (notices, messages to my contacts)"
        ),
        "disclosed_debt": tr("Told them about my debt"),
        "pressing_third_party": tr("Asked them to pay my debt"),
        "no_identification": tr("Showed no ID and did not say who they were"
        ),
    }


def call_outcomes() -> dict[str, str]:
    """Keys: "" (not noted), "answered", "missed"."""
    return {
        "": tr("Not noted"),
        "answered": tr("I answered"),
        "missed": tr("Missed or not answered"),
    }


def visit_notices() -> dict[str, str]:
    """Keys: "" (not noted), "announced", "unannounced"."""
    return {
        "": tr("Not noted"),
        "announced": tr("They told me beforehand"),
        "unannounced": tr("No notice"),
    }


def recipients(hotline: str) -> dict[str, str]:
    """Keys: app.rules.conduct_complaint.RECIPIENTS; ``hotline`` is the complaint hotline's number."""
    return {
        "lender": tr("The lender (first)"),
        "regulator": tr("The financial regulator, hotline {hotline} (if the lender does not resolve it)",
                        hotline=hotline),
    }
