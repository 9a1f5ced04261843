"""A damaged or foreign data file, as the user meets it on the command line: a clear message in the
language asked for, a way out, no traceback, and never a data file silently emptied.

Each fault is made to a folder that holds 60 loans and a routine backup (made when it was last
opened), then ``python -m app --lang L list`` (or import) runs against it. The Store-level checks
(tests/core/test_store_open.py) prove the mechanics; these prove what the user reads and can do.
"""

from __future__ import annotations

import contextlib
import io
import random
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from fault_support import digest, listed_loans, run_cli, seeded_backup

from app import cli
from app.core.migrations import CURRENT_VERSION
from app.core.store import DB_NAME

LOANS = 60
DAMAGED = {"en": "damaged", "zh_CN": "损坏"}
LANGS = ("en", "zh_CN")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("damaged-template")
    data_dir = root / "data"
    backup = seeded_backup(root / "seed.json", LOANS)
    imported = run_cli("--data-dir", data_dir, "import", backup, cwd=root)
    assert imported.code == 0, imported.err
    # A second start copies the data into a routine backup, the one a damaged file is restored from.
    assert len(listed_loans(data_dir, root)) == LOANS
    assert list((data_dir / "backups").glob("*-open.sqlite3"))
    return data_dir


@pytest.fixture
def folder(template, tmp_path) -> Path:
    data_dir = tmp_path / "data"
    shutil.copytree(template, data_dir)
    return data_dir


def _cli_in_process(*argv: str) -> tuple[int, str]:
    """The CLI's main() in this process (no interpreter start-up): (status, standard error)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = cli.main(list(argv), stdout=io.StringIO())
    return code, err.getvalue()


@pytest.mark.parametrize("lang", LANGS)
def test_a_truncated_data_file_is_set_aside_the_backups_named_and_restoring_brings_all_back(
    folder, tmp_path, lang
):
    live = folder / DB_NAME
    with live.open("r+b") as handle:
        handle.truncate(live.stat().st_size // 2)
    truncated = digest(live)

    result = run_cli("--data-dir", folder, "--lang", lang, "list", cwd=tmp_path)

    assert result.code == 2
    (moved,) = folder.glob(f"{DB_NAME}.corrupt-*")
    assert digest(moved) == truncated, "the damaged file must be kept exactly as it was"
    assert DAMAGED[lang] in result.err
    assert str(moved) in result.err
    assert str(folder / "backups") in result.err and "restore-backup" in result.err

    restored = run_cli("--data-dir", folder, "--lang", lang, "restore-backup", cwd=tmp_path)
    assert restored.code == 0, restored.err
    assert len(listed_loans(folder, tmp_path)) == LOANS


def _overwrite(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(data)


@pytest.mark.slow
def test_random_bytes_in_the_middle_of_the_file_never_empty_it_and_always_leave_a_way_out(template, tmp_path):
    """Damage anywhere in the middle: either everything still lists, or the message says the file is
    damaged and how to get the data back (restore-backup) - never an unexplained fault."""
    size = (template / DB_NAME).stat().st_size
    chance = random.Random(4242)
    outcomes: Counter[str] = Counter()
    unexplained: list[str] = []
    for run in range(60):
        data_dir = tmp_path / f"run{run}"
        shutil.copytree(template, data_dir)
        offset = chance.randrange(size // 4, 3 * size // 4)
        length = chance.choice([1, 16, 64, 512])
        _overwrite(data_dir / DB_NAME, offset, chance.randbytes(length))
        lang = LANGS[run % 2]

        code, err = _cli_in_process("--data-dir", str(data_dir), "--lang", lang, "list")

        assert "Traceback" not in err
        if code == 0:
            outcomes["still lists"] += 1
            code, err = _cli_in_process(
                "--data-dir", str(data_dir), "--lang", lang, "export", str(tmp_path / "x.json")
            )
            assert code == 0, err
        elif code == 2 and DAMAGED[lang] in err and "restore-backup" in err:
            moved = list(data_dir.glob(f"{DB_NAME}.corrupt-*"))
            assert str(data_dir / "backups") in err
            if moved:
                assert str(moved[0]) in err, "a damaged file must be set aside, not emptied"
                outcomes["set aside, backup offered"] += 1
            else:
                # Damage inside a record's text passes the integrity check: the file stays where it
                # is (StoreDamaged), and restoring the named backup must bring every loan back.
                assert (data_dir / DB_NAME).stat().st_size > 0
                assert str(data_dir / DB_NAME) in err
                code, err = _cli_in_process("--data-dir", str(data_dir), "--lang", lang, "restore-backup")
                assert code == 0, err
                assert len(listed_loans(data_dir, tmp_path)) == LOANS
                outcomes["record damaged, backup restored"] += 1
        else:
            outcomes[f"exit {code} without a way out"] += 1
            unexplained.append(f"offset {offset} +{length} ({lang}), exit {code}: {err.strip()[:160]}")
        shutil.rmtree(data_dir)
    print(f"\nrandom overwrites: {dict(outcomes)}")
    assert not unexplained, "\n".join(unexplained)


def _record_offset(path: Path, marker: bytes) -> int:
    """The offset of ``marker`` inside a loan record, in the middle of the file's occurrences."""
    data = path.read_bytes()
    offsets = []
    start = data.find(marker)
    while start != -1:
        offsets.append(start)
        start = data.find(marker, start + 1)
    assert offsets, marker
    return offsets[len(offsets) // 2]


@pytest.mark.parametrize(
    "damage",
    [
        # A byte that is not UTF-8 inside a stored loan: the pages are sound, the text is not.
        pytest.param((b'"lender":"', len(b'"lender":"'), b"\xff"), id="byte-not-utf8"),
        # A flipped letter in a field name: still UTF-8 and JSON, no longer a loan.
        pytest.param((b'"min_payment_floor"', 6, b"L"), id="field-name-flipped"),
    ],
)
def test_damage_inside_a_stored_record_is_explained_with_a_way_out(folder, tmp_path, damage):
    """Damage SQLite's integrity check cannot see (it lies inside a record's text) must still be
    reported as a damaged data file with the way back to a backup, in both languages."""
    marker, shift, replacement = damage
    live = folder / DB_NAME
    _overwrite(live, _record_offset(live, marker) + shift, replacement)
    raw = sqlite3.connect(live)
    raw.text_factory = bytes
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [(b"ok",)]
        stored = [row[0] for row in raw.execute("SELECT data FROM loans")]
    finally:
        raw.close()
    assert sum(1 for data in stored if replacement in data and marker[:4] in data) >= 1

    for lang in LANGS:
        result = run_cli("--data-dir", folder, "--lang", lang, "list", cwd=tmp_path)
        assert result.code == 2, f"{lang}: exit {result.code}: {result.err}"
        assert DAMAGED[lang] in result.err, result.err
        assert "restore-backup" in result.err, result.err
        assert str(folder / DB_NAME) in result.err or str(folder / "backups") in result.err, result.err


@pytest.mark.parametrize("command", ["list", "import"])
def test_a_file_from_a_newer_version_is_refused_in_both_languages_and_left_untouched(
    folder, tmp_path, command
):
    live = folder / DB_NAME
    raw = sqlite3.connect(live, isolation_level=None)
    raw.execute(f"PRAGMA user_version = {CURRENT_VERSION + 3}")
    raw.close()
    before = digest(live)
    backups_before = sorted(path.name for path in (folder / "backups").iterdir())
    extra = [seeded_backup(tmp_path / "more.json", 2, prefix="more")] if command == "import" else []

    expected = {
        "en": (f"data version {CURRENT_VERSION + 3}", "Nothing was changed", "Install the newer RepayRadar"),
        "zh_CN": (f"数据版本 {CURRENT_VERSION + 3}", "未做任何改动", "请安装新版还款雷达"),
    }
    for lang in LANGS:
        result = run_cli("--data-dir", folder, "--lang", lang, command, *extra, cwd=tmp_path)
        assert result.code == 2, result.err
        for words in expected[lang]:
            assert words in result.err, result.err
    assert digest(live) == before
    assert sorted(path.name for path in (folder / "backups").iterdir()) == backups_before
