"""Where the main window opens: sized to the screen's available area (not a fixed 1280x800 that a
1024-pixel screen cannot hold), and where the user left it when that still fits the screens there are."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

from app.ui.shell import window_geometry
from app.ui.shell.main_window import MainWindow
from app.ui.shell.window_geometry import PREFERRED, default_geometry, fits


def test_the_window_is_the_preferred_size_where_the_screen_has_room_for_it():
    rect = default_geometry(QRect(0, 0, 1920, 1040))
    assert rect.size() == PREFERRED == QSize(1280, 800)
    assert QRect(0, 0, 1920, 1040).contains(rect)


def test_on_a_small_screen_the_window_takes_the_available_area_less_its_frame():
    available = QRect(0, 24, 1024, 676)  # a 1024x700 screen with a 24-pixel panel on top
    rect = default_geometry(available)
    assert rect.width() <= 1024 - 16 and rect.height() <= 676 - 48
    assert rect.width() >= 1000 and rect.height() >= 620
    assert available.contains(rect)
    assert rect.top() >= available.top() + 24  # room for the title bar above the window


def test_a_remembered_place_is_used_only_if_it_fits_a_screen_there_is_now():
    laptop = [QRect(0, 0, 1366, 740)]
    assert fits(QRect(100, 80, 1200, 640), laptop)
    assert not fits(QRect(100, 80, 1800, 900), laptop)  # from a bigger monitor
    assert not fits(QRect(2000, 80, 800, 600), laptop)  # on a second screen no longer plugged in
    assert fits(QRect(2000, 80, 800, 600), [*laptop, QRect(1366, 0, 1920, 1080)])


def test_the_window_comes_back_where_the_user_left_it(qtbot, controller):
    settings = window_geometry.ui_settings()
    settings.remove(window_geometry.GEOMETRY_KEY)
    settings.remove(window_geometry.MAXIMIZED_KEY)
    first = MainWindow(controller)
    qtbot.addWidget(first)
    available = first.screen().availableGeometry()
    # The offscreen test screen is 800x800: the window fits it instead of being 1280x800.
    assert first.width() <= available.width() and first.height() <= available.height()
    wanted = QRect(available.left() + 10, available.top() + 60, 780, 600)
    first.setGeometry(wanted)
    first.show()
    qtbot.waitExposed(first)
    first.close()
    second = MainWindow(controller)
    qtbot.addWidget(second)
    assert second.geometry() == wanted
    # A place that no longer fits (a screen unplugged) is not restored.
    settings.setValue(window_geometry.GEOMETRY_KEY, "5000,5000,640,480")
    third = MainWindow(controller)
    qtbot.addWidget(third)
    assert available.contains(third.geometry())
    settings.remove(window_geometry.GEOMETRY_KEY)
