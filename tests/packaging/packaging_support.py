"""Shared by the installer tests: where things are, loading packaging/ scripts, running programs."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
BUILD_SCRIPT = PACKAGING / "build.py"
NSIS_SCRIPT = PACKAGING / "windows" / "repayradar.nsi"
DESKTOP_FILE = PACKAGING / "linux" / "org.repayradar.RepayRadar.desktop"
WORKFLOW = REPO / ".github" / "workflows" / "release.yml"


def load_packaging_module(name: str) -> ModuleType:
    """A module of packaging/, loaded by path: the folder's name is also the name of a PyPI package."""
    spec = importlib.util.spec_from_file_location(f"repayradar_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is created
    spec.loader.exec_module(module)
    return module


def run(command: list[str | Path], *, timeout: float = 600, **options) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(part) for part in command], check=False, capture_output=True, text=True, timeout=timeout, **options
    )


def headless_env(home: Path, lang: str = "en_US.UTF-8") -> dict[str, str]:
    """What a user's session without a display looks like: a home of its own, no X or Wayland."""
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the self-check must choose offscreen by itself
    env.pop("LANGUAGE", None)
    env.update(HOME=str(home), LANG=lang, LC_ALL=lang)
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(home / variable.lower())
    return env


def require_root(what: str) -> None:
    """CI runs as root and must run ``what``; elsewhere, without root, the test is skipped."""
    if os.geteuid() == 0:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what} needs root, and CI must run it")
    pytest.skip(f"{what} needs root")
