"""Hatchling build hook: compile the Qt Linguist catalogues (resources/translations/*.ts -> .qm).

The .qm files are build output (never committed). A wheel gets them as
``app/_resources/translations/*.qm``, where app.resources finds them once installed; an editable
install gets them beside their .ts sources, where the source tree's resources folder is read. The
compile step itself is packaging/build_translations.py, which can also be run by hand.
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _load_compiler(root: Path) -> Any:
    # Loaded by path: the folder is named "packaging", which would shadow the PyPI package of that
    # name that hatchling itself imports.
    script = root / "packaging" / "build_translations.py"
    spec = importlib.util.spec_from_file_location("repayradar_build_translations", script)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {script}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return  # an sdist ships the .ts sources; its wheel build compiles them
        root = Path(self.root)
        compiler = _load_compiler(root)
        sources = root / "resources" / "translations"
        if version == "editable":
            compiler.compile_translations(sources)
            return
        self._out = tempfile.TemporaryDirectory(prefix="repayradar-qm-")
        for compiled in compiler.compile_translations(sources, Path(self._out.name)):
            # The same name as a stale .qm left in the source tree by an editable install: this
            # mapping wins, so the wheel always carries catalogues built from the current .ts files.
            build_data["force_include"][str(compiled)] = f"app/_resources/translations/{compiled.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            out.cleanup()
