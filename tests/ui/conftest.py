"""Fixtures of the main-window tests (app/ui outside app/ui/assessment): a controller over a fresh data
folder on a fixed day, the main window built on it, and the Chinese catalogues compiled from their .ts
sources the way the build hook compiles them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from shell_support import REPO, TODAY

from app.core.clock import FixedClock
from app.ui.shell.controller import Controller
from app.ui.shell.i18n import Translations
from app.ui.shell.main_window import MainWindow


def _compiler():
    spec = importlib.util.spec_from_file_location(
        "build_translations", REPO / "packaging" / "build_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def catalogues(tmp_path_factory) -> Path:
    """Every resources/translations/*.ts compiled to .qm in a temporary folder (what the build hook does)."""
    folder = tmp_path_factory.mktemp("qm")
    _compiler().compile_translations(REPO / "resources" / "translations", folder)
    return folder


@pytest.fixture
def controller(qtbot, data_dir, catalogues, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")  # "system" means English in these tests
    translations = Translations(catalogues)
    controller = Controller(FixedClock(TODAY), translations=translations)
    controller.open_store(data_dir)
    yield controller
    controller.close()
    translations.apply("en")  # removes the Chinese catalogues for the next test


@pytest.fixture
def window(qtbot, controller):
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.data_ready()
    return window

