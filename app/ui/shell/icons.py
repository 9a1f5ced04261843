"""The app's icons, drawn from SVG so they stay sharp at any scale factor.

The tray states (ok, soon, overdue) are for the reminders' tray icon: tray_icon("overdue").
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from PySide6.QtGui import QIcon

from app.resources import resource_path

TrayState = Literal["ok", "soon", "overdue"]


@cache
def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "app.svg")))


@cache
def tray_icon(state: TrayState) -> QIcon:
    return QIcon(str(resource_path("icons", f"tray-{state}.svg")))
