"""Build RepayRadar's installer for the platform this runs on: one command on each.

    python packaging/build.py [--skip-installer] [--nsis] [--fast] [--dist DIR] [--build DIR]

  Linux    dist/repayradar/ (the bundle) and dist/repayradar_<version>_<arch>.deb
  Windows  dist/RepayRadar/ and dist/RepayRadar-<version>-setup.exe (a per-user NSIS installer)
  macOS    dist/RepayRadar.app, signed (ad hoc, or with $REPAYRADAR_CODESIGN_IDENTITY), and
           dist/RepayRadar-<version>.dmg

Steps: render the icons into build/assets, freeze the app with PyInstaller (packaging/repayradar.spec)
into a folder bundle, then wrap that bundle in the platform's installer. --nsis also compiles the
Windows installer script on Linux or macOS, with this platform's bundle as a stand-in payload, into
build/nsis-check/ (CI does this so a broken script fails here; the result is no Windows installer). Run it with the Python of a virtual environment that has
the project and its `packaging` extra: pip install -e ".[packaging]".
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import app_icons
import deb_package
from app_metadata import APP_ID, APP_NAME, VERSION, numeric_version

PACKAGING = Path(__file__).resolve().parent
REPO_ROOT = PACKAGING.parent
SPEC = PACKAGING / "repayradar.spec"
NSIS_SCRIPT = PACKAGING / "windows" / "repayradar.nsi"
SIGN_SCRIPT = PACKAGING / "macos" / "sign.sh"
DMG_SETTINGS = PACKAGING / "macos" / "dmg_settings.py"


class BuildError(RuntimeError):
    """A build step failed; the message says which and why."""


@dataclass
class BuildResult:
    bundle: Path
    installers: list[Path] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def current_platform() -> str:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    if sys.platform.startswith("linux"):
        return "linux"
    raise BuildError(f"no installer is defined for {sys.platform}")


def run(command: Sequence[str | Path], **options) -> subprocess.CompletedProcess:
    """Run a build tool; its output goes to the terminal, a failure raises BuildError."""
    printable = " ".join(str(part) for part in command)
    print(f"build: {printable}", flush=True)
    result = subprocess.run([str(part) for part in command], check=False, **options)
    if result.returncode != 0:
        raise BuildError(f"{Path(str(command[0])).name} failed with exit status {result.returncode}")
    return result


# ------------------------------------------------------------------------------------ the bundle


def prepare_assets(assets: Path) -> Path:
    """Icons in assets/icons. The gettext catalogues need no step here: their .mo files are committed
    (packaging/catalogue.py compile) and the spec takes them from resources/locale."""
    if assets.exists():
        shutil.rmtree(assets)
    app_icons.build_icons(assets / "icons")
    return assets


def bundle_name() -> str:
    return APP_NAME.lower() if current_platform() == "linux" else APP_NAME


def freeze(build_dir: Path, dist_dir: Path, assets: Path) -> Path:
    """Run PyInstaller on the spec; return the bundle (the .app on macOS, else the folder)."""
    env = dict(
        os.environ,
        REPAYRADAR_ASSETS=str(assets),
        REPAYRADAR_BUNDLE_REPORT=str(build_dir / "dropped-from-bundle.txt"),
    )
    run(
        [
            sys.executable, "-m", "PyInstaller", SPEC,
            "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", dist_dir, "--workpath", build_dir / "pyinstaller",
        ],
        cwd=REPO_ROOT,
        env=env,
    )
    if current_platform() == "macos":
        bundle = dist_dir / f"{APP_NAME}.app"
    else:
        bundle = dist_dir / bundle_name()
    if not bundle.is_dir():
        raise BuildError(f"PyInstaller did not produce {bundle}")
    return bundle


# ----------------------------------------------------------------------------------- installers


def find_makensis() -> str:
    found = shutil.which("makensis")
    if found:
        return found
    for root in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        candidate = Path(root) / "NSIS" / "makensis.exe" if root else None
        if candidate is not None and candidate.is_file():
            return str(candidate)
    raise BuildError("makensis was not found: install NSIS (Debian/Ubuntu: apt install nsis)")


def build_nsis(
    bundle: Path, out_file: Path, assets: Path, *, stand_in: bool = False, fast: bool = False
) -> Path:
    """Compile packaging/windows/repayradar.nsi with ``bundle`` as the files to install."""
    out_file.parent.mkdir(parents=True, exist_ok=True)
    defines = {
        "VERSION": VERSION,
        "VERSION_NUMBERS": ".".join(str(number) for number in numeric_version(VERSION)),
        "APP_NAME": APP_NAME,
        "APP_ID": APP_ID,
        "PAYLOAD_DIR": bundle.resolve(),
        "ICON_FILE": (assets / "icons" / "app.ico").resolve(),
        "OUT_FILE": out_file.resolve(),
    }
    # -WX: a warning (say, a string missing in one language) fails the build like an error.
    command: list[str | Path] = [find_makensis(), "-V2", "-WX", "-INPUTCHARSET", "UTF8"]
    command += [f"-D{name}={value}" for name, value in defines.items()]
    if stand_in:
        command.append("-DSTAND_IN_PAYLOAD")
    if fast:
        command.append("-DFAST_COMPRESSION")
    command.append(NSIS_SCRIPT)
    run(command)
    if not out_file.is_file():
        raise BuildError(f"makensis did not write {out_file}")
    return out_file


def build_deb(bundle: Path, dist_dir: Path, assets: Path, build_dir: Path, *, fast: bool = False) -> Path:
    return deb_package.build_deb(
        bundle, dist_dir, assets / "icons", build_dir / "deb", compression_level=1 if fast else 6
    )


def sign_macos(app_bundle: Path) -> None:
    identity = os.environ.get("REPAYRADAR_CODESIGN_IDENTITY", "-")
    run(["bash", SIGN_SCRIPT, app_bundle, identity])


def build_dmg(app_bundle: Path, dist_dir: Path, assets: Path) -> Path:
    out_file = dist_dir / f"{APP_NAME}-{VERSION}.dmg"
    out_file.unlink(missing_ok=True)
    run(
        [
            sys.executable, "-m", "dmgbuild", "-s", DMG_SETTINGS,
            "-D", f"app={app_bundle}", "-D", f"icon={assets / 'icons' / 'app.icns'}",
            APP_NAME, out_file,
        ]
    )
    return out_file


# ------------------------------------------------------------------------------------- overview


def folder_size(path: Path) -> int:
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file() and not item.is_symlink())


def build(
    *,
    dist_dir: Path,
    build_dir: Path,
    installer: bool = True,
    nsis_check: bool = False,
    fast: bool = False,
) -> BuildResult:
    target = current_platform()
    timer = time.monotonic()
    assets = prepare_assets(build_dir / "assets")
    seconds = {"assets": time.monotonic() - timer}

    timer = time.monotonic()
    bundle = freeze(build_dir, dist_dir, assets)
    seconds["pyinstaller"] = time.monotonic() - timer
    result = BuildResult(bundle=bundle, seconds=seconds)

    timer = time.monotonic()
    if target == "macos":
        sign_macos(bundle)  # the bundle is signed even without a .dmg: notifications need it
    if installer:
        if target == "linux":
            result.installers.append(build_deb(bundle, dist_dir, assets, build_dir, fast=fast))
        elif target == "windows":
            out_file = dist_dir / f"{APP_NAME}-{VERSION}-setup.exe"
            result.installers.append(build_nsis(bundle, out_file, assets, fast=fast))
        else:
            result.installers.append(build_dmg(bundle, dist_dir, assets))
    if nsis_check and target != "windows":
        payload = bundle if target == "linux" else dist_dir / bundle_name()
        out_file = build_dir / "nsis-check" / f"{APP_NAME}-{VERSION}-setup.exe"
        build_nsis(payload, out_file, assets, stand_in=True, fast=fast)
        result.installers.append(out_file)
    seconds["installers"] = time.monotonic() - timer
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-installer", action="store_true", help="stop after the PyInstaller bundle")
    parser.add_argument(
        "--nsis", action="store_true", help="also compile the NSIS script against this platform's bundle"
    )
    parser.add_argument(
        "--fast",
        action="store_true",
        help="compress quickly, not small (CI's checks; never for a release)",
    )
    parser.add_argument("--dist", type=Path, default=REPO_ROOT / "dist", help="output folder (dist/)")
    parser.add_argument("--build", type=Path, default=REPO_ROOT / "build", help="work folder (build/)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        result = build(
            dist_dir=args.dist.resolve(),
            build_dir=args.build.resolve(),
            installer=not args.skip_installer,
            nsis_check=args.nsis,
            fast=args.fast,
        )
    except (BuildError, deb_package.DebBuildError) as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    print(f"bundle: {result.bundle} ({folder_size(result.bundle) / 1e6:.1f} MB)")
    for path in result.installers:
        print(f"installer: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    steps = ", ".join(f"{name} {value:.0f} s" for name, value in result.seconds.items())
    print(f"built for {current_platform()} ({platform.machine()}) in {time.monotonic() - started:.0f} s: {steps}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
