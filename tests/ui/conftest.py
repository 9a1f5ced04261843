"""Fixtures of the main-window tests (app/ui outside app/ui/assessment): a controller over a fresh data
folder on a fixed day, and the main window built on it."""

from __future__ import annotations

import pytest
from shell_support import TODAY

from app.core.clock import FixedClock
from app.ui.shell.controller import Controller
from app.ui.shell.i18n import Translations
from app.ui.shell.main_window import MainWindow


@pytest.fixture
def controller(qtbot, data_dir, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")  # "system" means English in these tests
    translations = Translations()
    controller = Controller(FixedClock(TODAY), translations=translations)
    controller.open_store(data_dir)
    yield controller
    controller.close()
    translations.apply("en")  # removes Qt's Chinese catalogue for the next test


@pytest.fixture
def window(qtbot, controller):
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.data_ready()
    return window

