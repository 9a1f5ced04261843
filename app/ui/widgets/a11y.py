"""Accessible names from visible texts: a screen reader should not read "&" or "(&N)" aloud."""

from __future__ import annotations

import re

_MNEMONIC_IN_BRACKETS = re.compile(r"\s*[(（]&\w[)）]")


def plain(text: str) -> str:
    """The text a button shows, without its keyboard mnemonic and trailing ellipsis."""
    text = _MNEMONIC_IN_BRACKETS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").rstrip(".").strip()
