"""Find bundled resources (rule packs, icons, the gettext catalogues, sample data) wherever the app runs.

Three layouts exist and all must work:
- a PyInstaller bundle: resources are collected to ``<sys._MEIPASS>/resources``;
- an installed wheel: hatch force-includes the top-level ``resources/`` as ``app/_resources``;
- the source tree (and editable installs): ``resources/`` beside the ``app`` package.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


class ResourceNotFound(FileNotFoundError):
    """A resource the app ships with is missing: the installation is incomplete."""


@cache
def resources_root() -> Path:
    candidates: list[Path] = []
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if bundle_dir:
        candidates.append(Path(bundle_dir) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "_resources")
    candidates.append(package_dir.parent / "resources")
    for candidate in candidates:
        if (candidate / "rules").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise ResourceNotFound(f"RepayRadar's resources folder was not found (looked in: {searched})")


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("rules", "cn.toml")``."""
    return resources_root().joinpath(*parts)
