"""Where the user's data lives: the per-user folder and the data file's name in it.

Kept apart from the store (which loads pydantic and the models) because the start-up, the fault log
and the single-instance check need the folder before those are loaded.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from app import APP_NAME

DB_NAME = "repayradar.sqlite3"


def default_data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/RepayRadar on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def data_file(data_dir: Path | None) -> Path:
    """The data file in ``data_dir`` (the per-user folder when None)."""
    return Path(data_dir or default_data_dir()).expanduser() / DB_NAME
