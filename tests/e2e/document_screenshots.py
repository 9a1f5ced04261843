"""Render the letter dialog and the first page of the printable report to PNG (not a pytest test).

    xvfb-run -a -s "-screen 0 1920x1080x24" python tests/e2e/document_screenshots.py [--docs DIR]

The sample set on a fixed day (2026-06-15), in English and Chinese: the letter dialog over the loan's
page at 1280x800 (letter_<lang>_1280x800.png) and page 1 of the online loan's report rendered by
pdftoppm at 80 dpi (report_<lang>_page1.png), written to --docs (by default docs/screenshots/).
Needs a real X server (Xvfb), fonts-noto-cjk and poppler-utils.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["LANGUAGE"] = "en"
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="repayradar-shots-config-")

from PySide6.QtWidgets import QApplication
from screenshots import grab, shrink  # the same framing and compression as the other screens

from app.core.clock import FixedClock
from app.ui.shell.controller import Controller
from app.ui.shell.i18n import Translations
from app.ui.documents.letter_dialog import LetterDialog
from app.ui.loans.loan_detail import SCHEDULE_TAB
from app.ui.shell.main_window import MainWindow
from app.ui.documents.report import write_report_pdf

DAY = datetime(2026, 6, 15, 10, 0, tzinfo=timezone(timedelta(hours=8)))
HARDSHIP = {
    "en": "I lost my job in March 2026. I now earn about ¥3,000 a month from part-time work and can pay "
    "¥400 a month towards this loan.",
    "zh_CN": "2026 年 3 月我失去了工作，目前靠兼职每月收入约 3,000 元，每月能拿出 400 元还这笔贷款。",
}
NAMES = {"en": "Wang Xiaoming", "zh_CN": "王小明"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    for lang in ("en", "zh_CN"):
        data = Path(tempfile.mkdtemp(prefix="repayradar-shots-"))
        translations = Translations()
        controller = Controller(FixedClock(DAY), translations=translations)
        controller.open_store(data)
        controller.set_language(lang)
        controller.load_sample_data()
        window = MainWindow(controller)
        window.resize(1280, 800)
        window.show()
        window.data_ready()
        window.open_loan("sample-online", tab=SCHEDULE_TAB)
        dialog = LetterDialog(controller, "sample-online", parent=window)
        dialog.borrower_name.setText(NAMES[lang])
        dialog.borrower_phone.setText("138 0013 8000")
        dialog.account_ref.setText("QL-2025-120688")
        dialog.hardship.setPlainText(HARDSHIP[lang])
        dialog.months.setValue(12)
        dialog.show()
        grab(window, args.docs / f"letter_{lang}_1280x800.png", dialog)
        dialog.close()

        pdf = data / "report.pdf"
        write_report_pdf(controller.report_content("sample-online", lang), pdf)
        stem = args.docs / f"report_{lang}_page1"
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
                       check=True)
        shrink(stem.with_suffix(".png"))
        window.close()
        controller.close()
        translations.apply("en")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
