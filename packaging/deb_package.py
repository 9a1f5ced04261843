"""Wrap the Linux bundle in a .deb (Debian, Ubuntu and their derivatives), with dpkg-deb.

What it installs:
  /opt/repayradar/                     the PyInstaller bundle
  /usr/bin/repayradar                  a link to /opt/repayradar/repayradar
  /usr/share/applications/org.repayradar.RepayRadar.desktop
                                       the menu entry; named after the app id, which the running app
                                       gives the desktop (setDesktopFileName) and notifications
  /usr/share/icons/hicolor/{scalable,NxN}/apps/org.repayradar.RepayRadar.{svg,png}

The Depends line is worked out, not written by hand: the bundle carries Python, Qt and ICU, and leaves
the libraries every desktop has (X11/xcb, OpenGL, fontconfig, D-Bus, glib, libstdc++, ...) to the
system (packaging/bundle_filters.py). dpkg-shlibdeps reads what each binary of the bundle links against
and names the packages, with the minimum versions, of the machine that builds it; so a package built
on Ubuntu names Ubuntu's packages, and `apt install ./repayradar_*.deb` brings in whatever is missing.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from app_metadata import APP_ID, APP_NAME, VERSION

PACKAGE = APP_NAME.lower()
LINUX_FILES = Path(__file__).resolve().parent / "linux"
DESKTOP_FILE = LINUX_FILES / f"{APP_ID}.desktop"
MAINTAINER = "RepayRadar team <maintainers@repayradar.org>"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Chinese text needs a CJK font; any of these does. Recommended, not required: a machine with another
# CJK font installed works as well.
RECOMMENDS = "fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei"
DESCRIPTION = """\
Loan repayment reminders and an honest estimate of collection steps
 RepayRadar (还款雷达) keeps your loans and credit cards, reminds you from the
 system tray before every due date, and, if a payment is late, estimates from
 a local rule pack what the lender is likely to do next, when, and why, and
 what helps most now. Everything stays on this computer: no account, no
 network."""


class DebBuildError(RuntimeError):
    """The package could not be built; the message says why."""


def _run(command: list[str], **options) -> subprocess.CompletedProcess:
    result = subprocess.run(command, check=False, capture_output=True, text=True, **options)
    if result.returncode != 0:
        raise DebBuildError(f"{command[0]} failed ({result.returncode}):\n{result.stderr.strip()}")
    return result


def debian_architecture() -> str:
    return _run(["dpkg", "--print-architecture"]).stdout.strip()


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def shared_library_depends(binaries: list[Path], bundle_dirs: list[Path], scratch: Path) -> str:
    """The Depends value for ``binaries``: the packages that provide the libraries they link against,
    other than those found in ``bundle_dirs`` (which are shipped inside the package)."""
    # dpkg-shlibdeps expects to run in a source package; a minimal debian/control stands in for one.
    (scratch / "debian").mkdir(parents=True, exist_ok=True)
    (scratch / "debian" / "control").write_text(
        f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: any\n", encoding="utf-8"
    )
    command = ["dpkg-shlibdeps", "-O", "--ignore-missing-info"]
    command += [f"-l{folder}" for folder in bundle_dirs]
    command += ["-e" + str(path) for path in binaries]
    output = _run(command, cwd=scratch).stdout
    for line in output.splitlines():
        if line.startswith("shlibs:Depends="):
            return line.removeprefix("shlibs:Depends=").strip()
    raise DebBuildError(f"dpkg-shlibdeps named no dependency:\n{output}")


def control_file(depends: str, installed_kb: int, architecture: str) -> str:
    fields = {
        "Package": PACKAGE,
        "Version": VERSION,
        "Architecture": architecture,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(installed_kb),
        "Depends": depends,
        "Recommends": RECOMMENDS,
        "Section": "utils",
        "Priority": "optional",
        "Description": DESCRIPTION,
    }
    return "".join(f"{name}: {value}\n" for name, value in fields.items())


def _installed_kb(root: Path) -> int:
    total = sum(
        path.stat().st_size
        for path in root.rglob("*")
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.relative_to(root).parts
    )
    return (total + 1023) // 1024


def _normalise_modes(root: Path) -> None:
    """Folders 755, executables 755, everything else 644, whatever the build machine's umask was."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def stage(bundle: Path, icons: Path, root: Path) -> None:
    """Lay out the package's files under ``root`` as they will be on the installed system."""
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    launcher = root / "usr" / "bin" / PACKAGE
    launcher.parent.mkdir(parents=True)
    # A link, not a script: the bundle finds its files from its real location (/proc/self/exe), and
    # the autostart entry then names /opt/repayradar/repayradar, which is where the program is.
    launcher.symlink_to(f"/opt/{PACKAGE}/{bundle.name}")
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(DESKTOP_FILE, applications / DESKTOP_FILE.name)
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(bundle / "_internal" / "resources" / "icons" / "app.svg", hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    for size in HICOLOR_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(icons / f"app-{size}.png", folder / f"{APP_ID}.png")
    _normalise_modes(root)


def build_deb(
    bundle: Path, dist_dir: Path, icons: Path, work_dir: Path, *, compression_level: int = 6
) -> Path:
    """Build dist_dir/repayradar_<version>_<arch>.deb from the bundle folder; return its path.
    ``compression_level`` is xz's: 6 (dpkg's default) for a release, 1 for a quick check."""
    root = work_dir / "root"
    stage(bundle, icons, root)
    opt = root / "opt" / PACKAGE
    binaries = elf_files(opt)
    bundle_dirs = sorted({path.parent for path in binaries if ".so" in path.name})
    depends = shared_library_depends(binaries, bundle_dirs, work_dir / "shlibdeps")
    architecture = debian_architecture()
    control = root / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        control_file(depends, _installed_kb(root), architecture), encoding="utf-8"
    )
    for script in ("postinst", "postrm"):
        shutil.copy2(LINUX_FILES / script, control / script)
        (control / script).chmod(0o755)
    dist_dir.mkdir(parents=True, exist_ok=True)
    out_file = dist_dir / f"{PACKAGE}_{VERSION}_{architecture}.deb"
    out_file.unlink(missing_ok=True)
    # --root-owner-group: every file root:root without fakeroot; xz is what every dpkg reads.
    _run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", f"-z{compression_level}", "--build", str(root), str(out_file)]
    )
    return out_file
