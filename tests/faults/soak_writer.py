"""The process the kill soak shoots: it writes to a RepayRadar data folder until it is SIGKILLed.

Run as ``python soak_writer.py``: it imports the app once, prints "ready", then serves commands on
standard input, one a line:

    run DATA_DIR LOG_PATH SEED IMPORT_FILE...   fork a writer; answers "pid N"
    reap PID                                    wait for that writer; answers "status N" (-9 = SIGKILL)

Forking a writer from this already-started process costs milliseconds instead of a fresh interpreter's
half second, so the soak can afford hundreds of kills; each writer is still a process of its own, and
the kill hits it at a random moment like a power cut or a crash would.

A writer's standard output is its LOG_PATH. Before each write it prints "begin <JSON op>", and
"commit" once the write has committed, each line written out at once: whatever is announced as committed must
be in the data file after the kill, and the write in flight must be there whole or not at all.
Writes alternate between the CLI's import (``python -m app import``, run in-process) and sessions
of edits through the Store API: add, update and delete loans and payments, alone or several in one
transaction.
"""

from __future__ import annotations

import io
import json
import os
import random
import sys
import traceback
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fault_support import plain_loan, plain_payment  # noqa: E402

from app import cli  # noqa: E402
from app.core.clock import SystemClock  # noqa: E402
from app.core.store import Store  # noqa: E402

MAX_LOANS = 160
IMPORT_SHARE = 0.25
BATCH_SHARE = 0.2


class Writer:
    def __init__(self, data_dir: Path, seed: int, import_files: list[str]) -> None:
        self.data_dir = data_dir
        self.seed = seed
        self.rng = random.Random(seed)
        self.import_files = import_files
        self.counter = 0

    def say(self, *parts: str) -> None:
        # One write() per line: a kill can then cut the log only between lines, never inside one,
        # whatever buffering the interpreter was started with (PYTHONUNBUFFERED splits print()).
        os.write(1, (" ".join(parts) + "\n").encode("utf-8"))

    def run_forever(self) -> None:
        while True:
            if self.rng.random() < IMPORT_SHARE:
                self.cli_import()
            else:
                self.edit_session()

    def cli_import(self) -> None:
        index = self.rng.randrange(len(self.import_files))
        self.say("begin", json.dumps({"op": "import", "file": index}))
        argv = ["--data-dir", str(self.data_dir), "--lang", "en", "import", self.import_files[index]]
        code = cli.main(argv, stdout=io.StringIO())
        if code != 0:
            raise RuntimeError(f"the CLI import ended with status {code}")
        self.say("commit")

    def edit_session(self) -> None:
        self.say("begin", json.dumps({"op": "open"}))
        with Store.open(self.data_dir, clock=SystemClock()) as store:
            self.say("commit")
            loans = {loan.id for loan in store.loans()}
            payments = {payment.id: payment.loan_id for payment in store.payments()}
            for _ in range(self.rng.randint(5, 40)):
                if self.rng.random() < BATCH_SHARE:
                    steps = [self.pick(loans, payments) for _ in range(self.rng.randint(2, 5))]
                    steps = [step for step in steps if step is not None]
                    if not steps:
                        continue
                    self.say("begin", json.dumps({"op": "batch", "steps": steps}))
                    with store.transaction():
                        for step in steps:
                            self.perform(store, step)
                else:
                    step = self.pick(loans, payments)
                    if step is None:
                        continue
                    self.say("begin", json.dumps(step))
                    self.perform(store, step)
                self.say("commit")

    def fresh(self, kind: str) -> str:
        self.counter += 1
        return f"{kind}{self.seed}-{self.counter}"

    def pick(self, loans: set[str], payments: dict[str, str]) -> dict | None:
        """The next write, chosen from what exists; the local view is updated as if it committed."""
        roll = self.rng.random()
        if not loans or (roll < 0.25 and len(loans) < MAX_LOANS):
            step = {"op": "add_loan", "id": self.fresh("e"), "notes": self.fresh("m")}
            loans.add(step["id"])
            return step
        if roll < 0.45:
            return {"op": "update_loan", "id": self.rng.choice(sorted(loans)), "notes": self.fresh("m")}
        if roll < 0.55 or len(loans) >= MAX_LOANS:
            loan_id = self.rng.choice(sorted(loans))
            loans.discard(loan_id)
            for payment_id in [key for key, owner in payments.items() if owner == loan_id]:
                del payments[payment_id]
            return {"op": "delete_loan", "id": loan_id}
        if roll < 0.8 or not payments:
            step = {
                "op": "add_payment",
                "id": self.fresh("p"),
                "loan": self.rng.choice(sorted(loans)),
                "cents": self.rng.randint(1, 5_000_000),
            }
            payments[step["id"]] = step["loan"]
            return step
        payment_id = self.rng.choice(sorted(payments))
        if roll < 0.92:
            return {"op": "update_payment", "id": payment_id, "cents": self.rng.randint(1, 5_000_000)}
        del payments[payment_id]
        return {"op": "delete_payment", "id": payment_id}

    def perform(self, store: Store, step: dict) -> None:
        op = step["op"]
        if op == "add_loan":
            store.add_loan(plain_loan(step["id"], notes=step["notes"], index=self.counter))
        elif op == "update_loan":
            store.update_loan(store.loan(step["id"]).model_copy(update={"notes": step["notes"]}))
        elif op == "delete_loan":
            store.delete_loan(step["id"])
        elif op == "add_payment":
            store.add_payment(plain_payment(step["id"], step["loan"], step["cents"], day=self.counter % 300))
        elif op == "update_payment":
            (current,) = [p for p in store.payments() if p.id == step["id"]]
            store.update_payment(current.model_copy(update={"amount": Decimal(step["cents"]) / 100}))
        elif op == "delete_payment":
            store.delete_payment(step["id"])
        else:
            raise ValueError(op)


def _child(data_dir: str, log_path: str, seed: str, import_files: list[str]) -> None:
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(log, 1)
    os.dup2(log, 2)
    os.close(log)
    try:
        Writer(Path(data_dir), int(seed), import_files).run_forever()
    except BaseException:  # noqa: BLE001 - reported to the test through the log, then a distinct status
        os.write(1, ("error " + json.dumps(traceback.format_exc()) + "\n").encode("utf-8"))
        os._exit(3)


def main() -> None:
    print("ready", flush=True)
    for line in sys.stdin:
        command, *args = line.split()
        if command == "run":
            pid = os.fork()
            if pid == 0:
                _child(args[0], args[1], args[2], args[3:])
                os._exit(4)
            print("pid", pid, flush=True)
        elif command == "reap":
            _, status = os.waitpid(int(args[0]), 0)
            print("status", os.waitstatus_to_exitcode(status), flush=True)
        else:
            raise ValueError(command)


if __name__ == "__main__":
    main()
