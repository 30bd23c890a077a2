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
            # `from package import module` imports that module too.
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
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


def test_core_imports_nothing_of_the_app_around_it():
    outer = ("rehabtimer.storage", "rehabtimer.ui", "rehabtimer.settings", "rehabtimer.paths")
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / "core").rglob("*.py"))
        for name in imported_modules(path)
        if any(name == layer or name.startswith(layer + ".") for layer in outer)
    ]
    assert offenders == []


def import_cycles(folder: Path, package: str) -> list[list[str]]:
    """Every cycle of imports among the modules of one folder, each as a path a -> ... -> a."""
    modules: dict[str, Path] = {}
    for path in folder.rglob("*.py"):
        parts = path.relative_to(folder).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join((package, *parts))] = path
    graph = {name: sorted(imported_modules(path) & modules.keys() - {name})
             for name, path in modules.items()}
    cycles: list[list[str]] = []
    for start in sorted(graph):
        todo = [[start]]
        while todo:
            trail = todo.pop()
            for following in graph[trail[-1]]:
                if following == start:
                    cycles.append([*trail, start])
                elif following not in trail and following > start:  # each cycle once
                    todo.append([*trail, following])
    return cycles


def test_no_import_cycles_in_core():
    cycles = import_cycles(PACKAGE / "core", "rehabtimer.core")
    assert [" -> ".join(cycle) for cycle in cycles] == []


def test_the_cycle_check_finds_a_cycle_through_a_function(tmp_path):
    (tmp_path / "a.py").write_text("from pkg import b\n")
    (tmp_path / "b.py").write_text("def f():\n    from pkg.a import x\n")
    (tmp_path / "c.py").write_text("import pkg.a\n")
    assert import_cycles(tmp_path, "pkg") == [["pkg.a", "pkg.b", "pkg.a"]]


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
