"""The folder a save dialog opens in: the user's Documents folder, or their home folder when there is no
Documents folder. Never the working directory: a file dialog given a folder that does not exist (a
fresh account's ~/Documents) silently opens wherever the app was started from. And the names suggested
there: a loan's name made safe for a file name on every system."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths

# Characters a file name may not hold on Windows, macOS or Linux (and spaces, awkward in a shell).
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


def save_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def file_name(words: str, suffix: str = "") -> str:
    """``words`` (a loan's name, a date, a word for the document) as a file name every system accepts."""
    return _UNSAFE_IN_FILE_NAMES.sub("-", words).strip("-.") + suffix


def suggested_path(name: str) -> str:
    """``name`` in the save folder, as a save dialog's starting path."""
    return str(save_folder() / name)
