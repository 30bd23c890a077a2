"""Where the data folder is, as chosen by --data-dir, the environment or the platform."""

from __future__ import annotations

import pytest

from rehabtimer.paths import DATA_DIR_ENV, DataDirError, data_paths, default_data_dir


def test_an_empty_data_dir_is_an_error_but_an_empty_variable_means_unset(monkeypatch):
    with pytest.raises(DataDirError, match="empty"):
        data_paths("")
    monkeypatch.setenv(DATA_DIR_ENV, "")
    assert data_paths().root == default_data_dir().absolute()
