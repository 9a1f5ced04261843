"""Helpers shared by the fault tests: the CLI in a fresh process, plain valid records, backup files.

Records are built here rather than borrowed from tests/core so that these tests can be read (and run)
on their own; they are deliberately plain: what matters is which records survive a fault.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import app
from app.core.models import ContactEvent, Loan, Payment

REPO_ROOT = Path(app.__file__).resolve().parents[1]
BEIJING = timezone(timedelta(hours=8))


@dataclass
class CliRun:
    code: int
    out: str
    err: str


def cli_env(**extra: str) -> dict[str, str]:
    """The environment of a CLI run: this checkout on the path, no inherited language override."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "LANG": "C.UTF-8"}
    env.pop("LANGUAGE", None)
    env.update(extra)
    return env


def run_cli(
    *args: str | Path,
    cwd: Path,
    preexec_fn: Callable[[], None] | None = None,
    timeout: float = 120,
) -> CliRun:
    """``python -m app ARGS`` as a user types it; fails the test on any Python traceback."""
    completed = subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=cwd,
        env=cli_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        preexec_fn=preexec_fn,
    )
    for stream in (completed.stdout, completed.stderr):
        assert "Traceback" not in stream, stream
    return CliRun(completed.returncode, completed.stdout, completed.stderr)


def plain_loan(loan_id: str, *, notes: str = "", index: int = 0) -> Loan:
    """A valid instalment loan; ``notes`` carries a marker that says which write produced it."""
    return Loan(
        id=loan_id,
        lender=("招商银行", "蚂蚁借呗", "Hometown Credit Union")[index % 3],
        name=f"贷款 {loan_id}",
        kind="unsecured_consumer",
        method="equal_installment",
        principal=Decimal("24000.00") + index,
        annual_rate=Decimal("7.2"),
        term_months=12 + index % 24,
        start_date=date(2025, 1 + index % 12, 1 + index % 28),
        due_day=1 + index % 28,
        notes=notes,
    )


def plain_payment(payment_id: str, loan_id: str, cents: int, *, day: int = 0) -> Payment:
    return Payment(
        id=payment_id,
        loan_id=loan_id,
        paid_on=date(2025, 6, 1) + timedelta(days=day),
        amount=Decimal(cents) / 100,
    )


def plain_contact(contact_id: str, loan_id: str, *, day: int = 0) -> ContactEvent:
    return ContactEvent(
        id=contact_id,
        loan_id=loan_id,
        at=datetime(2025, 7, 1, 10, 30, tzinfo=BEIJING) + timedelta(days=day),
        channel="call",
        direction="incoming",
        summary="催收电话：要求月底前还款",
    )


def backup_document(
    loans: Sequence[Loan], payments: Sequence[Payment] = (), contacts: Sequence[ContactEvent] = ()
) -> dict:
    """A JSON backup as ``python -m app export`` writes it (without settings, which are optional)."""
    return {
        "format": "repayradar-backup",
        "format_version": 1,
        "app_version": app.__version__,
        "loans": [loan.model_dump(mode="json") for loan in loans],
        "payments": [payment.model_dump(mode="json") for payment in payments],
        "contacts": [event.model_dump(mode="json") for event in contacts],
    }


def write_backup_file(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def seeded_backup(path: Path, loans: int, *, payments_per_loan: int = 3, prefix: str = "loan") -> Path:
    """A backup file with ``loans`` plain loans and their payments."""
    loan_list = [plain_loan(f"{prefix}{n:04d}", notes=f"seed {n}", index=n) for n in range(loans)]
    payment_list = [
        plain_payment(f"{loan.id}-p{k}", loan.id, 150_000 + k, day=31 * k)
        for loan in loan_list
        for k in range(payments_per_loan)
    ]
    return write_backup_file(path, backup_document(loan_list, payment_list))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listed_loans(data_dir: Path, cwd: Path) -> list[dict]:
    """``python -m app list --json``; fails the test unless the command succeeds."""
    result = run_cli("--data-dir", data_dir, "--lang", "en", "list", "--json", cwd=cwd)
    assert result.code == 0, result.err
    return json.loads(result.out)


def drop_root_file_override() -> None:
    """In a child before exec: give up root's right to ignore file permissions (Linux).

    Without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH in the bounding set the exec'd process is refused
    by a read-only folder exactly as an ordinary user would be; for other users it changes nothing.
    """
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop = 24
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(pr_capbset_drop, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")
