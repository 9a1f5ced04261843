"""One text system: every text of ours comes from the gettext catalogue (tests/core/test_catalogue.py
checks it holds them all, in both languages). Qt's own way of translating (self.tr, QT_TR_NOOP,
QCoreApplication.translate, a QTranslator loading a .qm of ours) would bypass it: a text asked for that
way is in no .po, so translators never see it and it shows in English in a Chinese window. The one Qt
catalogue the app installs is Qt's own qtbase_<lang>.qm, for the words Qt draws itself."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from app.ui.shell.i18n import Translations

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "app"
QT_TRANSLATE_MACROS = {"QT_TR_NOOP", "QT_TR_N_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_N_NOOP", "QT_TRID_NOOP"}
QT_CLASSES = {"QCoreApplication", "QGuiApplication", "QApplication", "QObject"}
# Contexts of Qt's own catalogue that the app may ask for Qt's own words (the self-check reads back
# Qt's "Cancel" to prove qtbase_zh_CN.qm is installed).
QT_OWN_CONTEXTS = {"QPlatformTheme"}


def _qt_translations_asked(source: str) -> list[tuple[int, str]]:
    """(line, what) for each way of asking Qt, not the catalogue, for a text."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name) and node.id in QT_TRANSLATE_MACROS:
            found.append((node.lineno, node.id))
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        # A bare tr()/ntr()/ptr() is ours (app/ui/shell/i18n.py); a method tr() is Qt's QObject.tr.
        if node.func.attr in ("tr", "trUtf8"):
            found.append((node.lineno, f".{node.func.attr}()"))
        receiver = node.func.value
        if node.func.attr == "translate" and isinstance(receiver, ast.Name) and receiver.id in QT_CLASSES:
            context = node.args[0].value if node.args and isinstance(node.args[0], ast.Constant) else None
            if context not in QT_OWN_CONTEXTS:
                found.append((node.lineno, f"{receiver.id}.translate({context!r}, ...)"))
    return sorted(found)


def test_the_guard_finds_each_way_of_asking_qt_for_a_text():
    source = (
        "self.tr('Save')\n"
        "label.setText(QT_TR_NOOP('Open'))\n"
        "QCoreApplication.translate('MainWindow', 'Quit')\n"
        "QCoreApplication.translate('QPlatformTheme', 'Cancel')\n"
        "tr('Save')\n"
        "painter.translate(0, 10)\n"
    )
    assert [what for _line, what in _qt_translations_asked(source)] == [
        ".tr()", "QT_TR_NOOP", "QCoreApplication.translate('MainWindow', ...)",
    ]


def test_no_text_of_ours_is_translated_by_qt():
    asked = [
        f"{path.relative_to(REPO)}:{line}: {what}"
        for path in sorted(APP.rglob("*.py"))
        for line, what in _qt_translations_asked(path.read_text(encoding="utf-8"))
    ]
    assert asked == [], "texts that bypass the gettext catalogue:\n" + "\n".join(asked)


def test_only_the_language_switch_loads_a_qt_catalogue():
    loaders = sorted(
        path.relative_to(APP).as_posix() for path in APP.rglob("*.py") if "QTranslator" in path.read_text("utf-8")
    )
    assert loaders == ["ui/shell/i18n.py"]
    shipped = [path.name for path in (REPO / "resources").rglob("*") if path.suffix in (".ts", ".qm")]
    assert shipped == []


def test_qt_own_words_asked_by_the_app_are_in_qt_own_catalogue():
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert translator.load("qtbase_zh_CN.qm", folder)
    for context in QT_OWN_CONTEXTS:
        assert translator.translate(context, "Cancel") == "取消"


def test_chinese_installs_qt_own_catalogue_for_the_buttons_qt_draws(qtbot):
    translations = Translations()
    translations.apply("zh_CN")
    try:
        assert translations.qt_catalogue() == "qtbase_zh_CN.qm"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    finally:
        translations.apply("en")
    # English is Qt's source language: no Qt catalogue stays installed.
    assert translations.qt_catalogue() is None
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
