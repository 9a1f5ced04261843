"""Starting with the overview the data file kept (app/core/first_screen.py): it is painted before the
models load, today's reading then replaces it, and it is never shown once it no longer holds."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from shell_support import REPO, TODAY, run_app_probe

from app import __version__
from app.core.clock import FixedClock, SystemClock
from app.core.data_paths import DB_NAME
from app.core.first_screen import read_saved
from app.core.models import Loan
from app.core.overview import first_screen, loan_summaries
from app.core.store import Store
from app.ui.shell.application import GuiSession, create_application
from app.ui.shell.controller import Controller
from app.ui.shell.i18n import Translations
from app.ui.shell.main_window import MainWindow

HEAVY = ("pydantic", "app.core.models", "app.core.schedule", "app.core.store")


def overdue_loan(name: str, start: date) -> Loan:
    """1,200 over 12 months from ``start``, nothing paid: overdue once its first due date and grace pass."""
    return Loan(
        id="kept-loan", lender="工商银行", name=name, kind="unsecured_consumer", method="equal_installment",
        principal="1200.00", annual_rate="0", term_months=12, start_date=start, due_day=start.day,
    )


def keep_overview(data_dir: Path, today: date, clock) -> None:
    """The overview of the data as it is, kept for ``today`` (what a start on that day leaves behind)."""
    with Store.open(data_dir, clock=clock) as store:
        summaries = loan_summaries(store.loans(), store.payments(), today, near_today=True)
        screen = first_screen(summaries, today, store.settings(), store.revision())
        assert store.keep_first_screen(screen, __version__)


def rename_in_kept_overview(data_dir: Path, name: str, *, as_of: date | None = None) -> None:
    """Write ``name`` for the loan in the kept overview only (and another day, if given), leaving the data
    and its revision alone: what the screen then shows tells which of the two it came from."""
    connection = sqlite3.connect(data_dir / DB_NAME)
    with connection:
        (text,) = connection.execute("SELECT data FROM first_screen").fetchone()
        document = json.loads(text)
        document["rows"][0]["name"] = name
        if as_of is not None:
            document["as_of"] = as_of.isoformat()
            connection.execute("UPDATE first_screen SET as_of = ?", (as_of.isoformat(),))
        connection.execute("UPDATE first_screen SET data = ?", (json.dumps(document),))
    connection.close()


PROBE = f"""
import gc, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {str(REPO)!r})
from app.startup_gc import pause_collection
pause_collection()  # as app.__main__ does
from pathlib import Path
from PySide6.QtCore import QTimer
from app.ui.shell.application import GuiSession, create_application
from app.ui.loans.loans_model import NAME

app = create_application()
session = GuiSession(app, Path(sys.argv[1]))
heavy = {HEAVY!r}
def first_name():
    model = session.window.dashboard.loans_model
    return model.index(0, NAME).data()
seen = set()
def done(what):
    seen.add(what)
    if seen == {{"painted", "opened"}}:
        app.quit()
def painted():
    loaded = sorted(name for name in heavy if name in sys.modules)
    print("painted:", first_name(), "| open:", session.controller.is_open, "| loaded:", loaded)
    print("collector while starting:", gc.isenabled())
    QTimer.singleShot(0, lambda: print("app icon:", not app.windowIcon().isNull(), "| collector:", gc.isenabled()))
    done("painted")
def opened():
    print("opened:", first_name(), "| actions:", session.window.new_action.isEnabled())
    done("opened")
session.window.dataPainted.connect(painted)
session.controller.storeOpened.connect(lambda: QTimer.singleShot(0, opened))
QTimer.singleShot(60_000, app.quit)
sys.exit(session.run())
"""


def start_app(tmp_path: Path, data_dir: Path) -> list[str]:
    result = run_app_probe(PROBE, tmp_path, str(data_dir))
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout.splitlines()


def test_the_kept_overview_is_painted_before_the_models_load_and_todays_reading_replaces_it(tmp_path, data_dir):
    today = date.today()
    with Store.open(data_dir, clock=SystemClock()) as store:
        store.add_loan(overdue_loan("Loan", today - timedelta(days=70)))
    keep_overview(data_dir, today, SystemClock())
    rename_in_kept_overview(data_dir, "Kept loan")
    lines = start_app(tmp_path, data_dir)
    # On screen from the kept overview, with the data file not open and no model loaded...
    assert "painted: Kept loan | open: False | loaded: []" in lines
    # The app's icon (title bar, task bar) is set as soon as the data is on screen (the first paint has
    # none to draw), not only once the file is open; Python's cycle collector, paused for the start
    # (app/startup_gc.py), is back on then too.
    assert "collector while starting: False" in lines
    assert "app icon: True | collector: True" in lines
    assert lines.index("app icon: True | collector: True") < lines.index("opened: Loan | actions: True")
    # ...then today's reading, worked out from the data file itself, takes its place.
    assert "opened: Loan | actions: True" in lines


def test_a_kept_overview_of_another_day_is_never_shown(tmp_path, data_dir):
    today = date.today()
    with Store.open(data_dir, clock=SystemClock()) as store:
        store.add_loan(overdue_loan("Loan", today - timedelta(days=70)))
    keep_overview(data_dir, today, SystemClock())
    rename_in_kept_overview(data_dir, "Yesterday's loan", as_of=today - timedelta(days=1))
    lines = start_app(tmp_path, data_dir)
    # The overview waited for today's figures: the data file was open (the models loaded) at its paint.
    assert f"painted: Loan | open: True | loaded: {sorted(HEAVY)}" in lines
    assert not any("Yesterday" in line for line in lines)


def test_the_coming_days_overviews_are_kept_for_their_first_starts(qtbot, data_dir, monkeypatch):
    # Someone who opens the app once a day: a little after the overview is on screen, the overview of
    # each of the coming six days is worked out (for that day: app/core/first_screen.py) and kept, so
    # the first start of each of them shows it at once.
    from app.ui.shell import controller as controller_module

    monkeypatch.setattr(controller_module, "_KEEP_AHEAD_AFTER_MS", 10)
    today = date.today()
    with Store.open(data_dir, clock=SystemClock()) as store:
        store.add_loan(overdue_loan("Loan", today - timedelta(days=40)))
    session = GuiSession(create_application(), data_dir)
    qtbot.addWidget(session.window)

    def kept(ahead: int):
        return read_saved(data_dir / DB_NAME, today + timedelta(days=ahead), __version__)

    try:
        with qtbot.waitSignal(session.window.dataPainted, timeout=20000):
            QTimer.singleShot(0, session.window.show)
        qtbot.waitUntil(lambda: kept(6) is not None, timeout=20000)
    finally:
        session.hook.uninstall()
        session.controller.close()
    for ahead in range(1, 7):
        assert kept(ahead).as_of == today + timedelta(days=ahead)
        assert kept(ahead).rows[0].days_past_due == kept(0).rows[0].days_past_due + ahead
    assert kept(7) is None  # a week with today's


def test_a_start_keeps_the_overview_for_the_next_one(qtbot, data_dir):
    with Store.open(data_dir, clock=SystemClock()) as store:
        store.add_loan(overdue_loan("Loan", date.today() - timedelta(days=40)))
    assert read_saved(data_dir / DB_NAME, date.today(), __version__) is None
    session = GuiSession(create_application(), data_dir)
    qtbot.addWidget(session.window)
    try:
        with qtbot.waitSignal(session.window.dataPainted, timeout=20000):
            QTimer.singleShot(0, session.window.show)
        # Kept on the worker once the overview is on screen.
        qtbot.waitUntil(lambda: read_saved(data_dir / DB_NAME, date.today(), __version__) is not None,
                        timeout=10000)
    finally:
        session.hook.uninstall()
        session.controller.close()
    kept = read_saved(data_dir / DB_NAME, date.today(), __version__)
    assert [row.name for row in kept.rows] == ["Loan"] and kept.rows[0].is_overdue


@pytest.fixture
def opening(qtbot, data_dir, monkeypatch):
    """A window showing the kept overview of a data folder whose file is not open yet."""
    monkeypatch.setenv("LANGUAGE", "en")
    clock = FixedClock(TODAY)
    with Store.open(data_dir, clock=clock) as store:
        store.add_loan(overdue_loan("Loan", TODAY.date() - timedelta(days=70)))
    keep_overview(data_dir, TODAY.date(), clock)
    translations = Translations()
    controller = Controller(clock, translations=translations)
    screen = read_saved(data_dir / DB_NAME, TODAY.date(), __version__)
    controller.show_saved_screen(screen)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_saved_screen()
    yield controller, window
    controller.close()
    translations.apply("en")


def test_a_loan_opened_from_the_kept_overview_opens_once_the_data_file_is(opening, data_dir):
    controller, window = opening
    assert window.current_page() is window.dashboard
    assert not window.new_action.isEnabled()  # the editor needs the open data file
    # Tooltips that explain a figure need the loan's whole schedule: none yet, and no error either.
    assert controller.money_hows("kept-loan") == {}
    window.open_loan("kept-loan")
    assert window.current_page() is window.dashboard  # waiting for the data file
    controller.open_store(data_dir)
    window.data_ready()
    assert window.current_page() is window.loan_page and window.loan_page.loan_id == "kept-loan"
    assert window.new_action.isEnabled()


def test_the_loans_list_reads_the_kept_overview_too(opening):
    controller, window = opening
    model = window.dashboard.loans_model
    assert model.rowCount() == 1
    assert model.row_at(0).is_overdue and model.row_at(0).days_past_due == 40  # due a month after the start
    status = model.index(0, 3).data()
    assert "days overdue" in status
