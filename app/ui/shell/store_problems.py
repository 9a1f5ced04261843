"""What the user sees when the data file cannot be opened, each with a way out.

Locked (open in another RepayRadar): say so; quit. Too new (written by a newer version): say so; quit
(nothing was changed). Corrupt: the damaged file was already set aside by the store; offer to restore
the newest good backup, to start with empty data, or to quit. A damaged record (the file passes SQLite's
check but a record cannot be read): offer to restore the newest good backup over it, or to quit. Unwritable: say why; try again or quit.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import RepayRadarError
from app.core.i18n import Lang
from app.core.store_errors import StoreCorrupt, StoreDamaged, StoreLocked, StoreUnwritable
from app.ui.shell.i18n import tr


class Choice(Enum):
    QUIT = "quit"
    RETRY = "retry"
    RESTORE_NEWEST = "restore"
    START_EMPTY = "empty"


def ask_what_to_do(parent: QWidget | None, error: RepayRadarError, lang: Lang) -> Choice:
    """Show ``error`` (StoreLocked, StoreTooNew, StoreCorrupt, StoreUnwritable, ...) and return the choice."""
    box = QMessageBox(parent)
    box.setObjectName("storeProblem")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("RepayRadar cannot open your data"))
    box.setText(error.text(lang))
    choices: dict[object, Choice] = {}
    # A damaged record leaves the file in place (SQLite's check passes); the backups may still be good.
    damaged_record = isinstance(error, StoreDamaged) and error.in_record
    if (isinstance(error, StoreCorrupt) and error.backups) or damaged_record:
        restore = box.addButton(
            tr("&Restore the newest good backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        choices[restore] = Choice.RESTORE_NEWEST
        box.setDefaultButton(restore)
    if isinstance(error, StoreCorrupt):
        choices[
            box.addButton(
                tr("Start with &empty data"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
        ] = Choice.START_EMPTY
    if isinstance(error, (StoreUnwritable, StoreLocked)):
        choices[
            box.addButton(
                tr("&Try again"), QMessageBox.ButtonRole.AcceptRole
            )
        ] = Choice.RETRY
    quit_button = box.addButton(
        tr("&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    choices[quit_button] = Choice.QUIT
    box.setEscapeButton(quit_button)
    box.exec()
    return choices.get(box.clickedButton(), Choice.QUIT)
