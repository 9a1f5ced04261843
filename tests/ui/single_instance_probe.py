"""A minimal GUI process for the single-instance tests: claims the data folder given as argv[1].

Prints "handed-over" and exits 0 when a running copy took the request; otherwise prints "running",
shows nothing until asked, and prints "activated visible=<bool>" each time another launch asks.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.ui.shell.single_instance import claim  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    instance = claim(Path(sys.argv[1]))
    if instance is None:
        print("handed-over", flush=True)
        return 0
    window = QWidget()
    instance.attach(window)
    instance.activationRequested.connect(lambda: print(f"activated visible={window.isVisible()}", flush=True))
    print("running", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
