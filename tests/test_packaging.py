"""`pip install .` carries everything the app needs at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_wheel_carries_routines_sounds_translations_and_migrations(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", tmp_path],
        check=True, capture_output=True,
    )
    (wheel,) = tmp_path.glob("rehabtimer-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = [
        *(f"rehabtimer/resources/routines/{p.name}" for p in (REPO / "resources/routines")
          .glob("*.json")),
        *(f"rehabtimer/resources/sounds/{p.name}" for p in (REPO / "resources/sounds")
          .glob("*.wav")),
        *(f"rehabtimer/resources/i18n/{p.name}" for p in (REPO / "resources/i18n").glob("*.qm")),
        *(f"rehabtimer/resources/voice/{p.name}" for p in (REPO / "resources/voice")
          .glob("*.wav")),
        "rehabtimer/resources/voice/manifest.json",
        # Figures are code: a package missing from pyproject's list loads no routine.
        "rehabtimer/core/figures/library.py",
        *(f"rehabtimer/storage/migrations/versions/{p.name}"
          for p in (REPO / "rehabtimer/storage/migrations/versions").glob("0*.py")),
        "rehabtimer/storage/migrations/env.py",
        "rehabtimer/storage/migrations/script.py.mako",
    ]
    assert len(expected) >= 4 + 7 + 2 + 40 + 2 + 2
    assert sorted(set(expected) - names) == []

    # Installed, the package finds its resources inside itself, not in a checkout.
    extracted = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(extracted)
    code = (
        "from rehabtimer.paths import builtin_routines_dir, resources_dir\n"
        "from rehabtimer.core.library import load_library\n"
        "from pathlib import Path\n"
        "library = load_library(builtin_routines_dir(), Path('/nonexistent'))\n"
        "print(resources_dir(), len(library.entries), len(library.problems))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=tmp_path, env={"PYTHONPATH": str(extracted)})
    where, routines, problems = out.stdout.split()
    assert Path(where) == extracted / "rehabtimer" / "resources"
    builtins = len(list((REPO / "resources/routines").glob("*.json")))
    assert builtins >= 5 and (int(routines), int(problems)) == (builtins, 0)
