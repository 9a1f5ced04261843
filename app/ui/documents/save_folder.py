"""The folder a save dialog opens in: the user's Documents folder, or their home folder when there is no
Documents folder. Never the working directory: a file dialog given a folder that does not exist (a
fresh account's ~/Documents) silently opens wherever the app was started from. And the names suggested
there: a loan's name made safe for a file name on every system."""

from __future__ import annotations

import re
from pathlib import Path

# Named where it is used: the main window imports this module, and PySide builds a class's Python type,
# with its enums, when it is first named (the first window needs no save folder).
from PySide6 import QtCore

# Characters a file name may not hold on Windows, macOS or Linux (and spaces, awkward in a shell).
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


def save_folder() -> Path:
    paths = QtCore.QStandardPaths
    documents = paths.writableLocation(paths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def file_name(words: str, suffix: str = "") -> str:
    """``words`` (a loan's name, a date, a word for the document) as a file name every system accepts."""
    return _UNSAFE_IN_FILE_NAMES.sub("-", words).strip("-.") + suffix


def suggested_path(name: str) -> str:
    """``name`` in the save folder, as a save dialog's starting path."""
    return str(save_folder() / name)
