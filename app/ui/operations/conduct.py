"""The collection-conduct check of a loan's contact log, what the contact dialog asks, and complaints."""

from __future__ import annotations

from datetime import date

from app.core.i18n import Lang
from app.core.models import Loan
from app.core.store import Store
from app.rules.conduct import Breach, EntryQuestions, check, entry_questions
from app.rules.conduct_complaint import Recipient, compose_complaint
from app.rules.pack import load_pack


def breaches(store: Store, loan_id: str, lang: Lang) -> list[Breach]:
    """The entries of the loan's contact log that break the rule pack's conduct rules, oldest first.
    Hours and days are read in the system's local time, the time the log is entered and shown in."""
    return check(store.contacts(loan_id), load_pack(), None, lang)


def questions(channel: str, direction: str, counterparty: str, contacted: str) -> EntryQuestions:
    """What the contact dialog should ask about an entry like this for the conduct rules to judge it."""
    return entry_questions(load_pack(), channel, direction, counterparty, contacted)  # type: ignore[arg-type]


def hotline() -> str:
    return load_pack().conduct.complaint_hotline


def complaint(
    store: Store, loan: Loan, recipient: Recipient, lang: Lang, today: date, borrower_name: str = ""
) -> str:
    """A complaint about the loan's breaches, to the lender or the regulator, in ``lang``."""
    pack, log = load_pack(), store.contacts(loan.id)
    return compose_complaint(
        check(log, pack, None, lang), log, loan, pack, lang, recipient, today, borrower_name=borrower_name
    )
