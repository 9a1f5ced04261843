"""Make the app's standard output and error able to carry every character it prints.

Python picks the encoding of a redirected stdout (a pipe, a file) from the system's ANSI code page. On an
English Windows that is cp1252, which has no Chinese: the first loan name or Chinese message printed
raised UnicodeEncodeError and the command died half way. On a Chinese Windows (cp936, GBK) the Chinese
goes through but "¥" does not. A Windows console itself is not affected (Python writes to it through
WriteConsoleW, in UTF-16), nor is a UTF-8 Linux terminal.

The rule, applied once at start-up (app/cli.py) to stdout and stderr:
- an encoding that covers all of Unicode (UTF-8/16/32, GB18030) stays as it is;
- GBK and its subsets (cp936, gb2312) become GB18030: the same bytes for every character GBK has, so a
  Chinese user's files and pipes stay in their code page, plus a four-byte form for the rest;
- any other encoding of a redirected stream becomes UTF-8: the output goes to a file or another program,
  and UTF-8 loses nothing (Notepad and PowerShell 7 read it; Python 3.15 makes it the default);
- a terminal whose encoding is narrower (a Latin-1 Linux terminal) keeps it, because the terminal
  decodes with it: characters it cannot show become "?" rather than ending the program.
"""

from __future__ import annotations

import codecs
import sys
from typing import TextIO

# codecs.lookup() names of the encodings that can encode every code point.
_COMPLETE_ENCODINGS = frozenset(
    {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "gb18030"}
)
_GBK_FAMILY = frozenset({"gbk", "cp936", "gb2312"})


def _encoding_name(stream: TextIO) -> str | None:
    try:
        return codecs.lookup(stream.encoding).name
    except (AttributeError, LookupError, TypeError):
        return None


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, OSError, ValueError):
        return False


def make_stream_safe(stream: TextIO | None) -> None:
    """Reconfigure ``stream`` so that printing any text to it cannot raise UnicodeEncodeError."""
    if stream is None:  # a windowed Windows build started without console or redirection
        return
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:  # not a TextIOWrapper (a test's StringIO): nothing to encode
        return
    name = _encoding_name(stream)
    if name in _COMPLETE_ENCODINGS:
        return
    try:
        if name in _GBK_FAMILY:
            reconfigure(encoding="gb18030", errors="strict")
        elif _is_terminal(stream):
            reconfigure(errors="replace")
        else:
            # backslashreplace: only a lone surrogate (a broken file name) cannot be UTF-8.
            reconfigure(encoding="utf-8", errors="backslashreplace")
    except (OSError, ValueError):
        # The encoding cannot change once the stream has been read from; the error handler can.
        try:
            reconfigure(errors="replace")
        except (OSError, ValueError):
            pass


def make_standard_streams_safe() -> None:
    make_stream_safe(sys.stdout)
    make_stream_safe(sys.stderr)
