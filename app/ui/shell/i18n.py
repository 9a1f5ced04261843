"""Loading the Qt Linguist catalogues and switching language while the app runs.

Every UI area ships one catalogue, resources/translations/<area>_zh_CN.qm (shell, assessment,
reminders); all found are installed together with Qt's own (standard buttons, context menus). English
is the source language, so English means "no catalogue". Installing or removing a translator makes Qt
send a LanguageChange event to every widget, which retranslates itself in changeEvent.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.core.i18n import Lang, resolve_language
from app.resources import resource_path

# Language of the last session, kept outside the data file so the first paint is already in the
# user's language: the data file (where Settings.language lives) is opened only after that paint.
_HINT_KEY = "ui/language"


def translations_dir() -> Path:
    return resource_path("translations")


class Translations:
    """The translators currently installed in the application, swapped as a unit."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._installed: list[QTranslator] = []
        self.language: Lang = "en"

    @property
    def folder(self) -> Path:
        return self._folder or translations_dir()

    def apply(self, lang: Lang) -> Lang:
        """Install the catalogues of ``lang`` (removing the previous ones); return ``lang``."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = lang
        # Standard dialogs and date pickers follow the chosen language, not only the system's.
        QLocale.setDefault(QLocale("zh_CN" if lang == "zh_CN" else "en_US"))
        if lang == "en":
            return lang
        catalogues = sorted(self.folder.glob(f"*_{lang}.qm"))
        qt_own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{lang}.qm"
        if qt_own.is_file():
            catalogues.append(qt_own)
        for catalogue in catalogues:
            translator = QTranslator(app)
            if translator.load(str(catalogue)):
                app.installTranslator(translator)
                self._installed.append(translator)
        return lang

    def catalogue_count(self) -> int:
        return len(self._installed)


def remembered_language() -> Lang:
    """The language the last session used (or the system's), for the first paint."""
    value = _settings().value(_HINT_KEY, "system")
    return resolve_language(value if isinstance(value, str) else "system")


def remember_language(setting: str) -> None:
    _settings().setValue(_HINT_KEY, setting)


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "RepayRadar", "ui")
