"""Switching language in Settings changes what is on screen at once, without a restart."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox
from shell_support import when_modal

from app.ui.loans.loan_detail import ASSESSMENT_TAB, SCHEDULE_TAB
from app.ui.shell.main_window import LOANS, OVERVIEW
from app.ui.shell.settings_dialog import SettingsDialog


def visible_texts(window) -> dict[str, str]:
    page = window.loan_page
    return {
        "title": window.windowTitle(),
        "nav": f"{window.nav.tabText(OVERVIEW)} | {window.nav.tabText(LOANS)}",
        "tabs": f"{page.tabs.tabText(SCHEDULE_TAB)} | {page.tabs.tabText(ASSESSMENT_TAB)}",
        "pay": page.pay_button.text(),
        "file menu": window.file_menu.title(),
        "banner": window.sample_banner.remove_button.text(),
        "overview": window.dashboard.heading.text(),
        "status": window.loans_page.proxy.index(0, 3).data(),
    }


def test_choosing_chinese_in_settings_retranslates_the_open_window(qtbot, window, controller):
    window.load_sample()
    window.open_loan("sample-card")
    window.show_overview()
    before = visible_texts(window)
    assert before["title"] == "RepayRadar"
    assert before["nav"] == "Overview | Loans"
    assert before["tabs"] == "&Schedule | &Assessment"

    seen = {}

    def choose_chinese(dialog: SettingsDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        QApplication.processEvents()
        seen["dialog title"] = dialog.windowTitle()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    ran = when_modal(SettingsDialog, choose_chinese)
    window.settings_action.trigger()
    QApplication.processEvents()

    assert ran == ["done"]
    assert seen["dialog title"] == "设置"  # the open dialog itself switched
    after = visible_texts(window)
    assert after == {
        "title": "还款雷达 RepayRadar",
        "nav": "总览 | 贷款",
        "tabs": "还款计划(&S) | 逾期评估(&A)",
        "pay": "记一笔还款(&R)…",
        "file menu": "文件(&F)",
        "banner": "移除示例数据(&R)",
        "overview": "总览",
        "status": "逾期 70 天",
    }
    assert controller.settings().language == "zh_CN"
    # The rule engine's texts follow too: the assessment is worked out again in Chinese.
    assert controller.risk("sample-online")[1] in {"低", "中", "高", "严重"}


def test_switching_back_to_english_restores_the_english_texts(qtbot, window, controller):
    window.load_sample()
    controller.set_language("zh_CN")
    QApplication.processEvents()
    assert window.windowTitle() == "还款雷达 RepayRadar"
    controller.set_language("en")
    QApplication.processEvents()
    assert window.windowTitle() == "RepayRadar"
    assert window.nav.tabText(OVERVIEW) == "Overview"
    assert window.dashboard.overdue_title.text() == "Overdue"
