"""The folder a save dialog opens in: the user's Documents folder, or their home folder when there is no
Documents folder. Never the working directory: a file dialog given a folder that does not exist (a
fresh account's ~/Documents) silently opens wherever the app was started from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def save_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def suggested_path(name: str) -> str:
    """``name`` in the save folder, as a save dialog's starting path."""
    return str(save_folder() / name)
