"""Record an unexpected fault to a log file in the data folder, so the user can send it to us.

Nothing is shown raw to the user: the caller prints or displays a readable sentence with the log path.
"""

from __future__ import annotations

import os
import traceback
from datetime import datetime
from pathlib import Path

from app import __version__

LOG_NAME = "repayradar-errors.log"
_MAX_LOG_BYTES = 1_000_000


def record_fault(error: BaseException, *, data_dir: Path | None = None) -> Path | None:
    """Append the error with its traceback to the fault log; return the log's path (None if unwritable)."""
    try:
        if data_dir is None:
            from app.core.data_paths import default_data_dir  # platformdirs, only when a fault is logged

            data_dir = default_data_dir()
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        log_path = data_dir / LOG_NAME
        # A link planted in place of the log would have the traceback appended to the file it points at.
        if log_path.is_symlink():
            return None
        if log_path.exists() and log_path.stat().st_size > _MAX_LOG_BYTES:
            log_path.replace(log_path.with_suffix(".log.old"))
        text = "".join(traceback.format_exception(error))
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
        descriptor = os.open(log_path, flags, 0o600)
        with os.fdopen(descriptor, "a", encoding="utf-8") as log:
            log.write(f"--- {stamp} RepayRadar {__version__}\n{text}\n")
        return log_path
    except OSError:
        return None
