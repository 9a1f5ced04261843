"""Start at login: each platform's entry is written, found and removed, and only ours is touched."""

from __future__ import annotations

import json
import plistlib
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.autostart import (
    RUN_KEY,
    LaunchCommand,
    MacLaunchAgent,
    Platform,
    WindowsRunEntry,
    XdgAutostartEntry,
    autostart_entry,
    desktop_exec,
    launch_command,
    sync_autostart,
)


class FakeKey:
    def __init__(self, values: dict[str, tuple[object, int]]) -> None:
        self.values = values

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None


class FakeRegistry:
    """The part of ``winreg`` the Run entry uses, over a dict; key paths are case-insensitive as on
    Windows, and missing keys or values raise FileNotFoundError as winreg does."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_READ = 0x20019
    KEY_SET_VALUE = 0x0002
    REG_SZ = 1

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], dict[str, tuple[object, int]]] = {}

    def _path(self, root: str, path: str) -> tuple[str, str]:
        return root, path.lower()

    def OpenKey(self, root, path, reserved=0, access=KEY_READ):  # noqa: N802 - winreg's names
        try:
            return FakeKey(self.keys[self._path(root, path)])
        except KeyError:
            raise FileNotFoundError(2, "The system cannot find the file specified") from None

    def CreateKeyEx(self, root, path, reserved=0, access=KEY_SET_VALUE):  # noqa: N802
        return FakeKey(self.keys.setdefault(self._path(root, path), {}))

    def QueryValueEx(self, key: FakeKey, name: str):  # noqa: N802
        try:
            return key.values[name]
        except KeyError:
            raise FileNotFoundError(2, "The system cannot find the file specified") from None

    def SetValueEx(self, key: FakeKey, name: str, _reserved: int, kind: int, value: object):  # noqa: N802
        key.values[name] = (value, kind)

    def DeleteValue(self, key: FakeKey, name: str) -> None:  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del key.values[name]

    def run_values(self) -> dict[str, object]:
        return {name: value for name, (value, _) in self.keys.get(("HKCU", RUN_KEY.lower()), {}).items()}


# ------------------------------------------------------------------------------------ the command


def test_a_frozen_build_starts_its_own_executable():
    command = launch_command(
        frozen=True, executable=r"C:\Program Files\RepayRadar\RepayRadar.exe", environ={}
    )
    assert command.arguments == (r"C:\Program Files\RepayRadar\RepayRadar.exe", "--background")


def test_an_appimage_starts_the_appimage_file_not_its_temporary_mount():
    command = launch_command(
        frozen=True, executable="/tmp/.mount_RepayRxyz/usr/bin/RepayRadar",
        environ={"APPIMAGE": "/home/li/Apps/RepayRadar-x86_64.AppImage"}, platform="linux",
    )
    assert command.arguments == ("/home/li/Apps/RepayRadar-x86_64.AppImage", "--background")


def test_from_python_it_runs_the_package_from_the_folder_that_holds_it():
    command = launch_command(frozen=False, executable="/usr/bin/python3", environ={}, platform="linux")
    assert command.arguments == ("/usr/bin/python3", "-m", "app", "--background")
    assert (command.working_dir / "app" / "__init__.py").is_file()


def test_a_chosen_data_folder_is_passed_on():
    command = launch_command(
        data_dir=Path("/srv/li/还款"), frozen=True, executable="/opt/rr/RepayRadar", environ={}
    )
    # str(Path(...)): the folder as this platform spells it (backslashes on Windows)
    assert command.arguments == ("/opt/rr/RepayRadar", "--data-dir", str(Path("/srv/li/还款")), "--background")


def test_on_windows_python_starts_windowless_with_pythonw(tmp_path):
    (tmp_path / "python.exe").write_bytes(b"")
    (tmp_path / "pythonw.exe").write_bytes(b"")
    command = launch_command(
        frozen=False, executable=str(tmp_path / "python.exe"), environ={}, platform="win32"
    )
    assert command.arguments[0] == str(tmp_path / "pythonw.exe")


# ---------------------------------------------------------------------------------------- Windows


def test_windows_run_value_is_written_quoted_and_removed_alone():
    registry = FakeRegistry()
    with registry.CreateKeyEx("HKCU", RUN_KEY) as key:
        registry.SetValueEx(key, "OneDrive", 0, registry.REG_SZ, r'"C:\OneDrive\OneDrive.exe" /background')
    entry = WindowsRunEntry(registry)
    assert not entry.is_enabled()
    entry.enable(LaunchCommand((r"C:\Program Files\RepayRadar\RepayRadar.exe", "--data-dir", r"D:\My Data")))
    assert registry.run_values() == {
        "OneDrive": r'"C:\OneDrive\OneDrive.exe" /background',
        "RepayRadar": r'"C:\Program Files\RepayRadar\RepayRadar.exe" --data-dir "D:\My Data"',
    }
    assert entry.is_enabled()
    entry.disable()
    assert registry.run_values() == {"OneDrive": r'"C:\OneDrive\OneDrive.exe" /background'}
    entry.disable()  # already gone: nothing to do, nothing raised
    assert not entry.is_enabled()


def test_windows_entry_without_a_run_key_yet():
    registry = FakeRegistry()
    entry = WindowsRunEntry(registry)
    assert not entry.is_enabled()
    entry.disable()
    entry.enable(LaunchCommand(("C:\\RepayRadar\\RepayRadar.exe",)))
    assert registry.run_values() == {"RepayRadar": "C:\\RepayRadar\\RepayRadar.exe"}


def test_turning_it_on_again_follows_a_moved_installation():
    registry = FakeRegistry()
    entry = WindowsRunEntry(registry)
    sync_autostart(entry, True, LaunchCommand(("C:\\Old\\RepayRadar.exe",)))
    sync_autostart(entry, True, LaunchCommand(("C:\\New\\RepayRadar.exe",)))
    assert registry.run_values() == {"RepayRadar": "C:\\New\\RepayRadar.exe"}
    sync_autostart(entry, False, LaunchCommand(("C:\\New\\RepayRadar.exe",)))
    assert registry.run_values() == {}


# ------------------------------------------------------------------------------------------ macOS


def test_macos_launch_agent_runs_at_login_with_the_command(tmp_path):
    agents = tmp_path / "Library" / "LaunchAgents"
    agents.mkdir(parents=True)
    (agents / "com.example.other.plist").write_bytes(plistlib.dumps({"Label": "com.example.other"}))
    entry = MacLaunchAgent(agents)
    command = LaunchCommand(("/usr/local/bin/python3", "-m", "app"), working_dir=Path("/Users/li/RepayRadar"))
    entry.enable(command)
    agent = plistlib.loads((agents / "org.repayradar.RepayRadar.plist").read_bytes())
    assert agent["Label"] == "org.repayradar.RepayRadar"
    assert agent["ProgramArguments"] == ["/usr/local/bin/python3", "-m", "app"]
    assert agent["RunAtLoad"] is True
    assert agent["WorkingDirectory"] == str(Path("/Users/li/RepayRadar"))
    assert entry.is_enabled()
    entry.disable()
    assert sorted(path.name for path in agents.iterdir()) == ["com.example.other.plist"]
    assert not entry.is_enabled()


def test_macos_creates_the_launch_agents_folder_when_missing(tmp_path):
    entry = autostart_entry(Platform(name="darwin", home=tmp_path, environ={}))
    entry.enable(LaunchCommand(("/Applications/RepayRadar.app/Contents/MacOS/RepayRadar",)))
    agent = plistlib.loads((tmp_path / "Library/LaunchAgents/org.repayradar.RepayRadar.plist").read_bytes())
    assert agent["ProgramArguments"] == ["/Applications/RepayRadar.app/Contents/MacOS/RepayRadar"]
    assert "WorkingDirectory" not in agent


# ------------------------------------------------------------------------------------------ Linux


def test_linux_entry_goes_to_xdg_config_home_autostart(tmp_path):
    config = tmp_path / "cfg"
    platform = Platform(name="linux", home=tmp_path / "home", environ={"XDG_CONFIG_HOME": str(config)})
    entry = autostart_entry(platform)
    entry.enable(LaunchCommand(("/opt/RepayRadar/RepayRadar",)))
    text = (config / "autostart" / "org.repayradar.RepayRadar.desktop").read_text(encoding="utf-8")
    assert "[Desktop Entry]\nType=Application\n" in text
    assert "\nExec=/opt/RepayRadar/RepayRadar\n" in text
    assert "\nName[zh_CN]=还款雷达\n" in text


def test_linux_without_xdg_config_home_or_with_a_relative_one_uses_dot_config(tmp_path):
    for environ in ({}, {"XDG_CONFIG_HOME": "relative/cfg"}):
        entry = autostart_entry(Platform(name="linux", home=tmp_path, environ=environ))
        assert isinstance(entry, XdgAutostartEntry)
        assert entry.path == tmp_path / ".config" / "autostart" / "org.repayradar.RepayRadar.desktop"


def test_linux_disable_removes_only_our_entry(tmp_path):
    autostart = tmp_path / "autostart"
    autostart.mkdir()
    (autostart / "nextcloud.desktop").write_text("[Desktop Entry]\nExec=nextcloud\n")
    entry = XdgAutostartEntry(autostart)
    entry.enable(LaunchCommand(("repayradar",)))
    assert entry.is_enabled()
    entry.disable()
    entry.disable()
    assert [path.name for path in autostart.iterdir()] == ["nextcloud.desktop"]


def test_exec_quoting_follows_the_desktop_entry_spec():
    assert desktop_exec(["/usr/bin/python3", "-m", "app"]) == "/usr/bin/python3 -m app"
    assert desktop_exec(["/home/li/My Apps/python"]) == '"/home/li/My Apps/python"'
    # A backslash is escaped for quoting and again for the key file: four in the file.
    assert desktop_exec(["a\\b"]) == '"a\\\\\\\\b"'
    assert desktop_exec(["100%"]) == "100%%"
    assert desktop_exec(['say "$HOME"']) == '"say \\\\"\\\\$HOME\\\\""'


@pytest.mark.skipif(shutil.which("gio") is None, reason="needs GLib's gio tool (Debian libglib2.0-bin)")
def test_glib_launches_the_entry_with_every_argument_intact(tmp_path):
    """What GNOME (GLib) really runs from the entry: tricky paths come through unchanged."""
    out = tmp_path / "argv.json"
    script = (
        "import json, os, sys; part = sys.argv[1] + '.part'\n"
        "with open(part, 'w', encoding='utf-8') as f: json.dump([os.getcwd(), *sys.argv[1:]], f)\n"
        "os.replace(part, sys.argv[1])"
    )
    tricky = ["it's 100% $HOME", 'a "quoted" `word`', "back\\slash", "还款 雷达"]
    workdir = tmp_path / "work dir"
    workdir.mkdir()
    entry = XdgAutostartEntry(tmp_path / "autostart")
    entry.enable(LaunchCommand((sys.executable, "-c", script, str(out), *tricky), working_dir=workdir))
    subprocess.run(["gio", "launch", str(entry.path)], check=True, timeout=30, capture_output=True)
    deadline = time.monotonic() + 20
    while not out.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert json.loads(out.read_text(encoding="utf-8")) == [str(workdir), str(out), *tricky]


def test_each_platform_gets_its_own_kind_of_entry(tmp_path):
    assert isinstance(autostart_entry(Platform(name="win32", registry=FakeRegistry())), WindowsRunEntry)
    assert isinstance(autostart_entry(Platform(name="darwin", home=tmp_path)), MacLaunchAgent)
    assert isinstance(autostart_entry(Platform(name="linux", home=tmp_path, environ={})), XdgAutostartEntry)
    assert isinstance(autostart_entry(Platform(name="freebsd14", home=tmp_path)), XdgAutostartEntry)


def test_the_python_command_really_starts_the_app():
    """The command written when not frozen runs this very package (it answers --version)."""
    command = launch_command(frozen=False, environ={}, platform="linux")
    result = subprocess.run(
        [*command.arguments, "--version"], cwd=command.working_dir, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("RepayRadar ")



def test_each_entry_tells_whether_it_starts_exactly_this_command(tmp_path):
    ours = LaunchCommand(("/opt/rr/RepayRadar", "--background"))
    other = LaunchCommand(("/opt/rr/RepayRadar", "--data-dir", "/srv/other", "--background"))
    for entry in (XdgAutostartEntry(tmp_path / "xdg"), MacLaunchAgent(tmp_path / "agents")):
        assert not entry.runs(ours)
        entry.enable(ours)
        assert entry.runs(ours) and not entry.runs(other)


def test_the_run_value_the_windows_installer_writes_is_recognised_as_ours():
    registry = FakeRegistry()
    entry = WindowsRunEntry(registry)
    program = r"C:\Users\Li\AppData\Local\Programs\RepayRadar\RepayRadar.exe"
    ours = LaunchCommand((program, "--background"))
    assert not entry.runs(ours)
    # packaging/windows/repayradar.nsi: WriteRegStr ... '"$INSTDIR\${EXE_NAME}" --background'
    with registry.CreateKeyEx(registry.HKEY_CURRENT_USER, RUN_KEY) as key:
        registry.SetValueEx(key, "RepayRadar", 0, registry.REG_SZ, f'"{program}" --background')
    assert entry.runs(ours)
    assert not entry.runs(LaunchCommand((program, "--data-dir", "D:\\other", "--background")))
