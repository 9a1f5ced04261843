"""How soon the main window is on screen, against a bare PySide6 window. Goal: within 1.3 times.

    xvfb-run -a -s "-screen 0 1920x1080x24" python tests/benchmarks/bench_startup.py [--repeat R]

Each run is a fresh Python process (imports are what start-up costs) timed from its first line to the
first paint event of the window's content: for the bare window a QLabel in a QMainWindow, for RepayRadar
the "opening your data" page that app/ui/application.py shows before it opens the data file. Prints
one JSON line (for tools) and a table (for people); figures are medians of R runs after one warm-up
run (which fills the operating system's file cache).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

PAINTED = """
class _FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{(time.perf_counter() - started) * 1000:.1f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
"""

BARE = (
    "import time; started = time.perf_counter()\n"
    "import sys\n"
    "from PySide6.QtCore import QEvent, QObject, QTimer\n"
    "from PySide6.QtWidgets import QApplication, QLabel, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow(); label = QLabel('RepayRadar'); window.setCentralWidget(label)\n"
    "window.resize(1280, 800)\n" + PAINTED + "watcher = _FirstPaint(); label.installEventFilter(watcher)\n"
    "window.show(); app.exec()\n"
)

OURS = (
    "import time; started = time.perf_counter()\n"
    "import sys\n"
    "sys.path.insert(0, REPO)\n"
    "from pathlib import Path\n"
    "from app.ui.application import GuiSession, create_application\n"
    "from PySide6.QtCore import QEvent, QObject, QTimer\n"
    "app = create_application()\n"
    "session = GuiSession(app, Path(DATA))\n"
    + PAINTED
    + "watcher = _FirstPaint(); session.window.loading_label.installEventFilter(watcher)\n"
    "session.window.firstPainted.disconnect()  # measure the paint, do not open the data\n"
    "sys.exit(session.run())\n"
)


def time_to_paint(code: str) -> float:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    if result.returncode != 0 or not result.stdout.strip():
        raise SystemExit(f"the timed program failed:\n{result.stderr}")
    return float(result.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        raise SystemExit("needs a display: run under xvfb-run (or set QT_QPA_PLATFORM=offscreen)")
    data = tempfile.mkdtemp(prefix="repayradar-bench-")
    # Both programs start from an empty config folder: no remembered language to load.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="repayradar-bench-config-")
    ours = OURS.replace("REPO)", repr(str(REPO_ROOT)) + ")").replace("Path(DATA)", f"Path({data!r})")
    medians = {}
    for name, code in (("bare PySide6 window", BARE), ("RepayRadar", ours)):
        time_to_paint(code)
        medians[name] = statistics.median(time_to_paint(code) for _ in range(args.repeat))
    ratio = medians["RepayRadar"] / medians["bare PySide6 window"]
    print(
        json.dumps(
            {
                "bare_ms": medians["bare PySide6 window"],
                "repayradar_ms": medians["RepayRadar"],
                "ratio": round(ratio, 2),
                "goal": 1.3,
            }
        )
    )
    for name, value in medians.items():
        print(f"{name:<22} {value:7.1f} ms")
    print(f"{'ratio':<22} {ratio:7.2f}   (goal: at most 1.3)")
    return 0 if ratio <= 1.3 else 1


if __name__ == "__main__":
    sys.exit(main())
