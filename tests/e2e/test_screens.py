"""Every page and dialog on the screens people have, in both languages: nothing cut off, nothing on top of
its neighbour, every window inside the screen.

For each screen below, an X server of that size of its own (Xvfb) with a real window manager (openbox,
which frames and places windows as a desktop does) runs `screenshots.py --check`: the app opens its
window as it would for a user, shows the sample set's pages and every dialog in English and Chinese,
saves each as a PNG (SHOTS, or $REPAYRADAR_SHOTS) and reports what tests/e2e/screen_check.py finds:

- a label, button, check box, field, spin box, combo box or tab whose text needs more room than it has
  (sizeHint / minimumSizeHint / heightForWidth and QFontMetrics against the widget's size);
- widgets of one layout that overlap;
- a window whose frame is not inside the screen's available area;
- a table that leaves part of its width empty, or a form cut off at the right of its scroll area.

Each (screen, page) pair is one test, so a known defect in another owner's file is marked on its own.
About 15-20 s per screen size here (both languages, 18 pages and dialogs).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from desktop_session import missing_tools

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHOTS = Path(os.environ.get("REPAYRADAR_SHOTS") or Path(tempfile.gettempdir()) / "repayradar-screen-check")
TOOLS = ("Xvfb", "openbox")

# (label, X screen size, QT_SCALE_FACTOR): the common laptop and desktop screens, and 150% scaling,
# which most Windows laptops use (1920x1080 at 1.5 leaves 1280x720 of room).
SCREENS = (
    ("1024x768", "1024x768", "1"),
    ("1366x768", "1366x768", "1"),
    ("1920x1080", "1920x1080", "1"),
    ("1920x1080@150%", "1920x1080", "1.5"),
)
PAGES = (
    "welcome", "overview", "loans", "loan_schedule", "loan_payments", "assessment", "situation", "whatif",
    "timeline", "contact_log", "loan_editor", "new_loan_editor", "payment_dialog", "contact_dialog", "settings",
    "letter_dialog", "complaint_dialog", "report_save",
)
# Defects the check finds in files other helpers own while this branch is merged; the integrator re-runs
# the check after merging. (screen label or "*", page) -> reason.
KNOWN: dict[tuple[str, str], str] = {
    # (h16-editor's editor was 1042 px wide with its frame at 1024x768 until its branch was merged.)
}

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs an X server (DISPLAY unset)"),
    pytest.mark.skipif(bool(missing_tools(*TOOLS)), reason=f"needs {', '.join(missing_tools(*TOOLS))}"),
]


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def _run_check(label: str, size: str, scale: str, work: Path) -> dict:
    """Xvfb of ``size`` with openbox on it, and the check run there; its findings as JSON."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            display = ":" + pipe.readline().strip()
        env = {
            **os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": scale,
            "XDG_CONFIG_HOME": str(work / "config"), "HOME": str(work / "home"),
            # The sample set's zone: the logged calls show at the hours they were made (23:30, not 15:30).
            "TZ": "Asia/Shanghai",
        }
        env.pop("WAYLAND_DISPLAY", None)
        (work / "home").mkdir(parents=True, exist_ok=True)
        openbox = subprocess.Popen(
            ["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            # openbox owns the screen's WM_S0 selection once it manages the display.
            wm_ready = _wait_for(
                lambda: subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env,
                                       capture_output=True, text=True).stdout.count("window id") > 0,
                10,
            ) if shutil.which("xprop") else (time.sleep(1.0) or True)
            assert wm_ready, "openbox did not start"
            findings = work / f"findings-{label}.json"
            result = subprocess.run(
                [sys.executable, str(HERE / "screenshots.py"), "--check", str(findings), "--big", str(SHOTS),
                 "--label", label.replace("%", "pct")],
                env=env, cwd=REPO, capture_output=True, text=True, timeout=240,
            )
            assert result.returncode == 0, result.stderr[-4000:]
            return json.loads(findings.read_text(encoding="utf-8"))
        finally:
            openbox.terminate()
            openbox.wait(timeout=10)
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> dict[str, dict]:
    """Each screen's check, run once for the module (the runs take most of its time)."""
    runs: dict[str, dict] = {}
    for label, size, scale in SCREENS:
        runs[label] = _run_check(label, size, scale, tmp_path_factory.mktemp(label.replace("%", "pct")))
    return runs


def _cases():
    for label, _size, _scale in SCREENS:
        for page in PAGES:
            reason = KNOWN.get((label, page)) or KNOWN.get(("*", page))
            marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
            yield pytest.param(label, page, id=f"{label}-{page}", marks=marks)


@pytest.mark.parametrize(("label", "page"), list(_cases()))
def test_nothing_is_cut_off_overlapping_or_off_the_screen(checked, label, page):
    run = checked[label]
    problems = []
    for lang in ("en", "zh_CN"):
        assert page in run["findings"][lang], f"{page} was not shown in {lang}"
        for finding in run["findings"][lang][page]:
            problems.append(f"{lang}: {finding['kind']} {finding['widget']} {finding['text']!r}: {finding['detail']}")
    assert not problems, "\n".join(problems)


def test_the_check_sees_the_screen_it_was_given(checked):
    """The runs really had the screen sizes asked for (QT_SCALE_FACTOR divides the room Qt lays out in)."""
    assert checked["1024x768"]["screen"] == [1024, 768]
    assert checked["1366x768"]["screen"] == [1366, 768]
    assert checked["1920x1080"]["screen"] == [1920, 1080]
    assert checked["1920x1080@150%"]["screen"] == [1280, 720]
    assert checked["1920x1080@150%"]["ratio"] == 1.5
