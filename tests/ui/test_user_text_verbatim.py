"""What a user types is shown as typed, everywhere, in both languages (issue 18).

Every field a user types into gets "%1 %2 %3 {0} {name}" behind a tag naming the field: the loan's name,
lender, notes and collateral, a payment's note, a contact's person and what was said, and in the letter and complaint
dialogs the borrower's name, phone, account reference and what happened; and the loans filter box. Placeholders filled in more than
one pass (chained .replace("%1", ...), a second str.format) would rewrite them: "%2" in a loan's name
would become the amount. Then every place that shows user text is read back: the loans list, the loan
page and each of its tabs, the overview, the assessment tab with its what-if panel, the loan editor, the
tray's tooltip and menu, the notification, each letter and call script, each complaint, and the PDF (read
back with pdftotext).

The check, for each place: every tag that appears is followed by its whole value, unchanged, and the
places that show a field show it. The assessment and what-if panels word the rule engine's estimate and
show no typed text today; for them the first half of the check holds (a tag there must be whole).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from reminder_support import RecordingNotifier
from shell_support import CHINA, TODAY

from app.core.models import ContactEvent, CustomInstallment, Loan, LoanKind, Payment, RepaymentMethod
from app.ui.conduct.conduct_complaint_dialog import ComplaintDialog
from app.ui.documents.letter_dialog import LetterDialog
from app.ui.documents.report import write_report_pdf
from app.ui.loans.loan_editor import LoanEditor
from app.ui.reminders.tray import ReminderServices

TYPED = "%1 %2 %3 {0} {name}"
# One tag per field, so a value found in the wrong place, or cut short, says which field it was.
FIELDS = (
    "LOANNAME", "LENDER", "NOTES", "COLLATERAL", "PAYNOTE", "PERSON", "SAID", "BORROWER", "PHONE", "ACCOUNT",
    "HARDSHIP",
)
VALUES = {tag: f"{tag}-{TYPED}" for tag in FIELDS}
LOAN_ID = "typed"
LANGUAGES = ("en", "zh_CN")

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) reads the PDF back; CI installs it"
)


def typed_loan() -> Loan:
    today = TODAY.date()
    # One instalment five days overdue (the assessment, the overview's overdue list, a reminder), one
    # due tomorrow (the tray's next due, a notification) and one next month.
    dues = (today - timedelta(days=5), today + timedelta(days=1), today + timedelta(days=31))
    return Loan(
        id=LOAN_ID, lender=VALUES["LENDER"], name=VALUES["LOANNAME"], notes=VALUES["NOTES"],
        secured=True, collateral=VALUES["COLLATERAL"],
        kind=LoanKind.unsecured_consumer, method=RepaymentMethod.custom, principal=Decimal("3600.00"),
        start_date=dues[0] - timedelta(days=40), due_day=dues[0].day,
        custom_installments=[CustomInstallment(due_date=day, principal=Decimal("1200.00")) for day in dues],
    )


def add_typed_data(controller) -> None:
    controller.add_loan(typed_loan())
    controller.add_payment(Payment(loan_id=LOAN_ID, paid_on=TODAY.date() - timedelta(days=20),
                                   amount=Decimal("100.00"), note=VALUES["PAYNOTE"]))
    # A collector's threatening call at night: the conduct check finds breaches, so the complaint has
    # evidence to quote, and the promise shows in the log and the report.
    controller.add_contact(ContactEvent(
        loan_id=LOAN_ID, at=datetime(2026, 6, 12, 23, 30, tzinfo=CHINA), channel="call", direction="incoming",
        counterparty="collector", who=VALUES["PERSON"], answered=True, summary=VALUES["SAID"],
        conduct=["threats"], promised_amount=Decimal("500.00"), promised_date=TODAY.date() + timedelta(days=3),
    ))


# --------------------------------------------------------------------------------------- reading back


def model_texts(model: QAbstractItemModel) -> Iterable[str]:
    """Headers and cells of a table model (the app's item views are all tables)."""
    parent = QModelIndex()
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = model.columnCount(parent) if orientation == Qt.Orientation.Horizontal else model.rowCount(parent)
        for section in range(count):
            yield str(model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole) or "")
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in roles:
                value = index.data(role)
                if isinstance(value, str):
                    yield value


def widget_texts(root: QWidget) -> list[str]:
    """Every text ``root`` and its children show or tell a screen reader, table cells included."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts += [widget.toPlainText(), widget.placeholderText()]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(index) for index in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(index) for index in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += list(model_texts(widget.model()))
    return [text for text in texts if text]


def menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.toolTip()]
        if action.menu() is not None:
            texts += menu_texts(action.menu())
    return texts


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())  # pdftotext breaks lines where the page did


def mangled(texts: Iterable[str]) -> list[str]:
    """Texts in which a tag is not followed by its whole value: the value was substituted into."""
    return [text for text in texts for tag in FIELDS if text.count(tag) != text.count(VALUES[tag])]


def shown(texts: Iterable[str]) -> set[str]:
    """The fields whose whole value one of ``texts`` holds."""
    joined = "\n".join(texts)
    return {tag for tag in FIELDS if VALUES[tag] in joined}


class Places:
    """What each place showed, collected once per language, then checked together."""

    def __init__(self) -> None:
        self.texts: dict[str, list[str]] = {}

    def add(self, place: str, texts: Iterable[str]) -> None:
        self.texts.setdefault(place, []).extend(texts)

    def check(self, expected: dict[str, set[str]]) -> None:
        problems = {place: mangled(texts) for place, texts in self.texts.items() if mangled(texts)}
        assert problems == {}
        missing = {place: sorted(fields - shown(self.texts[place])) for place, fields in expected.items()
                   if fields - shown(self.texts[place])}
        assert missing == {}
        assert set(self.texts) >= set(expected)


def settle() -> None:
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()


# ------------------------------------------------------------------------------------------- the test


@needs_poppler
@pytest.mark.parametrize("lang", LANGUAGES)
def test_what_a_user_types_is_shown_verbatim_on_every_screen_letter_and_report(
    qtbot, window, controller, tmp_path, lang
):
    controller.set_language(lang, save=False)
    settle()
    add_typed_data(controller)
    notifier = RecordingNotifier()
    services = ReminderServices(window, controller, tray_available=True, notifier=notifier)
    try:
        places = Places()
        settle()

        # The loans list, the overview (overdue and upcoming dues, "pay this first").
        window.show_loans()
        settle()
        places.add("loans list", widget_texts(window.loans_page))
        # What the user types in the filter box finds the loan by its notes, "{0}" and "%1" included.
        window.loans_page.filter_edit.setText(VALUES["NOTES"])
        assert [window.loans_page.proxy.index(row, 0).data() for row in range(window.loans_page.proxy.rowCount())
                ] == [VALUES["LOANNAME"]]
        window.loans_page.filter_edit.clear()
        window.show_overview()
        window.dashboard.refresh()
        settle()
        places.add("overview", widget_texts(window.dashboard))

        # The loan page, one tab at a time (the assessment tab is built when first shown).
        window.open_loan(LOAN_ID)
        page = window.loan_page
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            settle()
            places.add(f"loan page tab {tab}", widget_texts(page))
        assessment = page.assessment_tab
        plan = assessment.plan_panel
        # Try a plan, so the what-if panel and the timeline's comparison say something.
        for box in plan.findChildren(QAbstractButton):
            if box.isCheckable() and box.isEnabled() and not box.isChecked():
                box.click()
                break
        settle()
        places.add("assessment", widget_texts(assessment.view))
        places.add("what-if", widget_texts(plan))

        # The editor a user reopens their loan in.
        editor = LoanEditor(controller, controller.loan(LOAN_ID))
        qtbot.addWidget(editor)
        places.add("loan editor", widget_texts(editor))

        # The tray and the notification the reminder scheduler showed at start.
        services.tray.rebuild_menu()
        places.add("tray", [services.tray.icon.toolTip(), *menu_texts(services.tray.menu)])
        assert notifier.shown, "the instalment due tomorrow is notified"
        places.add("notification", [text for note in notifier.shown for text in (note.title, note.body)])

        # Every letter and call script, in both languages, with the borrower's own words in them.
        letters = LetterDialog(controller, LOAN_ID)
        qtbot.addWidget(letters)
        letters.borrower_name.setText(VALUES["BORROWER"])
        letters.borrower_phone.setText(VALUES["PHONE"])
        letters.account_ref.setText(VALUES["ACCOUNT"])
        letters.hardship.setPlainText(VALUES["HARDSHIP"])
        for document in ("negotiation_letter", "call_script"):
            for letter_lang in LANGUAGES:
                letters.document.setCurrentIndex(letters.document.findData(document))
                letters.lang.setCurrentIndex(letters.lang.findData(letter_lang))
                places.add(f"{document} in {letter_lang}", [letters.draft_text()])
        places.add("letter dialog", widget_texts(letters))

        # Every complaint: to the lender and to the regulator, in both languages, signed by the user.
        complaint = ComplaintDialog(controller, LOAN_ID)
        qtbot.addWidget(complaint)
        complaint.name.setText(VALUES["BORROWER"])
        complaint.name.editingFinished.emit()
        for recipient in ("lender", "regulator"):
            for letter_lang in LANGUAGES:
                complaint.recipient.setCurrentIndex(complaint.recipient.findData(recipient))
                complaint.language.setCurrentIndex(complaint.language.findData(letter_lang))
                places.add(f"complaint to {recipient} in {letter_lang}", [complaint.draft()])
        places.add("complaint dialog", widget_texts(complaint))

        # The PDF report in both languages, read back from the file.
        for report_lang in LANGUAGES:
            path = tmp_path / f"report-{report_lang}.pdf"
            write_report_pdf(controller.report_content(LOAN_ID, report_lang), path)
            places.add(f"report in {report_lang}", [pdf_text(path)])
    finally:
        services.stop()

    loan = {"LOANNAME", "LENDER"}
    contact = {"PERSON", "SAID"}
    letter = {"LENDER", "BORROWER", "PHONE", "ACCOUNT", "HARDSHIP"}
    expected = {
        "loans list": loan,
        "overview": {"LOANNAME"},
        # The page's title and figures show on every tab; each tab adds its own typed text.
        **{f"loan page tab {tab}": {"LOANNAME", "LENDER"} for tab in range(4)},
        "loan page tab 1": loan | {"PAYNOTE"},
        "loan page tab 2": loan | contact,
        "loan editor": loan | {"NOTES", "COLLATERAL"},
        "tray": {"LOANNAME"},
        "notification": {"LOANNAME"},
        **{f"negotiation_letter in {lang_}": letter for lang_ in LANGUAGES},
        **{f"call_script in {lang_}": letter - {"PHONE"} for lang_ in LANGUAGES},  # their own call
        "letter dialog": letter,
        **{f"complaint to {to} in {lang_}": {"LENDER", "BORROWER"} | contact
           for to in ("lender", "regulator") for lang_ in LANGUAGES},
        **{f"report in {lang_}": loan | contact for lang_ in LANGUAGES},
    }
    places.check(expected)
    # The places that word the estimate show no typed text, and are checked for whole tags only.
    assert {"assessment", "what-if", "complaint dialog"} <= set(places.texts)
    assert re.search(r"\S", "".join(places.texts["assessment"]))
