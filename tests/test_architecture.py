"""The layers stay apart: a Qt-free core, and storage that knows nothing of Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "rehabtimer"

FORBIDDEN = {
    "core": ("PySide6", "shiboken6", "pyqtgraph", "sqlalchemy", "alembic", "numpy"),
    "storage": ("PySide6", "shiboken6", "pyqtgraph"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_forbidden(layer):
    offenders = []
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no sources found for {layer}"
    for path in files:
        for name in imported_modules(path):
            if name.split(".")[0] in FORBIDDEN[layer]:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_the_checker_sees_imports_inside_functions(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6 import QtCore\n")
    assert "PySide6" in imported_modules(sample)


def test_core_runs_without_qt_or_sqlalchemy_loaded():
    code = (
        "import sys\n"
        "import rehabtimer.core.engine, rehabtimer.core.library, rehabtimer.core.timeline\n"
        "import rehabtimer.cli\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'pyqtgraph', 'sqlalchemy', 'numpy'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
