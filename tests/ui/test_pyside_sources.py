"""PySide6's import hook answers the same question about each module, without keeping its source.

Each case runs in a fresh interpreter: the hook is installed once per process, when app.ui is first
imported, and this test process has long imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, linecache, sys
{before}
import uses_qt, plain_module
feature = sys.modules["shibokensupport.feature"]
print(json.dumps({{
    "uses_qt": feature.pyside_feature_dict.get("uses_qt"),
    "plain_module": feature.pyside_feature_dict.get("plain_module"),
    "cached": sorted(name for name in linecache.cache if name.startswith({folder!r})),
}}))
"""


def _probe(tmp_path: Path, before: str) -> dict:
    (tmp_path / "uses_qt.py").write_text("from PySide6 import QtCore\nVALUE = 1\n", encoding="utf-8")
    (tmp_path / "plain_module.py").write_text("VALUE = 2\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO_ROOT), str(tmp_path)]))
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(before=before, folder=str(tmp_path))],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )
    return json.loads(result.stdout.splitlines()[-1])


def test_modules_imported_after_the_ui_leave_no_source_in_memory(tmp_path: Path) -> None:
    found = _probe(tmp_path, "import app.ui")
    assert found["cached"] == []
    # Shiboken's own verdicts: 0 = a PySide6 user ("no feature" selected), -1 = ignored.
    assert found["uses_qt"] == 0
    assert found["plain_module"] == -1


def test_without_the_ui_package_pyside_would_keep_every_source(tmp_path: Path) -> None:
    """What the hook saves: PySide6 on its own keeps both files' text (the same verdicts)."""
    found = _probe(tmp_path, "import PySide6.QtCore")
    assert len(found["cached"]) == 2
    assert (found["uses_qt"], found["plain_module"]) == (0, -1)


def test_installing_twice_keeps_one_wrapper() -> None:
    from app.ui.pyside_sources import read_module_sources_uncached

    feature = sys.modules["shibokensupport.feature"]
    installed = feature._mod_uses_pyside
    assert read_module_sources_uncached() is True
    assert feature._mod_uses_pyside is installed
