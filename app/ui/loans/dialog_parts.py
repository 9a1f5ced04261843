"""What the loans dialogs share: Save and Cancel below the form (their problems: app/ui/widgets/problem_label.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

_SAVE = QDialogButtonBox.StandardButton.Save
_CANCEL = QDialogButtonBox.StandardButton.Cancel


def save_cancel_buttons(
    dialog: QDialog, save_name: str, on_save: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton]:
    """Save (named ``save_name``, calling ``on_save``, which accepts when what was entered is valid) and
    Cancel (rejecting) for ``dialog``; the box and its Save button."""
    buttons = QDialogButtonBox(_SAVE | _CANCEL, dialog)
    save = buttons.button(_SAVE)
    save.setObjectName(save_name)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save
