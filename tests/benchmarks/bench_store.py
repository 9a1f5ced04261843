"""How long the store takes with a heavy user's data: 1,000 loans with 10 payments and 2 contact-log
entries each. Opening runs the full integrity check and a backup every time, so it is the number to
watch.

    python tests/benchmarks/bench_store.py [--loans N] [--repeat R]

Prints one JSON line (for tools) and a table (for people); each figure is the median of R runs.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "tests" / "core")]

from store_samples import fixed_clock, sample_dataset, sample_settings  # noqa: E402

from app.core.exchange import export_backup, import_backup  # noqa: E402
from app.core.store import DB_NAME, Store  # noqa: E402


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loans", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="repayradar-bench-") as scratch:
        root = Path(scratch)
        data_dir = root / "data"
        loans, payments, contacts = sample_dataset(options.loans, payments_per_loan=10, contacts_per_loan=2)
        with Store.open(data_dir, clock=fixed_clock()) as store:
            store.merge(loans, payments, contacts, sample_settings())
        database = data_dir / DB_NAME

        def open_and_close() -> None:
            Store.open(data_dir, clock=fixed_clock()).close()

        def integrity_check() -> None:
            connection = sqlite3.connect(database)
            connection.execute("PRAGMA integrity_check").fetchall()
            connection.close()

        results: dict[str, object] = {
            "benchmark": "store",
            "loans": len(loans),
            "payments": len(payments),
            "contacts": len(contacts),
            "repeat": options.repeat,
        }
        results["open_ms"] = _median_ms(open_and_close, options.repeat)
        results["integrity_check_ms"] = _median_ms(integrity_check, options.repeat)
        results["database_bytes"] = database.stat().st_size

        backup_file = root / "backup.json"
        with Store.open(data_dir, clock=fixed_clock()) as store:
            results["backup_now_ms"] = _median_ms(lambda: store.backup_now("bench"), options.repeat)
            results["read_everything_ms"] = _median_ms(
                lambda: (store.loans(), store.payments(), store.contacts()), options.repeat
            )
            results["export_backup_ms"] = _median_ms(
                lambda: export_backup(store, backup_file), options.repeat
            )
        results["backup_file_bytes"] = backup_file.stat().st_size

        counter = iter(range(10_000))

        def import_into_empty_store() -> None:
            with Store.open(root / f"import-{next(counter)}", clock=fixed_clock()) as empty:
                import_backup(empty, backup_file)

        results["import_into_empty_ms"] = _median_ms(import_into_empty_store, options.repeat)

    print(json.dumps(results))
    width = max(len(key) for key in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
