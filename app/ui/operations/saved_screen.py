"""The overview the data file kept at its last reading, read before the file is opened and without the
models (app/core/first_screen.py says when it still holds)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app import __version__
from app.core.data_paths import data_file
from app.core.first_screen import FirstScreen, read_saved


def read(data_dir: Path | None, today: date) -> FirstScreen | None:
    """The overview kept in ``data_dir`` (the user's default folder when None) if it still holds today."""
    return read_saved(data_file(data_dir), today, __version__)
