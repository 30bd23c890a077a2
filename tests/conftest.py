"""Every test runs with its own data folder; none may touch the real home folder."""

from __future__ import annotations

import os

import pytest

from rehabtimer.paths import DATA_DIR_ENV

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    # Start-at-login and menu entries live under these; keep them away from the real home.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return folder
