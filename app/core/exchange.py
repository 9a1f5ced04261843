"""Moving data in and out: the JSON backup (export and all-or-nothing import), the calendar of due
dates (iCalendar) and one loan's schedule (CSV).

Every file is written atomically with mode 0600 (app.core.fileio): it is the user's financial data.
A backup file holds no timestamps, so exporting the same data twice gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from app import __version__
from app.core.clock import Clock
from app.core.errors import FileProblem, RepayRadarError
from app.core.fileio import atomic_write_bytes
from app.core.i18n import LANGUAGES, Lang, context_text, count_message, message, resolve_language
from app.core.import_bounds import check_record_counts, parse_bounded_json, read_bounded
from app.core.models import ContactEvent, Loan, Payment, Settings
from app.core.money_text import money_text
from app.core.store import Store

BACKUP_FORMAT = "repayradar-backup"
# 1: the first format. 2 (issue 13): loans may carry paid_installments, installment_paid_on,
# opening_principal, rate_changes, penalty_rate, compound_interest, upfront_fee and
# late_fee_per_installment, and a card's card_statement_minimum, card_statement_paid,
# card_posting_date and card_late_fee_percent; payments prepayment and prepayment_fee. See
# _upgrade_document.
BACKUP_FORMAT_VERSION = 2
# "paid" is what reached the instalment itself; "penalty_paid" what late payments paid in penalty interest
# on it first (a late payment pays the penalty first: docs/money.md), so the two add up to what was paid.
CSV_COLUMNS = (
    "number", "due_date", "principal", "interest", "amount", "minimum", "balance_after", "status", "paid",
    "penalty_paid",
)

Action = Literal["export_backup", "import_backup", "export_ics", "export_csv"]


@dataclass(frozen=True)
class ExchangeSummary:
    """What an export or import did, for the CLI line and the GUI's status message."""

    action: Action
    path: Path
    loans: int = 0
    payments: int = 0
    contacts: int = 0
    events: int = 0
    rows: int = 0
    loans_added: int = 0
    loans_updated: int = 0
    backup: Path | None = None
    loan_name: str = ""

    def text(self, lang: Lang) -> str:
        counted = {
            noun: count_message(f"count.{noun}", lang, getattr(self, noun))
            for noun in ("loans", "payments", "contacts", "events", "rows")
        }
        fields = {
            "path": self.path, **counted,
            "added": self.loans_added, "updated": self.loans_updated, "name": self.loan_name,
        }
        sentence = message(f"exchange.done.{self.action}", lang, **fields)
        if self.backup is not None:
            sentence += " " + message("exchange.done.previous_data_backed_up", lang, backup=self.backup)
        return sentence


# ----------------------------------------------------------------------------------------- errors


class ExchangeError(RepayRadarError):
    """A file could not be written or read, or a backup is not acceptable; nothing was changed."""


class ExportFailed(ExchangeError, FileProblem):
    """An export file cannot be written (no such folder, not allowed, disk full): said in words."""

    key = "exchange.cannot_write"
    writing = True


class BackupFileInvalid(ExchangeError):
    """The backup file as a whole cannot be used (unreadable, not JSON, not a backup, too new)."""


class BackupUnreadable(BackupFileInvalid, FileProblem):
    """The backup file cannot be read at all (missing, a folder, not allowed, not UTF-8): said in words."""

    key = "exchange.cannot_read"


class BackupRecordInvalid(ExchangeError):
    """One record of the backup is wrong; the text names the record and, for a bad value, the field."""

    key = "exchange.record_invalid"

    def __init__(self, path: Path, details: dict[Lang, str]) -> None:
        self.path = path
        self.details = details
        super().__init__(path=path)

    def text(self, lang: Lang) -> str:
        return message(self.key, lang, path=self.path, detail=self.details[lang])


class LoanRefError(ExchangeError):
    """A loan named on the command line matches no loan, or several."""


# ------------------------------------------------------------------------------------ JSON backup


def backup_document(store: Store) -> dict[str, Any]:
    """All the user's data as one JSON-ready document, in a fixed order."""
    loans = sorted(store.loans(), key=lambda loan: loan.id)
    payments = sorted(store.payments(), key=lambda p: (p.loan_id, p.paid_on, p.id))
    contacts = sorted(
        store.contacts(), key=lambda c: (c.loan_id, c.at.astimezone(timezone.utc), c.id)
    )
    return {
        "format": BACKUP_FORMAT,
        "format_version": BACKUP_FORMAT_VERSION,
        "app_version": __version__,
        "loans": [loan.model_dump(mode="json") for loan in loans],
        "payments": [payment.model_dump(mode="json") for payment in payments],
        "contacts": [event.model_dump(mode="json") for event in contacts],
        "settings": store.settings().model_dump(mode="json"),
    }


def export_backup(store: Store, path: Path) -> ExchangeSummary:
    document = backup_document(store)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    _write(Path(path), text.encode("utf-8"))
    return ExchangeSummary(
        "export_backup", Path(path), loans=len(document["loans"]),
        payments=len(document["payments"]), contacts=len(document["contacts"]),
    )


@dataclass(frozen=True)
class BackupContents:
    loans: list[Loan]
    payments: list[Payment]
    contacts: list[ContactEvent]
    settings: Settings | None


def read_backup(path: Path, *, known_loan_ids: Collection[str] = ()) -> BackupContents:
    """Parse and validate a backup file completely, writing nothing.

    ``known_loan_ids`` are loans already stored, which payments and contacts may refer to. A file
    beyond the import bounds (app.core.import_bounds) is refused with the limit it broke.
    """
    path = Path(path)
    try:
        raw = read_bounded(path)
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise BackupUnreadable(path, error) from error
    document = parse_bounded_json(path, text)
    if not isinstance(document, dict) or document.get("format") != BACKUP_FORMAT:
        raise BackupFileInvalid("exchange.not_backup", path=path)
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BackupFileInvalid("exchange.not_backup", path=path)
    if version > BACKUP_FORMAT_VERSION:
        raise BackupFileInvalid(
            "exchange.backup_too_new", path=path, found=version, known=BACKUP_FORMAT_VERSION
        )

    check_record_counts(path, document)
    document = _upgrade_document(document, version)
    loans = _validate_section(path, document, "loans", Loan, _loan_label)
    payments = _validate_section(path, document, "payments", Payment, _payment_label)
    contacts = _validate_section(path, document, "contacts", ContactEvent, _contact_label)
    settings = None
    if "settings" in document:
        raw_settings = document["settings"]
        if not isinstance(raw_settings, dict):
            raise BackupFileInvalid("exchange.section_not_object", path=path, section="settings")
        settings = _validate_record(path, raw_settings, Settings, lambda lang: "settings")

    _check_unique_ids(path, "loans", loans)
    _check_unique_ids(path, "payments", payments)
    _check_unique_ids(path, "contacts", contacts)
    loan_ids = set(known_loan_ids) | {loan.id for loan, _ in loans}
    for section, records in (("payments", payments), ("contacts", contacts)):
        for record, index in records:
            if record.loan_id not in loan_ids:
                raise BackupFileInvalid(
                    "exchange.unknown_loan", path=path, record=f"{section}[{index}]",
                    loan_id=record.loan_id,
                )
    return BackupContents(
        [loan for loan, _ in loans], [p for p, _ in payments], [c for c, _ in contacts], settings
    )


# What a version-1 record means in version 2: none of the new facts were known, so each takes the
# value that changes nothing (no instalment counted paid, no prepayment, the default penalty).
_V1_LOAN_DEFAULTS: dict[str, Any] = {
    "paid_installments": 0,
    "installment_paid_on": {},
    "opening_principal": None,
    "rate_changes": [],
    "penalty_rate": None,
    "compound_interest": True,
    "upfront_fee": "0.00",
    "late_fee_per_installment": "0.00",
    # A card: the minimum by the card's rule, nothing paid before tracking, interest from the statement
    # date, and the usual 5 % late fee (the fee is new with rolling statements; cards stored in the app
    # itself get the same default).
    "card_statement_minimum": None,
    "card_statement_paid": "0.00",
    "card_posting_date": None,
    "card_late_fee_percent": "5",
}
_V1_PAYMENT_DEFAULTS: dict[str, Any] = {"prepayment": None, "prepayment_fee": "0.00"}


def _upgrade_document(document: dict[str, Any], version: int) -> dict[str, Any]:
    """The document in the current format: each older version's records brought forward one step at a
    time. Records that are not objects are left for validation to report."""
    if version < 2:
        document = dict(document)
        for section, defaults in (("loans", _V1_LOAN_DEFAULTS), ("payments", _V1_PAYMENT_DEFAULTS)):
            records = document.get(section)
            if isinstance(records, list):
                document[section] = [
                    {**defaults, **record} if isinstance(record, dict) else record for record in records
                ]
    return document


def import_backup(store: Store, path: Path) -> ExchangeSummary:
    """Merge a backup into the store by id: all of it or, if anything is wrong, none of it.

    Every record is validated before anything is written; then the current data is backed up, and
    the merge runs as one transaction.
    """
    path = Path(path)
    contents = read_backup(path, known_loan_ids={loan.id for loan in store.loans()})
    before = store.backup_if_data("before-import")
    counts = store.merge(contents.loans, contents.payments, contents.contacts, contents.settings)
    return ExchangeSummary(
        "import_backup", path, loans=len(contents.loans), payments=len(contents.payments),
        contacts=len(contents.contacts), loans_added=counts.loans_added,
        loans_updated=counts.loans_updated, backup=before.path if before else None,
    )


Model = TypeVar("Model", bound=BaseModel)
Labeller = Callable[[int, dict[str, Any], Lang], str]


def _validate_section(
    path: Path, document: dict[str, Any], section: str, model: type[Model], labeller: Labeller
) -> list[tuple[Model, int]]:
    records = document.get(section, [])
    if not isinstance(records, list):
        raise BackupFileInvalid("exchange.section_not_list", path=path, section=section)
    validated: list[tuple[Model, int]] = []
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise BackupFileInvalid("exchange.record_not_object", path=path, record=f"{section}[{index}]")
        label = _bind_label(labeller, index, record)
        validated.append((_validate_record(path, record, model, label), index))
    return validated


def _bind_label(labeller: Labeller, index: int, record: dict[str, Any]) -> Callable[[Lang], str]:
    return lambda lang: labeller(index, record, lang)


def _validate_record(
    path: Path, record: dict[str, Any], model: type[Model], label: Callable[[Lang], str]
) -> Model:
    try:
        return model.model_validate(record)
    except ValidationError as error:
        from app.core.validation import describe_validation_error

        details = {lang: describe_validation_error(error, lang, record=label(lang)) for lang in LANGUAGES}
        raise BackupRecordInvalid(path, details) from error


def _described(index: int, section: str, record: dict[str, Any], field: str, lang: Lang) -> str:
    """``loans[3] (lender 招商银行)``: the position, and one value the user will recognise."""
    from app.core.validation import field_label

    value = record.get(field)
    if not isinstance(value, str | int | Decimal) or isinstance(value, bool) or value == "":
        return f"{section}[{index}]"
    shown = str(value)
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    # Translators: a record of an import file and one value the user will recognise, e.g.
    # "loans[3] (Lender 招商银行)"; {section}[{index}] stays as it is (it names the file's part).
    return context_text(lang, "import file", "{section}[{index}] ({field} {value})", section=section,
                        index=index, field=field_label(field, lang), value=shown)


def _loan_label(index: int, record: dict[str, Any], lang: Lang) -> str:
    return _described(index, "loans", record, "lender", lang)


def _payment_label(index: int, record: dict[str, Any], lang: Lang) -> str:
    return _described(index, "payments", record, "paid_on", lang)


def _contact_label(index: int, record: dict[str, Any], lang: Lang) -> str:
    return _described(index, "contacts", record, "at", lang)


def _check_unique_ids(path: Path, section: str, records: Sequence[tuple[BaseModel, int]]) -> None:
    first_index: dict[str, int] = {}
    for record, index in records:
        record_id = record.id  # type: ignore[attr-defined]
        if record_id in first_index:
            raise BackupFileInvalid(
                "exchange.duplicate_id", path=path, record=f"{section}[{index}]",
                other=f"{section}[{first_index[record_id]}]", record_id=record_id,
            )
        first_index[record_id] = index


# ------------------------------------------------------------------------------------ iCalendar


def export_ics(store: Store, path: Path, *, clock: Clock) -> ExchangeSummary:
    """Each unpaid due date from today on as an all-day event with the user's reminder alarms.

    UIDs are ``<loan id>-<instalment number>@repayradar``, so importing a newer file into a calendar
    updates the events instead of adding duplicates.
    """
    # icalendar is imported here, not at the top: it takes about 60 ms, and the app's start-up reaches
    # this module (through the sample set) long before anyone exports a calendar.
    from icalendar import Alarm, Calendar, Event

    from app.core.schedule import InstallmentStatus, position

    settings = store.settings()
    lang = resolve_language(settings.language)
    today = clock.today()
    stamp = clock.now().astimezone(timezone.utc)
    calendar = Calendar()
    calendar.add("prodid", f"-//RepayRadar//RepayRadar {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", message("exchange.ics.calendar_name", lang))
    events: list[tuple[Any, ...]] = []
    loans_with_events: set[str] = set()
    for loan in store.loans(include_archived=False):
        loan_position = position(loan, store.payments(loan.id), today)
        for state in loan_position.states:
            instalment = state.installment
            if instalment.due_date < today or state.status is InstallmentStatus.paid:
                continue
            loans_with_events.add(loan.id)
            events.append((instalment.due_date, loan.id, instalment.number, loan, state))
    for due_date, loan_id, number, loan, state in sorted(events, key=lambda item: item[:3]):
        amount = money_text(state.outstanding, loan.currency)
        summary = message("exchange.ics.summary", lang, name=loan.display_name, amount=amount)
        event = Event()
        event.add("uid", f"{loan_id}-{number}@repayradar")
        event.add("dtstamp", stamp)
        event.add("dtstart", due_date)
        event.add("dtend", due_date + timedelta(days=1))
        event.add("summary", summary)
        event.add(
            "description",
            message(
                "exchange.ics.description", lang, name=loan.display_name, lender=loan.lender,
                number=number, amount=amount, minimum=money_text(state.installment.minimum, loan.currency),
            ),
        )
        event.add("transp", "TRANSPARENT")
        for lead_days in settings.reminder_lead_days:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", summary)
            # Relative to the all-day event's start (midnight): back lead_days, then on to the
            # user's reminder time of day.
            alarm.add(
                "trigger",
                timedelta(days=-lead_days, hours=settings.reminder_time.hour,
                          minutes=settings.reminder_time.minute),
            )
            event.add_component(alarm)
        calendar.add_component(event)
    _write(Path(path), calendar.to_ical())
    return ExchangeSummary("export_ics", Path(path), loans=len(loans_with_events), events=len(events))


# ------------------------------------------------------------------------------------------ CSV


def find_loan(loans: Sequence[Loan], loan_ref: str) -> Loan:
    """The loan ``loan_ref`` names: its id, a unique beginning of its id, its name, or a unique part of its
    name, case ignored ("card" finds "Sample · Credit card"). An exact id or name wins over a partial
    match; several partial matches are listed so the user can pick one (LoanRefError)."""
    wanted = loan_ref.strip().casefold()
    if not wanted:
        raise LoanRefError("exchange.loan_ref_unknown", ref=loan_ref)
    for exact in (
        [loan for loan in loans if loan.id == loan_ref.strip()],
        [loan for loan in loans if loan.display_name.casefold() == wanted],
    ):
        if len(exact) == 1:
            return exact[0]
    matches = [
        loan for loan in loans
        if loan.id.casefold().startswith(wanted) or wanted in loan.display_name.casefold()
    ]
    if not matches:
        raise LoanRefError("exchange.loan_ref_unknown", ref=loan_ref)
    if len(matches) > 1:
        listed = "; ".join(f"{loan.display_name} ({loan.id})" for loan in matches)
        raise LoanRefError("exchange.loan_ref_ambiguous", ref=loan_ref, count=len(matches), matches=listed)
    return matches[0]


def export_schedule_csv(store: Store, loan_ref: str, path: Path) -> ExchangeSummary:
    loan = find_loan(store.loans(), loan_ref)
    from app.core.schedule import position

    loan_position = position(loan, store.payments(loan.id), store.clock.today())
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for state in loan_position.states:
        row = state.installment
        writer.writerow(
            (row.number, row.due_date.isoformat(), row.principal, row.interest, row.amount,
             row.minimum, row.balance_after, str(state.status), state.paid, state.penalty_paid)
        )
    # A byte-order mark lets spreadsheet programs on Chinese Windows read UTF-8 instead of GBK.
    _write(Path(path), buffer.getvalue().encode("utf-8-sig"))
    return ExchangeSummary(
        "export_csv", Path(path), loans=1, rows=len(loan_position.states), loan_name=loan.display_name
    )


def _write(path: Path, data: bytes) -> None:
    try:
        atomic_write_bytes(path, data)
    except OSError as error:
        raise ExportFailed(path, error) from error
