"""RepayRadar never touches the network: every CLI command and the GUI run under strace, and not one
internet socket (AF_INET, AF_INET6 or any other non-local family) is created or connected.

Local sockets are fine and expected: AF_UNIX for D-Bus, X11 and the single-instance server, AF_NETLINK
for the kernel's own messages. strace is installed by .ci/run; without it (or where tracing is not
permitted) these tests skip and say why. Nor does the process ever map a TLS or crypto library.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import app

REPO_ROOT = Path(app.__file__).resolve().parents[1]
LOCAL_FAMILIES = {"AF_UNIX", "AF_LOCAL", "AF_NETLINK"}
FAMILY = re.compile(r"\b(?:socket|socketpair)\((AF_[A-Z0-9]+)|sa_family=(AF_[A-Z0-9]+)")

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="system-call tracing with strace (Linux)")


def _strace_problem() -> str | None:
    if shutil.which("strace") is None:
        return "strace is not installed (.ci/run installs it)"
    probe = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket", "-o", os.devnull, "true"],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        return f"strace cannot trace here: {probe.stderr.strip()}"
    return None


@pytest.fixture(scope="module")
def strace():
    problem = _strace_problem()
    if problem:
        pytest.skip(problem)


def _env(home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key in ("PATH", "DBUS_SESSION_BUS_ADDRESS", "SYSTEMROOT", "TMPDIR")
    }
    env.update(
        PYTHONPATH=str(REPO_ROOT),
        HOME=str(home),
        LANG="C.UTF-8",
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
    )
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def _strace_command(log: Path, command: list[str]) -> list[str]:
    return ["strace", "-f", "-qq", "-e", "trace=socket,socketpair,connect", "-o", str(log), "--", *command]


def network_calls(log: Path) -> list[str]:
    """The traced calls that involve a socket family other than the local ones."""
    found = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        for match in FAMILY.finditer(line):
            family = match.group(1) or match.group(2)
            if family not in LOCAL_FAMILIES:
                found.append(line.strip())
    return found


def test_the_tracer_sees_an_internet_socket_when_there_is_one(strace, tmp_path):
    """The check below must be able to fail: a plain Python socket is caught."""
    log = tmp_path / "trace.txt"
    subprocess.run(
        _strace_command(log, [sys.executable, "-c", "import socket; socket.socket().close()"]),
        check=True,
        capture_output=True,
    )
    assert any("AF_INET" in call for call in network_calls(log))


def _scenario(path: Path) -> Path:
    path.write_text(
        json.dumps(
            {
                "as_of": "2026-12-01",
                "loan": {"type": "credit_card", "overdue_amount": "3200.10", "outstanding": "18000.00"},
                "days_past_due": 45,
                "behaviour": {"communicating": True},
            }
        ),
        encoding="utf-8",
    )
    return path


def _backup(path: Path, loans: int) -> Path:
    from app.core.models import Loan

    records = [
        Loan(
            id=f"loan{n:03d}",
            lender="招商银行",
            name=f"卡 {n}",
            kind="credit_card",
            method="credit_card",
            principal="18234.56",
            annual_rate="18.25",
            start_date="2026-10-10",
            due_day=28,
            grace_days=3,
        ).model_dump(mode="json")
        for n in range(loans)
    ]
    document = {
        "format": "repayradar-backup",
        "format_version": 1,
        "loans": records,
        "payments": [],
        "contacts": [],
    }
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_every_cli_command_stays_off_the_network(strace, tmp_path):
    data = tmp_path / "data"
    python = f"{sys.executable} -m app --data-dir {data}"
    script = " && ".join(
        [
            f"{python} import {_backup(tmp_path / 'in.json', 20)}",
            f"{python} list",
            f"{python} export {tmp_path / 'out.json'}",
            f"{python} export-ics {tmp_path / 'dues.ics'}",
            f"{python} export-csv loan001 {tmp_path / 'schedule.csv'}",
            f"{python} --lang zh_CN assess {_scenario(tmp_path / 'scenario.json')}",
            f"{python} --lang en assess - < {tmp_path / 'scenario.json'}",
            f"{python} restore-backup",
        ]
    )
    log = tmp_path / "trace.txt"
    result = subprocess.run(
        _strace_command(log, ["sh", "-c", script]),
        env=_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    for output in ("out.json", "dues.ics", "schedule.csv"):
        assert (tmp_path / output).stat().st_size > 0
    assert network_calls(log) == []


def _child_pids(pid: int) -> list[int]:
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.slow
def test_the_gui_stays_off_the_network_from_start_to_its_open_data(strace, tmp_path):
    """`python -m app --data-dir DIR`, offscreen, with loans to show; it runs until it has painted its
    window and opened the data (seen as the routine backup it makes of the loans), then a few seconds
    more for what starts after (reminders, tray), and is then ended."""
    data = tmp_path / "data"
    env = _env(tmp_path / "home")
    seeded = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(data),
            "import",
            str(_backup(tmp_path / "in.json", 20)),
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    assert seeded.returncode == 0, seeded.stderr
    log = tmp_path / "trace.txt"
    tracer = subprocess.Popen(
        _strace_command(log, [sys.executable, "-m", "app", "--data-dir", str(data)]),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    opened = False
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and tracer.poll() is None:
            if list((data / "backups").glob("*-open.sqlite3")):
                opened = True
                break
            time.sleep(0.2)
        time.sleep(4)
        still_running = tracer.poll() is None
        for pid in _child_pids(tracer.pid):
            os.kill(pid, signal.SIGTERM)
        out, err = tracer.communicate(timeout=60)
    finally:
        if tracer.poll() is None:
            tracer.kill()
    assert opened, f"the GUI did not open its data within 90 s:\n{err}"
    assert still_running, f"the GUI ended by itself:\n{err}"
    assert "Traceback" not in err, err
    assert network_calls(log) == []


TLS_LIBRARIES = re.compile(r"libssl\.so|_ssl\.")

SELF_CHECK_THEN_MAPS = """
import json, sys
from app.__main__ import main
sys.argv = ["repayradar", "--self-check"]
status = main()
import hashlib
with open("/proc/self/maps", encoding="utf-8") as maps:
    mapped = sorted({line.split()[-1] for line in maps if "/" in line})
print(json.dumps({
    "status": status,
    "mapped": mapped,
    "ssl_imported": "ssl" in sys.modules,
    "sha256": hashlib.sha256(b"abc").hexdigest(),
    "pbkdf2": hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1).hex(),
}))
"""


def test_no_tls_library_is_ever_loaded_and_hashlib_is_whole(tmp_path):
    """The self-check opens a data file, assesses a loan and paints the main window: after all that the
    process has neither imported ssl nor mapped libssl (nothing in it speaks TLS), and hashlib is the
    standard one, pbkdf2_hmac included (the app blocks none of Python's own modules)."""
    result = subprocess.run(
        [sys.executable, "-c", SELF_CHECK_THEN_MAPS],
        env=_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr
    found = json.loads(lines[-1])
    assert found["status"] == 0, result.stdout
    assert not found["ssl_imported"]
    assert [path for path in found["mapped"] if TLS_LIBRARIES.search(path)] == []
    assert found["sha256"] == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    # RFC 6070-style vector for PBKDF2-HMAC-SHA256, 1 iteration
    assert found["pbkdf2"] == "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"
