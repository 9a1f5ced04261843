"""Compile the Qt Linguist sources resources/translations/*.ts into the .qm catalogues the app loads.

    python packaging/build_translations.py [--out DIR]

The hatchling build hook (hatch_build.py) runs the same function for wheels and editable installs;
run this by hand after editing a .ts file in a source checkout. Without --out the .qm files are
written beside their .ts sources, which is where app.ui.shell.i18n looks in a source tree.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO_ROOT / "resources" / "translations"


class TranslationBuildError(RuntimeError):
    """lrelease is missing or refused a catalogue."""


def find_lrelease() -> str:
    """Qt's lrelease: the copy inside the PySide6 package, else pyside6-lrelease or lrelease on PATH."""
    try:
        import PySide6
    except ImportError:
        bundled = None
    else:
        name = "lrelease.exe" if os.name == "nt" else "lrelease"
        candidate = Path(PySide6.__file__).resolve().parent / name
        bundled = str(candidate) if candidate.is_file() else None
    found = bundled or shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise TranslationBuildError(
            "Qt's lrelease was not found: install PySide6-Essentials (it ships lrelease) to build translations"
        )
    return found


def compile_translations(
    sources: Path = TRANSLATIONS, out_dir: Path | None = None, *, lrelease: str | None = None
) -> list[Path]:
    """Compile every ``*.ts`` in ``sources`` to ``<out_dir>/<name>.qm``; return the .qm paths."""
    out_dir = sources if out_dir is None else out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    tool = lrelease or find_lrelease()
    built = []
    for source in sorted(sources.glob("*.ts")):
        target = out_dir / f"{source.stem}.qm"
        result = subprocess.run(
            [tool, "-silent", str(source), "-qm", str(target)], check=False, capture_output=True, text=True
        )
        if result.returncode != 0 or not target.is_file():
            raise TranslationBuildError(f"lrelease failed on {source.name}: {result.stderr.strip()}")
        built.append(target)
    return built


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="folder for the .qm files (default: beside the .ts)")
    args = parser.parse_args(argv)
    try:
        built = compile_translations(out_dir=args.out)
    except TranslationBuildError as error:
        print(error, file=sys.stderr)
        return 1
    for path in built:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
