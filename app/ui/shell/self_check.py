"""`repayradar --self-check`: show that this installation works, without a display and without the
user's data.

The packaging tests run it on the installed .deb (through the desktop menu entry's command) and the
release workflow on each platform's bundle; a user or a helper can run it to tell a broken installation
from a problem with their data. In order, it checks that:

1. the shipped resources are there (rule pack, icons, sample set, the compiled catalogue of each language);
2. the rule pack loads and passes its checks;
3. a data file opens in a temporary folder (never the user's), the sample set is saved into it and read
   back, and the rule engine assesses its most overdue loan;
4. the main window paints its first page and then the overview with that data (rendered into images, so
   nothing appears on the screen);
5. Chinese works: the app's catalogues and Qt's own (qtbase_zh_CN) install and translate the window;
6. the SVG icons draw (the bundle kept Qt's SVG plugins);
7. the single-instance guard can listen on a local socket.

One line per check, then "self-check passed" and exit status 0; at the first failure, which check and
why, and exit status 1. Qt settings are redirected to the temporary folder for the run, so nothing of
the user's changes. Each check imports what it checks, so a broken installation is reported by the check
that found it rather than as an import error before any check ran.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from app import __version__
from app.core.i18n import LANGUAGES, Lang, message, translations

EXIT_OK = 0
EXIT_FAILED = 1
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TRAY_STATES = ("ok", "soon", "overdue")


class SelfCheckFailed(Exception):
    """A check found the installation not working; the message says what is wrong."""


def _require(condition: bool, problem: str) -> None:
    if not condition:
        raise SelfCheckFailed(problem)


def choose_platform(environ: dict[str, str] | os._Environ, platform: str) -> str | None:
    """The Qt platform to force, if any: offscreen on a Linux machine without a display (a server, a CI
    job), so the check runs anywhere; otherwise the one the app would use."""
    if environ.get("QT_QPA_PLATFORM"):
        return None
    if platform.startswith("linux") and not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")):
        return "offscreen"
    return None


def _console_output() -> TextIO | None:
    """Where to print. A windowed Windows build starts without a console: borrow the one of the
    terminal that started it, if any."""
    if sys.stdout is not None:
        return sys.stdout
    if sys.platform == "win32":
        import ctypes

        attach_parent_process = -1
        if ctypes.windll.kernel32.AttachConsole(attach_parent_process):  # type: ignore[attr-defined]
            return open("CONOUT$", "w", encoding="utf-8")
    return None


class SelfCheck:
    """Runs the checks in order; each returns the line that reports it."""

    def __init__(self, lang: Lang, scratch: Path) -> None:
        self.lang = lang
        self.scratch = scratch
        self.app = None
        self.controller = None
        self.window = None

    def checks(self) -> list[Callable[[], str]]:
        return [
            self.check_resources,
            self.check_rule_pack,
            self.check_data,
            self.check_window,
            self.check_chinese,
            self.check_icons,
            self.check_single_instance,
        ]

    def start_qt(self) -> str:
        from PySide6.QtCore import QSettings, qVersion

        # Before any QSettings exists: the language hint and notices of this run go to the scratch folder.
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.IniFormat, scope, str(self.scratch / "settings"))
        from app.ui.shell.application import create_application

        self.app = create_application()
        if getattr(sys, "frozen", False):
            kind = message("selfcheck.kind_frozen", self.lang)
        else:
            kind = message("selfcheck.kind_source", self.lang)
        return message(
            "selfcheck.title", self.lang, version=__version__, kind=kind, qt=qVersion(),
            platform=self.app.platformName(),
        )

    # ---- the checks -------------------------------------------------------------------------------

    def check_resources(self) -> str:
        from app.resources import resource_path, resources_root

        root = resources_root()
        shipped = [("rules", "cn.toml"), ("icons", "app.svg")]
        shipped += [("sample", f"sample_{lang}.json") for lang in LANGUAGES]
        # The gettext catalogues: without them every sentence would show its msgid.
        shipped += [("locale", lang, "LC_MESSAGES", "repayradar.mo") for lang in LANGUAGES]
        for parts in shipped:
            _require(resource_path(*parts).is_file(), f"{Path(*parts)} is missing from {root}")
        return message("selfcheck.resources", self.lang, path=root, catalogues=len(LANGUAGES))

    def check_rule_pack(self) -> str:
        from app.rules.pack import load_pack

        pack = load_pack()
        return message("selfcheck.rules", self.lang, version=pack.pack.version, rules=len(pack.rules))

    def check_data(self) -> str:
        from app.ui.shell.controller import Controller
        from app.ui.shell.i18n import Translations

        self.controller = Controller(translations=Translations())
        data_dir = self.scratch / "data"
        self.controller.set_data_dir(data_dir)
        self.controller.open_store(data_dir)
        # The sample set and the assessment in the report's language.
        self.controller.set_language(self.lang, save=False)
        self.controller.load_sample_data()
        saved = self.controller.summaries()
        _require(bool(saved), "the sample set left the data file empty")
        # Read back from the file itself, not from the controller's cache.
        stored = self.controller.stored_loan_ids()
        _require(stored == {summary.loan.id for summary in saved}, "the data file did not keep the sample loans")
        overdue = [summary for summary in saved if summary.is_overdue]
        _require(bool(overdue), "the sample set has no overdue loan to assess")
        latest = max(overdue, key=lambda summary: summary.position.days_past_due)
        assessment = self.controller.assessment(latest.loan.id)
        _require(bool(assessment.timeline), "the assessment has no timeline")
        return message(
            "selfcheck.data", self.lang, loans=len(stored), days=assessment.days_past_due,
            stage=assessment.stage.label,
        )

    def check_window(self) -> str:
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtWidgets import QWidget

        from app.ui.shell.main_window import MainWindow

        assert self.controller is not None
        self.controller.set_language("en", save=False)  # the next check compares it with Chinese
        painted: list[bool] = []
        self.window = MainWindow(self.controller)
        self.window.firstPainted.connect(lambda: painted.append(True))
        # Laid out and painted like a shown window, but never put on the user's screen.
        self.window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.window.show()
        opening = self.window.grab().toImage()
        QCoreApplication.processEvents()
        _require(bool(painted), "the main window never painted its first page")
        self.window.data_ready()
        QCoreApplication.processEvents()
        page: QWidget = self.window.current_page()
        _require(page is not self.window.loading_page, "the window still shows the opening page")
        overview = self.window.grab().toImage()
        for name, image in (("opening page", opening), ("overview", overview)):
            _require(not image.isNull(), f"the {name} rendered no image")
            _require(_distinct_colours(image) >= 3, f"the {name} rendered blank")
        _require(opening != overview, "the overview looks the same as the opening page")
        return message("selfcheck.window", self.lang, width=overview.width(), height=overview.height())

    def check_chinese(self) -> str:
        from PySide6.QtCore import QCoreApplication

        assert self.controller is not None and self.window is not None
        english = [menu.title() for menu in (self.window.file_menu, self.window.go_menu, self.window.help_menu)]
        self.controller.set_language("zh_CN", save=False)
        QCoreApplication.processEvents()
        try:
            # Our texts: the gettext catalogue (an installation without it falls back to English).
            catalogue = translations("zh_CN").info().get("language")
            _require(catalogue == "zh_CN", f"the Chinese catalogue is not in use (found {catalogue!r})")
            qt_own = self.controller.translations.qt_catalogue()
            _require(qt_own == "qtbase_zh_CN.qm", f"Qt's own catalogue qtbase_zh_CN.qm is not installed ({qt_own})")
            chinese = [menu.title() for menu in (self.window.file_menu, self.window.go_menu, self.window.help_menu)]
            _require(
                all(_CJK.search(title) for title in chinese) and chinese != english,
                f"the menus did not turn Chinese: {chinese}",
            )
            # Qt's own texts (standard buttons) come from qtbase_zh_CN.qm: this asks Qt's catalogue, in
            # Qt's own context, for the word its button boxes show; no text of ours is read this way.
            cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
            _require(bool(_CJK.search(cancel)), f"Qt's own texts are not translated ({cancel!r})")
            _require(not self.window.grab().toImage().isNull(), "the window did not render in Chinese")
        finally:
            self.controller.set_language("en", save=False)
        menus = " / ".join(title.replace("&", "") for title in chinese)
        return message(
            "selfcheck.translations", self.lang, catalogue="zh_CN/LC_MESSAGES/repayradar.mo", qt=qt_own, menus=menus
        )

    def check_icons(self) -> str:
        from app.ui.shell.icons import app_icon, tray_icon

        for name, icon in [("app", app_icon())] + [(state, tray_icon(state)) for state in _TRAY_STATES]:
            image = icon.pixmap(64, 64).toImage()
            _require(not image.isNull(), f"the {name} icon did not draw (Qt's SVG plugins are missing)")
            centre = image.pixelColor(image.width() // 2, image.height() // 2)
            _require(centre.alpha() > 0, f"the {name} icon drew empty")
        return message("selfcheck.icons", self.lang, states=len(_TRAY_STATES))

    def check_single_instance(self) -> str:
        from app.ui.shell import single_instance

        instance = single_instance.claim(self.scratch / "data")
        _require(instance is not None, "another copy answered on this check's private name")
        assert instance is not None
        try:
            _require(instance.server.isListening(), f"the local socket did not listen: {instance.server.errorString()}")
        finally:
            instance.close()
        return message("selfcheck.single_instance", self.lang)

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        if self.controller is not None:
            self.controller.close()


def _distinct_colours(image) -> int:
    """How many colours ``image`` shows once shrunk to 160x100 (a blank render shows one; smoothing keeps
    even a single line of text visible as a few grey levels)."""
    from PySide6.QtCore import Qt

    small = image.scaled(160, 100, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return len({small.pixel(x, y) for y in range(small.height()) for x in range(small.width())})


def run_self_check(lang: Lang, out: TextIO | None = None) -> int:
    """Run every check, print the report to ``out``; return the exit status."""
    out = out or _console_output()
    forced = choose_platform(os.environ, sys.platform)
    if forced:
        os.environ["QT_QPA_PLATFORM"] = forced
    started = time.monotonic()

    def say(line: str) -> None:
        if out is not None:
            print(line, file=out, flush=True)

    with tempfile.TemporaryDirectory(prefix="repayradar-self-check-") as folder:
        check = SelfCheck(lang, Path(folder))
        # Starting Qt (the platform plugin, the application) counts as the first check.
        steps = [check.start_qt, *check.checks()]
        number = 0
        try:
            for number, step in enumerate(steps, start=1):
                line = step()
                say(line if number == 1 else f"  OK  {line}")
        except Exception as error:  # noqa: BLE001 - every failure is reported, none is a traceback
            detail = str(error) if isinstance(error, SelfCheckFailed) else f"{type(error).__name__}: {error}"
            say(message("selfcheck.failed", lang, number=number, total=len(steps), detail=detail))
            return EXIT_FAILED
        finally:
            check.close()
    say(message("selfcheck.passed", lang, seconds=f"{time.monotonic() - started:.1f}"))
    return EXIT_OK
