"""Quick checks of the packaging rules, without building anything (these run in the plain `pytest`):
what the bundle filter keeps, the icon files, the menu entry, and that the Windows installer's login
entry, shortcut id and uninstall key agree with what the app itself writes and claims."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess

import pytest
from packaging_support import DESKTOP_FILE, NSIS_SCRIPT, load_packaging_module, run

from app import APP_ID, APP_NAME
from app.core.autostart import WindowsRunEntry, launch_command

filters = load_packaging_module("bundle_filters")


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "resources/locale/zh_CN/LC_MESSAGES/repayradar.mo",
        "resources/rules/cn.toml",
    ],
)
def test_the_bundle_keeps_what_the_app_uses(dest):
    assert filters.keep_entry(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/plugins/tls/qschannelbackend.dll",
        "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_zh_CN.qm",
        "PySide6\\translations\\qtbase_ja.qm",
        "PySide6\\opengl32sw.dll",
        "PySide6/d3dcompiler_47.dll",
    ],
)
def test_the_bundle_drops_what_the_app_does_not_use(dest):
    assert not filters.keep_entry(dest)


def test_qt_libraries_only_dropped_plugins_needed_go_and_so_do_their_links():
    binaries = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/venv/PySide6/Qt/lib/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/venv/PySide6/Qt/lib/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", "/venv/PySide6/Qt/lib/libQt6WaylandClient.so.6", "BINARY"),
        ("PySide6/QtGui.abi3.so", "/venv/PySide6/QtGui.abi3.so", "EXTENSION"),
        ("libstdc++.so.6", "/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "BINARY"),
        ("libpython3.11.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", "BINARY"),
    ]
    imports = {
        "/venv/PySide6/QtGui.abi3.so": ["libQt6Gui.so.6", "libstdc++.so.6"],
        "/venv/PySide6/Qt/lib/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/venv/PySide6/Qt/lib/libQt6WaylandClient.so.6": ["libQt6Gui.so.6"],
    }
    dropped: list[str] = []
    kept = filters.prune_linux_libraries(binaries, lambda path: imports.get(path, []), dropped)
    assert [entry[0] for entry in kept] == [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/QtGui.abi3.so",
        "libpython3.11.so.1.0",  # the interpreter stays, wherever it was found
    ]
    assert sorted(dropped) == ["PySide6/Qt/lib/libQt6WaylandClient.so.6", "libstdc++.so.6"]

    links = kept + [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"),
        ("QtCore.framework/Versions/Current", "A", "SYMLINK"),
        ("QtCore.framework/Versions/A/QtCore", "/venv/QtCore", "BINARY"),
    ]
    remaining = [entry[0] for entry in filters.drop_dangling_symlinks(links)]
    assert "libQt6Gui.so.6" in remaining
    assert "QtCore.framework/Versions/Current" in remaining  # a link to a folder that is there
    assert "libQt6WaylandClient.so.6" not in remaining


def test_icons_are_rendered_from_the_svg_into_valid_ico_and_icns(qapp, tmp_path):
    # qapp: the renderer reuses the test session's QApplication instead of making its own.
    icons = load_packaging_module("app_icons").build_icons(tmp_path)
    for size, path in icons.pngs.items():
        header = path.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", header[16:24]) == (size, size)  # IHDR width, height

    ico = icons.ico.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = []
    for index in range(count):
        width, _height, _c, _r, _planes, _bits, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index]
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(ico)
        sizes.append(width or 256)
    assert {16, 32, 48, 256} <= set(sizes)  # what Explorer and the taskbar ask for

    icns = icons.icns.read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, position = [], 8
    while position < len(icns):
        kind, length = icns[position : position + 4], struct.unpack(">I", icns[position + 4 : position + 8])[0]
        assert icns[position + 8 : position + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        position += length
    assert position == len(icns)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= set(kinds)  # 128 to 1024 px, Finder and the Dock


def test_the_menu_entry_is_valid_and_names_the_app_and_its_icon():
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (apt install desktop-file-utils)")
    result = run([validator, DESKTOP_FILE])
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    text = DESKTOP_FILE.read_text(encoding="utf-8")
    # The file is named after the app id the running app gives the desktop (setDesktopFileName) and
    # its notifications (desktop-entry hint); the icon has the same name in hicolor.
    assert DESKTOP_FILE.name == f"{APP_ID}.desktop"
    assert f"\nIcon={APP_ID}\n" in text
    assert "\nName[zh_CN]=还款雷达\n" in text
    assert re.search(r"^Exec=repayradar$", text, re.MULTILINE)


def _nsis_text() -> str:
    return NSIS_SCRIPT.read_text(encoding="utf-8-sig")


def test_the_installers_login_entry_is_the_one_the_app_writes():
    # The installer's "Start at login" and the app's own setting must write the same value, so each
    # sees and can undo what the other did.
    text = _nsis_text()
    written = re.search(r'WriteRegStr HKCU "\$\{RUN_KEY\}" "\$\{APP_NAME\}" \'(?P<line>[^\']+)\'', text)
    assert written, "the installer writes no login entry"
    install_dir = r"C:\Users\Li Hua\AppData\Local\Programs\RepayRadar"
    line = written["line"].replace("$INSTDIR", install_dir).replace("${EXE_NAME}", f"{APP_NAME}.exe")
    expected = launch_command(frozen=True, executable=rf"{install_dir}\{APP_NAME}.exe", platform="win32", environ={})
    assert line == subprocess.list2cmdline(expected.arguments)
    assert re.search(r'!define RUN_KEY "Software\\Microsoft\\Windows\\CurrentVersion\\Run"', text)
    assert WindowsRunEntry(registry=object()).value_name == APP_NAME


def test_the_installer_installs_per_user_with_both_languages_and_the_apps_shortcut_id():
    text = _nsis_text()
    assert "RequestExecutionLevel user" in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in text
    assert '!define UNINSTALL_KEY "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${APP_ID}"' in text
    assert 'WriteRegStr HKLM' not in text  # nothing that needs administrator rights
    assert '!insertmacro MUI_LANGUAGE "English"' in text and '!insertmacro MUI_LANGUAGE "SimpChinese"' in text
    # Every language string exists in both languages.
    english = set(re.findall(r"^LangString (\w+) \$\{LANG_ENGLISH\}", text, re.MULTILINE))
    chinese = set(re.findall(r"^LangString (\w+) \$\{LANG_SIMPCHINESE\}", text, re.MULTILINE))
    assert english and english == chinese
    # The shortcut gets System.AppUserModel.ID = APP_ID, the id app/ui/shell/app_identity.py claims.
    assert "PKEY_AppUserModel_ID" in text and 'SHStrDupW(w "${APP_ID}"' in text


def test_the_app_claims_its_id_only_on_windows():
    from app.ui.shell.app_identity import set_windows_app_id

    assert set_windows_app_id(platform="linux") is False
    assert set_windows_app_id(platform="darwin") is False
