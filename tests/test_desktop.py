"""The application menu entry, its icon and start at login, all inside tmp_path."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from fnmatch import fnmatch
from pathlib import Path

import pytest

from rehabtimer import desktop
from rehabtimer.cli import CANNOT, OK, main
from rehabtimer.desktop import (
    Autostart,
    UnsupportedPlatform,
    default_exec_command,
    install_desktop_entry,
)
from rehabtimer.paths import resources_dir

REPO = Path(__file__).resolve().parents[1]
EXEC = "/opt/rehab timer/bin/rehabtimer"


@pytest.fixture(autouse=True)
def xdg(tmp_path, monkeypatch):
    """Every location the desktop uses points into tmp_path, HOME too, in case one is missed."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setattr(sys, "platform", "linux")
    return tmp_path


def entry_keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def test_install_writes_the_entry_and_the_icon_under_xdg_data_home(xdg):
    entry, icon = install_desktop_entry(desktop._exec_quote(EXEC))

    assert entry == xdg / "xdg-data/applications/rehabtimer.desktop"
    assert icon == xdg / "xdg-data/icons/hicolor/scalable/apps/rehabtimer.svg"
    keys = entry_keys(entry)
    assert keys["Exec"] == '"/opt/rehab timer/bin/rehabtimer"'
    assert keys["Name"] == "RehabTimer"
    assert keys["Name[ja]"] == "リハビリタイマー"
    assert keys["Icon"] == "rehabtimer"
    assert keys["Type"] == "Application"
    assert keys["Terminal"] == "false"
    assert keys["StartupWMClass"] == "RehabTimer"
    assert {"GenericName[ja]", "Comment", "Comment[ja]", "Keywords", "Keywords[ja]"} <= set(keys)
    assert "@EXEC@" not in entry.read_text(encoding="utf-8")
    assert icon.read_bytes() == (resources_dir() / "icons/rehabtimer.svg").read_bytes()
    assert not (xdg / "home").exists()


def test_without_xdg_data_home_the_entry_goes_under_home(xdg, monkeypatch):
    monkeypatch.delenv("XDG_DATA_HOME")
    entry, _ = install_desktop_entry("rehabtimer", home=xdg / "someone")
    assert entry == xdg / "someone/.local/share/applications/rehabtimer.desktop"


def test_a_relative_xdg_data_home_is_ignored_as_the_spec_asks(xdg, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    entry, _ = install_desktop_entry("rehabtimer", home=xdg / "someone")
    assert entry.is_relative_to(xdg / "someone/.local/share")


def test_installing_again_replaces_the_entry(xdg):
    install_desktop_entry("/old/rehabtimer")
    entry, _ = install_desktop_entry("/new/rehabtimer")
    assert entry_keys(entry)["Exec"] == "/new/rehabtimer"
    assert sorted(p.name for p in entry.parent.iterdir()) == ["rehabtimer.desktop"]


def test_the_icon_is_valid_svg_that_qt_renders(xdg, qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _, icon = install_desktop_entry("rehabtimer")
    root = ET.parse(icon).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
    renderer = QSvgRenderer(str(icon))
    assert renderer.isValid()
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    # Drawn at 16 px as designed: blue background, white face, orange heart.
    assert image.pixelColor(1, 8).name() == "#0072b2"
    assert image.pixelColor(4, 6).name() == "#ffffff"
    assert image.pixelColor(7, 9).name() == "#e69f00"


def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_asks():
    assert desktop._exec_quote("/usr/bin/rehabtimer") == "/usr/bin/rehabtimer"
    assert desktop._exec_quote("/home/a b/python") == '"/home/a b/python"'
    assert desktop._exec_quote('/x/"$`\\y') == '"/x/\\"\\$\\`\\\\y"'
    assert desktop._exec_quote("/100%/python") == "/100%%/python"


def test_a_backslash_in_a_quoted_argument_is_written_as_four(xdg):
    entry, _ = install_desktop_entry(desktop._exec_quote("/a b\\c/python"))
    assert 'Exec="/a b\\\\\\\\c/python"\n' in entry.read_text(encoding="utf-8")


def test_default_exec_command_prefers_the_installed_script(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name, path=None: "/opt/my apps/bin/rehabtimer")
    assert default_exec_command() == '"/opt/my apps/bin/rehabtimer"'


def test_default_exec_command_falls_back_to_this_python(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name, path=None: None)
    monkeypatch.setattr(sys, "executable", "/home/me/my venv/bin/python3")
    assert default_exec_command() == '"/home/me/my venv/bin/python3" -m rehabtimer'


def test_default_exec_command_finds_the_script_of_this_interpreter():
    # In the venv the tests run in, `pip install -e .` put the script beside the interpreter.
    command = default_exec_command()
    assert command.endswith("rehabtimer-gui")
    assert Path(command.strip('"')).is_absolute()


def test_an_empty_command_is_refused(xdg):
    with pytest.raises(ValueError):
        install_desktop_entry("  ")
    assert not (xdg / "xdg-data").exists()


def test_autostart_round_trip_on_linux(xdg):
    autostart = Autostart()
    assert autostart.supported() == (True, None)
    assert not autostart.enabled()

    autostart.enable("/usr/bin/rehabtimer")
    path = xdg / "xdg-config/autostart/rehabtimer.desktop"
    assert autostart.entry_path == path
    keys = entry_keys(path)
    assert keys["Exec"] == "/usr/bin/rehabtimer"
    assert keys["X-GNOME-Autostart-enabled"] == "true"
    assert keys["Name[ja]"] == "リハビリタイマー"
    assert autostart.enabled()

    autostart.disable()
    assert not path.exists()
    assert not autostart.enabled()
    autostart.disable()  # twice is fine
    assert not (xdg / "home").exists()


@pytest.mark.parametrize("switch_off", ["X-GNOME-Autostart-enabled=false", "Hidden=true"])
def test_an_entry_switched_off_by_the_session_settings_is_not_enabled(switch_off):
    autostart = Autostart()
    autostart.enable("rehabtimer")
    text = autostart.entry_path.read_text(encoding="utf-8")
    text = text.replace("X-GNOME-Autostart-enabled=true\n", "") + switch_off + "\n"
    autostart.entry_path.write_text(text, encoding="utf-8")
    assert not autostart.enabled()
    autostart.enable("rehabtimer")
    assert autostart.enabled()


def test_without_xdg_config_home_autostart_goes_under_home(xdg, monkeypatch):
    monkeypatch.delenv("XDG_CONFIG_HOME")
    autostart = Autostart(home=xdg / "someone")
    autostart.enable("rehabtimer")
    assert (xdg / "someone/.config/autostart/rehabtimer.desktop").is_file()
    assert autostart.enabled()


def test_elsewhere_it_is_unsupported_and_says_why(xdg, monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    autostart = Autostart()
    supported, reason = autostart.supported()
    assert not supported
    assert reason == "Start at login is not supported on this system yet."
    assert not autostart.enabled()
    with pytest.raises(UnsupportedPlatform, match="not supported on this system"):
        autostart.enable("rehabtimer")
    autostart.disable()  # nothing was started at login, so nothing to undo
    with pytest.raises(UnsupportedPlatform, match="only supported on Linux"):
        install_desktop_entry("rehabtimer")
    assert list(xdg.iterdir()) == []


class FakeRegistry:
    """Just enough of winreg, over a dict of key path -> values, for HKEY_CURRENT_USER."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, object]] = {}

    class _Key:
        def __init__(self, values: dict[str, object]) -> None:
            self.values = values

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            return None

    def OpenKey(self, root, path, reserved=0, access=0):
        if path not in self.keys:
            raise FileNotFoundError(path)
        return self._Key(self.keys[path])

    def CreateKeyEx(self, root, path, reserved=0, access=0):
        return self._Key(self.keys.setdefault(path, {}))

    def QueryValueEx(self, key, name):
        if name not in key.values:
            raise FileNotFoundError(name)
        return key.values[name], self.REG_SZ

    def SetValueEx(self, key, name, reserved, kind, value) -> None:
        key.values[name] = value

    def DeleteValue(self, key, name) -> None:
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


def test_autostart_on_windows_uses_the_run_key(xdg, monkeypatch):
    registry = FakeRegistry()
    monkeypatch.setitem(sys.modules, "winreg", registry)
    monkeypatch.setattr(sys, "platform", "win32")
    run = desktop._RUN_KEY
    autostart = Autostart()
    assert autostart.supported() == (True, None)
    assert not autostart.enabled()

    autostart.enable(r'"C:\Program Files\RehabTimer\rehabtimer.exe"')
    assert registry.keys[run] == {"RehabTimer": r'"C:\Program Files\RehabTimer\rehabtimer.exe"'}
    assert autostart.enabled()

    # Switched off in Task Manager: the Run value stays, StartupApproved says off.
    registry.keys[desktop._APPROVED_KEY] = {"RehabTimer": b"\x03" + bytes(11)}
    assert not autostart.enabled()
    autostart.enable("rehabtimer.exe")
    assert autostart.enabled()
    assert "RehabTimer" not in registry.keys[desktop._APPROVED_KEY]

    autostart.disable()
    assert registry.keys[run] == {}
    assert not autostart.enabled()
    autostart.disable()
    assert list(xdg.iterdir()) == []


def test_the_windows_command_is_quoted_for_windows(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(shutil, "which", lambda name, path=None: None)
    monkeypatch.setattr(sys, "executable", r"C:\Program Files\Python311\python.exe")
    assert default_exec_command() == r'"C:\Program Files\Python311\python.exe" -m rehabtimer'


def test_cli_desktop_install_prints_the_paths(xdg, capsys):
    assert main(["desktop", "install"]) == OK
    out = capsys.readouterr().out.splitlines()
    assert out == [str(xdg / "xdg-data/applications/rehabtimer.desktop"),
                   str(xdg / "xdg-data/icons/hicolor/scalable/apps/rehabtimer.svg")]
    assert entry_keys(Path(out[0]))["Exec"] == default_exec_command()


def test_cli_desktop_install_elsewhere_exits_2_with_the_reason(xdg, monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert main(["desktop", "install"]) == CANNOT
    assert "only supported on Linux" in capsys.readouterr().err


def test_cli_desktop_install_that_cannot_write_exits_2(xdg, monkeypatch, capsys):
    (xdg / "xdg-data").write_text("a file where a folder should be")
    assert main(["desktop", "install"]) == CANNOT
    err = capsys.readouterr().err
    assert "Cannot read or write" in err
    assert "Traceback" not in err


def test_the_wheel_carries_the_template_and_the_icon():
    # Checked against pyproject's globs here; building a wheel is test_packaging's slow job.
    package_data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    globs = package_data["tool"]["setuptools"]["package-data"]["rehabtimer.resources"]
    for needed in ("desktop/rehabtimer.desktop.in", "icons/rehabtimer.svg"):
        assert (REPO / "resources" / needed).is_file()
        assert any(fnmatch(needed, glob) for glob in globs), needed


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed")
@pytest.mark.parametrize("autostart", [False, True])
def test_desktop_file_validate_accepts_the_entries(autostart):
    if autostart:
        Autostart().enable(desktop._exec_quote(EXEC))
        path = Autostart().entry_path
    else:
        path, _ = install_desktop_entry(desktop._exec_quote(EXEC))
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_the_software_centre_description_passes_appstreamcli():
    [metainfo] = (resources_dir() / "desktop").glob("*.metainfo.xml")
    done = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "rehabtimer.desktop" in metainfo.read_text(encoding="utf-8")
