"""A lighter PySide import hook, for a faster start.

Importing PySide6 replaces Python's import with PySide's own, for its opt-in
`from __feature__ import snake_case`. After every later import it asks whether the new module
uses PySide6 by reading the module's whole source file and searching it for "PySide6": about
a quarter of each import's time, so tens of milliseconds before the first frame and more while
the rest of the app loads (napari/napari#8584). RehabTimer selects no feature; the same
question is answered here from the module's names, which costs no file read.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _names_pyside(module: ModuleType) -> bool:
    """Whether `module` holds one of PySide6's modules, classes or functions, as a module
    that imports from PySide6 does. Other objects are not asked: an attribute lookup could
    run their code in the middle of an import."""
    try:
        for value in list(vars(module).values()):
            origin: object
            if isinstance(value, ModuleType):
                origin = value.__name__
            elif isinstance(value, type) or callable(value):
                origin = getattr(value, "__module__", None)
            else:
                continue
            if isinstance(origin, str) and origin.startswith("PySide6"):
                return True
    except Exception:  # an odd module must never break an import: counted as using PySide
        return True
    return False


def lighten_pyside_import_hook() -> bool:
    """Import PySide6 and make its import hook skip the source read; False where this
    PySide6 has no such hook (its check is then left as it is)."""
    import PySide6.QtCore  # noqa: F401  (installs the hook)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    vars(feature)["_mod_uses_pyside"] = _names_pyside
    return True
