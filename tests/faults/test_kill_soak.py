"""Pull the plug again and again while RepayRadar writes: nothing committed may be lost, nothing half
written may appear, and the data file must open and pass SQLite's integrity check every time.

A writer process (soak_writer.py) imports backups through the CLI and edits loans and payments
through the Store, one committed write after another, announcing each; it is SIGKILLed at a random
moment, 250 times, on one data folder that lives through the whole soak. After every kill
this test opens the folder as the next start of RepayRadar would and compares it with a model of
every write announced as committed. (tests/core/test_crash_import.py kills one big import on fresh
copies; this soak mixes edits, imports and openings on accumulating data.)
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest
from fault_support import (
    REPO_ROOT,
    backup_document,
    cli_env,
    plain_contact,
    plain_loan,
    plain_payment,
    write_backup_file,
)

from app.core.backups import backup_problem
from app.core.clock import SystemClock
from app.core.store import DB_NAME, Store

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"), reason="needs fork and SIGKILL"
    ),
]

KILLS_WANTED = 250
TIME_LIMIT_S = 150  # a bound for a very slow machine; the soak normally ends after about a minute
IMPORT_FILES = 8
IMPORT_POOL = 80
WRITER = Path(__file__).with_name("soak_writer.py")


@dataclass
class Model:
    """What the data folder must hold: every write announced as committed, applied in order."""

    loans: dict[str, str] = field(default_factory=dict)  # id -> notes (the marker of the last write)
    payments: dict[str, tuple[str, int]] = field(default_factory=dict)  # id -> (loan id, cents)
    contacts: dict[str, str] = field(default_factory=dict)  # id -> loan id

    def copy(self) -> Model:
        return Model(dict(self.loans), dict(self.payments), dict(self.contacts))

    def state(self) -> tuple[dict, dict, dict]:
        return self.loans, self.payments, self.contacts

    def apply(self, op: dict, imports: list[dict]) -> None:
        kind = op["op"]
        if kind == "open":
            return
        if kind == "batch":
            for step in op["steps"]:
                self.apply(step, imports)
        elif kind == "import":
            document = imports[op["file"]]
            for loan in document["loans"]:
                self.loans[loan["id"]] = loan["notes"]
            for payment in document["payments"]:
                self.payments[payment["id"]] = (payment["loan_id"], _cents(payment["amount"]))
            for event in document["contacts"]:
                self.contacts[event["id"]] = event["loan_id"]
        elif kind in ("add_loan", "update_loan"):
            self.loans[op["id"]] = op["notes"]
        elif kind == "delete_loan":
            del self.loans[op["id"]]
            self.payments = {key: value for key, value in self.payments.items() if value[0] != op["id"]}
            self.contacts = {key: value for key, value in self.contacts.items() if value != op["id"]}
        elif kind == "add_payment":
            self.payments[op["id"]] = (op["loan"], op["cents"])
        elif kind == "update_payment":
            self.payments[op["id"]] = (self.payments[op["id"]][0], op["cents"])
        elif kind == "delete_payment":
            del self.payments[op["id"]]
        else:
            raise ValueError(kind)


def _cents(amount: object) -> int:
    return int(Decimal(str(amount)) * 100)


def _import_documents(folder: Path) -> tuple[list[Path], list[dict]]:
    """Backups whose loans overlap (same ids in several files), so imports both add and replace."""
    chance = random.Random(7)
    paths, documents = [], []
    for number in range(IMPORT_FILES):
        picked = sorted(chance.sample(range(IMPORT_POOL), 30))
        loans = [plain_loan(f"imp{n:03d}", notes=f"import {number}", index=n) for n in picked]
        payments = [
            plain_payment(f"ip-{loan.id}-{k}", loan.id, 10_000 * (number + 1) + k, day=30 * k)
            for loan in loans
            for k in range(3)
        ]
        contacts = [plain_contact(f"ic-{loan.id}", loan.id, day=number) for loan in loans]
        document = backup_document(loans, payments, contacts)
        paths.append(write_backup_file(folder / f"import-{number}.json", document))
        documents.append(json.loads(paths[-1].read_text(encoding="utf-8")))
    return paths, documents


def _read_log(log: Path) -> tuple[list[dict], dict | None]:
    """(ops announced as committed, the op in flight when the writer died, if any)."""
    committed: list[dict] = []
    pending: dict | None = None
    if not log.exists():
        # Killed within the first instant after the fork, before it opened its log: it wrote nothing.
        return committed, pending
    for line in log.read_text(encoding="utf-8").splitlines():
        word, _, rest = line.partition(" ")
        if word == "begin":
            try:
                pending = json.loads(rest)
            except json.JSONDecodeError:
                pytest.fail(f"a torn line in the writer's log: {line!r}")
        elif word == "commit":
            assert pending is not None, "commit without begin"
            committed.append(pending)
            pending = None
        elif word == "error":
            pytest.fail(f"the writer failed on its own:\n{json.loads(rest)}")
        else:
            pytest.fail(f"unexpected writer output: {line!r}")
    return committed, pending


def _opened_state(data_dir: Path) -> tuple[dict, dict, dict]:
    """Open the folder as RepayRadar starts (its own integrity check included) and read everything."""
    with Store.open(data_dir, clock=SystemClock()) as store:
        raw = sqlite3.connect(data_dir / DB_NAME)
        try:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            raw.close()
        loans = {loan.id: loan.notes for loan in store.loans()}
        payments = {p.id: (p.loan_id, _cents(p.amount)) for p in store.payments()}
        contacts = {event.id: event.loan_id for event in store.contacts()}
    return loans, payments, contacts


def _check_backups(data_dir: Path) -> list:
    with Store.open(data_dir, clock=SystemClock()) as store:
        backups = store.backups()
    for info in backups:
        assert backup_problem(info.path) is None, f"a listed backup is unusable: {info.path}"
    return backups


class Zygote:
    def __init__(self, scratch: Path) -> None:
        self.stderr = (scratch / "writer-stderr.txt").open("w")
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
            env=cli_env(PYTHONPATH=str(REPO_ROOT)),
        )
        assert self.ask("") == "ready"

    def ask(self, command: str) -> str:
        if command:
            self.process.stdin.write(command + "\n")
            self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.stderr.close()


def test_kills_during_imports_and_edits_lose_nothing_committed(tmp_path):
    import_paths, imports = _import_documents(tmp_path)
    data_dir = tmp_path / "data"
    model = Model()
    chance = random.Random(20260301)
    zygote = Zygote(tmp_path)
    kills = runs = commits = 0
    in_flight_at_kill: Counter[str] = Counter()
    landed: Counter[str] = Counter()  # the write in flight: found whole ("committed") or absent
    started = time.monotonic()
    try:
        while kills < KILLS_WANTED and time.monotonic() - started < TIME_LIMIT_S:
            runs += 1
            log = tmp_path / f"writer-{runs:04d}.log"
            answer = zygote.ask(f"run {data_dir} {log} {runs} {' '.join(map(str, import_paths))}")
            pid = int(answer.split()[1])
            time.sleep(chance.uniform(0.0, 0.3))
            os.kill(pid, signal.SIGKILL)
            status = int(zygote.ask(f"reap {pid}").split()[1])
            committed, pending = _read_log(log)
            assert status == -signal.SIGKILL, f"run {runs}: writer ended with {status} before the kill"
            kills += 1
            commits += len(committed)
            for op in committed:
                model.apply(op, imports)
            in_flight_at_kill[pending["op"] if pending else "between writes"] += 1

            found = _opened_state(data_dir)
            if found != model.state():
                assert pending is not None, f"run {runs}: data differs from every committed write"
                with_pending = model.copy()
                with_pending.apply(pending, imports)
                assert found == with_pending.state(), (
                    f"run {runs}: neither without nor with the write in flight ({pending['op']}): "
                    "a committed write was lost or a write was half applied"
                )
                model = with_pending
                landed["committed"] += 1
            elif pending is not None and pending["op"] != "open":
                landed["absent"] += 1
            if runs % 25 == 0:
                # Reading every backup takes a while; now and then is enough to catch a half-written one.
                _check_backups(data_dir)
            log.unlink(missing_ok=True)
    finally:
        zygote.close()

    elapsed = time.monotonic() - started
    backups = _check_backups(data_dir)
    assert not list(data_dir.glob(f"{DB_NAME}.corrupt-*")), "a data file was set aside as damaged"
    print(
        f"\nkill soak: {kills} SIGKILLs in {elapsed:.0f} s, {commits} committed writes checked, "
        f"{len(model.loans)} loans / {len(model.payments)} payments at the end, {len(backups)} backups; "
        f"in flight at the kill: {dict(in_flight_at_kill)}; the write in flight was {dict(landed)}"
    )
    assert kills >= KILLS_WANTED, f"only {kills} kills in {TIME_LIMIT_S} s"
    # The kills must have landed inside both kinds of write, or the soak proved little.
    assert in_flight_at_kill["import"] >= 10
    assert sum(in_flight_at_kill[op] for op in ("add_loan", "update_loan", "delete_loan", "batch")) >= 10
    assert landed["committed"] > 0 and landed["absent"] > 0
