"""What the app does with the data, one small module per domain (Anki's aqt/operations is the model):
plain functions that take the Store first and run on the data file's one thread (app/ui/shell/database.py).

They load pydantic, the schedules and the rule engine, which the first paint does not need, so the
Controller imports them at two boundaries: load_records() when the data file is opened (on the worker), and
load_estimates() when the first estimate is asked for (a data file without loans never loads the engine).
load_saved_screen() is the light one before both: the overview the data file kept, read without the models.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType
from typing import NamedTuple


class Records(NamedTuple):
    """The operations on the records (app.ui.operations.<name>)."""

    backups: ModuleType
    contacts: ModuleType
    loans: ModuleType
    opening: ModuleType
    overview: ModuleType
    payments: ModuleType
    reminders: ModuleType
    sample: ModuleType
    settings: ModuleType


class Estimates(NamedTuple):
    """The operations that need the rule engine."""

    conduct: ModuleType
    documents: ModuleType
    estimates: ModuleType


@cache
def load_saved_screen() -> ModuleType:
    """app.ui.operations.saved_screen, imported (by the Controller, on the GUI thread) just before the
    worker reads the overview the data file kept."""
    from app.ui.operations import saved_screen

    return saved_screen


@cache
def load_records() -> Records:
    """Imported here, at the data boundary, rather than at the top of the Controller."""
    from app.ui.operations import backups, contacts, loans, opening, overview, payments, reminders, sample, settings

    return Records(backups, contacts, loans, opening, overview, payments, reminders, sample, settings)


@cache
def load_estimates() -> Estimates:
    """Imported here, when the first estimate, conduct check or report is asked for."""
    from app.ui.operations import conduct, documents, estimates

    return Estimates(conduct, documents, estimates)
