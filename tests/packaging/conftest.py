"""The installers, built once per test session (python packaging/build.py --nsis --fast) into a
temporary folder, for the tests marked ``packaging``."""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging_support import BUILD_SCRIPT, run

import app


@dataclass(frozen=True)
class Built:
    bundle: Path  # the PyInstaller folder, dist/repayradar
    deb: Path
    nsis_check: Path  # the Windows installer compiled with the Linux bundle as stand-in payload
    log: str


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Built:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail('PyInstaller is missing: run these tests in a venv with pip install -e ".[packaging]"')
    out = tmp_path_factory.mktemp("installers")
    dist, work = out / "dist", out / "build"
    result = run(
        [sys.executable, BUILD_SCRIPT, "--nsis", "--fast", "--dist", dist, "--build", work], timeout=1800
    )
    assert result.returncode == 0, f"the build failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    debs = sorted(dist.glob("repayradar_*.deb"))
    assert len(debs) == 1, debs
    yield Built(
        bundle=dist / "repayradar",
        deb=debs[0],
        nsis_check=work / "nsis-check" / f"RepayRadar-{app.__version__}-setup.exe",
        log=result.stdout,
    )
    shutil.rmtree(out, ignore_errors=True)  # a few hundred MB
