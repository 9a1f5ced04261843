"""The app's icons, drawn from SVG so they stay sharp at any scale factor.

The tray states (ok, soon, overdue) are for the reminders' tray icon: tray_icon("overdue").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Literal

# QIcon is named where an icon is made: PySide builds its Python type, with all its enums, when it is
# first named, and the first window draws no icon (GuiSession.show_app_icon sets the app's afterwards).
from PySide6 import QtGui

from app.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

TrayState = Literal["ok", "soon", "overdue"]


@cache
def app_icon() -> QIcon:
    return QtGui.QIcon(str(resource_path("icons", "app.svg")))


@cache
def tray_icon(state: TrayState) -> QIcon:
    return QtGui.QIcon(str(resource_path("icons", f"tray-{state}.svg")))
