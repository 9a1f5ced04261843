"""The installers, built for real: the frozen bundle checks itself, the .deb installs, starts from its
desktop menu entry and removes cleanly, and the Windows installer script compiles.

Slow (PyInstaller, dpkg-deb, makensis: a few minutes), so marked ``packaging`` and run by .ci/run in a
step of its own, in a venv with the `packaging` extra: pytest -m packaging tests/packaging
"""

from __future__ import annotations

import configparser
import os
import re
import shlex
import shutil
import struct
from pathlib import Path

import pytest
from packaging_support import headless_env, require_root, run

import app

pytestmark = pytest.mark.packaging

CHECK_LINES = 7  # the checks after "start Qt" that print an OK line (app/ui/shell/self_check.py)
INSTALLED_DESKTOP_FILE = Path(f"/usr/share/applications/{app.APP_ID}.desktop")
HICOLOR = Path("/usr/share/icons/hicolor")
# Unpacked size the bundle must stay under (it is about 120 MB: Qt, ICU's data, Python and the
# modules as .pyc files): a Qt module collected by mistake (QtQml and QtQuick add some 30 MB) shows here.
BUNDLE_BUDGET_MB = 140
BUILD_AND_TEST_TOOLS = {
    "setuptools", "pkg_resources", "_distutils_hack", "distutils", "hypothesis", "_hypothesis_globals",
    "_hypothesis_ftz_detector", "pytest", "_pytest", "pytestqt",
}


def _assert_self_check_passed(result, passed_line: str = "self-check passed") -> None:
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert passed_line in result.stdout, output
    assert len(re.findall(r"^  OK  ", result.stdout, re.MULTILINE)) == CHECK_LINES, result.stdout


def test_the_frozen_bundle_checks_itself_without_a_display(built, tmp_path):
    program = built.bundle / "repayradar"
    version = run([program, "--version"], env=headless_env(tmp_path))
    assert version.stdout.strip() == f"RepayRadar {app.__version__}"

    result = run([program, "--self-check"], env=headless_env(tmp_path), cwd=tmp_path)
    _assert_self_check_passed(result)
    assert "installed app" in result.stdout and "display: offscreen" in result.stdout
    # Its data went to a temporary folder, not into the home it was given.
    assert not (tmp_path / "xdg_data_home" / "RepayRadar").exists()


def test_the_bundle_carries_what_the_app_uses_and_nothing_it_does_not(built):
    internal = built.bundle / "_internal"
    files = [path for path in internal.rglob("*") if path.is_file() or path.is_symlink()]
    names = [path.relative_to(internal).as_posix() for path in files]
    assert [name for name in names if (internal / name).is_symlink() and not (internal / name).exists()] == []

    unwanted = re.compile(r"wayland|eglfs|/tls/|networkinformation|platformthemes|gtk|libqvnc|libqjpeg")
    assert [name for name in names if unwanted.search(name)] == []
    qt_translations = [name for name in names if re.search(r"PySide6/.*translations/.*\.qm$", name)]
    assert [Path(name).name for name in qt_translations] == ["qtbase_zh_CN.qm"]
    # Libraries every Debian/Ubuntu desktop has come from the system (the .deb depends on them).
    assert [name for name in names if re.match(r"(libstdc\+\+|libX11|libglib-2|libfontconfig|libdbus)", name)] == []
    for needed in (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "resources/rules/cn.toml",
        "resources/locale/en/LC_MESSAGES/repayradar.mo",
        "resources/locale/zh_CN/LC_MESSAGES/repayradar.mo",
    ):
        assert needed in names
    # One text system: the compiled gettext catalogues above, without their .po sources, and no Qt
    # Linguist catalogue of ours (Qt's own qtbase_zh_CN.qm, checked above, is Qt's, not ours).
    assert [name for name in names if name.startswith("resources/") and name.endswith((".po", ".ts", ".qm"))] == []

    size_mb = sum(path.stat().st_size for path in files if not path.is_symlink()) / 1e6
    assert size_mb < BUNDLE_BUDGET_MB, f"the bundle grew to {size_mb:.0f} MB"


def test_the_frozen_app_cannot_import_setuptools_or_the_test_tools(built):
    """setuptools (and PyInstaller's runtime hook that imports it, and `platform` with it, at every
    start) and the test extra's hypothesis stay out: the app needs neither (packaging/repayradar.spec)."""
    internal = built.bundle / "_internal"
    top_level = {path.name.split(".")[0] for path in internal.iterdir()}
    assert top_level.isdisjoint(BUILD_AND_TEST_TOOLS), sorted(top_level & BUILD_AND_TEST_TOOLS)
    # Runtime hooks run before the app; their names are in the executable's archive.
    executable = (built.bundle / "repayradar").read_bytes()
    assert b"pyi_rth_pyside6" in executable  # the archive is where this looks
    assert b"pyi_rth_setuptools" not in executable
    assert b"pyi_rth_pkgres" not in executable


def _desktop_exec(desktop_file: Path) -> list[str]:
    """The command of a desktop entry's Exec key, its field codes (%f, %U, ...) removed."""
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(desktop_file, encoding="utf-8")
    arguments = shlex.split(entry["Desktop Entry"]["Exec"])
    return [argument for argument in arguments if not re.fullmatch(r"%[fFuUdDnNickvm]", argument)]


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


def test_the_deb_installs_starts_from_its_menu_entry_and_removes_cleanly(built, tmp_path):
    require_root("installing the .deb with dpkg")
    fields = run(["dpkg-deb", "-f", built.deb, "Package", "Version", "Depends"]).stdout
    assert "Package: repayradar\n" in fields and f"Version: {app.__version__}\n" in fields
    for dependency in ("libc6 (>=", "libxcb-cursor0", "libxkbcommon-x11-0", "libdbus-1-3", "libfontconfig1"):
        assert dependency in fields, fields
    if run(["dpkg-query", "-W", "repayradar"]).returncode == 0:
        run(["dpkg", "--purge", "repayradar"])  # left over from an interrupted run

    installed = run(["dpkg", "-i", built.deb])
    assert installed.returncode == 0, installed.stdout + installed.stderr  # Depends are all satisfied
    try:
        launcher = Path("/usr/bin/repayradar")
        assert launcher.resolve() == Path("/opt/repayradar/repayradar")
        validated = run(["desktop-file-validate", INSTALLED_DESKTOP_FILE])
        assert validated.returncode == 0 and not validated.stdout.strip(), validated.stdout
        assert (HICOLOR / "scalable" / "apps" / f"{app.APP_ID}.svg").is_file()
        assert _png_size(HICOLOR / "256x256" / "apps" / f"{app.APP_ID}.png") == (256, 256)

        # What the desktop runs when the menu entry is clicked, found on PATH as the desktop finds it.
        command = _desktop_exec(INSTALLED_DESKTOP_FILE)
        assert shutil.which(command[0]) == str(launcher)
        result = run([*command, "--self-check"], env=headless_env(tmp_path), cwd=tmp_path)
        _assert_self_check_passed(result)
        chinese = run([*command, "--self-check"], env=headless_env(tmp_path, "zh_CN.UTF-8"), cwd=tmp_path)
        _assert_self_check_passed(chinese, "自检通过")
    finally:
        removed = run(["dpkg", "-r", "repayradar"])
    assert removed.returncode == 0, removed.stdout + removed.stderr
    for path in (launcher, INSTALLED_DESKTOP_FILE, Path("/opt/repayradar")):
        assert not os.path.lexists(path), f"{path} is still there after dpkg -r"
    purged = run(["dpkg", "--purge", "repayradar"])  # dpkg's own record of the package goes too
    assert purged.returncode == 0, purged.stdout + purged.stderr


def test_the_windows_installer_script_compiles(built):
    installer = built.nsis_check
    assert installer.is_file(), built.log
    data = installer.read_bytes()
    assert data[:2] == b"MZ"  # a Windows program
    assert b"NullsoftInst" in data  # carrying an NSIS payload
    assert len(data) > 10_000_000  # with the bundle inside it
