"""Putting RehabTimer where the desktop finds it: the application menu, and start at login.

No Qt here: the command line and the settings screen both use it. On Linux it follows the
freedesktop specifications and honours XDG_DATA_HOME and XDG_CONFIG_HOME (which is how tests
keep away from the real home folder); on Windows, start at login is the per-user Run key.
Nothing here needs administrator rights.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from rehabtimer.core.atomic import write_text_atomically
from rehabtimer.paths import resources_dir

APP_ID = "rehabtimer"
_ENTRY_NAME = f"{APP_ID}.desktop"
_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
_APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
_RUN_VALUE = "RehabTimer"
_NO_AUTOSTART = "Start at login is not supported on this system yet."

# Arguments holding any of these must be double-quoted in an Exec line (Desktop Entry spec).
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


class UnsupportedPlatform(Exception):
    """This system has no desktop integration RehabTimer can set up; the message says which."""


def _is_linux() -> bool:
    return sys.platform.startswith("linux")


def _is_windows() -> bool:
    return sys.platform == "win32"


def _xdg_home(variable: str, fallback: str, home: Path | None) -> Path:
    # The base-directory spec says a relative path in these variables is invalid: ignore it.
    value = os.environ.get(variable, "")
    if value and Path(value).is_absolute():
        return Path(value)
    return (home or Path.home()) / fallback


def _exec_quote(argument: str) -> str:
    """One argument of an Exec line, quoted as the Desktop Entry spec asks."""
    argument = argument.replace("%", "%%")  # a bare % would start a field code
    if not _EXEC_RESERVED.intersection(argument):
        return argument
    for char in ("\\", '"', "`", "$"):
        argument = argument.replace(char, "\\" + char)
    return f'"{argument}"'


def _escape_value(text: str) -> str:
    # The spec's string escapes apply on top of Exec quoting, so a quoted backslash becomes four.
    return (text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


def default_exec_command() -> str:
    """The command that starts this installation of RehabTimer, quoted for this platform.

    The installed windowed `rehabtimer-gui` script is preferred (on Windows the console
    `rehabtimer` would open a console window beside the app). The running interpreter's own
    scripts folder is searched before PATH because `make install-desktop` runs from a venv
    nobody activated.
    """
    search = os.pathsep.join(filter(None, [sysconfig.get_path("scripts"),
                                           os.environ.get("PATH")]))
    script = shutil.which(f"{APP_ID}-gui", path=search)
    argv = [os.path.abspath(script)] if script else [_gui_python(), "-m", "rehabtimer"]
    if _is_windows():
        return subprocess.list2cmdline(argv)
    return " ".join(_exec_quote(argument) for argument in argv)


def _gui_python() -> str:
    # On Windows python.exe opens a console window beside the app; pythonw.exe does not.
    if _is_windows():
        windowed = Path(sys.executable).with_name("pythonw.exe")
        if windowed.is_file():
            return str(windowed)
    return sys.executable


def _desktop_entry(exec_command: str, extra_lines: str = "") -> str:
    if not exec_command.strip():
        raise ValueError("The command that starts RehabTimer is empty.")
    template = (resources_dir() / "desktop" / f"{_ENTRY_NAME}.in").read_text(encoding="utf-8")
    return template.replace("@EXEC@", _escape_value(exec_command)) + extra_lines


def install_desktop_entry(exec_command: str, home: Path | None = None) -> list[Path]:
    """Add RehabTimer to the application menu: the .desktop entry and its icon.

    `exec_command` is an Exec command line (see `default_exec_command`). Files go under
    $XDG_DATA_HOME, else `home`/.local/share (`home` defaults to the user's). Returns the paths
    written; raises UnsupportedPlatform off Linux and OSError when a file cannot be written.
    """
    if not _is_linux():
        raise UnsupportedPlatform(
            "Adding RehabTimer to the application menu is only supported on Linux."
        )
    data_home = _xdg_home("XDG_DATA_HOME", ".local/share", home)
    entry = data_home / "applications" / _ENTRY_NAME
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    text = _desktop_entry(exec_command)
    svg = (resources_dir() / "icons" / f"{APP_ID}.svg").read_text(encoding="utf-8")
    # The icon first, so the menu never shows the entry without it.
    write_text_atomically(icon, lambda out: out.write(svg), mode=0o644)
    write_text_atomically(entry, lambda out: out.write(text), mode=0o644)
    return [entry, icon]


def _entry_keys(path: Path) -> dict[str, str]:
    """The keys of a .desktop file's main group; none when it is missing or unreadable."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    keys: dict[str, str] = {}
    in_main_group = False
    for raw in lines:
        line = raw.strip()
        if line.startswith("["):
            in_main_group = line == "[Desktop Entry]"
        elif in_main_group and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            keys[key.strip()] = value.strip()
    return keys


class Autostart:
    """Start RehabTimer when the user logs in.

    Linux: an entry in $XDG_CONFIG_HOME/autostart (else `home`/.config). Windows: the value
    "RehabTimer" under HKCU's Run key. Elsewhere `supported()` says why not.
    """

    def __init__(self, home: Path | None = None) -> None:
        self._home = home

    @property
    def entry_path(self) -> Path:
        return _xdg_home("XDG_CONFIG_HOME", ".config", self._home) / "autostart" / _ENTRY_NAME

    def supported(self) -> tuple[bool, str | None]:
        if _is_linux() or _is_windows():
            return True, None
        return False, _NO_AUTOSTART

    def enabled(self) -> bool:
        """Whether the desktop will start RehabTimer at the next login."""
        if _is_linux():
            keys = _entry_keys(self.entry_path)
            # The session settings of GNOME and others switch an entry off in place.
            return (bool(keys) and keys.get("Hidden") != "true"
                    and keys.get("X-GNOME-Autostart-enabled") != "false")
        if _is_windows():
            return _windows_enabled()
        return False

    def enable(self, exec_command: str) -> None:
        """Start `exec_command` at login; UnsupportedPlatform where `supported()` says no."""
        if _is_linux():
            text = _desktop_entry(exec_command, "X-GNOME-Autostart-enabled=true\n")
            write_text_atomically(self.entry_path, lambda out: out.write(text), mode=0o644)
        elif _is_windows():
            _windows_enable(exec_command)
        else:
            raise UnsupportedPlatform(self.supported()[1])

    def disable(self) -> None:
        """Stop starting at login; where unsupported nothing was started, so nothing to do."""
        if _is_linux():
            self.entry_path.unlink(missing_ok=True)
        elif _is_windows():
            _windows_delete_value(_RUN_KEY)


def _windows_enabled() -> bool:
    if sys.platform != "win32":
        return False  # no registry, so no Run key to start anything
    import winreg  # Windows only; this module must import everywhere

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
            winreg.QueryValueEx(key, _RUN_VALUE)
    except FileNotFoundError:
        return False
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _APPROVED_KEY) as key:
            approval, _ = winreg.QueryValueEx(key, _RUN_VALUE)
    except FileNotFoundError:
        return True
    # Task Manager and Settings switch a Run entry off here: an odd first byte (03) means off,
    # 02 or 06 means on.
    switched_off = isinstance(approval, bytes) and len(approval) > 0 and approval[0] % 2 == 1
    return not switched_off


def _windows_enable(command: str) -> None:
    if sys.platform != "win32":
        raise UnsupportedPlatform(_NO_AUTOSTART)
    import winreg

    with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
        winreg.SetValueEx(key, _RUN_VALUE, 0, winreg.REG_SZ, command)
    # An "off" left earlier by Task Manager would otherwise overrule the user's choice now.
    _windows_delete_value(_APPROVED_KEY)


def _windows_delete_value(key_path: str) -> None:
    if sys.platform != "win32":
        return  # no registry, so no value to delete
    import winreg

    with (contextlib.suppress(FileNotFoundError),
          winreg.OpenKey(winreg.HKEY_CURRENT_USER, key_path, 0, winreg.KEY_SET_VALUE) as key):
        winreg.DeleteValue(key, _RUN_VALUE)
