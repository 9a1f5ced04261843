"""The UI's language: tr()/ntr()/ptr() and switching language while the app runs.

Screens read the gettext catalogue of the current UI language (app/core/i18n.py; one catalogue per
language, resources/locale/<lang>/LC_MESSAGES/repayradar.mo) through tr(), ntr() and ptr(). Switching
language sets the current language, installs Qt's own catalogue (standard buttons, context menus) and
makes Qt send LanguageChange to every widget, which retranslates itself in changeEvent. Every text of
ours is in the gettext catalogue; the only Qt translator installed is Qt's own.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

# QLibraryInfo and QTranslator are named through QtCore where Qt's own catalogue is installed (Chinese
# only): PySide builds a class's Python type, with its enums, when it is first named.
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings

from app.core.i18n import Lang, context_text, plural_text, resolve_language, text

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

# Language of the last session, kept outside the data file so the first paint is already in the
# user's language: the data file (where Settings.language lives) is opened only after that paint.
_HINT_KEY = "ui/language"
# The Qt locale of each language: standard dialogs, date pickers and number fields follow it.
_QT_LOCALES: dict[Lang, str] = {"zh_CN": "zh_CN", "en": "en_US"}


# The language tr() reads; set by Translations.apply() (English until the first apply).
_current: Lang = "en"


def current_language() -> Lang:
    return _current


def tr(msgid: str, /, **fields: object) -> str:
    """``msgid`` in the UI's language, its {fields} filled in one pass."""
    return text(_current, msgid, **fields)


def ntr(singular: str, plural: str, n: int, /, **fields: object) -> str:
    """The form for ``n`` things ("1 loan", "3 loans") in the UI's language; {n} is ``n``."""
    return plural_text(_current, singular, plural, n, **fields)


def ptr(context: str, msgid: str, /, **fields: object) -> str:
    """``msgid`` in the UI's language where the same English means two things (``context`` says which)."""
    return context_text(_current, context, msgid, **fields)


class Translations:
    """The UI's language, and Qt's own catalogue for it, swapped as a unit."""

    def __init__(self) -> None:
        self._qt_own: QTranslator | None = None
        self._qt_own_name: str | None = None
        self.language: Lang = "en"

    def apply(self, lang: Lang) -> Lang:
        """Make ``lang`` the UI's language: tr() reads its catalogue, Qt's own catalogue is swapped, and
        every widget gets LanguageChange; return ``lang``."""
        global _current
        app = QCoreApplication.instance()
        if self._qt_own is not None:
            app.removeTranslator(self._qt_own)
        self._qt_own, self._qt_own_name = None, None
        self.language = lang
        changed, _current = _current != lang, lang
        # Standard dialogs and date pickers follow the chosen language, not only the system's.
        QLocale.setDefault(QLocale(_QT_LOCALES[lang]))
        if lang != "en":
            # Qt's own texts, which no catalogue of ours holds: the standard buttons of QMessageBox and
            # QDialogButtonBox (Cancel, Yes, ...), the context menus of text fields (Copy, Paste, ...),
            # the file dialog. English needs none: it is Qt's source language.
            name = f"qtbase_{lang}.qm"
            library = QtCore.QLibraryInfo
            qt_own = Path(library.path(library.LibraryPath.TranslationsPath)) / name
            translator = QtCore.QTranslator(app)
            if qt_own.is_file() and translator.load(str(qt_own)):
                app.installTranslator(translator)
                self._qt_own, self._qt_own_name = translator, name
        # Qt announces a language change only when a translator comes or goes; tr() texts change with
        # _current alone. The application passes this on to every top-level widget (posted, so it
        # arrives after this returns, once; Qt merges it with the ones the translators caused), and
        # each widget to its children. Re-applying the same language sends nothing: a dialog left open
        # over a closed data file must not be asked to redraw.
        if changed:
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        return lang

    def qt_catalogue(self) -> str | None:
        """The file name of Qt's own catalogue now installed (qtbase_zh_CN.qm), or None (English, or
        an installation without it)."""
        return self._qt_own_name


def remembered_language() -> Lang:
    """The language the last session used (or the system's), for the first paint."""
    value = _settings().value(_HINT_KEY, "system")
    return resolve_language(value if isinstance(value, str) else "system")


def remember_language(setting: str) -> None:
    _settings().setValue(_HINT_KEY, setting)


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "RepayRadar", "ui")
