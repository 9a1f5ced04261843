"""The app's name, id and version as app/__init__.py states them, read without importing the app (the
build scripts and the PyInstaller spec run in processes that should not load Qt or the app's code)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def package_constant(name: str, init_file: Path = REPO_ROOT / "app" / "__init__.py") -> str:
    tree = ast.parse(init_file.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(target, "id", None) == name for target in node.targets):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise LookupError(f"{init_file} defines no string {name}")


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows version resources want: "0.1.0" -> (0, 1, 0, 0); "1.2.0rc1" -> (1, 2, 0, 0)."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    numbers = [int(part) for part in release.group().split(".")] if release else []
    return tuple((numbers + [0, 0, 0])[:3] + [0])  # type: ignore[return-value]


VERSION = package_constant("__version__")
APP_NAME = package_constant("APP_NAME")
APP_ID = package_constant("APP_ID")
