"""The built wheel is a working program on its own: installed into a fresh environment it runs from
any folder and finds its bundled resources inside the installed package, not in this source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

import app

pytestmark = pytest.mark.slow

REPO_ROOT = Path(app.__file__).resolve().parents[1]


def _run(command: list[str | Path], **options) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, timeout=900, **options
    )


def _build_wheel(out_dir: Path) -> Path:
    # pip builds with isolation, fetching the build backend (hatchling) from the configured index.
    result = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out_dir, REPO_ROOT])
    assert result.returncode == 0, result.stderr
    wheels = list(out_dir.glob("repayradar-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def test_the_wheel_installs_and_runs_from_any_folder_with_its_resources(tmp_path):
    wheel = _build_wheel(tmp_path / "dist")

    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    shipped_rules = sorted(
        path.relative_to(REPO_ROOT / "resources").as_posix()
        for path in (REPO_ROOT / "resources" / "rules").rglob("*")
        if path.is_file()
    )
    assert shipped_rules, "resources/rules holds no rule pack to ship"
    for relative in shipped_rules:
        assert f"app/_resources/{relative}" in names, relative
    assert "app/__main__.py" in names and "app/core/store.py" in names
    # The gettext catalogues every sentence comes from (app/core/i18n.py reads the .mo).
    for lang in ("en", "zh_CN"):
        assert f"app/_resources/locale/{lang}/LC_MESSAGES/repayradar.mo" in names, lang
    # ... and no second text system beside them (the Qt Linguist catalogues are gone).
    assert [name for name in names if name.endswith((".ts", ".qm"))] == []

    venv = tmp_path / "venv"
    created = _run([sys.executable, "-m", "venv", "--without-pip", venv])
    assert created.returncode == 0, created.stderr
    python = _venv_python(venv)
    installed = _run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "--quiet",
         wheel]
    )
    assert installed.returncode == 0, installed.stderr

    # Dependencies (pydantic, platformdirs, icalendar, ...) come from the test environment: a .pth
    # line appends its site-packages after the new environment's own, where the wheel's app lives.
    venv_site = Path(
        _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip()
    )
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (venv_site / "test-dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["LANG"] = "en_US.UTF-8"

    version = _run([python, "-m", "app", "--version"], cwd=elsewhere, env=env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"RepayRadar {app.__version__}"

    probe = _run(
        [
            python,
            "-c",
            "import app, app.resources as r; p = r.resource_path('rules'); "
            "print(app.__file__); print(p); print(p.is_dir()); "
            "from app.core.i18n import message; print(message('cli.list.empty', 'zh_CN'))",
        ],
        cwd=elsewhere,
        env=env,
    )
    assert probe.returncode == 0, probe.stderr
    package_file, rules_dir, is_dir, chinese = probe.stdout.splitlines()
    assert chinese == "还没有贷款。"  # read from the installed catalogue, not the msgid
    assert Path(package_file).resolve().is_relative_to(venv_site.resolve())
    assert Path(rules_dir).resolve() == (venv_site / "app" / "_resources" / "rules").resolve()
    assert is_dir == "True"

    # The console script the wheel declares works too, and so does a data command.
    script = venv / ("Scripts/repayradar-cli.exe" if os.name == "nt" else "bin/repayradar-cli")
    exported = _run(
        [script, "--data-dir", tmp_path / "data", "export", tmp_path / "backup.json"], cwd=elsewhere, env=env
    )
    assert exported.returncode == 0, exported.stderr
    backup_text = (tmp_path / "backup.json").read_text(encoding="utf-8")
    assert backup_text.startswith('{\n  "format": "repayradar-backup"')
