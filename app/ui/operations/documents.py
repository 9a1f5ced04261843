"""Documents made from the data: the printable report (content and PDF, both on the data file's thread;
only its timeline picture is drawn on the UI thread, being a widget) and drafts the user keeps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.core.fileio import atomic_write_text
from app.core.i18n import Lang
from app.core.models import Loan
from app.core.store import Store
from app.rules.report_content import ReportContent, report_for_loan
from app.ui.documents.report import PreparedReport, write_prepared_report


def report_content(store: Store, loan: Loan, today: date, lang: Lang, display: str = "symbol") -> ReportContent:
    """The report of the loan today in ``lang`` with amounts shown as the user chose (``display``: a
    symbol or the ISO code; the estimate is worked out again in that language; the CLI's report takes
    the same path)."""
    return report_for_loan(loan, store.payments(loan.id), store.contacts(loan.id), today, lang,
                           display=display)


def write_report(_store: Store, prepared: PreparedReport, path: Path) -> int:
    """Lay out and write the PDF (atomically); its pages. Queued on the data file's thread so that the
    report never interleaves with a write it describes."""
    return write_prepared_report(prepared, path)


def save_text(path: Path, text: str) -> None:
    """Write a draft the user chose to keep; atomically, so an old file is never left half-written."""
    atomic_write_text(Path(path), text)
