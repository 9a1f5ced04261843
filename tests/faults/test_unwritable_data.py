"""Data that cannot be written: a read-only folder, a read-only file system, a full disk and a file-size
limit. The user reads what happened and what to do, in the language asked for, and what was saved
before the fault is all still there, and never half of an import.

A full disk is real here: a small tmpfs is mounted (CI runs as root; elsewhere these tests skip,
saying why) and filled up to a chosen amount of free space. The file-size limit (RLIMIT_FSIZE, with
SIGXFSZ ignored so writes fail with EFBIG) needs no privileges and always runs on POSIX systems.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fault_support import (
    backup_document,
    digest,
    drop_root_file_override,
    listed_loans,
    plain_loan,
    plain_payment,
    run_cli,
    seeded_backup,
    write_backup_file,
)

from app.core.store import DB_NAME

LOANS = 60
BIG_IMPORT = 300
LANGS = ("en", "zh_CN")
NOTHING_CHANGED = {"en": "Nothing was changed", "zh_CN": "未做任何改动"}
FULL = {"en": "disk is full", "zh_CN": "磁盘已满"}

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions, mounts and resource limits")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("unwritable-template")
    data_dir = root / "data"
    imported = run_cli("--data-dir", data_dir, "import", seeded_backup(root / "seed.json", LOANS), cwd=root)
    assert imported.code == 0, imported.err
    assert len(listed_loans(data_dir, root)) == LOANS  # and a routine backup
    return data_dir


@pytest.fixture(scope="module")
def big_backup(tmp_path_factory) -> Path:
    """300 new loans with long notes and 5 payments each: about 2 MB to write."""
    root = tmp_path_factory.mktemp("big-backup")
    loans = [plain_loan(f"big{n:04d}", notes="备注 " * 1200, index=n) for n in range(BIG_IMPORT)]
    payments = [
        plain_payment(f"big{n:04d}-p{k}", loan.id, 99_000 + k, day=k)
        for n, loan in enumerate(loans)
        for k in range(5)
    ]
    return write_backup_file(root / "big.json", backup_document(loans, payments))


class SmallDisk:
    """A tmpfs of a few megabytes, mounted for one test."""

    def __init__(self, mount_point: Path, size_kib: int) -> None:
        self.path = mount_point
        mount_point.mkdir()
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(mount_point)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            pytest.skip(f"cannot mount a small tmpfs to simulate a full disk: {result.stderr.strip()}")

    def free_bytes(self) -> int:
        stats = os.statvfs(self.path)
        return stats.f_bavail * stats.f_frsize

    def fill_leaving(self, slack: int) -> Path:
        """Fill the disk with one file so that about ``slack`` bytes stay free."""
        filler = self.path / "filler.bin"
        remaining = max(self.free_bytes() - slack, 0)
        chunk = b"\0" * (1 << 20)
        with filler.open("wb") as handle:
            while remaining > 0:
                written = handle.write(chunk[: min(remaining, len(chunk))])
                remaining -= written
        return filler

    def remount_read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True, capture_output=True)

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.path)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path):
    if shutil.which("mount") is None or sys.platform != "linux":
        pytest.skip("mounting a tmpfs needs Linux and the mount command")
    disks: list[SmallDisk] = []

    def make(size_kib: int) -> SmallDisk:
        disk = SmallDisk(tmp_path / f"disk{len(disks)}", size_kib)
        disks.append(disk)
        return disk

    yield make
    for disk in disks:
        disk.unmount()


@pytest.mark.skipif(sys.platform != "linux", reason="dropping root's file override is Linux-only")
def test_a_read_only_data_folder_can_still_be_read_and_nothing_changes(template, tmp_path):
    """Issue 14, point 11: reading never needs the folder to be writable (it once refused `list`)."""
    data_dir = tmp_path / "data"
    shutil.copytree(template, data_dir)
    before = digest(data_dir / DB_NAME)
    data_dir.chmod(0o555)
    try:
        result = run_cli(
            "--data-dir", data_dir, "--lang", "en", "list", "--json", cwd=tmp_path,
            preexec_fn=drop_root_file_override,
        )
        exported = run_cli(
            "--data-dir", data_dir, "export", tmp_path / "out.json", cwd=tmp_path,
            preexec_fn=drop_root_file_override,
        )
    finally:
        data_dir.chmod(0o700)
    assert result.code == 0, result.err
    assert len(json.loads(result.out)) == LOANS
    assert exported.code == 0, exported.err
    assert len(json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["loans"]) == LOANS
    assert digest(data_dir / DB_NAME) == before


@pytest.mark.skipif(sys.platform != "linux", reason="dropping root's file override is Linux-only")
@pytest.mark.parametrize("command", ["import"])
def test_a_read_only_data_folder_is_explained_in_both_languages_and_nothing_changes(
    template, tmp_path, command
):
    data_dir = tmp_path / "data"
    shutil.copytree(template, data_dir)
    before = digest(data_dir / DB_NAME)
    extra = [seeded_backup(tmp_path / "more.json", 3, prefix="more")]
    expected = {
        "en": ("read-only", "--data-dir", NOTHING_CHANGED["en"]),
        "zh_CN": ("只读", "--data-dir", NOTHING_CHANGED["zh_CN"]),
    }
    data_dir.chmod(0o555)
    try:
        for lang in LANGS:
            result = run_cli(
                "--data-dir",
                data_dir,
                "--lang",
                lang,
                command,
                *extra,
                cwd=tmp_path,
                preexec_fn=drop_root_file_override,
            )
            assert result.code == 2, result
            for words in expected[lang]:
                assert words in result.err, result.err
    finally:
        data_dir.chmod(0o700)
    assert digest(data_dir / DB_NAME) == before
    assert len(listed_loans(data_dir, tmp_path)) == LOANS


def test_a_read_only_file_system_is_explained_and_the_data_still_there(template, tmp_path, small_disk):
    disk = small_disk(8192)
    data_dir = disk.path / "RepayRadar"
    shutil.copytree(template, data_dir)
    disk.remount_read_only()
    expected = {"en": ("read-only", "--data-dir"), "zh_CN": ("只读", "--data-dir")}
    more = seeded_backup(tmp_path / "more.json", 3, prefix="more")
    for lang in LANGS:
        result = run_cli("--data-dir", data_dir, "--lang", lang, "import", more, cwd=tmp_path)
        assert result.code == 2, result
        for words in (*expected[lang], NOTHING_CHANGED[lang]):
            assert words in result.err, result.err
    # Reading works on the read-only disk (issue 14, point 11).
    assert len(listed_loans(data_dir, tmp_path)) == LOANS
    assert digest(data_dir / DB_NAME) == digest(template / DB_NAME)


@pytest.mark.hostile
def test_a_full_disk_still_lets_the_user_read_and_export_and_says_the_disk_is_full(template, tmp_path, small_disk):
    """Issue 14, point 11: opening once needed a backup first, so a full disk blocked `list` and export."""
    disk = small_disk(8192)
    data_dir = disk.path / "RepayRadar"
    shutil.copytree(template, data_dir)
    filler = disk.fill_leaving(4 << 10)
    try:
        for lang in LANGS:
            result = run_cli("--data-dir", data_dir, "--lang", lang, "list", "--json", cwd=tmp_path)
            assert result.code == 0, result.err
            assert len(json.loads(result.out)) == LOANS
            assert FULL[lang] in result.err, result.err
        exported = run_cli("--data-dir", data_dir, "export", tmp_path / "out.json", cwd=tmp_path)
        assert exported.code == 0, exported.err
    finally:
        filler.unlink()
    assert len(json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["loans"]) == LOANS
    assert digest(data_dir / DB_NAME) == digest(template / DB_NAME)


@pytest.mark.slow
def test_an_import_onto_a_full_disk_is_explained_and_keeps_all_or_none_of_it(
    template, big_backup, tmp_path, small_disk
):
    """The disk fills up at every stage of an import in turn: at the routine backup when the folder
    opens, at the backup taken before the import, in the middle of the merge, or not at all."""
    database_size = (template / DB_NAME).stat().st_size
    slacks = [
        0,
        8 << 10,
        database_size // 2,
        database_size + (64 << 10),
        2 * database_size + (64 << 10),
        3 * database_size + (256 << 10),
        3 * database_size + (1 << 20),
        32 << 20,
    ]
    disk = small_disk(48 << 10)
    outcomes = []
    unsaid: list[str] = []
    for number, slack in enumerate(slacks):
        lang = LANGS[number % 2]
        data_dir = disk.path / "RepayRadar"
        shutil.copytree(template, data_dir)
        filler = disk.fill_leaving(slack)

        result = run_cli("--data-dir", data_dir, "--lang", lang, "import", big_backup, cwd=tmp_path)

        filler.unlink()
        count = len(listed_loans(data_dir, tmp_path))
        if result.code == 0:
            assert count == LOANS + BIG_IMPORT
            outcomes.append((slack, "imported"))
        else:
            assert result.code == 2, result
            assert NOTHING_CHANGED[lang] in result.err, result.err
            assert count == LOANS, "a failed import must leave the data as it was"
            # Checked last and collected, so that every stage's all-or-nothing check runs regardless.
            if FULL[lang] not in result.err:
                unsaid.append(f"{slack} bytes free ({lang}): {result.err.strip()}")
            outcomes.append((slack, f"refused ({lang})"))
        shutil.rmtree(data_dir)
    print(f"\nfull disk, by free space: {outcomes}")
    assert {"refused (en)", "refused (zh_CN)"} <= {outcome for _, outcome in outcomes}
    assert outcomes[-1][1] == "imported"
    assert not unsaid, "a full disk must be called a full disk:\n" + "\n".join(unsaid)


def _file_size_limit(limit: int):
    def apply() -> None:
        import resource
        import signal

        # Ignored, SIGXFSZ no longer kills the process: the write fails with EFBIG instead.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.slow
def test_a_file_size_limit_during_an_import_is_explained_and_keeps_all_or_none_of_it(
    template, big_backup, tmp_path
):
    database_size = (template / DB_NAME).stat().st_size
    limits = [database_size // 2, database_size + (32 << 10), database_size + (512 << 10), 64 << 20]
    outcomes = []
    for number, limit in enumerate(limits):
        lang = LANGS[number % 2]
        data_dir = tmp_path / f"data{number}"
        shutil.copytree(template, data_dir)

        result = run_cli(
            "--data-dir",
            data_dir,
            "--lang",
            lang,
            "import",
            big_backup,
            cwd=tmp_path,
            preexec_fn=_file_size_limit(limit),
        )

        count = len(listed_loans(data_dir, tmp_path))
        if result.code == 0:
            assert count == LOANS + BIG_IMPORT
            outcomes.append((limit, "imported"))
        else:
            assert result.code == 2, result
            assert NOTHING_CHANGED[lang] in result.err, result.err
            assert str(data_dir) in result.err, result.err
            assert count == LOANS, "a failed import must leave the data as it was"
            outcomes.append((limit, f"refused ({lang})"))
    print(f"\nfile-size limit: {outcomes}")
    assert any(outcome.startswith("refused") for _, outcome in outcomes)
    assert outcomes[-1][1] == "imported"
