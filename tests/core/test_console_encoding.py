"""What the CLI prints reaches a Windows user whatever their console code page.

A redirected stdout on Windows takes the ANSI code page: cp1252 on an English Windows (no Chinese at
all), cp936 (GBK) on a Chinese one (no "¥"). These tests give the CLI such streams, the way Windows
would: io.TextIOWrapper over bytes, in that encoding, strict.
"""

from __future__ import annotations

import io
import sys

import pytest
from store_samples import fixed_clock, sample_dataset, sample_settings

from app import cli
from app.console import make_stream_safe
from app.core.store import Store


class WindowsPipe(io.TextIOWrapper):
    """A redirected Windows stdout: bytes underneath, the ANSI code page on top, not a terminal."""

    def __init__(self, encoding: str, *, terminal: bool = False) -> None:
        self.raw_bytes = io.BytesIO()
        # newline="\n": the bytes compared below are the same on every platform (Windows adds CRs).
        super().__init__(self.raw_bytes, encoding=encoding, errors="strict", newline="\n")
        self._terminal = terminal

    def isatty(self) -> bool:
        return self._terminal

    def written(self) -> bytes:
        self.flush()
        return self.raw_bytes.getvalue()


@pytest.fixture
def seeded(tmp_path):
    data_dir = tmp_path / "seeded"
    loans, payments, contacts = sample_dataset(3)
    with Store.open(data_dir, clock=fixed_clock()) as store:
        store.merge(loans, payments, contacts, sample_settings())
    return data_dir


def cp1252_streams(monkeypatch) -> tuple[WindowsPipe, WindowsPipe]:
    """Called in the test itself: pytest's capture replaces sys.stdout again after fixtures ran."""
    out, err = WindowsPipe("cp1252"), WindowsPipe("cp1252")
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    return out, err


def test_the_loan_list_reaches_a_cp1252_pipe_with_its_chinese_names_intact(seeded, monkeypatch):
    out, err = cp1252_streams(monkeypatch)
    assert cli.main(["--data-dir", str(seeded), "--lang", "en", "list"]) == cli.EXIT_OK
    table = out.written().decode("utf-8")  # strict: every byte is UTF-8
    assert "房贷" in table
    assert err.written() == b""


def test_a_chinese_error_message_reaches_a_cp1252_stderr_readable(seeded, tmp_path, monkeypatch):
    out, err = cp1252_streams(monkeypatch)
    code = cli.main(["--data-dir", str(seeded), "--lang", "zh_CN", "export-csv", "没有这笔贷款", str(tmp_path / "x.csv")])
    assert code == cli.EXIT_BAD_INPUT
    message = err.written().decode("utf-8")
    assert "没有这笔贷款" in message
    assert "Traceback" not in message
    assert out.written() == b""
    assert not (tmp_path / "x.csv").exists()


def test_a_gbk_pipe_keeps_its_code_page_and_still_takes_the_yuan_sign():
    pipe = WindowsPipe("cp936")
    make_stream_safe(pipe)
    print("房贷 ¥3,200", file=pipe)
    data = pipe.written()
    assert data.startswith("房贷".encode("gbk"))  # what a cp936 `type` or Notepad shows as Chinese
    assert data.decode("gb18030") == "房贷 ¥3,200\n"


def test_a_narrow_terminal_shows_question_marks_instead_of_ending_the_program():
    terminal = WindowsPipe("latin-1", terminal=True)
    make_stream_safe(terminal)
    print("Due: 房贷", file=terminal)
    assert terminal.written() == b"Due: ??\n"


def test_streams_that_carry_everything_are_left_alone():
    pipe = WindowsPipe("utf-8")
    make_stream_safe(pipe)
    assert (pipe.encoding, pipe.errors) == ("utf-8", "strict")
    make_stream_safe(None)  # a windowed Windows build without any std handle
    make_stream_safe(io.StringIO())
