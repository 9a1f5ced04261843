"""The installed app's size and start-up: RepayRadar's frozen bundle against a bare PySide6 "hello
window" frozen with the same filters in the same run, and the frozen app's time to its first window
against the same app run from source.

    python tests/benchmarks/bench_bundle.py [--repeat 5] [--keep DIR]

Run it with the Python of a venv that has the `packaging` extra (pip install -e ".[packaging]"): it
builds with PyInstaller. What it does, all in a temporary folder (or DIR with --keep):

1. python packaging/build.py: the app's bundle and its .deb (release compression), timed;
2. the bare window (QApplication and a 1280x800 QMainWindow), frozen by a spec that applies
   packaging/bundle_filters.py exactly as packaging/repayradar.spec does (plugins, translations, Qt
   libraries, system libraries, strip);
3. sizes: unpacked (MB, 10**6 bytes; links not counted), as tar.xz (xz preset 6, what dpkg-deb uses),
   and the .deb;
4. time to first window, from just before the process is started to the first time Qt flushes the
   main window to the screen (Qt's own paint log, qt.widgets.painting, read as each line arrives), on
   the offscreen platform: the frozen app and `python -m app`, each with an empty data folder, and the
   bare window frozen and from source. A frozen program cannot carry bench_startup.py's in-process
   probe, so all four are timed this same way. Runs are interleaved after one warm-up round; medians.

Prints one JSON line (for tools) and a table (for people).
"""

from __future__ import annotations

import argparse
import io
import json
import lzma
import os
import selectors
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGING = REPO_ROOT / "packaging"
FIRST_FLUSH = ("Flushing QRegion", "QWidgetWindow")
TIMEOUT_S = 60

BARE_WINDOW = """\
import sys
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
"""

# The bare window's spec: packaging/repayradar.spec's filtering and module layout, without the app.
BARE_SPEC = """\
import sys
sys.path.insert(0, {packaging!r})
import bundle_filters
from PyInstaller.depend.bindepend import get_imports

a = Analysis(
    [{script!r}], excludes=["tkinter", "_tkinter", "test", "idlelib", "lib2to3", "pydoc_data"], noarchive=True
)
a.binaries = bundle_filters.filter_toc(a.binaries)
a.datas = bundle_filters.filter_toc(a.datas)
LINUX = sys.platform.startswith("linux")
if LINUX:
    a.binaries = bundle_filters.prune_linux_libraries(a.binaries, lambda p: [n for n, _ in get_imports(p)])
remaining = set(bundle_filters.drop_dangling_symlinks(a.binaries + a.datas))
a.binaries = [entry for entry in a.binaries if entry in remaining]
a.datas = [entry for entry in a.datas if entry in remaining]
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="bare_window", console=False, strip=LINUX,
          upx=False, contents_directory="_internal")
COLLECT(exe, a.binaries, a.datas, strip=LINUX, upx=False, name="bare_window")
"""


def _run(command: list, **options) -> None:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, check=False, **options)
    if result.returncode != 0:
        raise SystemExit(f"{Path(str(command[0])).name} failed:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}")


def build_app(work: Path) -> tuple[Path, Path, float]:
    started = time.monotonic()
    _run([sys.executable, PACKAGING / "build.py", "--dist", work / "dist", "--build", work / "build"], cwd=REPO_ROOT)
    seconds = time.monotonic() - started
    bundle = work / "dist" / "repayradar"
    debs = sorted((work / "dist").glob("repayradar_*.deb"))
    if not bundle.is_dir() or len(debs) != 1:
        raise SystemExit("packaging/build.py did not leave a bundle and one .deb")
    return bundle, debs[0], seconds


def build_bare(work: Path) -> tuple[Path, Path, float]:
    folder = work / "bare"
    folder.mkdir(parents=True)
    script = folder / "bare_window.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")
    spec = folder / "bare_window.spec"
    spec.write_text(BARE_SPEC.format(packaging=str(PACKAGING), script=str(script)), encoding="utf-8")
    started = time.monotonic()
    _run(
        [sys.executable, "-m", "PyInstaller", spec, "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", folder / "dist", "--workpath", folder / "build"],
        cwd=folder,
    )
    return folder / "dist" / "bare_window", script, time.monotonic() - started


def unpacked_mb(folder: Path) -> float:
    total = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return total / 1e6


def tar_xz_mb(folder: Path) -> float:
    buffer = io.BytesIO()
    with lzma.open(buffer, "wb", preset=6) as compressed, tarfile.open(fileobj=compressed, mode="w") as tar:
        tar.add(folder, arcname=folder.name)
    return len(buffer.getvalue()) / 1e6


def environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="qt.widgets.painting=true",
        LANG="C.UTF-8",
        HOME=str(home),
        PYTHONPATH=str(REPO_ROOT),
    )
    env.pop("LANGUAGE", None)
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(home / variable.lower())
    return env


def time_to_first_window(command: list, env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to Qt's first flush of a top-level window; the program is
    then ended."""
    started = time.monotonic()
    process = subprocess.Popen(
        [str(part) for part in command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=env["HOME"]
    )
    assert process.stderr is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stderr, selectors.EVENT_READ)
    pending, tail = b"", []
    try:
        while time.monotonic() - started < TIMEOUT_S:
            if not selector.select(timeout=1):
                continue
            chunk = os.read(process.stderr.fileno(), 65536)
            if not chunk:
                break
            arrived = time.monotonic()
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for line in lines:
                text = line.decode("utf-8", "replace")
                tail = [*tail[-20:], text]
                if all(part in text for part in FIRST_FLUSH):
                    return arrived - started
        raise SystemExit(f"{command[0]} showed no window within {TIMEOUT_S} s:\n" + "\n".join(tail))
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        selector.close()
        process.stderr.close()


def measure_startup(commands: dict[str, list], repeat: int, home: Path) -> dict[str, float]:
    home.mkdir(parents=True, exist_ok=True)
    env = environment(home)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for round_number in range(repeat + 1):
        for name, command in commands.items():
            seconds = time_to_first_window(command, env)
            if round_number:  # round 0 warms the file cache and is not counted
                samples[name].append(seconds)
    return {name: round(statistics.median(values) * 1000, 1) for name, values in samples.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build into DIR and leave it there")
    args = parser.parse_args(argv)
    # Not measurable here is said, not failed: run_all.py shows the reason in its table.
    try:
        import PyInstaller
    except ImportError:
        print(json.dumps({"benchmark": "bundle", "skipped": 'needs PyInstaller: pip install -e ".[packaging]"'}))
        return 0
    if not sys.platform.startswith("linux"):
        print(json.dumps({"benchmark": "bundle", "skipped": "measured on Linux (the .deb) only"}))
        return 0

    scratch = None if args.keep else tempfile.TemporaryDirectory(prefix="repayradar-bench-bundle-")
    work = args.keep or Path(scratch.name)
    try:
        bundle, deb, app_build_s = build_app(work)
        bare, bare_script, bare_build_s = build_bare(work)
        sizes = {
            "app": {"unpacked_mb": unpacked_mb(bundle), "tar_xz_mb": tar_xz_mb(bundle)},
            "bare": {"unpacked_mb": unpacked_mb(bare), "tar_xz_mb": tar_xz_mb(bare)},
        }
        deb_mb = deb.stat().st_size / 1e6
        data = work / "data"
        startup = measure_startup(
            {
                "bare_source": [sys.executable, bare_script],
                "bare_frozen": [bare / "bare_window"],
                "app_source": [sys.executable, "-m", "app", "--data-dir", data],
                "app_frozen": [bundle / "repayradar", "--data-dir", data],
            },
            args.repeat,
            work / "home",
        )
    finally:
        if scratch is not None:
            scratch.cleanup()

    result = {
        "benchmark": "bundle",
        "pyinstaller": PyInstaller.__version__,
        "repeat": args.repeat,
        "app_unpacked_mb": round(sizes["app"]["unpacked_mb"], 1),
        "app_tar_xz_mb": round(sizes["app"]["tar_xz_mb"], 1),
        "deb_mb": round(deb_mb, 1),
        "bare_unpacked_mb": round(sizes["bare"]["unpacked_mb"], 1),
        "bare_tar_xz_mb": round(sizes["bare"]["tar_xz_mb"], 1),
        "app_build_s": round(app_build_s, 1),
        "bare_build_s": round(bare_build_s, 1),
        "first_window_ms": startup,
        "frozen_vs_source_ratio": round(startup["app_frozen"] / startup["app_source"], 2),
    }
    print(json.dumps(result))

    print(f"PyInstaller {result['pyinstaller']}; sizes in MB (10**6 bytes)")
    print(f"{'':24}{'unpacked':>10}{'tar.xz':>10}{'.deb':>8}")
    print(f"{'RepayRadar bundle':24}{result['app_unpacked_mb']:>10.1f}{result['app_tar_xz_mb']:>10.1f}"
          f"{result['deb_mb']:>8.1f}")
    print(f"{'bare PySide6 window':24}{result['bare_unpacked_mb']:>10.1f}{result['bare_tar_xz_mb']:>10.1f}{'-':>8}")
    print(f"build: app bundle and .deb {app_build_s:.0f} s, bare bundle {bare_build_s:.0f} s")
    print(f"time to first window (median of {args.repeat}, offscreen):")
    for name, label in (
        ("app_frozen", "RepayRadar, frozen"),
        ("app_source", "RepayRadar, python -m app"),
        ("bare_frozen", "bare window, frozen"),
        ("bare_source", "bare window, python"),
    ):
        print(f"  {label:28}{startup[name]:>8.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
