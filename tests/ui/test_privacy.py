"""Health data stays on this computer, private to the user, and out of the logs."""

from __future__ import annotations

import logging
import socket
import stat
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from tests.ui.test_session_window import click, through_the_gate, visible

NOTE = "右膝の痛みが強い"


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to reach another computer fails the test."""
    attempts: list[object] = []
    real_connect = socket.socket.connect

    def connect(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
            raise OSError("network access is not allowed in RehabTimer")
        return real_connect(sock, address)

    def resolve(*args, **kwargs):
        attempts.append(args)
        raise OSError("name lookups are not allowed in RehabTimer")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    return attempts


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_whole_day_of_use_needs_no_network_and_keeps_files_private(
    app_window, tmp_path, data_dir, no_network, monkeypatch, caplog
):
    caplog.set_level(logging.DEBUG)
    window, drive = app_window
    through_the_gate(window, pain=5)
    drive.run_until(lambda: visible(window, QPushButton, "save") is not None)
    visible(window, QWidget, "note").setText(NOTE)
    click(window, "save")
    window.show_history()
    csv_path = tmp_path / "export.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(csv_path), "")))
    window.history._export_csv()
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *args, **kwargs: 0))
    window.backups.back_up_now()
    window.apply_settings(replace(window.ctx.settings, volume=0.5))

    assert no_network == []
    assert NOTE in csv_path.read_text(encoding="utf-8")
    assert mode(data_dir) == 0o700
    private = [data_dir / "rehabtimer.sqlite", data_dir / "settings.json", csv_path,
               *data_dir.glob("rehabtimer.sqlite-*"), *(data_dir / "backups").iterdir()]
    assert len(private) >= 4
    assert {p.name: mode(p) for p in private} == {p.name: 0o600 for p in private}
    assert mode(data_dir / "backups") == 0o700
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert NOTE not in logged and "pain" not in logged.lower()
