"""PySide's import hook made light (ui/import_hook.py): it still tells modules that use
PySide from those that do not, without reading their source files."""

from __future__ import annotations

import inspect
import os
import sys
from types import ModuleType

import PySide6.QtCore
from PySide6.QtCore import QTimer

from rehabtimer.ui.import_hook import _names_pyside, lighten_pyside_import_hook


def _module(**names: object) -> ModuleType:
    module = ModuleType("sample")
    vars(module).update(names)
    return module


def test_a_module_holding_something_of_pyside_uses_it_and_others_do_not():
    assert _names_pyside(_module(QTimer=QTimer))
    assert _names_pyside(_module(QtCore=PySide6.QtCore))
    assert _names_pyside(_module(qVersion=PySide6.QtCore.qVersion))
    assert not _names_pyside(_module(path=os.path, count=3, size=len, name="PySide6"))


def test_nothing_a_module_holds_can_break_an_import():
    class Touchy:
        def __getattr__(self, name: str) -> object:
            raise RuntimeError("asked")

    class Refusing(type):
        def __getattribute__(cls, name: str) -> object:
            raise RuntimeError("asked")

    # Plain objects are not asked at all; a class that refuses counts as using PySide,
    # which is what PySide itself assumes of a module it cannot read.
    assert not _names_pyside(_module(touchy=Touchy()))
    assert _names_pyside(_module(refusing=Refusing("Refusing", (), {})))


def test_an_import_after_lightening_reads_no_source(tmp_path, monkeypatch):
    assert lighten_pyside_import_hook()
    feature = sys.modules["shibokensupport.feature"]
    (tmp_path / "made_for_the_hook_test.py").write_text("from PySide6.QtCore import QTimer\n")
    (tmp_path / "plain_for_the_hook_test.py").write_text("SIZE = 3\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    read: list[object] = []
    real = inspect.getsource

    def reading(target: object) -> str:
        read.append(target)
        return real(target)  # type: ignore[arg-type]

    monkeypatch.setattr(inspect, "getsource", reading)
    for name in ("made_for_the_hook_test", "plain_for_the_hook_test"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        __import__(name)  # the statement's way, through PySide's hook
    assert read == []
    assert feature.pyside_feature_dict["made_for_the_hook_test"] == 0  # uses PySide
    assert feature.pyside_feature_dict["plain_for_the_hook_test"] == -1  # does not


def test_a_pyside_without_the_hook_is_left_as_it_is(monkeypatch):
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert not lighten_pyside_import_hook()
