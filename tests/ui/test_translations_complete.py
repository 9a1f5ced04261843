"""Every text the interface shows has its Chinese translation: Qt Linguist's lupdate lists what app/ui
asks to be translated (self.tr, QCoreApplication.translate), and each must be translated, with the same
%1-style placeholders, in one of resources/translations/*_zh_CN.ts. A string added without its
translation would show up in English in the middle of a Chinese window."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
PLACEHOLDER = re.compile(r"%L?\d")


def _lupdate() -> str | None:
    beside_python = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside_python) if beside_python.is_file() else shutil.which("pyside6-lupdate")


def _messages(ts_file: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> the translation, or None when missing, empty or marked unfinished."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = None
            if translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                numerus = [form.text or "" for form in translation.iter("numerusform")]
                text = " ".join(numerus) if numerus else (translation.text or "")
            found[(name, source)] = text or found.get((name, source))
    return found


@pytest.fixture(scope="module")
def asked(tmp_path_factory) -> dict[tuple[str, str], str | None]:
    lupdate = _lupdate()
    if lupdate is None:
        pytest.fail("pyside6-lupdate (part of PySide6-Essentials) was not found")
    sources = sorted(str(path) for path in (REPO / "app" / "ui").rglob("*.py"))
    out = tmp_path_factory.mktemp("lupdate") / "asked_zh_CN.ts"
    result = subprocess.run([lupdate, *sources, "-ts", str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    # Bare tr()/ntr()/ptr() calls (no Qt context) read the gettext catalogue, which
    # tests/core/test_catalogue.py checks; this test covers the screens still on Qt Linguist.
    return {key: text for key, text in _messages(out).items() if key[0]}


@pytest.fixture(scope="module")
def translated() -> dict[tuple[str, str], str | None]:
    catalogue: dict[tuple[str, str], str | None] = {}
    for ts_file in sorted(TRANSLATIONS.glob("*_zh_CN.ts")):
        for key, text in _messages(ts_file).items():
            catalogue[key] = text or catalogue.get(key)
    return catalogue


def test_lupdate_finds_the_interface_texts(tmp_path):
    # Guards the checks below against passing because lupdate found nothing: it finds the main window's
    # texts (context-less tr() calls since the window reads the gettext catalogue).
    lupdate = _lupdate()
    assert lupdate is not None, "pyside6-lupdate (part of PySide6-Essentials) was not found"
    out = tmp_path / "main_window_zh_CN.ts"
    source = REPO / "app" / "ui" / "shell" / "main_window.py"
    subprocess.run([lupdate, str(source), "-ts", str(out)], capture_output=True, text=True, timeout=120, check=True)
    found = _messages(out)
    assert len(found) > 20 and ("", "&Settings…") in found


def _qt_translates(context: str, source: str) -> bool:
    """Qt's own catalogue (qtbase_zh_CN.qm, which app/ui/shell/i18n.py installs too) has this text: the
    app may ask for Qt's words, such as the standard buttons', under Qt's own contexts."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator.load("qtbase_zh_CN.qm", folder) and bool(translator.translate(context, source))


def test_every_interface_text_has_a_chinese_translation(asked, translated):
    missing = sorted(
        f"{context}: {source!r}"
        for context, source in asked
        if not translated.get((context, source)) and not _qt_translates(context, source)
    )
    assert not missing, "no zh_CN translation for:\n" + "\n".join(missing)


def test_translations_keep_the_placeholders_of_their_source(asked, translated):
    wrong = []
    for key in asked:
        text = translated.get(key)
        if text and sorted(PLACEHOLDER.findall(key[1])) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"{key[0]}: {key[1]!r} -> {text!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)
