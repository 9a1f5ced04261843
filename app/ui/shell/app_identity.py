"""The app's identity on the Windows shell: its AppUserModelID.

Windows groups taskbar buttons, pins and toast notifications by AppUserModelID. The installer puts the
same ID (app.APP_ID) on the Start-menu shortcut (packaging/windows/repayradar.nsi); the running process
must claim it too, before its first window appears, or the taskbar treats the shortcut and the window
as two different programs (pinning the window would pin python.exe, and the shortcut's toasts would not
be attributed to it). Elsewhere there is nothing to do: desktops match windows through the desktop file
name (QGuiApplication.setDesktopFileName) and the bundle id.
"""

from __future__ import annotations

import sys

from app import APP_ID


def set_windows_app_id(platform: str | None = None) -> bool:
    """Claim APP_ID for this process on Windows; True when it was set."""
    if (platform or sys.platform) != "win32":
        return False
    import ctypes

    shell32 = ctypes.windll.shell32  # type: ignore[attr-defined]
    return shell32.SetCurrentProcessExplicitAppUserModelID(ctypes.c_wchar_p(APP_ID)) == 0  # S_OK
