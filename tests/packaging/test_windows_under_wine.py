"""What packaging/windows/wine/check_windows_build.sh left behind, looked at: the installed Windows app
started in Chinese and in English under Wine, and its self-checks in both code pages.

.ci/run runs the script, then these tests with REPAYRADAR_WINE_OUT pointing at its output folder
(marker ``wine``; the plain installers step leaves them out).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = [pytest.mark.packaging, pytest.mark.wine]

LANGUAGES = {"zh": "还款雷达 RepayRadar", "en": "RepayRadar"}
ENCODINGS = {"zh": "gb18030", "en": "utf-8"}  # what app/console.py makes of a cp936 and a cp1252 pipe


@pytest.fixture(scope="module")
def out() -> Path:
    folder = os.environ.get("REPAYRADAR_WINE_OUT")
    if not folder:
        pytest.fail("set REPAYRADAR_WINE_OUT to the output of packaging/windows/wine/check_windows_build.sh")
    return Path(folder)


def test_every_step_passed(out):
    summary = (out / "summary.txt").read_text(encoding="utf-8")
    assert summary.rstrip().endswith("verdict: PASSED"), summary


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_installed_app_opens_its_window_titled_in_the_users_language(out, lang):
    windows = (out / f"installed-{lang}-windows.txt").read_text(encoding="utf-8")
    titled = [line for line in windows.splitlines() if f'"{LANGUAGES[lang]}"' in line]
    assert titled, f"no window titled {LANGUAGES[lang]!r}:\n{windows}"
    width, height = map(int, re.search(r"\)\s+(\d+)x(\d+)\+", titled[0]).groups())
    assert width >= 640 and height >= 400, titled[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_screenshot_of_that_window_is_not_blank(out, lang):
    image = QImage(str(out / f"installed-{lang}-window.png"))
    assert not image.isNull()
    assert image.width() >= 640 and image.height() >= 400
    small = image.scaled(320, 200)
    pixels = Counter(small.pixel(x, y) for y in range(small.height()) for x in range(small.width()))
    most_common_share = pixels.most_common(1)[0][1] / (small.width() * small.height())
    # The welcome page of an empty data folder: a flat background (about 95% of the window) around the
    # radar logo, the text and the buttons. A window that drew nothing is one or two colours.
    assert len(pixels) >= 40, f"{len(pixels)} colours"
    assert most_common_share < 0.98, f"one colour covers {most_common_share:.1%}"


@pytest.mark.parametrize("where", ["source", "frozen", "installed"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_self_check_printed_its_chinese_through_the_code_pages_pipe(out, where, lang):
    text = (out / f"{where}-{lang}.log").read_bytes().decode(ENCODINGS[lang])
    assert "Traceback" not in text and "UnicodeEncodeError" not in text
    assert re.search("[\u4e00-\u9fff]", text), text
    assert "  OK  " in text, text
