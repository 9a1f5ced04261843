"""Start RepayRadar when the user logs in (Settings.autostart), the way each desktop expects it.

- Windows: a value named "RepayRadar" under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run.
- macOS: a LaunchAgent, ~/Library/LaunchAgents/org.repayradar.RepayRadar.plist, RunAtLoad.
- Linux and other XDG desktops: $XDG_CONFIG_HOME/autostart/org.repayradar.RepayRadar.desktop.

Each writes and removes only its own entry. The registry module, folders and environment are injected,
so every platform's entry is tested on any machine. Plain Python, no Qt.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from app import APP_ID, APP_NAME

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Shown by GNOME's and KDE's start-up applications lists, which read the entry's Name and Comment.
_DESKTOP_COMMENT = "Repayment reminders in the system tray"
_DESKTOP_COMMENT_ZH = "在系统托盘中提醒还款"
_DESKTOP_NAME_ZH = "还款雷达"


@dataclass(frozen=True)
class LaunchCommand:
    """What the login session runs: the program and its arguments, from ``working_dir`` if set."""

    arguments: tuple[str, ...]
    working_dir: Path | None = None

    def __post_init__(self) -> None:
        if not self.arguments:
            raise ValueError("a launch command needs a program")


def launch_command(
    *,
    data_dir: Path | None = None,
    frozen: bool | None = None,
    executable: str | None = None,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
) -> LaunchCommand:
    """How to start this installation again: the frozen executable (sys.frozen), else ``python -m app``
    run from the folder holding the ``app`` package (a source checkout works as well as an install).

    A data folder other than the default is passed on, so the app that starts is the one configured.
    """
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = executable or sys.executable
    environ = os.environ if environ is None else environ
    platform = platform or sys.platform
    # Started at login, the app goes straight to the tray: the user did not ask for a window.
    extra = ("--data-dir", str(data_dir), "--background") if data_dir is not None else ("--background",)
    if frozen:
        # An AppImage runs from a fresh mount point each time; $APPIMAGE is the file that stays put.
        program = environ.get("APPIMAGE") or executable
        return LaunchCommand((program, *extra))
    if platform == "win32":
        # pythonw.exe starts a GUI without opening a console window at login.
        windowless = Path(executable).with_name("pythonw.exe")
        if windowless.is_file():
            executable = str(windowless)
    package_parent = Path(__file__).resolve().parents[2]
    return LaunchCommand((executable, "-m", "app", *extra), working_dir=package_parent)


class AutostartEntry(Protocol):
    def is_enabled(self) -> bool: ...

    def runs(self, command: LaunchCommand) -> bool:
        """The entry exists and starts exactly ``command`` (an installer may have written it)."""
        ...

    def enable(self, command: LaunchCommand) -> None: ...

    def disable(self) -> None: ...


def sync_autostart(entry: AutostartEntry, enabled: bool, command: LaunchCommand) -> None:
    """Make the entry match the setting; an enabled entry is rewritten so it follows a moved install."""
    if enabled:
        entry.enable(command)
    elif entry.is_enabled():
        entry.disable()


# ------------------------------------------------------------------------------------- Windows


def _unquoted(command_line: str) -> str:
    return command_line.replace('"', "").strip().casefold()


class WindowsRunEntry:
    """A value in the current user's Run key. ``registry`` is the ``winreg`` module (or a fake)."""

    def __init__(self, registry: Any = None, value_name: str = APP_NAME) -> None:
        if registry is None:
            import winreg as registry  # noqa: PLC0415 - exists on Windows only
        self._registry = registry
        self.value_name = value_name

    def command_line(self) -> str | None:
        registry = self._registry
        try:
            with registry.OpenKey(registry.HKEY_CURRENT_USER, RUN_KEY, 0, registry.KEY_READ) as key:
                value, _kind = registry.QueryValueEx(key, self.value_name)
        except FileNotFoundError:
            return None
        return str(value)

    def is_enabled(self) -> bool:
        return self.command_line() is not None

    def runs(self, command: LaunchCommand) -> bool:
        line = self.command_line()
        # The installer quotes the program always, list2cmdline only when it has spaces; Windows paths
        # are not case-sensitive.
        return line is not None and _unquoted(line) == _unquoted(subprocess.list2cmdline(command.arguments))

    def enable(self, command: LaunchCommand) -> None:
        registry = self._registry
        # Run has no working directory; list2cmdline quotes as CreateProcess parses.
        line = subprocess.list2cmdline(command.arguments)
        with registry.CreateKeyEx(registry.HKEY_CURRENT_USER, RUN_KEY, 0, registry.KEY_SET_VALUE) as key:
            registry.SetValueEx(key, self.value_name, 0, registry.REG_SZ, line)

    def disable(self) -> None:
        registry = self._registry
        try:
            with registry.OpenKey(registry.HKEY_CURRENT_USER, RUN_KEY, 0, registry.KEY_SET_VALUE) as key:
                registry.DeleteValue(key, self.value_name)
        except FileNotFoundError:
            pass


# --------------------------------------------------------------------------------------- macOS


@dataclass
class MacLaunchAgent:
    """A per-user LaunchAgent. launchd reads it at the next login; it is not loaded now, which would
    start a second copy of the running app."""

    agents_dir: Path
    label: str = APP_ID

    @property
    def path(self) -> Path:
        return self.agents_dir / f"{self.label}.plist"

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def runs(self, command: LaunchCommand) -> bool:
        try:
            agent = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(agent, dict) and agent.get("ProgramArguments") == list(command.arguments)

    def enable(self, command: LaunchCommand) -> None:
        agent: dict[str, Any] = {
            "Label": self.label,
            "ProgramArguments": list(command.arguments),
            "RunAtLoad": True,
            # Only in a graphical login session: a tray app has nothing to do over ssh.
            "LimitLoadToSessionType": "Aqua",
            "ProcessType": "Interactive",
        }
        if command.working_dir is not None:
            agent["WorkingDirectory"] = str(command.working_dir)
        _write_atomically(self.path, plistlib.dumps(agent))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


# --------------------------------------------------------------------------------------- Linux


def _desktop_exec_argument(argument: str) -> str:
    """One argument quoted for a desktop entry's Exec key (Desktop Entry Specification, "The Exec key")."""
    if argument and not any(char in argument for char in ' \t\n"\'\\><~|&;$*?#()`='):
        quoted = argument
    else:
        escaped = "".join("\\" + char if char in '"`$\\' else char for char in argument)
        quoted = f'"{escaped}"'
    # Field codes start with %, so a literal one is %%; then the key file's own string escapes.
    return _key_file_value(quoted.replace("%", "%%"))


def desktop_exec(arguments: Sequence[str]) -> str:
    return " ".join(_desktop_exec_argument(argument) for argument in arguments)


def _key_file_value(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n")


@dataclass
class XdgAutostartEntry:
    """A desktop entry in the XDG autostart folder (GNOME, KDE, Xfce, LXQt, Cinnamon, ...)."""

    autostart_dir: Path
    file_name: str = f"{APP_ID}.desktop"

    @property
    def path(self) -> Path:
        return self.autostart_dir / self.file_name

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def runs(self, command: LaunchCommand) -> bool:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return False
        return f"Exec={desktop_exec(command.arguments)}" in lines

    def enable(self, command: LaunchCommand) -> None:
        lines = [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            f"Name[zh_CN]={_DESKTOP_NAME_ZH}",
            f"Comment={_DESKTOP_COMMENT}",
            f"Comment[zh_CN]={_DESKTOP_COMMENT_ZH}",
            f"Exec={desktop_exec(command.arguments)}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
        ]
        if command.working_dir is not None:
            lines.append(f"Path={_key_file_value(str(command.working_dir))}")
        _write_atomically(self.path, ("\n".join(lines) + "\n").encode("utf-8"))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


def xdg_autostart_dir(environ: Mapping[str, str], home: Path) -> Path:
    # The spec says a relative $XDG_CONFIG_HOME is invalid and must be ignored.
    configured = environ.get("XDG_CONFIG_HOME", "")
    config_home = Path(configured) if configured and os.path.isabs(configured) else home / ".config"
    return config_home / "autostart"


# --------------------------------------------------------------------------------------- choice


@dataclass
class Platform:
    """Where this machine keeps login items: injected in tests, read from the process otherwise."""

    name: str = field(default_factory=lambda: sys.platform)
    home: Path = field(default_factory=Path.home)
    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    registry: Any = None


def autostart_entry(platform: Platform | None = None) -> AutostartEntry:
    platform = platform or Platform()
    if platform.name == "win32":
        return WindowsRunEntry(platform.registry)
    if platform.name == "darwin":
        return MacLaunchAgent(platform.home / "Library" / "LaunchAgents")
    return XdgAutostartEntry(xdg_autostart_dir(platform.environ, platform.home))


def _write_atomically(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(content)
    os.replace(partial, path)
