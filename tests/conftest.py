"""Test-wide set-up: Qt renders offscreen, and no test can touch the real user's data folder."""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt or platformdirs resolves a folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX_HOME = tempfile.mkdtemp(prefix="repayradar-test-home-")
for _variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = os.path.join(_SANDBOX_HOME, _variable.lower())

import pytest  # noqa: E402


@pytest.fixture
def data_dir(tmp_path):
    """A fresh, empty data folder for one test."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder
