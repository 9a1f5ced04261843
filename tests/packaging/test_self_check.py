"""`python -m app --self-check` in a fresh process without a display: it passes on a working
installation, in the user's language, and names the failing check when something is missing."""

from __future__ import annotations

import shutil
import sys

from packaging_support import REPO, headless_env, run

import app


def test_the_self_check_passes_and_reports_each_check(tmp_path):
    result = run([sys.executable, "-m", "app", "--self-check"], env=headless_env(tmp_path), cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"RepayRadar {app.__version__} self-check")
    assert "display: offscreen" in lines[0]  # chosen by itself: there is no display
    assert sum(line.startswith("  OK  ") for line in lines) == 7
    assert "the menus read 文件" in result.stdout  # Chinese was switched on and read back
    assert lines[-1].startswith("self-check passed in ")
    # It opened its data file in a temporary folder, never in the user's data folder.
    assert not (tmp_path / "xdg_data_home" / "RepayRadar").exists()


def test_the_self_check_speaks_the_users_language(tmp_path):
    result = run(
        [sys.executable, "-m", "app", "--self-check"], env=headless_env(tmp_path, "zh_CN.UTF-8"), cwd=REPO
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith("自检通过")


def test_a_broken_installation_fails_the_self_check_with_the_reason(tmp_path):
    # An installation whose resources folder holds only its catalogues: the second check fails and
    # says what is missing.
    empty = tmp_path / "resources"
    (empty / "rules").mkdir(parents=True)
    shutil.copytree(REPO / "resources" / "locale", empty / "locale")
    code = (
        "import sys, pathlib, app.resources as resources\n"
        f"resources.resources_root = lambda: pathlib.Path({str(empty)!r})\n"
        "from app.cli import main\n"
        "sys.exit(main(['--self-check']))\n"
    )
    result = run([sys.executable, "-c", code], env=headless_env(tmp_path), cwd=REPO)
    assert result.returncode == 1, result.stdout + result.stderr
    last = result.stdout.splitlines()[-1]
    assert last.startswith("self-check FAILED at check 2 of 8:"), result.stdout
    assert "cn.toml is missing" in last
    assert "Traceback" not in result.stdout + result.stderr


def test_an_installation_without_its_catalogues_still_names_what_is_missing(tmp_path):
    # Without the catalogues no sentence can be worded; the self-check still fails on the resources
    # check and the facts (which check, which file) reach the user beside the message's key.
    empty = tmp_path / "resources"
    (empty / "rules").mkdir(parents=True)
    (empty / "rules" / "cn.toml").write_bytes((REPO / "resources" / "rules" / "cn.toml").read_bytes())
    code = (
        "import sys, pathlib, app.resources as resources\n"
        f"resources.resources_root = lambda: pathlib.Path({str(empty)!r})\n"
        "from app.cli import main\n"
        "sys.exit(main(['--self-check']))\n"
    )
    result = run([sys.executable, "-c", code], env=headless_env(tmp_path), cwd=REPO)
    assert result.returncode == 1, result.stdout + result.stderr
    last = result.stdout.splitlines()[-1]
    assert last.startswith("selfcheck.failed (number: 2, total: 8"), result.stdout
    assert "is missing from" in last
    assert "Traceback" not in result.stdout + result.stderr
