"""The UI reads the gettext catalogue of its current language (tr/ntr/ptr), and switching language
retranslates every open widget even when no Qt translator comes or goes (the catalogue is not one)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from app.ui.shell.i18n import Translations, current_language, ntr, ptr, tr


class _Panel(QWidget):
    """A screen the way screens retranslate: texts set in retranslate(), called from changeEvent."""

    def __init__(self) -> None:
        super().__init__()
        self.heading = QLabel(self)
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.count)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Warnings"))
        self.count.setText(ntr("{n} day", "{n} days", 3))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def test_switching_language_retranslates_open_widgets_without_any_translator_change(qtbot):
    screens = Translations()  # holds no Qt translator while another holds Qt's own catalogue
    qt_own = Translations()
    qt_own.apply("zh_CN")
    panel = _Panel()
    qtbot.addWidget(panel)
    panel.show()
    assert current_language() == "zh_CN"
    assert panel.heading.text() == "提醒"
    assert panel.count.text() == "3 天"
    # English installs no translator and removes none of qt_own's: Qt itself would send nothing.
    assert qt_own.qt_catalogue() == "qtbase_zh_CN.qm"
    screens.apply("en")
    assert qt_own.qt_catalogue() == "qtbase_zh_CN.qm"
    QApplication.processEvents()
    assert panel.heading.text() == "Warnings"
    assert panel.count.text() == "3 days"
    screens.apply("zh_CN")
    QApplication.processEvents()
    assert panel.heading.text() == "提醒"
    qt_own.apply("en")
    QApplication.processEvents()
    assert panel.heading.text() == "Warnings"
    screens.apply("en")  # removes the Qt catalogue its own zh_CN installed, for the next test


def test_tr_fills_named_fields_in_one_pass(qtbot):
    translations = Translations()
    translations.apply("zh_CN")
    hostile = "%1 %2 {0} {name}"
    assert tr("Stage: {stage} (1 day overdue)", stage=hostile).count(hostile) == 1
    assert hostile in ptr("status", "Stage: {stage} (1 day overdue)", stage=hostile)
    assert ntr("{n} day", "{n} days", 1) == "1 天"
    translations.apply("en")  # the same instance: it removes the Qt catalogue it installed
    assert ntr("{n} day", "{n} days", 1) == "1 day"
