"""The printable report: a real PDF with the loan's assessment, in the language asked for, that reads
back as text (Chinese included), whose first page is drawn, and that the loan page and the CLI write."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import QApplication, QMessageBox
from shell_support import CHINA, REPO

from app.ui.documents.report import (
    MARGINS_MM,
    RESOLUTION_DPI,
    PrintedTimeline,
    render_report_pdf,
    repair_text_map,
    report_document,
    write_report_pdf,
)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="pdftotext and pdftoppm (poppler-utils) are needed to read the PDF back; CI installs them",
)


@pytest.fixture
def sample(controller):
    controller.load_sample_data()
    return controller


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    """The extracted text on one line: pdftotext breaks lines where the page did."""
    return " ".join(text.split())


@needs_poppler
def test_the_english_report_has_the_assessment_its_sources_and_a_disclaimer_on_every_page(sample, tmp_path):
    content = sample.report_content("sample-online", "en")
    path = tmp_path / "report.pdf"
    pages = write_report_pdf(content, path)

    assert path.read_bytes().startswith(b"%PDF")
    assert page_count(path) == pages >= 2
    text = flat(pdf_text(path))
    for expected in (
        "RepayRadar assessment report",
        "Sample · Online loan",
        "QuickLoan (fictional)",
        "¥1,644.00 since 2026-04-06, day 70",
        # 6,000 yuan owed to an online platform, evading: high, not severe (issue 15: the amount counts).
        "High",
        "score 70 of 100",
        "Third month overdue (M3) (days 61–90)",
        "Now: possible.",
        "What the lender is likely to do, and when",
        "What helps most now",
        "Contact log",
        "4 entries from 2026-04-10 09:05 to 2026-06-01 11:00.",
        "By channel: Phone call 3, Text message 1.",
        "Promises to pay: 0 kept, 1 broken, 0 still open.",
        "Sources",
    ):
        assert expected in text, expected
    for row in content.timeline_rows:
        assert row.label in text and row.days in text
    for item in (*content.warnings, *content.remedies):
        assert flat(item.title) in text
    # Every footnote is listed with its source in words (never the pack's internal rule id, issue 15),
    # and every number cited is one of them.
    for note in content.footnotes:
        assert f"[{note.number}]" in text and note.rule not in text
    cited = {number for row in content.timeline_rows for number in row.refs}
    cited |= {number for item in (*content.warnings, *content.remedies) for number in item.refs}
    assert cited <= {note.number for note in content.footnotes}
    for page in range(1, pages + 1):
        footer = flat(pdf_text(path, page))
        assert f"Page {page} of {pages}" in footer
        assert "An estimate from published rules" in footer and "not legal advice" in footer


@needs_poppler
def test_the_chinese_report_reads_back_as_the_same_chinese_characters(sample, tmp_path):
    content = sample.report_content("sample-online", "zh_CN")
    path = tmp_path / "报告.pdf"
    pages = write_report_pdf(content, path)

    raw = pdf_text(path)
    text = flat(raw)
    for expected in (
        "还款雷达 评估报告",
            "Sample · Online loan",  # the English sample set, reported in Chinese
        "¥1,644.00，自 2026-04-06 起，第 70 天",
        "逾期第三个月（M3）（第 61–90 天）",
        "上门外访",  # 门 shares its glyph with the radical ⻔: it must come back as 门
        "银行接下来可能采取的措施及时间",
        "联系记录",
        "按联系方式：电话 3 次，短信 1 次。",
        "依据与来源",
        f"第 1 页，共 {pages} 页",
        "不是法律意见",
    ):
        assert expected in text, expected
    # No Kangxi or supplementary radical stands in for an ideograph, and spaces are spaces.
    assert not [char for char in raw if 0x2E80 <= ord(char) <= 0x2FDF]
    assert "\t" not in raw
    assert "An estimate" not in text and "Sources" not in text


@needs_poppler
def test_the_first_page_is_drawn_with_its_risk_badge_and_timeline(sample, tmp_path):
    path = tmp_path / "report.pdf"
    write_report_pdf(sample.report_content("sample-online", "en"), path)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(path), str(tmp_path / "page")],
        check=True,
    )
    image = QImage(str(tmp_path / "page.png"))
    assert (image.width(), image.height()) == (496, 702)  # A4 at 60 dpi
    inked = badge = 0
    severe = QColor("#c2410c")  # the "high" badge: 6,000 yuan owed to a platform is not severe
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            if colour.lightness() < 230:
                inked += 1
            if abs(colour.red() - severe.red()) + abs(colour.green() - severe.green()) + abs(
                colour.blue() - severe.blue()
            ) < 40:
                badge += 1
    samples = (image.width() // 2) * (image.height() // 2)
    assert inked > samples * 0.08  # text, the badge, the timeline's bands: far from a blank page
    assert badge > 300  # the risk badge in its colour


def test_headings_never_sit_alone_at_the_foot_of_a_page(qapp, sample):
    from app.core.models import ContactEvent

    # A long contact log pushes the later sections across page ends wherever they fall.
    start = datetime(2026, 5, 1, 9, 0, tzinfo=CHINA)
    for number in range(40):
        sample.add_contact(ContactEvent(
            loan_id="sample-online", at=start + timedelta(hours=7 * number), channel="call",
            direction="incoming", counterparty="collector", who=f"Collector {number}",
            summary="Called again about the overdue instalments and asked when I would pay. " * 2,
        ))
    content = sample.report_content("sample-online", "en")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    height = 3000.0
    document = report_document(content, writer, QSizeF(2000, height))
    assert document.pageCount() >= 3
    layout = document.documentLayout()
    line = layout.blockBoundingRect(document.lastBlock()).height()
    headings = 0
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            headings += 1
            rect = layout.blockBoundingRect(block)
            room_below = height - rect.bottom() % height
            assert room_below > line, block.text()
        block = block.next()
    assert headings >= 7


def test_the_timeline_drawing_speaks_the_reports_language_not_the_apps(qapp, sample):
    sample.set_language("zh_CN")  # the app in Chinese ...
    english = PrintedTimeline("en")  # ... an English report
    assert english.axis_caption() == "Days since the first missed due date"
    assert english.scale_note().startswith("Days 0–90 are drawn")
    chinese = PrintedTimeline("zh_CN")
    assert chinese.axis_caption() not in ("", "Days since the first missed due date")
    assert chinese._marker_text().startswith("今天")
    sample.set_language("en")  # and a Chinese report from an English app
    assert PrintedTimeline("zh_CN")._marker_text().startswith("今天")


def test_radicals_in_the_text_map_become_the_ideographs_they_look_like_without_moving_a_byte():
    cmap = (
        b"/CIDInit /ProcSet findresource begin\n2 beginbfchar\n<0003> <2FA6>\n<0004> <0041>\nendbfchar\n"
        b"1 beginbfrange\n<0005> <0007> [<2ED4> <0009> <8FD8>]\nendbfrange\nend\n"
    )
    body = b"%PDF-1.4\n7 0 obj\n<< /ToUnicode 9 0 R >>\nendobj\n9 0 obj\n<< /Length " + str(len(cmap)).encode()
    body += b" >>\nstream\n" + cmap + b"endstream\nendobj\n"
    repaired = repair_text_map(body, "Noto Sans CJK SC")
    assert len(repaired) == len(body)
    assert b"<0003> <91D1>" in repaired  # ⾦ -> 金
    assert b"<0004> <0041>" in repaired  # A stays A
    assert b"[<95E8> <0020> <8FD8>]" in repaired  # ⻔ -> 门, tab -> space, 还 stays
    assert b"<0005> <0007>" in repaired  # glyph ids are never touched


def test_a_compressed_or_unknown_text_map_is_left_as_it_is():
    body = b"7 0 obj\n<< /ToUnicode 9 0 R >>\nendobj\n9 0 obj\n<< /Length 3 /Filter /FlateDecode >>\nstream\nxyz"
    assert repair_text_map(body, "") == body


@needs_poppler
def test_the_loan_page_saves_the_report_in_the_language_picked(qtbot, window, controller, tmp_path, monkeypatch):
    window.load_sample()
    window.open_loan("sample-card")
    documents = window.loan_page.documents
    assert [action.text() for action in documents.report_menu.actions()] == [
        "Report in English…", "Report in 中文（简体）…"
    ]
    target = tmp_path / "card report.pdf"
    suggested: list[str] = []
    monkeypatch.setattr(documents, "ask_report_path", lambda name: suggested.append(name) or str(target))
    with qtbot.waitSignal(documents.reportSaved) as saved:
        documents.report_actions["zh_CN"].trigger()
    path, pages, milliseconds = saved.args
    assert suggested == ["Sample-·-Credit-card-报告-2026-06-15.pdf"]
    assert path == str(target) and page_count(target) == pages
    assert milliseconds > 0
    assert "还款雷达 评估报告" in pdf_text(target, 1)
    assert pages > 1
    assert window.statusBar().currentMessage() == f"Report saved to {target} ({pages} pages)."


def test_a_report_that_cannot_be_written_says_why(qtbot, window, controller, tmp_path, monkeypatch):
    window.load_sample()
    window.open_loan("sample-card")
    documents = window.loan_page.documents
    target = tmp_path / "no such folder" / "report.pdf"
    monkeypatch.setattr(documents, "ask_report_path", lambda name: str(target))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warned.append(text))
    documents.report_actions["en"].trigger()
    qtbot.waitUntil(lambda: bool(warned))  # the PDF is written on the data file's worker
    assert warned == [f"Cannot write {target}: its folder does not exist. Nothing was written."]
    assert documents.report_button.isEnabled()
    assert not target.parent.exists()


@needs_poppler
def test_the_report_writes_amounts_as_the_user_chose_to_see_them(sample, tmp_path):
    """Settings.currency_display "code" shows CNY 1,234.00 on every screen; the PDF says the same."""
    symbol_path, code_path = tmp_path / "symbol.pdf", tmp_path / "code.pdf"
    write_report_pdf(sample.report_content("sample-card", "en"), symbol_path)
    sample.save_settings(sample.settings().model_copy(update={"currency_display": "code"}))
    write_report_pdf(sample.report_content("sample-card", "en"), code_path)

    with_symbol, with_code = flat(pdf_text(symbol_path)), flat(pdf_text(code_path))
    amounts = re.findall(r"¥\s?([\d,]+\.\d\d)", with_symbol)
    assert len(amounts) >= 4  # the loan's facts and the promise in the contact log
    assert "¥" not in with_code
    for amount in set(amounts):
        assert f"CNY {amount}" in with_code


def test_rendering_needs_no_file_and_reports_its_pages(qapp, sample):
    data, pages = render_report_pdf(sample.report_content("sample-mortgage", "en"))
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= pages >= 1


# ------------------------------------------------------------------------------------------ the CLI


def _cli_data(tmp_path: Path) -> Path:
    folder = tmp_path / "cli-data"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(folder), "import", str(REPO / "resources/sample/sample_en.json")],
        check=True, capture_output=True, env=env, cwd=REPO,
    )
    return folder


@needs_poppler
def test_the_cli_writes_the_report_without_any_display(tmp_path):
    folder = _cli_data(tmp_path)
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(REPO)
    out = tmp_path / "report.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(folder), "report", "--lang", "zh_CN", "sample-online", str(out)],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    pages = page_count(out)
    assert done.stdout.strip() == f"已将报告（共 {pages} 页）写入 {out}。"
    assert "示例" not in pdf_text(out)  # the English sample set, reported in Chinese
    assert "还款雷达 评估报告" in pdf_text(out) and "QuickLoan (fictional)" in pdf_text(out)


def test_the_cli_names_a_loan_it_cannot_find_and_writes_nothing(tmp_path, capsys, qapp):
    from app.cli import main

    folder = _cli_data(tmp_path)
    out = tmp_path / "report.pdf"
    assert main(["--data-dir", str(folder), "report", "--lang", "en", "no-such-loan", str(out)]) == 2
    assert "No loan matches \"no-such-loan\"" in capsys.readouterr().err
    assert not out.exists()


@needs_poppler
def test_the_cli_in_process_reuses_the_running_application(tmp_path, capsys, qapp):
    from app.cli import main

    folder = _cli_data(tmp_path)
    out = tmp_path / "report.pdf"
    assert main(["--data-dir", str(folder), "report", "sample-card", str(out), "--lang", "en"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert capsys.readouterr().out.startswith("Wrote the report (")
    # The command line has no fixed clock: the report is of today.
    assert f"Prepared on {date.today().isoformat()}" in flat(pdf_text(out))


def test_the_report_menu_puts_the_apps_language_first_and_follows_a_switch(qtbot, window, controller):
    window.load_sample()
    window.open_loan("sample-card")
    documents = window.loan_page.documents
    controller.set_language("zh_CN")
    QApplication.processEvents()  # Qt posts the LanguageChange to every widget
    assert documents.report_button.text() == "保存 PDF 报告(&V)"
    assert [action.text() for action in documents.report_menu.actions()] == [
        "中文（简体） 报告…", "English 报告…"
    ]
    controller.set_language("en")
    assert [action.objectName() for action in documents.report_menu.actions()] == [
        "saveReport_en", "saveReport_zh_CN"
    ]


@needs_poppler
def test_the_contact_log_section_lists_each_breach_with_its_date_and_the_rules_it_breaks(sample, tmp_path):
    """A threatening collector's call at 23:30: the conduct check's breaches (night call, threats) are the
    evidence the report is for, so the PDF names each, dated, with its rules; counts are worded."""
    from app.core.models import ContactEvent

    sample.add_contact(ContactEvent(
        loan_id="sample-online", at=datetime(2026, 6, 10, 23, 30, tzinfo=CHINA), channel="call",
        direction="incoming", counterparty="collector", who="Mr Li", answered=True,
        summary="Pay by Friday or we tell your employer.", conduct=["threats"],
    ))
    breaches = sample.conduct_breaches("sample-online", "en")
    assert {breach.title for breach in breaches} >= {"Contact at night (22:00–08:00)", "Threats or violence"}
    for lang in ("en", "zh_CN"):
        content = sample.report_content("sample-online", lang)
        path = tmp_path / f"report-{lang}.pdf"
        write_report_pdf(content, path)
        text = flat(pdf_text(path))
        if lang == "en":
            assert "Breaches of the collection rules" in text
            assert f"The conduct check found {len(breaches)} breaches of the collection rules in this log:" in text
            assert "5 entries from 2026-04-10 09:05 to 2026-06-10 23:30." in text
        else:
            assert "违反催收规定的情况" in text  # the screen's words for the same heading
            assert f"催收行为检查在这份记录中发现 {len(breaches)} 处违规：" in text
        for breach in sample.conduct_breaches("sample-online", lang):
            assert f"{breach.at:%Y-%m-%d %H:%M} {flat(breach.title)}" in text
            for rule in breach.rules:
                assert flat(rule.source) in text


def test_one_contact_is_one_entry_and_a_clean_log_says_no_rule_was_broken(controller):
    from app.core.models import ContactEvent

    controller.load_sample_data()
    card_log = controller.database.run(lambda store: store.contacts("sample-card"))
    for event in card_log:
        controller.delete_contact(event)
    controller.add_contact(ContactEvent(
        loan_id="sample-card", at=datetime(2026, 6, 10, 10, 0, tzinfo=CHINA), channel="call",
        direction="outgoing", counterparty="lender", summary="Asked for the balance.",
    ))
    contacts = controller.report_content("sample-card", "en").contacts
    assert contacts.overview == "1 entry, on 2026-06-10 10:00."
    assert contacts.breaches == ()
    assert contacts.breaches_overview == "The conduct check found no breach of the collection rules in this log."


@pytest.mark.parametrize("has_documents", [True, False])
def test_save_dialogs_open_in_documents_or_home_never_the_working_directory(
    qtbot, window, controller, tmp_path, monkeypatch, has_documents
):
    """A fresh account has no ~/Documents yet: a file dialog given that folder opened in the working
    directory. The report, the letter and the backup are offered in Documents, or else the home folder."""
    from PySide6.QtWidgets import QFileDialog

    from app.ui.documents.letter_dialog import LetterDialog

    home = tmp_path / "home"
    home.mkdir()
    if has_documents:
        (home / "Documents").mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (offered.append(args[2]), ("", ""))[1])
    window.load_sample()
    window.open_loan("sample-card")
    window.loan_page.documents.ask_report_path("report.pdf")
    dialog = LetterDialog(controller, "sample-card")
    qtbot.addWidget(dialog)
    dialog.ask_save_path("letter.txt")
    window.export_backup()
    folder = home / "Documents" if has_documents else home
    assert [Path(path).parent for path in offered] == [folder, folder, folder]
    assert [Path(path).name for path in offered] == ["report.pdf", "letter.txt", "repayradar-backup.json"]


def test_the_loan_page_loads_the_pdf_and_letter_machinery_only_when_asked():
    """The report (Qt's PDF writer, the rule engine's report content) and the letter dialog are page
    boundaries: the loan page, and so the window that shows it, starts without them."""
    probe = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import app.ui.shell.main_window, app.ui.loans.loan_detail\n"
        "print(sorted(name for name in ('app.ui.documents.report', 'app.ui.documents.letter_dialog',"
        " 'app.rules.report_content', 'app.core.letters') if name in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, check=True)
    assert done.stdout.strip() == "[]"
