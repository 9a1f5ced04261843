"""Render the main screens to PNG files for a person to look at, and for README (not a pytest test).

    xvfb-run -a -s "-screen 0 1920x1080x24" python tests/e2e/screenshots.py [--docs DIR] [--big DIR]

The sample set on a fixed day (2026-06-15), in English and Chinese: overview, loans list, a loan's
schedule, the assessment, the loan editor, the settings, and the contact log's conduct check with a
complaint drafted from it (after logging a 23:30 call), each at 1280x800 (to --docs, by default
docs/screenshots/, the set README shows) and at 1920x1080 (to --big, by default screenshots/tmp/,
which git ignores), plus a dark-palette overview to check the colours. Dialogs are drawn over the
(dimmed) main window, as a user sees them. Needs a real X server (Xvfb) and fonts-noto-cjk for Chinese.

With --check FINDINGS.json it instead shows every page and dialog in both languages as the app sizes
them on this display (no resizing: what a user gets), saves each to --big, and writes what
screen_check.py finds (text cut off, overlaps, windows off the screen) as JSON; test_screens.py runs it
on four screen sizes under a window manager.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # screen_check beside this file
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["LANGUAGE"] = "en"  # "system" would follow the machine; each shot picks its language itself
# The app remembers the last language in the user's config folder; keep this run's choice out of it.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="repayradar-shots-config-")

from PySide6.QtGui import QColor, QImage, QPainter, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.core.clock import FixedClock  # noqa: E402
from app.ui.shell.controller import Controller  # noqa: E402
from app.ui.shell.i18n import Translations  # noqa: E402
from app.ui.conduct.conduct_complaint_dialog import ComplaintDialog  # noqa: E402
from app.ui.loans.loan_detail import ASSESSMENT_TAB, CONTACTS_TAB, SCHEDULE_TAB  # noqa: E402
from app.ui.loans.loan_editor import LoanEditor  # noqa: E402
from app.ui.shell.main_window import MainWindow  # noqa: E402
from app.ui.shell.settings_dialog import SettingsDialog  # noqa: E402

SIZES = ((1280, 800), (1920, 1080))
LANGUAGES = ("en", "zh_CN")
DAY = datetime(2026, 6, 15, 10, 0, tzinfo=timezone(timedelta(hours=8)))


def settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def show_settled_overview(window: MainWindow) -> None:
    """The overview as a user sees it a moment after it opens: the pay-first order, worked out on a
    worker thread after the overview paints, has arrived (in the language now chosen)."""
    window.show_overview()
    panel = window.dashboard.pay_first_panel
    panel.flush()
    deadline = time.monotonic() + 30
    while not panel.is_settled() and time.monotonic() < deadline:
        settle()
        time.sleep(0.01)
    settle()


def save(image: QImage, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG", 9):
        raise SystemExit(f"cannot write {path}")
    shrink(path)


def shrink(path: Path) -> None:
    # A UI has few colours: ImageMagick's adaptive 256-colour palette (no dithering) keeps it sharp at a
    # fraction of the size. Qt's own 8-bit conversion uses a fixed colour cube and shifts the tints.
    convert = shutil.which("magick") or shutil.which("convert")
    if convert:
        subprocess.run(
            [convert, str(path), "-strip", "-dither", "None", "-colors", "256", f"PNG8:{path}"], check=True
        )
    print(path)


def grab(window: MainWindow, path: Path, dialog: QWidget | None = None) -> None:
    """The window as the user sees it, with ``dialog`` centred over it under a soft shadow.

    Widgets are rendered with QWidget.grab() rather than read back from the X screen: without a window
    manager, the screen may still hold half-repainted areas when it is read.
    """
    settle()
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    if dialog is not None:
        shot = dialog.grab().toImage()
        left = (image.width() - shot.width()) // 2
        top = (image.height() - shot.height()) // 2
        painter = QPainter(image)
        painter.fillRect(image.rect(), QColor(0, 0, 0, 60))  # the window behind a modal dialog, dimmed
        for spread, alpha in ((10, 18), (6, 28), (3, 40)):
            painter.fillRect(
                left - spread,
                top - spread + 4,
                shot.width() + 2 * spread,
                shot.height() + 2 * spread,
                QColor(0, 0, 0, alpha),
            )
        painter.drawImage(left, top, shot)
        painter.setPen(QColor(0, 0, 0, 90))
        painter.drawRect(left - 1, top - 1, shot.width() + 1, shot.height() + 1)
        painter.end()
    save(image, path)


def shoot(window: MainWindow, controller: Controller, out: Path, lang: str, width: int, height: int) -> None:
    suffix = f"{lang}_{width}x{height}.png"
    window.resize(width, height)
    settle()
    show_settled_overview(window)
    grab(window, out / f"overview_{suffix}")
    window.show_loans()
    grab(window, out / f"loans_{suffix}")
    window.open_loan("sample-online", tab=SCHEDULE_TAB)
    grab(window, out / f"loan_schedule_{suffix}")
    window.open_loan("sample-online", tab=ASSESSMENT_TAB)
    grab(window, out / f"assessment_{suffix}")
    shoot_whatif(window, out, suffix)
    editor = LoanEditor(controller, controller.loan("sample-online"), parent=window)
    editor.show()
    grab(window, out / f"loan_editor_{suffix}", editor)
    editor.close()
    settings = SettingsDialog(controller, window)
    settings.show()
    grab(window, out / f"settings_{suffix}", settings)
    settings.close()
    shoot_conduct(window, controller, out, lang, suffix)
    window.go_back()


# What a harassed borrower logs: a collector's call at 23:30 with a threat, and a call to their employer
# the next morning that told of the debt (they had answered the night before, so they were reachable).
CONDUCT_ENTRIES = {
    "en": [
        ("Mr Li, collection agency", "Called late at night: pay by Friday or they tell my employer."),
        ("Mr Li", "Called my manager and told him about the debt."),
    ],
    "zh_CN": [
        ("李先生（催收公司）", "深夜来电：周五前不还就告诉我单位。"),
        ("李先生", "打电话给我的主管，说了我欠款的事。"),
    ],
}


def shoot_conduct(window: MainWindow, controller: Controller, out: Path, lang: str, suffix: str) -> None:
    """The contact log with two flagged entries and its conduct check, then the complaint drafted from it.
    Times are shown in Shanghai time, the sample set's zone, whatever the machine's zone is."""
    from app.core.models import ContactEvent

    night, morning = CONDUCT_ENTRIES[lang]
    logged = [
        ContactEvent(
            loan_id="sample-online", at=DAY.replace(hour=23, minute=30) - timedelta(days=3), channel="call",
            direction="incoming", counterparty="collector", who=night[0], summary=night[1], answered=True,
            conduct=["threats"],
        ),
        ContactEvent(
            loan_id="sample-online", at=DAY.replace(hour=10, minute=5) - timedelta(days=2), channel="call",
            direction="incoming", counterparty="collector", contacted="employer", who=morning[0],
            summary=morning[1], conduct=["disclosed_debt"],
        ),
    ]
    zone_before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    try:
        for event in logged:
            controller.add_contact(event)
        window.open_loan("sample-online", tab=CONTACTS_TAB)
        grab(window, out / f"conduct_{suffix}")
        dialog = ComplaintDialog(controller, "sample-online", parent=window)
        dialog.show()
        grab(window, out / f"conduct_complaint_{suffix}", dialog)
        dialog.close()
        for event in logged:
            controller.delete_contact(event)
    finally:
        if zone_before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = zone_before
        time.tzset()


def shoot_whatif(window: MainWindow, out: Path, suffix: str) -> None:
    """The assessment with the what-if panel's own suggestion ticked (pay what will be overdue in three
    days), scrolled so that the panel and the timeline drawing the plan are in view; then undone."""
    from PySide6.QtWidgets import QScrollArea

    tab = window.loan_page.assessment_tab
    panel = tab.plan_panel
    panel.pay_check.setChecked(True)
    panel.flush()
    settle()
    scroll = tab.view.findChild(QScrollArea, "assessmentScroll")
    scroll.verticalScrollBar().setValue(panel.y() - panel.fontMetrics().height() // 2)
    grab(window, out / f"whatif_{suffix}")
    panel.reset()
    scroll.verticalScrollBar().setValue(0)


# ------------------------------------------------------------------------------ the screen check

# Every page and dialog a new user meets, by name: (name, what shows it, what hides it again).
CHECKED_SCREENS = (
    "welcome", "overview", "loans", "loan_schedule", "loan_payments", "assessment", "situation", "whatif",
    "timeline", "contact_log",
    "loan_editor", "new_loan_editor", "payment_dialog", "contact_dialog", "settings", "letter_dialog",
    "complaint_dialog", "report_save",
)


def wait_for_window_manager(window: QWidget, seconds: float = 2.0) -> None:
    """Let the window manager map and place ``window`` (its frame is known once it has)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        settle()
        if window.isVisible() and window.frameGeometry() != window.geometry():
            break
        time.sleep(0.02)
    settle()


def check_screens(out: Path, label: str) -> dict[str, dict[str, list[dict[str, str]]]]:
    """Show every page and dialog in both languages on this display as the app sizes them itself (no
    resizing here: the point is what a user gets), save each to ``out`` and return the findings of
    screen_check by language and screen. The window is the one the app opens, with a window manager's
    frame around it."""
    from PySide6.QtWidgets import QFileDialog, QScrollArea

    from app.ui.conduct.contact_log import ContactDialog
    from app.ui.documents.letter_dialog import LetterDialog
    from app.ui.loans.loan_detail import PAYMENTS_TAB
    from app.ui.loans.payment_dialog import PaymentDialog
    from app.ui.documents.save_folder import suggested_path
    from screen_check import check_window

    app = QApplication.instance()
    work = Path(tempfile.mkdtemp(prefix="repayradar-check-"))
    controller = Controller(FixedClock(DAY), translations=Translations())
    controller.open_store(work / "RepayRadar")
    window = MainWindow(controller)
    window.show()
    window.data_ready()
    wait_for_window_manager(window)
    available = window.screen().availableGeometry()
    results: dict[str, dict[str, list[dict[str, str]]]] = {}

    def look(name: str, lang: str, shown: QWidget, dialog: QWidget | None = None) -> None:
        settle()
        target = dialog or shown
        findings = check_window(target, available)
        if dialog is not None:
            findings += [finding for finding in check_window(window, available) if finding["kind"] == "off screen"]
        results.setdefault(lang, {})[name] = findings
        path = out / f"{name}_{lang}_{label}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        grab_plain(window, path, dialog)

    def dialog_screen(name: str, lang: str, dialog: QWidget) -> None:
        dialog.show()
        wait_for_window_manager(dialog)
        look(name, lang, window, dialog)
        dialog.close()
        dialog.deleteLater()
        settle()

    try:
        for lang in LANGUAGES:
            controller.set_language(lang)
            controller.remove_sample_data()
            window.show_overview()
            look("welcome", lang, window)
            controller.load_sample_data()
            show_settled_overview(window)
            look("overview", lang, window)
            window.show_loans()
            look("loans", lang, window)
            window.open_loan("sample-online", tab=SCHEDULE_TAB)
            look("loan_schedule", lang, window)
            window.open_loan("sample-online", tab=PAYMENTS_TAB)
            look("loan_payments", lang, window)
            window.open_loan("sample-online", tab=ASSESSMENT_TAB)
            look("assessment", lang, window)
            tab = window.loan_page.assessment_tab
            # "Your situation": beside the estimate on a wide window, behind its button on a narrower one.
            opened_by_hand = not tab.toggle.isChecked()
            tab.toggle.setChecked(True)
            look("situation", lang, window)
            if opened_by_hand:
                tab.toggle.setChecked(False)
            panel = tab.plan_panel
            panel.pay_check.setChecked(True)
            panel.flush()
            settle()
            scroll = tab.view.findChild(QScrollArea, "assessmentScroll")
            scroll.verticalScrollBar().setValue(panel.y() - panel.fontMetrics().height() // 2)
            look("whatif", lang, window)
            # The timeline's foot with the plan drawn: the axis, its scale note and the legend.
            timeline = tab.view.timeline
            bottom = timeline.mapTo(scroll.widget(), timeline.rect().bottomLeft()).y()
            scroll.verticalScrollBar().setValue(bottom - scroll.viewport().height() + 8)
            look("timeline", lang, window)
            panel.reset()
            scroll.verticalScrollBar().setValue(0)
            logged = conduct_entries(lang)
            for event in logged:
                controller.add_contact(event)
            window.open_loan("sample-online", tab=CONTACTS_TAB)
            look("contact_log", lang, window)
            loan = controller.loan("sample-online")
            dialog_screen("loan_editor", lang, LoanEditor(controller, loan, parent=window))
            dialog_screen("new_loan_editor", lang, LoanEditor(controller, parent=window))
            dialog_screen("payment_dialog", lang, PaymentDialog(controller, loan, parent=window))
            dialog_screen("contact_dialog", lang, ContactDialog(controller, loan, parent=window))
            dialog_screen("settings", lang, SettingsDialog(controller, window))
            dialog_screen("letter_dialog", lang, LetterDialog(controller, "sample-online", parent=window))
            dialog_screen("complaint_dialog", lang, ComplaintDialog(controller, "sample-online", parent=window))
            # The report's save dialog as loan_documents.ask_report_path opens it (Qt's own file dialog
            # here: a bare X server has no desktop portal).
            documents = window.loan_page.documents
            start = suggested_path(documents._suggested_file_name(loan.display_name, lang))
            save = QFileDialog(window, documents.tr("Save report as PDF"), start, documents.tr("PDF (*.pdf)"))
            save.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            save.setOption(QFileDialog.Option.DontUseNativeDialog)
            save.show()
            wait_for_window_manager(save)
            settle()
            findings = check_window(save, available)
            # Qt's own dialog: only whether it fits the screen is the app's business.
            results.setdefault(lang, {})["report_save"] = [f for f in findings if f["kind"] == "off screen"]
            grab_plain(window, out / f"report_save_{lang}_{label}.png", save)
            save.close()
            for event in logged:
                controller.delete_contact(event)
            window.go_back()
    finally:
        window.close()
        controller.close()
    return results


def grab_plain(window: QWidget, path: Path, dialog: QWidget | None = None) -> None:
    """Like grab() but without the palette reduction: the check's shots are for looking, not for README."""
    settle()
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    if dialog is not None:
        shot = dialog.grab().toImage()
        # Where the window manager put it, relative to the main window; clamped into the picture.
        offset = dialog.geometry().topLeft() - window.geometry().topLeft()
        left = max(0, min(offset.x(), image.width() - shot.width()))
        top = max(0, min(offset.y(), image.height() - shot.height()))
        if shot.width() > image.width() or shot.height() > image.height():
            image = shot.convertToFormat(QImage.Format.Format_RGB32)
        else:
            painter = QPainter(image)
            painter.fillRect(image.rect(), QColor(0, 0, 0, 60))
            painter.drawImage(left, top, shot)
            painter.end()
    if not image.save(str(path), "PNG", 20):
        raise SystemExit(f"cannot write {path}")


def conduct_entries(lang: str) -> list:
    from app.core.models import ContactEvent

    night, morning = CONDUCT_ENTRIES[lang]
    return [
        ContactEvent(
            loan_id="sample-online", at=DAY.replace(hour=23, minute=30) - timedelta(days=3), channel="call",
            direction="incoming", counterparty="collector", who=night[0], summary=night[1], answered=True,
            conduct=["threats"],
        ),
        ContactEvent(
            loan_id="sample-online", at=DAY.replace(hour=10, minute=5) - timedelta(days=2), channel="call",
            direction="incoming", counterparty="collector", contacted="employer", who=morning[0],
            summary=morning[1], conduct=["disclosed_debt"],
        ),
    ]


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#3a3d41",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fd8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#3a3d41",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9da1",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--big", type=Path, default=REPO / "screenshots" / "tmp")
    parser.add_argument(
        "--check", type=Path, metavar="FINDINGS.json",
        help="instead: show every page and dialog in both languages as the app sizes them on this display, "
        "write the screen check's findings to FINDINGS.json and the shots to --big",
    )
    parser.add_argument("--label", default="screen", help="--check: the shots' file-name suffix")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")  # what a Linux desktop without a theme gets; the same on every machine
    if args.check is not None:
        import json

        started = time.monotonic()
        results = check_screens(args.big, args.label)
        screen = app.primaryScreen()
        report = {
            "screen": [screen.geometry().width(), screen.geometry().height()],
            "available": [screen.availableGeometry().width(), screen.availableGeometry().height()],
            "ratio": screen.devicePixelRatio(),
            "seconds": round(time.monotonic() - started, 1),
            "findings": results,
        }
        args.check.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
    # A fixed folder (emptied first), so the data folder the settings show is the same in every run.
    work = Path(tempfile.gettempdir()) / "repayradar-screenshots"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    controller = Controller(FixedClock(DAY), translations=Translations())
    controller.open_store(work / "RepayRadar")
    controller.load_sample_data()
    controller.backup_now()  # so that the settings show a backup to restore
    window = MainWindow(controller)
    window.show()
    window.data_ready()
    try:
        for width, height in SIZES:
            for lang in LANGUAGES:
                controller.set_language(lang)
                # The sample set in the language being shown, as a user of that language would load it.
                controller.remove_sample_data()
                controller.load_sample_data()
                shoot(window, controller, args.docs if width == 1280 else args.big, lang, width, height)
        # A dark desktop sets its palette before any window exists; so does this.
        window.close()
        app.setPalette(dark_palette())
        controller.set_language("zh_CN")
        dark = MainWindow(controller)
        dark.show()
        dark.data_ready()
        dark.resize(1280, 800)
        grab(dark, args.big / "overview_dark_zh_CN_1280x800.png")
        dark.open_loan("sample-online", tab=SCHEDULE_TAB)
        grab(dark, args.big / "loan_schedule_dark_zh_CN_1280x800.png")
        dark.open_loan("sample-online", tab=ASSESSMENT_TAB)
        grab(dark, args.big / "assessment_dark_zh_CN_1280x800.png")
    finally:
        controller.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
