"""Where and how large the main window opens: where the user left it, when that still fits one of the
screens there are now; otherwise the size the pages are designed for, cut down to the screen's available
area (the screen less its panels and docks) and centred on it.

Kept with QSettings beside the language hint (app/ui/shell/i18n.py), not in the data file: the window opens
and is painted before the data file is read.
"""

from __future__ import annotations

# QtCore.Qt is looked up where it is used: building the Qt namespace's types is a noticeable part of the
# first window's time, and the first window needs none of them here.
from PySide6 import QtCore
from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

GEOMETRY_KEY = "ui/window_geometry"  # "x,y,width,height" of the window's frame-less area
MAXIMIZED_KEY = "ui/window_maximized"
# What the pages are laid out for when the screen has room for it.
PREFERRED = QSize(1280, 800)
# The least a window may be and still show a page (a 1024x600 netbook still holds it with its panel).
SMALLEST = QSize(760, 480)
# Room left around a window sized to the screen, for its title bar and frame.
FRAME_ROOM = QSize(16, 48)
# A remembered window must have this much of it on a screen to be found again (its title bar's worth).
GRIP = 48


def default_geometry(available: QRect) -> QRect:
    """PREFERRED where it fits, else the available area less room for the frame; centred on it."""
    width = max(min(PREFERRED.width(), available.width() - FRAME_ROOM.width()), 1)
    height = max(min(PREFERRED.height(), available.height() - FRAME_ROOM.height()), 1)
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    # The title bar sits above the client area: keep it on the screen.
    top = max(rect.top(), available.top() + FRAME_ROOM.height() - FRAME_ROOM.width() // 2)
    rect.moveTop(min(top, available.bottom() - height + 1))
    return rect


def fits(rect: QRect, screens: list[QRect]) -> bool:
    """Whether a remembered window can come back as it was: it is no larger than the available area of a
    screen that holds its top edge (where the title bar is grabbed) and enough of its width."""
    for available in screens:
        grip = QRect(rect.left(), rect.top(), rect.width(), GRIP).intersected(available)
        if (
            rect.width() <= available.width()
            and rect.height() <= available.height()
            and grip.width() >= min(rect.width(), 4 * GRIP)
            and grip.height() >= GRIP // 2
        ):
            return True
    return False


def _screens() -> list[QScreen]:
    return list(QGuiApplication.screens())


def _parse(text: object) -> QRect | None:
    try:
        x, y, width, height = (int(part) for part in str(text).split(","))
    except ValueError:
        return None
    if width <= 0 or height <= 0:
        return None
    return QRect(x, y, width, height)


def ui_settings() -> QSettings:
    """The language hint's file (app/ui/shell/i18n.py), an INI file on every platform. A bare QSettings()
    is the registry on Windows: the self-check's scratch folder did not cover it and the uninstaller
    left it behind (found by packaging/windows/wine/check_windows_build.sh)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "RepayRadar", "ui")


def place(window: QWidget, settings: QSettings | None = None) -> None:
    """Give ``window`` its remembered geometry if it fits the screens there are now, else the default
    for the screen it is on."""
    settings = settings or ui_settings()
    window.setMinimumSize(SMALLEST)
    remembered = _parse(settings.value(GEOMETRY_KEY, ""))
    screens = _screens()
    if remembered is not None and fits(remembered, [screen.availableGeometry() for screen in screens]):
        window.setGeometry(remembered)
    else:
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(default_geometry(screen.availableGeometry()))
        else:
            window.resize(PREFERRED)
    if str(settings.value(MAXIMIZED_KEY, "false")).lower() == "true":
        window.setWindowState(window.windowState() | QtCore.Qt.WindowState.WindowMaximized)


def remember(window: QWidget, settings: QSettings | None = None) -> None:
    """Keep the window's size and position (its normal geometry when maximised) for the next start."""
    settings = settings or ui_settings()
    rect = window.normalGeometry() if window.isMaximized() else window.geometry()
    if rect.isValid():
        settings.setValue(GEOMETRY_KEY, f"{rect.x()},{rect.y()},{rect.width()},{rect.height()}")
    settings.setValue(MAXIMIZED_KEY, "true" if window.isMaximized() else "false")
    settings.sync()


def screen_room(widget: QWidget) -> QRect:
    """The available area of the screen ``widget`` is on (or the primary screen)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(QPoint(0, 0), PREFERRED)


def fit_dialog(dialog: QWidget, preferred: QSize) -> None:
    """Give ``dialog`` its ``preferred`` size where the screen has room for it, else as much as the
    screen's available area holds with its frame (the dialog's own scrolling parts take up the rest)."""
    room = screen_room(dialog.parentWidget() or dialog)
    dialog.resize(
        max(min(preferred.width(), room.width() - FRAME_ROOM.width()), 1),
        max(min(preferred.height(), room.height() - FRAME_ROOM.height()), 1),
    )


class ScrollingPart(QScrollArea):
    """The part of a dialog that scrolls when the screen is too small for all of it (a form's fields):
    it asks for its content's whole size, but can be made as short as a few lines, so a dialog fits a
    small screen and its buttons stay in view. Never scrolls sideways: the content gets the width."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def sizeHint(self) -> QSize:
        content = self.widget().sizeHint()
        return QSize(content.width() + self.verticalScrollBar().sizeHint().width(), content.height())

    def minimumSizeHint(self) -> QSize:
        content = self.widget().minimumSizeHint()
        lines = self.fontMetrics().lineSpacing() * 6
        return QSize(content.width() + self.verticalScrollBar().sizeHint().width(), min(content.height(), lines))
