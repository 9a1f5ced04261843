"""Keep PySide6's import hook from filling linecache with the source of every module imported after it.

Once PySide6 is imported, shiboken's import hook asks of every newly imported module whether it uses
PySide6 (so that its "features", snake_case and true_property, can be switched per module). It finds out
with inspect.getsource(module), and linecache keeps every file read that way for the rest of the run:
pydantic, the models, the rule engine and the pages together, about 8 MB that nothing reads again, on
top of the data's peak memory.

The question and its answer stay exactly the same here; only the file is read straight from disk instead
of through linecache. This reaches into shiboken's Python support module (shibokensupport.feature,
PySide6 6.5 to 6.12); where that is not there in the expected form, nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (shiboken's support modules exist once a PySide6 module is loaded)

_MARK = "_reads_without_linecache"


def read_module_sources_uncached() -> bool:
    """Install the uncached check; True when it is in place (now or from an earlier call)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True

    def _mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # built-in, extension or source-less: shiboken's own answer
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:  # a frozen bundle's module has a __file__ but no file
            return original(module)

    setattr(_mod_uses_pyside, _MARK, True)
    feature._mod_uses_pyside = _mod_uses_pyside  # type: ignore[union-attr]
    return True
